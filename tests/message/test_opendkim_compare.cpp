// Rebound's DKIM verification against another implementation, libopendkim (OpenDKIM 2.11, Debian's
// libopendkim-dev), on the same messages: the Mail::DKIM corpus (../shared/corpora/dkim) and messages
// dkimpy signs here in every canonicalization, then altered in header and body. OpenDKIM reads the keys
// from a file (DKIM_QUERY_FILE, its test mechanism); Rebound asks the lab DNS serving the same records.
// Per message they must agree on whether a signature passes, and when one fails, on whether its body
// hash matched; every disagreement is listed with its reason in opendkim-disagreements.tsv (a listed one
// that starts to agree fails the test, so the list stays true).
#include "core/message/messageanalysis.h"
#include "lab/dnslab.h"
#include "messagetest.h"

#include <QTemporaryDir>

#include <opendkim/dkim.h>

using namespace Qt::StringLiterals;

using namespace rebound;

namespace {

using messagetest::corpusDir;
using messagetest::readFile;

// What both verifiers are asked: does any signature pass, and did the body hash of the first failing
// signature match (-1 unknown: not computed, no key, bad tags).
struct Verdict {
    bool pass = false;
    int failedBodyHash = -1;
    QString detail;

    QString text() const {
        return (pass ? u"pass"_s : u"no pass"_s)
               + (pass || failedBodyHash < 0 ? QString()
                  : failedBodyHash           ? u", body hash ok"_s
                                             : u", body hash mismatch"_s);
    }
    // The body hash is compared only when both computed it: OpenDKIM hashes the body of a signature
    // whose tags are bad, Rebound stops at the tags; Rebound hashes the body of a signature whose header
    // signature fails, OpenDKIM stops there.
    bool operator==(const Verdict& o) const {
        return pass == o.pass
               && (pass || failedBodyHash < 0 || o.failedBodyHash < 0 || failedBodyHash == o.failedBodyHash);
    }
};

Verdict reboundVerdict(const message::MessageReport& report) {
    Verdict v;
    QStringList details;
    for (const message::DkimReport& d : report.dkim) {
        v.pass = v.pass || d.verification.result == message::DkimResult::Pass;
        details << message::dkimResultName(d.verification.result) + u": "_s + d.verification.reason;
    }
    for (const message::DkimReport& d : report.dkim) {
        if (d.verification.result != message::DkimResult::Pass && d.verification.bodyHashOk.has_value()) {
            v.failedBodyHash = *d.verification.bodyHashOk ? 1 : 0;
            break;
        }
    }
    v.detail = details.join(u" | "_s);
    return v;
}

class OpenDkim final {
public:
    // keyFile: "name record" lines, as DKIM_QUERY_FILE reads them.
    explicit OpenDkim(const QByteArray& keyFile)
        : m_lib(dkim_init(nullptr, nullptr)) {
        int method = DKIM_QUERY_FILE;
        dkim_options(m_lib, DKIM_OP_SETOPT, DKIM_OPTS_QUERYMETHOD, &method, sizeof method);
        dkim_options(m_lib, DKIM_OP_SETOPT, DKIM_OPTS_QUERYINFO, const_cast<char*>(keyFile.constData()),
                     size_t(keyFile.size()));
        // Bare LF made CRLF, as Rebound does for a message saved with Unix line ends.
        unsigned int flags = DKIM_LIBFLAGS_FIXCRLF;
        dkim_options(m_lib, DKIM_OP_SETOPT, DKIM_OPTS_FLAGS, &flags, sizeof flags);
    }
    ~OpenDkim() { dkim_close(m_lib); }
    OpenDkim(const OpenDkim&) = delete;
    OpenDkim& operator=(const OpenDkim&) = delete;

