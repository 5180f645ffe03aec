// The message analysis end to end through the lab DNS: the RFC 8463 Appendix A vector (Ed25519 and
// RSA), messages signed here by dkimpy (python3-dkim) in every canonicalization and then altered in
// header and body, ARC sealed by dkimpy, the route, Authentication-Results trust, SPF, DMARC and the
// bulk-sender checklist; hostile messages bounded in time; and rebound-cli message --json.
#include "core/message/authresults.h"
#include "core/message/dkimcanon.h"
#include "core/message/dkimsignature.h"
#include "core/message/messageanalysis.h"
#include "core/message/rawmessage.h"
#include "core/message/route.h"
#include "lab/dnslab.h"
#include "messagetest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace rebound;
using message::DkimResult;

namespace {

// The message a bulk sender sends; trace fields are added on top by wrap().
const QByteArray newsletter =
    "From: News <news@sender.example>\r\n"
    "To: user@receiver.example\r\n"
    "Subject: Weekly news\r\n"
    "Date: Mon, 7 Dec 2026 09:59:59 +0000\r\n"
    "Message-ID: <abc123@sender.example>\r\n"
    "List-Unsubscribe: <https://sender.example/u/1>, <mailto:unsub@sender.example>\r\n"
    "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain\r\n"
    "\r\n"
    "Hello  there,   \r\n"
    "this is the news.\r\n"
    "\r\n";

const QByteArray trace =
    "Authentication-Results: mx.receiver.example; spf=pass smtp.mailfrom=sender.example;\r\n"
    " dkim=pass header.d=sender.example; dmarc=pass header.from=sender.example\r\n"
    "Return-Path: <bounce@sender.example>\r\n"
    "Received: from mail.sender.example (mail.sender.example [192.0.2.25])\r\n"
    "\tby mx.receiver.example with ESMTPS id abc; Mon, 7 Dec 2026 10:00:05 +0000\r\n"
    "Authentication-Results: evil.example; dkim=pass header.d=sender.example\r\n"
    "Received: from app.internal (app.internal [10.0.0.5]) by mail.sender.example\r\n"
    "\twith ESMTPSA id def; Mon, 7 Dec 2026 10:00:01 +0000\r\n";

QByteArray run(const QStringList& args, const QByteArray& input) {
    return messagetest::dkimsign(args, input);
}

const message::DkimReport& only(const message::MessageReport& report) {
    if (report.dkim.size() != 1)
        qFatal("expected one signature, got %d", int(report.dkim.size()));
    return report.dkim.first();
}

} // namespace

class TestMessage : public QObject {
    Q_OBJECT

private:
    lab::DnsLab m_lab;
    QTemporaryDir m_dir;
    std::unique_ptr<dns::Resolver> m_resolver;

    QString key(const QString& name) const { return m_dir.filePath(name + u".key"_s); }
    QByteArray sign(const QString& keyName, const QString& algorithm, const QString& canon,
                    const QByteArray& message = newsletter, const QStringList& extra = {}) {
        return run(QStringList{u"sign"_s, key(keyName), keyName, u"sender.example"_s, algorithm, canon}
                       + extra,
                   message);
    }
    message::MessageReport analyze(const QByteArray& bytes) {
        return messagetest::analyze(m_resolver.get(), bytes);
    }

private slots:
    void initTestCase() {
        QByteArray zone = messagetest::rootZoneHeader();
        for (const QString& kind : {u"rsa"_s, u"ed25519"_s}) {
            const QByteArray record = run({u"keygen"_s, kind, m_dir.filePath(kind)}, {}).trimmed();
            zone +=
                kind.toLatin1() + "._domainkey.sender.example. IN TXT" + messagetest::zoneTxt(record) + '\n';
        }
        zone += "revoked._domainkey.sender.example. IN TXT \"v=DKIM1; k=rsa; p=\"\n"
                "brisbane._domainkey.football.example.com. IN TXT \"v=DKIM1; k=ed25519; "
                "p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\"\n"
                "test._domainkey.football.example.com. IN TXT \"v=DKIM1; k=rsa; "
                "p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDkHlOQoBTzWRiGs5V6NpP3idY6Wk08a5qhdR6wy5bdOKb2jLQiY/"
                "J16JYi0Qvx/byYzCNb3W91y3FutACDfzwQ/BC/e/"
                "8uBsCR+yz1Lxj+PL6lHvqMKrM3rG4hstT5QjvHO9PzoxZyVYLzBfO2EeC3"
                "Ip3G+2kryOTIKT+l/K4w3QIDAQAB\"\n"
                "sender.example. IN TXT \"v=spf1 ip4:192.0.2.25 -all\"\n"
                "_dmarc.sender.example. IN TXT \"v=DMARC1; p=reject; rua=mailto:d@sender.example\"\n"
                "25.2.0.192.in-addr.arpa. IN PTR mail.sender.example.\n"
                "mail.sender.example. IN A 192.0.2.25\n"
                "_dmarc.np.example. IN TXT \"v=DMARC1; p=none; sp=quarantine; np=reject\"\n"
                "exists.np.example. IN A 192.0.2.1\n";
        QString error;
        m_resolver = messagetest::startLab(&m_lab, m_dir.path(), zone, {}, 3000, &error);
        QVERIFY2(m_resolver, qPrintable(error));
    }