    Verdict verify(QByteArray message) const {
        Verdict v;
        DKIM_STAT status = DKIM_STAT_OK;
        DKIM* dkim = dkim_verify(m_lib, reinterpret_cast<const unsigned char*>("rebound"), nullptr, &status);
        if (!dkim) {
            v.detail = u"dkim_verify failed"_s;
            return v;
        }
        dkim_chunk(dkim, reinterpret_cast<u_char*>(message.data()), size_t(message.size()));
        dkim_chunk(dkim, nullptr, 0);
        status = dkim_eom(dkim, nullptr);
        DKIM_SIGINFO** sigs = nullptr;
        int count = 0;
        QStringList details{u"eom %1"_s.arg(status)};
        if (dkim_getsiglist(dkim, &sigs, &count) == DKIM_STAT_OK) {
            for (int i = 0; i < count; ++i) {
                const bool passed = DKIM_SIG_CHECK(sigs[i]);
                v.pass = v.pass || passed;
                const int bh = dkim_sig_getbh(sigs[i]);
                if (!passed && v.failedBodyHash < 0 && bh != DKIM_SIGBH_UNTESTED)
                    v.failedBodyHash = bh == DKIM_SIGBH_MATCH ? 1 : 0;
                details << QString::fromLatin1(dkim_sig_geterrorstr(dkim_sig_geterror(sigs[i])));
            }
        }
        v.detail = details.join(u" | "_s);
        dkim_free(dkim);
        return v;
    }

private:
    DKIM_LIB* m_lib;
};

// FAKE_DNS.dat as a DKIM_QUERY_FILE: one "name record" line per key; names that do not exist, time out
// or fail are left out (OpenDKIM's file method has no way to say "timed out": it reads "no key").
QByteArray keyFileFromFakeDns(const QByteArray& data) {
    QByteArray out;
    for (const QByteArray& rawLine : data.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.indexOf(' ');
        QByteArray value = line.mid(space).trimmed();
        if (space < 0 || value == "NXDOMAIN" || value.contains("timed out") || value.contains("SERVFAIL"))
            continue;
        if (value == "\"\"")
            value.clear();
        out += line.left(space) + ' ' + value + '\n';
    }
    return out;
}

const QByteArray letter = "From: Ann <ann@sender.example>\r\n"
                          "To: bo@receiver.example\r\n"
                          "Subject: Minutes of the meeting\r\n"
                          "Date: Tue, 8 Dec 2026 14:00:00 +0000\r\n"
                          "Message-ID: <m1@sender.example>\r\n"
                          "\r\n"
                          "The  minutes   are attached.\r\n"
                          "\tRegards,\r\n"
                          "Ann\r\n";

} // namespace