    // RFC 8463 Appendix A.3: both signatures of the example verify with the Appendix A.2 keys.
    void rfc8463Vector() {
        QFile file(QStringLiteral(REBOUND_TEST_DATA_DIR "/message/data/rfc8463-a3.eml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const message::MessageReport report = analyze(file.readAll());
        QCOMPARE(report.dkim.size(), 2);
        QCOMPARE(report.dkim[0].signature.algorithm, message::DkimAlgorithm::Ed25519Sha256);
        QCOMPARE(report.dkim[0].verification.result, DkimResult::Pass);
        QCOMPARE(report.dkim[0].verification.keyBits, 256);
        QCOMPARE(report.dkim[1].verification.result, DkimResult::Pass);
        QCOMPARE(report.dkim[1].verification.keyBits, 1024);
        QVERIFY(report.dkim[1].verification.weak);
    }

    void rfc8463VectorAltered() {
        QFile file(QStringLiteral(REBOUND_TEST_DATA_DIR "/message/data/rfc8463-a3.eml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        bytes.replace("We lost the game.", "We won the game.");
        const message::MessageReport report = analyze(bytes);
        for (const message::DkimReport& d : report.dkim) {
            QCOMPARE(d.verification.result, DkimResult::Fail);
            QCOMPARE(d.verification.bodyHashOk, std::optional(false));
            QCOMPARE(d.verification.signatureOk, std::optional(true));
            QVERIFY(d.verification.reason.contains(u"body hash did not verify"_s));
        }
    }

    void dkimpy_data() {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<QString>("canon");
        for (const char* algorithm : {"rsa-sha256", "ed25519-sha256"}) {
            for (const char* canon : {"simple/simple", "simple/relaxed", "relaxed/simple", "relaxed/relaxed"})
                QTest::addRow("%s %s", algorithm, canon)
                    << QString::fromLatin1(algorithm) << QString::fromLatin1(canon);
        }
    }

    // Signed by dkimpy, then altered: body and header failures are told apart; what the
    // canonicalization tolerates still passes.
    void dkimpy() {
        QFETCH(QString, algorithm);
        QFETCH(QString, canon);
        const QString keyName = algorithm.startsWith(u"ed") ? u"ed25519"_s : u"rsa"_s;
        const QByteArray signedMessage =
            sign(keyName, algorithm, canon, newsletter,
                 {u"--headers"_s,
                  u"from:to:subject:subject:date:message-id:list-unsubscribe:list-unsubscribe-post"_s});
        const bool relaxedHeader = canon.startsWith(u"relaxed");
        const bool relaxedBody = canon.endsWith(u"relaxed");

        const message::DkimReport good = only(analyze(trace + signedMessage));
        QCOMPARE(good.verification.result, DkimResult::Pass);
        QCOMPARE(good.signature.canonicalization(), canon);
        QCOMPARE(good.verification.keyBits, keyName == u"rsa" ? 2048 : 256);
        // Unix line ends: the message as a mail client saves it still verifies.
        QCOMPARE(only(analyze(QByteArray(trace + signedMessage).replace("\r\n", "\n"))).verification.result,
                 DkimResult::Pass);

        const message::DkimReport footer = only(analyze(signedMessage + "-- \r\nList footer\r\n"));
        QCOMPARE(footer.verification.result, DkimResult::Fail);
        QCOMPARE(footer.verification.bodyHashOk, std::optional(false));
        QCOMPARE(footer.verification.signatureOk, std::optional(true));

        const message::DkimReport subject =
            only(analyze(QByteArray(signedMessage).replace("Subject: Weekly news", "Subject: Weekly NEWS")));
        QCOMPARE(subject.verification.result, DkimResult::Fail);
        QCOMPARE(subject.verification.bodyHashOk, std::optional(true));
        QCOMPARE(subject.verification.signatureOk, std::optional(false));

        // Over-signing: h= lists Subject twice, so a second Subject added on top breaks the signature.
        const message::DkimReport added = only(analyze("Subject: Win a prize\r\n" + signedMessage));
        QCOMPARE(added.verification.result, DkimResult::Fail);
        // An unsigned field added does not.
        QCOMPARE(only(analyze("X-Spam-Score: 0\r\n" + signedMessage)).verification.result, DkimResult::Pass);

        const message::DkimReport spaced = only(analyze(
            QByteArray(signedMessage).replace("Subject: Weekly news", "Subject:  Weekly\r\n\tnews ")));
        QCOMPARE(spaced.verification.result, relaxedHeader ? DkimResult::Pass : DkimResult::Fail);

        const message::DkimReport bodySpace =
            only(analyze(QByteArray(signedMessage).replace("this is the news.", "this  is the news.  ")));
        QCOMPARE(bodySpace.verification.result, relaxedBody ? DkimResult::Pass : DkimResult::Fail);

        // Empty lines at the end are not part of either canonical body.
        QCOMPARE(only(analyze(signedMessage + "\r\n\r\n")).verification.result, DkimResult::Pass);
    }

    // l= signs a prefix of the body: a footer after it verifies (and is the known l= risk).
    void bodyLength() {
        const QByteArray signedMessage =
            sign(u"rsa"_s, u"rsa-sha256"_s, u"relaxed/relaxed"_s, newsletter, {u"--length"_s});
        const message::DkimReport footer = only(analyze(signedMessage + "Unsigned footer\r\n"));
        QVERIFY(footer.signature.length.has_value());
        QCOMPARE(footer.verification.result, DkimResult::Pass);
        // Cut the body below l=: the signature cannot verify.
        QByteArray cut = signedMessage;
        cut.replace("this is the news.\r\n", "");
        const message::DkimReport shorter = only(analyze(cut));
        QCOMPARE(shorter.verification.result, DkimResult::Fail);
        QCOMPARE(shorter.verification.bodyHashOk, std::optional(false));
    }

    void keyProblems() {
        const QByteArray signedMessage = sign(u"rsa"_s, u"rsa-sha256"_s, u"relaxed/relaxed"_s);
        const message::DkimReport missing =
            only(analyze(QByteArray(signedMessage).replace("s=rsa;", "s=nokey;")));
        QCOMPARE(missing.verification.result, DkimResult::PermError);
        QVERIFY(missing.verification.reason.contains(u"no key"_s));
        const message::DkimReport revoked =
            only(analyze(QByteArray(signedMessage).replace("s=rsa;", "s=revoked;")));
        QCOMPARE(revoked.verification.result, DkimResult::PermError);
        QVERIFY(revoked.verification.reason.contains(u"revoked"_s));
        // An RSA signature checked with the Ed25519 key record: the key type does not match.
        const message::DkimReport wrongType =
            only(analyze(QByteArray(signedMessage).replace("s=rsa;", "s=ed25519;")));
        QCOMPARE(wrongType.verification.result, DkimResult::PermError);
    }

    void signatureTags_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("error");
        const QByteArray base = " a=rsa-sha256; d=example.com; s=s; h=from; bh=YWJj; b=YWJj";
        QTest::newRow("good") << QByteArray(" v=1;" + base) << QString();
        QTest::newRow("no v") << base << u"v="_s;
        QTest::newRow("v=2") << QByteArray(" v=2;" + base) << u"v="_s;
        QTest::newRow("duplicate tag") << QByteArray(" v=1; d=x.example;" + base) << u"twice"_s;
        QTest::newRow("unknown algorithm")
            << QByteArray(" v=1;" + base).replace("rsa-sha256", "rsa-md5") << u"a="_s;
        QTest::newRow("no from") << QByteArray(" v=1;" + base).replace("h=from", "h=to") << u"From"_s;
        QTest::newRow("bad base64") << QByteArray(" v=1;" + base).replace("b=YWJj", "b=!!") << u"base64"_s;
        QTest::newRow("expired") << QByteArray(" v=1; t=100; x=200;" + base) << u"expired"_s;
        QTest::newRow("x before t") << QByteArray(" v=1; t=300; x=200;" + base) << u"before t="_s;
        QTest::newRow("i outside d") << QByteArray(" v=1; i=@other.example;" + base) << u"i="_s;
        QTest::newRow("l not a number") << QByteArray(" v=1; l=12a;" + base) << u"l="_s;
        QTest::newRow("bad canon") << QByteArray(" v=1; c=fancy/simple;" + base) << u"c="_s;
        QTest::newRow("garbage") << QByteArray(" ;;==;") << u"tag"_s;
    }

    void signatureTags() {
        QFETCH(QByteArray, value);
        QFETCH(QString, error);
        const message::DkimSignature sig = message::parseDkimSignature(value, 1000);
        if (error.isEmpty())
            QVERIFY2(sig.error.isEmpty(), qPrintable(sig.error));
        else
            QVERIFY2(sig.error.contains(error), qPrintable(sig.error));
    }

    // RFC 6376 3.4.5 examples.
    void canonicalization() {
        const QByteArray header = "A: X\r\nB : Y\t\r\n\tZ  ";
        QCOMPARE(message::canonicalHeader("A: X", message::Canon::Relaxed), QByteArray("a:X\r\n"));
        QCOMPARE(message::canonicalHeader("B : Y\t\r\n\tZ  ", message::Canon::Relaxed),
                 QByteArray("b:Y Z\r\n"));
        QCOMPARE(message::canonicalHeader("B : Y\t\r\n\tZ  ", message::Canon::Simple),
                 QByteArray("B : Y\t\r\n\tZ  \r\n"));
        const QByteArray body = " C \r\nD \t E\r\n\r\n\r\n";
        QCOMPARE(message::canonicalBody(body, message::Canon::Relaxed), QByteArray(" C\r\nD E\r\n"));
        QCOMPARE(message::canonicalBody(body, message::Canon::Simple), QByteArray(" C \r\nD \t E\r\n"));
        QCOMPARE(message::canonicalBody("", message::Canon::Simple), QByteArray("\r\n"));
        QCOMPARE(message::canonicalBody("", message::Canon::Relaxed), QByteArray());
        QCOMPARE(message::canonicalBody("x", message::Canon::Relaxed), QByteArray("x\r\n"));
        Q_UNUSED(header);
    }

    void fullAnalysis() {
        const QByteArray signedMessage = sign(
            u"rsa"_s, u"rsa-sha256"_s, u"relaxed/relaxed"_s, newsletter,
            {u"--headers"_s, u"from:to:subject:date:message-id:list-unsubscribe:list-unsubscribe-post"_s});
        const message::MessageReport report = analyze(trace + signedMessage);
        QCOMPARE(report.route.hops.size(), 2);
        QCOMPARE(report.route.hops[0].ip, u"10.0.0.5"_s);
        QCOMPARE(report.route.hops[0].protocol, u"ESMTPSA"_s);
        QCOMPARE(report.route.firstExternal, 1);
        QCOMPARE(report.route.hops[1].ip, u"192.0.2.25"_s);
        QCOMPARE(report.route.hops[1].from, u"mail.sender.example"_s);
        QCOMPARE(report.route.hops[1].by, u"mx.receiver.example"_s);
        QVERIFY(report.route.hops[1].tls);
        QCOMPARE(report.route.hops[1].delaySeconds, std::optional<qint64>(4));
        QVERIFY(report.spf);
        QCOMPARE(report.spf->result, auth::SpfResult::Pass);
        QCOMPARE(report.dmarc.result, u"pass"_s);
        QCOMPARE(report.dmarc.policy, u"reject"_s);
        QCOMPARE(report.dmarc.policyDomain, u"sender.example"_s);
        QVERIFY(report.dmarc.alignedSpf);
        QVERIFY(report.dmarc.alignedDkim);
        QCOMPARE(report.authResults.size(), 2);
        QVERIFY(report.authResults[0].trusted);
        QCOMPARE(report.authResults[0].authservId, u"mx.receiver.example"_s);
        QCOMPARE(report.authResults[0].results.size(), 3);
        QCOMPARE(report.authResults[0].results[0].property(u"smtp"_s, u"mailfrom"_s), u"sender.example"_s);
        QVERIFY(!report.authResults[1].trusted);
        for (const message::BulkSenderItem& item : report.bulkSender)
            QVERIFY2(item.result == u"pass", qPrintable(item.id + u": "_s + item.detail));
        QCOMPARE(report.bulkSender.size(), 9);
        QVERIFY(!report.couldNotCheck);
        for (const Finding& f : report.findings)
            QVERIFY2(f.severity < Severity::Error, qPrintable(f.id));

        // The same message with the footer a list adds: DKIM fails on the body, DMARC still passes
        // through SPF, and the receiver's dkim=pass now disagrees with Rebound.
        const message::MessageReport listed =
            analyze(trace + signedMessage + "Unsubscribe from this list\r\n");
        QCOMPARE(listed.dmarc.result, u"pass"_s);
        QVERIFY(!listed.dmarc.alignedDkim);
        QStringList ids;
        for (const Finding& f : listed.findings)
            ids << f.id;
        QVERIFY2(ids.contains(u"message.dkim_body_hash"_s), qPrintable(ids.join(u' ')));
        QVERIFY2(ids.contains(u"message.auth_results_disagree"_s), qPrintable(ids.join(u' ')));
        bool unsubscribeSigned = true;
        for (const message::BulkSenderItem& item : listed.bulkSender)
            unsubscribeSigned = item.id == u"unsubscribe_signed" ? item.result == u"pass" : unsubscribeSigned;
        QVERIFY(!unsubscribeSigned);
    }

    void unsignedBulkMail() {
        QByteArray bytes = trace + newsletter;
        bytes.replace("ip4:192.0.2.25", "ip4:192.0.2.25"); // unchanged: SPF still passes
        bytes.replace("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n", "");
        bytes.replace("with ESMTPS id abc", "with SMTP id abc");
        bytes.replace("Message-ID: <abc123@sender.example>\r\n", "");
        const message::MessageReport report = analyze(bytes);
        QMap<QString, QString> results;
        for (const message::BulkSenderItem& item : report.bulkSender)
            results.insert(item.id, item.result);
        QCOMPARE(results.value(u"one_click"_s), u"fail"_s);
        QCOMPARE(results.value(u"unsubscribe_signed"_s), u"fail"_s);
        QCOMPARE(results.value(u"tls"_s), u"fail"_s);
        QCOMPARE(results.value(u"message_id"_s), u"fail"_s);
        QCOMPARE(results.value(u"dmarc_aligned"_s), u"pass"_s); // SPF aligned
        QCOMPARE(results.value(u"list_unsubscribe"_s), u"pass"_s);
        QCOMPARE(report.dkim.size(), 0);
    }

    // RFC 7489 6.6.1: DMARC needs exactly one author; a quoted "@" in a display name is not one.
    void fromAddresses() {
        QByteArray two = trace + newsletter;
        two.replace("From: News <news@sender.example>", "From: news@sender.example, other@example.org");
        QCOMPARE(analyze(two).dmarc.result, u"permerror"_s);
        QByteArray quoted = trace + newsletter;
        quoted.replace("From: News <news@sender.example>", "From: \"news@sender\" <news@sender.example>");
        QCOMPARE(analyze(quoted).dmarc.fromDomain, u"sender.example"_s);
    }

    void arc() {
        const QByteArray signedMessage = sign(u"rsa"_s, u"rsa-sha256"_s, u"relaxed/relaxed"_s);
        const QByteArray received =
            "Authentication-Results: relay.example; dkim=pass header.d=sender.example\r\n";
        const QByteArray sealed =
            run({u"arc"_s, key(u"rsa"_s), u"rsa"_s, u"sender.example"_s, u"relay.example"_s},
                received + signedMessage);
        const message::MessageReport report = analyze(sealed);
        QCOMPARE(report.arc.instances.size(), 1);
        QCOMPARE(report.arc.instances[0].cv, u"none"_s);
        QCOMPARE(report.arc.instances[0].authservId, u"relay.example"_s);
        QCOMPARE(report.arc.result, u"pass"_s);
        // The sealer's dkim=pass is compared with Rebound's own verification of that signature.
        QCOMPARE(report.arcComparisons.size(), 1);
        QCOMPARE(report.arcComparisons[0].method, u"dkim"_s);
        QCOMPARE(report.arcComparisons[0].subject, u"sender.example"_s);
        QCOMPARE(report.arcComparisons[0].claimed, u"pass"_s);
        QCOMPARE(report.arcComparisons[0].own, u"pass"_s);
        const message::MessageReport altered = analyze(sealed + "footer\r\n");
        QCOMPARE(altered.arc.result, u"fail"_s);
        QCOMPARE(altered.arcComparisons.size(), 1);
        QCOMPARE(altered.arcComparisons[0].own, u"fail"_s);
        const auto differs =
            std::find_if(altered.findings.cbegin(), altered.findings.cend(),
                         [](const Finding& f) { return f.id == u"message.arc_results_differ"; });
        QVERIFY(differs != altered.findings.cend());
        QCOMPARE(differs->severity, Severity::Warning); // the chain does not validate: only a claim
    }

    // RFC 9989 np=: a From domain below the policy domain that does not exist gets np=, one that
    // exists sp=, the policy domain itself p=.
    void dmarcNonExistentSubdomain_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("tag");
        QTest::newRow("non-existent") << u"ghost.np.example"_s << u"reject"_s << u"np"_s;
        QTest::newRow("existing") << u"exists.np.example"_s << u"quarantine"_s << u"sp"_s;
        QTest::newRow("policy domain") << u"np.example"_s << u"none"_s << u"p"_s;
    }
    void dmarcNonExistentSubdomain() {
        QFETCH(QString, from);
        QFETCH(QString, policy);
        QFETCH(QString, tag);
        QByteArray bytes = trace + newsletter;
        bytes.replace("From: News <news@sender.example>",
                      QByteArray("From: News <news@" + from.toLatin1() + ">"));
        const message::MessageReport report = analyze(bytes);
        QCOMPARE(report.dmarc.policyDomain, u"np.example"_s);
        QCOMPARE(report.dmarc.policy, policy);
        QCOMPARE(report.dmarc.policyTag, tag);
        QCOMPARE(report.dmarc.fromDomainExists, tag == u"np"   ? std::optional(false)
                                                : tag == u"sp" ? std::optional(true)
                                                               : std::optional<bool>());
    }

    // The copy a bounce returned: a DKIM failure there is told (info), with what can be trusted.
    void returnedCopy() {
        const QByteArray signedMessage = sign(u"rsa"_s, u"rsa-sha256"_s, u"relaxed/relaxed"_s);
        message::MessageAnalyzer analyzer(m_resolver.get());
        std::optional<message::MessageReport> report;
        message::MessageRequest request;
        request.bytes = QByteArray(signedMessage).replace("this is the news.", "this is the news=2E");
        request.returnedCopy = true;
        connect(&analyzer, &message::MessageAnalyzer::finished, this, [&] { report = analyzer.result(); });
        analyzer.start(request);
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 30000);
        QVERIFY(report->returnedCopy);
        QCOMPARE(report->dkim.size(), 1);
        QCOMPARE(report->dkim[0].verification.result, DkimResult::Fail);
        QStringList ids;
        for (const Finding& f : report->findings) {
            ids << f.id;
            if (f.id.startsWith(u"message.dkim_"_s))
                QCOMPARE(f.severity, Severity::Info);
        }
        QVERIFY2(ids.contains(u"message.returned_copy"_s) && ids.contains(u"message.dkim_body_hash"_s),
                 qPrintable(ids.join(u' ')));
    }

    void route() {
        const message::Hop hop = message::parseReceived(
            u"from [198.51.100.7] (helo=client.example) by mx.example (Postfix) with ESMTPS id 1 "
            "(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384) for <a@b.example>; Tue, 1 Dec 2026 08:00:00 PST"_s);
        QCOMPARE(hop.ip, u"198.51.100.7"_s);
        QCOMPARE(hop.by, u"mx.example"_s);
        QVERIFY(hop.tls);
        QCOMPARE(hop.time.toUTC().toString(Qt::ISODate), u"2026-12-01T16:00:00Z"_s);
        const message::Hop v6 = message::parseReceived(
            u"from mail.example (mail.example [IPv6:2001:db8::25]) by mx.example with SMTP; 1 Dec 2026 08:00:00 +0000"_s);
        QCOMPARE(v6.ip, u"2001:db8::25"_s);
        // Only private and loopback clients: no first external hop, and no SPF to check.
        const message::RawMessage internal = message::parseRawMessage(
            "Received: from b (b [127.0.0.1]) by c with LMTP; 1 Dec 2026 08:00:09 +0000\r\n"
            "Received: from a (a [10.1.2.3]) by b with ESMTP; 1 Dec 2026 08:00:00 +0000\r\n\r\n");
        const message::Route route = message::parseRoute(internal);
        QCOMPARE(route.hops.size(), 2);
        QCOMPARE(route.firstExternal, -1);
        QCOMPARE(route.hops[1].delaySeconds, std::optional<qint64>(9));
        QVERIFY(!v6.tls);
        QVERIFY(v6.publicIp);
    }

    void authResultsParsing() {
        const message::AuthResults ar = message::parseAuthResults(
            u"mx.example 1; dkim=fail (bad signature) reason=\"body hash; changed\" header.d=a.example "
            "header.b=abcd; spf=softfail smtp.mailfrom=x@a.example; dmarc=fail (p=reject) header.from=a.example"_s);
        QCOMPARE(ar.authservId, u"mx.example"_s);
        QCOMPARE(ar.results.size(), 3);
        QCOMPARE(ar.results[0].method, u"dkim"_s);
        QCOMPARE(ar.results[0].result, u"fail"_s);
        QCOMPARE(ar.results[0].reason, u"body hash; changed"_s);
        QCOMPARE(ar.results[0].property(u"header"_s, u"b"_s), u"abcd"_s);
        QCOMPARE(ar.results[1].result, u"softfail"_s);
        QCOMPARE(ar.results[2].property(u"header"_s, u"from"_s), u"a.example"_s);
        QCOMPARE(message::parseAuthResults(u"mx.example; none"_s).results.size(), 0);

        // Trust: the top-most authserv-id and the fields right below it with the same id; a field
        // further down with that id (added before the receiver) is still a claim. --trust names another.
        const message::RawMessage raw =
            message::parseRawMessage("Authentication-Results: mx.example; "
                                     "spf=pass\r\nAuthentication-Results: mx.example; dkim=pass\r\n"
                                     "Authentication-Results: relay.example; "
                                     "dkim=fail\r\nAuthentication-Results: mx.example; dmarc=pass\r\n"
                                     "From: a@b.example\r\n\r\n");
        const QList<message::AuthResults> top = message::readAuthResults(raw);
        QCOMPARE(top.size(), 4);
        QVERIFY(top[0].trusted && top[1].trusted);
        QVERIFY(!top[2].trusted && !top[3].trusted);
        const QList<message::AuthResults> named = message::readAuthResults(raw, u"Relay.Example"_s);
        QVERIFY(!named[0].trusted && named[2].trusted);
    }

    // Hostile input: every one of these ends quickly with a bounded answer.
    void hostile_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("signatures");
        QByteArray many;
        for (int i = 0; i < 100000; ++i)
            many += "X-Header-" + QByteArray::number(i) + ": value\r\n";
        QTest::newRow("100,000 headers") << QByteArray(many + newsletter) << 0;
        QByteArray sigs;
        for (int i = 0; i < 10000; ++i)
            sigs +=
                "DKIM-Signature: v=1; a=rsa-sha256; d=sender.example; s=rsa; h=from:from:from:from; bh=YWJj; "
                "b=YWJj\r\n";
        QTest::newRow("10,000 signatures") << QByteArray(sigs + newsletter) << 10000;
        QTest::newRow("1 GB l=") << QByteArray("DKIM-Signature: v=1; a=rsa-sha256; d=sender.example; s=rsa; "
                                               "l=1073741824; h=from; bh=YWJj; b=YWJj\r\n"
                                               + newsletter)
                                 << 1;
        QByteArray longLine = "Subject: " + QByteArray(4 * 1024 * 1024, 'x') + "\r\n";
        QTest::newRow("4 MB header") << QByteArray(longLine + newsletter) << 0;
        QByteArray hops;
        for (int i = 0; i < 5000; ++i)
            hops += "Received: from a (a [192.0.2." + QByteArray::number(i % 250)
                    + "]) by b with SMTP; 1 Dec 2026 "
                      "08:00:00 +0000\r\n";
        QTest::newRow("5,000 Received") << QByteArray(hops + newsletter) << 0;
    }

    void hostile() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, signatures);
        QElapsedTimer timer;
        timer.start();
        const message::MessageReport report = analyze(bytes);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(report.dkim.size() + report.signaturesNotEvaluated, signatures);
        QVERIFY(report.dkim.size() <= message::kMaxVerifiedSignatures);
        QVERIFY(report.route.hops.size() <= message::kMaxHops);
        for (const message::DkimReport& d : report.dkim)
            QVERIFY(d.verification.result != DkimResult::Pass);
        if (bytes.contains("l=1073741824"))
            QVERIFY(report.dkim.first().verification.reason.contains(u"l="_s));
    }

    void cli() {
        const QByteArray signedMessage = sign(u"rsa"_s, u"rsa-sha256"_s, u"relaxed/relaxed"_s);
        QFile file(m_dir.filePath(u"m.eml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(trace + signedMessage);
        file.close();
        QProcess p;
        p.start(QStringLiteral(REBOUND_CLI_PATH),
                {u"message"_s, file.fileName(), u"--json"_s, u"--dns"_s, m_lab.server()});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray output = p.readAllStandardOutput();
        QVERIFY2(p.exitCode() == 0, output.constData());
        const QJsonObject json = QJsonDocument::fromJson(output).object();
        const QJsonObject hop = json[u"hops"_s].toArray().at(1).toObject();
        for (const char* k : {"from", "by", "ip", "time", "delay_s", "protocol", "tls"})
            QVERIFY2(hop.contains(QLatin1String(k)), k);
        QCOMPARE(hop[u"delay_s"_s].toInt(), 4);
        const QJsonObject dkim = json[u"dkim"_s].toArray().at(0).toObject();
        for (const char* k : {"domain", "selector", "algorithm", "canonicalization", "result", "reason",
                              "body_hash_ok", "key_bits"})
            QVERIFY2(dkim.contains(QLatin1String(k)), k);
        QCOMPARE(dkim[u"result"_s].toString(), u"pass"_s);
        QCOMPARE(dkim[u"key_bits"_s].toInt(), 2048);
        const QJsonObject dmarc = json[u"dmarc"_s].toObject();
        QCOMPARE(dmarc[u"result"_s].toString(), u"pass"_s);
        QCOMPARE(dmarc[u"policy"_s].toString(), u"reject"_s);
        QVERIFY(dmarc[u"aligned_spf"_s].toBool());
        QCOMPARE(json[u"spf"_s].toObject()[u"result"_s].toString(), u"pass"_s);
        QCOMPARE(json[u"bulk_sender"_s].toArray().size(), 9);
        QVERIFY(json.contains(u"arc"_s) && json.contains(u"authentication_results"_s)
                && json.contains(u"findings"_s));

        // A failing body is exit code 1; a file that does not exist is 66; no header fields is 64.
        QVERIFY(file.open(QIODevice::Append));
        file.write("footer\r\n");
        file.close();
        p.start(QStringLiteral(REBOUND_CLI_PATH),
                {u"message"_s, file.fileName(), u"--dns"_s, m_lab.server()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardOutput().contains("body hash did not verify"));
        p.start(QStringLiteral(REBOUND_CLI_PATH), {u"message"_s, m_dir.filePath(u"none.eml"_s)});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 66);
        p.start(QStringLiteral(REBOUND_CLI_PATH), {u"message"_s, u"-"_s, u"--dns"_s, m_lab.server()});
        p.write("\r\njust a body\r\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 64);
    }
};

QTEST_GUILESS_MAIN(TestMessage)
#include "test_message.moc"