class TestOpendkimCompare : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    lab::DnsLab m_corpusLab;
    lab::DnsLab m_signedLab;
    std::unique_ptr<dns::Resolver> m_corpusResolver;
    std::unique_ptr<dns::Resolver> m_signedResolver;
    std::unique_ptr<OpenDkim> m_corpusOpenDkim;
    std::unique_ptr<OpenDkim> m_signedOpenDkim;
    QHash<QString, QString> m_disagreements; // case -> why

    QString keyFile(const QString& name, const QByteArray& content) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    void compare(const QString& name, const Verdict& ours, const Verdict& theirs) {
        const QString both = u"%1: Rebound %2 [%3], OpenDKIM %4 [%5]"_s.arg(name, ours.text(), ours.detail,
                                                                            theirs.text(), theirs.detail);
        if (m_disagreements.contains(name)) {
            QVERIFY2(!(ours == theirs),
                     qPrintable(both + u" now agree; remove the row from opendkim-disagreements.tsv"_s));
            return;
        }
        QVERIFY2(ours == theirs, qPrintable(both));
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(corpusDir + u"/expected.tsv"_s), "the Mail::DKIM corpus is missing");
        for (const QByteArray& line :
             readFile(QStringLiteral(REBOUND_TEST_DATA_DIR "/message/opendkim-disagreements.tsv"))
                 .split('\n')) {
            const QList<QByteArray> cols = line.split('\t');
            if (cols.size() >= 2 && !line.startsWith('#'))
                m_disagreements.insert(QString::fromUtf8(cols[0]), QString::fromUtf8(cols[1]));
        }

        // The corpus: Knot serves FAKE_DNS.dat to Rebound (with its timeouts and SERVFAILs), the key file
        // gives the same records to OpenDKIM.
        const QByteArray fakeDns = readFile(corpusDir + u"/FAKE_DNS.dat"_s);
        QStringList drop, servfail, rules;
        const QByteArray zone =
            messagetest::rootZoneHeader() + messagetest::zoneFromFakeDns(fakeDns, &drop, &servfail);
        for (const QString& name : drop)
            rules << u"addAction(QNameRule(\"%1.\"), DropAction())"_s.arg(name);
        for (const QString& name : servfail)
            rules << u"addAction(QNameRule(\"%1.\"), RCodeAction(DNSRCode.SERVFAIL))"_s.arg(name);
        QString error;
        m_corpusResolver =
            messagetest::startLab(&m_corpusLab, m_dir.filePath(u"corpus"_s), zone, rules, 1500, &error);
        QVERIFY2(m_corpusResolver, qPrintable(error));
        m_corpusOpenDkim =
            std::make_unique<OpenDkim>(keyFile(u"corpus.keys"_s, keyFileFromFakeDns(fakeDns)).toLocal8Bit());

        // dkimpy's keys, RSA and Ed25519, in a zone and in a key file.
        QByteArray signedZone = messagetest::rootZoneHeader();
        QByteArray keys;
        for (const QString& kind : {u"rsa"_s, u"ed25519"_s}) {
            const QByteArray record =
                messagetest::dkimsign({u"keygen"_s, kind, m_dir.filePath(kind)}, {}).trimmed();
            const QByteArray name = kind.toLatin1() + "._domainkey.sender.example";
            signedZone += name + ". IN TXT" + messagetest::zoneTxt(record) + '\n';
            keys += name + ' ' + record + '\n';
        }
        m_signedResolver =
            messagetest::startLab(&m_signedLab, m_dir.filePath(u"signed"_s), signedZone, {}, 3000, &error);
        QVERIFY2(m_signedResolver, qPrintable(error));
        m_signedOpenDkim = std::make_unique<OpenDkim>(keyFile(u"signed.keys"_s, keys).toLocal8Bit());
    }

    void corpus_data() {
        QTest::addColumn<QString>("file");
        QStringList files;
        for (const QByteArray& line : readFile(corpusDir + u"/expected.tsv"_s).split('\n').mid(1)) {
            const QString file = QString::fromUtf8(line.split('\t').value(0));
            if (!file.isEmpty() && !files.contains(file))
                files << file;
        }
        for (const QString& file : std::as_const(files))
            QTest::newRow(qPrintable(file)) << file;
    }

    void corpus() {
        QFETCH(QString, file);
        const QByteArray bytes = readFile(corpusDir + u"/corpus/"_s + file);
        QVERIFY2(!bytes.isEmpty(), qPrintable(file));
        compare(file, reboundVerdict(messagetest::analyze(m_corpusResolver.get(), bytes)),
                m_corpusOpenDkim->verify(bytes));
    }

    void dkimpy_data() {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("canon");
        QTest::addColumn<QString>("change");
        for (const char* algorithm : {"rsa-sha256", "ed25519-sha256"}) {
            for (const char* canon :
                 {"simple/simple", "simple/relaxed", "relaxed/simple", "relaxed/relaxed"}) {
                for (const char* change : {"none", "footer", "subject", "header-space", "body-space", "lf",
                                           "blank-lines", "added-subject"})
                    QTest::addRow("%s %s %s", algorithm, canon, change)
                        << QString::fromLatin1(algorithm) << QString::fromLatin1(canon)
                        << QString::fromLatin1(change);
            }
        }
    }

    void dkimpy() {
        QFETCH(QString, algorithm);
        QFETCH(QString, canon);
        QFETCH(QString, change);
        const QString keyName = algorithm.startsWith(u"ed") ? u"ed25519"_s : u"rsa"_s;
        QByteArray bytes = messagetest::dkimsign({u"sign"_s, m_dir.filePath(keyName + u".key"_s), keyName,
                                                  u"sender.example"_s, algorithm, canon, u"--headers"_s,
                                                  u"from:to:subject:subject:date:message-id"_s},
                                                 letter);
        if (change == u"footer")
            bytes += "-- \r\nList footer\r\n";
        else if (change == u"subject")
            bytes.replace("Subject: Minutes of the meeting", "Subject: Minutes of the MEETING");
        else if (change == u"header-space")
            bytes.replace("Subject: Minutes of the meeting", "Subject:  Minutes of\r\n\tthe meeting ");
        else if (change == u"body-space")
            bytes.replace("The  minutes   are attached.", "The minutes are attached.  ");
        else if (change == u"lf")
            bytes.replace("\r\n", "\n");
        else if (change == u"blank-lines")
            bytes += "\r\n\r\n";
        else if (change == u"added-subject")
            bytes.prepend("Subject: Win a prize\r\n");
        compare(QString::fromLatin1(QTest::currentDataTag()),
                reboundVerdict(messagetest::analyze(m_signedResolver.get(), bytes)),
                m_signedOpenDkim->verify(bytes));
    }
};

QTEST_GUILESS_MAIN(TestOpendkimCompare)
#include "test_opendkim_compare.moc"
