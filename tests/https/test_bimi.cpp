// BIMI: the SVG Tiny PS check offline (a tiny valid logo, scripts and external references, a DOCTYPE
// with entities, a huge file), then DomainChecker with fetchBimi against the lab's DNS and
// https_server.py: the logo and a mark certificate made here with openssl (the BIMI key usage, the
// domain, the logo gzip-compressed in the logotype extension), a certificate that is none of that, and
// the command line's JSON.
#include "core/auth/bimi.h"
#include "core/auth/domaincheck.h"
#include "core/auth/domainjson.h"
#include "httpslab.h"
#include "lab/clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rebound;
using namespace rebound::auth;
using httpstest::ids;

namespace {

const QString kSvgDir = QStringLiteral(REBOUND_TEST_DATA_DIR "/https/bimi");

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool run(const QString& program, const QStringList& args, const QString& dir, QByteArray* out = nullptr) {
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(program, args);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning() << program << args << process.readAllStandardError();
        return false;
    }
    if (out)
        *out = process.readAllStandardOutput();
    return true;
}

} // namespace

class TestBimi : public QObject {
    Q_OBJECT

private:
    httpstest::HttpsLab m_lab;
    QTemporaryDir m_docRoot;

    // A mark certificate signed by the test CA: extensions as given, the logo svgFile embedded.
    bool makeMark(const QString& name, const QString& extensions, const QString& svgFile) {
        const QString dir = m_docRoot.path();
        const QString caDir = QFileInfo(m_lab.certificates().caFile()).absolutePath();
        QByteArray gz;
        if (!run(u"gzip"_s, {u"-9"_s, u"-n"_s, u"-c"_s, svgFile}, dir, &gz))
            return false;
        QFile config(dir + u"/"_s + name + u".cnf"_s);
        if (!config.open(QIODevice::WriteOnly))
            return false;
        config.write("[mark]\nbasicConstraints = CA:false\n" + extensions.toUtf8()
                     + "\n1.3.6.1.5.5.7.1.12 = ASN1:IA5STRING:data:image/svg+xml;base64," + gz.toBase64()
                     + "\n");
        config.close();
        return run(u"openssl"_s,
                   {u"req"_s, u"-new"_s, u"-nodes"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                    u"ec_paramgen_curve:prime256v1"_s, u"-keyout"_s, name + u".key"_s, u"-out"_s,
                    name + u".csr"_s, u"-subj"_s, u"/CN=Rebound Lab Brand"_s},
                   dir)
               && run(u"openssl"_s,
                      {u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, caDir + u"/ca.pem"_s,
                       u"-CAkey"_s, caDir + u"/ca.key"_s, u"-set_serial"_s, u"7"_s, u"-days"_s, u"30"_s,
                       u"-out"_s, name + u".pem"_s, u"-extfile"_s, name + u".cnf"_s, u"-extensions"_s,
                       u"mark"_s},
                      dir);
    }

    DomainReport check(const QString& domain, const QString& caFile = {}) {
        DomainCheckRequest request;
        request.domain = domain;
        request.fetchBimi = true;
        request.https = m_lab.options();
        if (!caFile.isNull())
            request.https.caFile = caFile;
        return httpstest::checkDomain(m_lab.resolver(), request);
    }

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_lab.generate(&error), qPrintable(error));
        for (const QString& svg : QDir(kSvgDir).entryList({u"*.svg"_s}))
            QVERIFY(QFile::copy(kSvgDir + u'/' + svg, m_docRoot.filePath(svg)));
        QVERIFY(makeMark(u"vmc"_s,
                         u"extendedKeyUsage = 1.3.6.1.5.5.7.3.31\nsubjectAltName = DNS:good.bimi.sts.test"_s,
                         kSvgDir + u"/good.svg"_s));
        QVERIFY(makeMark(u"other"_s, u"extendedKeyUsage = serverAuth\nsubjectAltName = DNS:other.example"_s,
                         kSvgDir + u"/script.svg"_s));
        QVERIFY2(m_lab.start(m_docRoot.path(), &error), qPrintable(error));
    }

    void tinyPsLogo() {
        const BimiSvgCheck c = checkBimiSvg(readFile(kSvgDir + u"/good.svg"_s));
        QVERIFY2(c.valid(), qPrintable(c.errors.join(u"; "_s)));
        QCOMPARE(c.title, u"Rebound Lab"_s);
        QVERIFY(c.square);
        QCOMPARE(c.baseProfile, u"tiny-ps"_s);
    }

    void scriptsAndReferences() {
        const BimiSvgCheck c = checkBimiSvg(readFile(kSvgDir + u"/script.svg"_s));
        const QString all = c.errors.join(u"\n"_s);
        QVERIFY2(all.contains(u"<script>"_s), qPrintable(all));
        QVERIFY2(all.contains(u"<image>"_s), qPrintable(all));
        QVERIFY2(all.contains(u"<animate>"_s), qPrintable(all));
        QVERIFY2(all.contains(u"onclick"_s), qPrintable(all));
        QVERIFY2(all.contains(u"https://tracker.example/pixel.png"_s), qPrintable(all));
        QVERIFY2(all.contains(u"baseProfile"_s), qPrintable(all));
        QVERIFY2(all.contains(u"square"_s), qPrintable(all));
    }

    void doctypeRefused() {
        const BimiSvgCheck c = checkBimiSvg(readFile(kSvgDir + u"/doctype.svg"_s));
        QCOMPARE(c.errors.size(), 1);
        QVERIFY(c.errors.first().contains(u"DOCTYPE"_s));
        QVERIFY(c.title.isEmpty()); // the entities were never expanded
    }

    void hugeRefused() {
        const BimiSvgCheck c = checkBimiSvg(readFile(kSvgDir + u"/huge.svg"_s));
        QVERIFY(!c.valid());
        QVERIFY(c.errors.first().contains(u"32768"_s));
        QVERIFY(!checkBimiSvg("<svg").valid());
        QVERIFY(!checkBimiSvg("").valid());
    }

    void goodLogoAndMark() {
        const DomainReport r = check(u"good.bimi.sts.test"_s);
        QVERIFY(r.bimi);
        QVERIFY2(r.bimi->findings.isEmpty(), qPrintable(ids(r.bimi->findings).join(u' ')));
        QVERIFY(r.bimi->svg && r.bimi->svg->valid());
        QVERIFY(r.bimi->certificate);
        const BimiCertificateCheck& c = *r.bimi->certificate;
        QVERIFY2(c.chainOk, qPrintable(c.chainError));
        QVERIFY(c.bimiUsage);
        QVERIFY(c.domainListed);
        QVERIFY(c.logotypeFound);
        QCOMPARE(c.logoMatches, std::optional<bool>(true));
        QVERIFY(c.notBefore.isValid() && c.notAfter > QDateTime::currentDateTimeUtc());
        const QJsonObject bimi = toJson(r).value(u"bimi"_s).toObject();
        QCOMPARE(bimi.value(u"state"_s).toString(), u"found"_s);
        QCOMPARE(bimi.value(u"logo"_s).toObject().value(u"svg"_s).toObject().value(u"tiny_ps"_s).toBool(),
                 true);
        QCOMPARE(bimi.value(u"certificate"_s).toObject().value(u"logo_matches"_s).toBool(), true);
    }

    void wrongMark() {
        const DomainReport r = check(u"othervmc.bimi.sts.test"_s);
        const QStringList found = ids(r.bimi->findings);
        for (const QString& id :
             {u"bimi.certificate_usage"_s, u"bimi.certificate_domain"_s, u"bimi.certificate_logo_mismatch"_s})
            QVERIFY2(found.contains(id), qPrintable(found.join(u' ')));
        QVERIFY(!found.contains(u"bimi.certificate_chain"_s)); // signed by the trusted test CA
    }

    void invalidLogos() {
        DomainReport r = check(u"script.bimi.sts.test"_s);
        QVERIFY2(ids(r.bimi->findings).contains(u"bimi.svg_invalid"_s),
                 qPrintable(ids(r.bimi->findings).join(u' ')));
        QVERIFY(ids(r.bimi->findings).contains(u"bimi.no_certificate"_s));
        r = check(u"doctype.bimi.sts.test"_s);
        QVERIFY(ids(r.bimi->findings).contains(u"bimi.svg_invalid"_s));
        r = check(u"huge.bimi.sts.test"_s);
        QVERIFY2(ids(r.bimi->findings).contains(u"bimi.svg_too_large"_s),
                 qPrintable(ids(r.bimi->findings).join(u' ')));
        QVERIFY(r.bimi->logoFetch->body.size() <= BimiSvgRules::instance().maxBytes);
    }

    void untrustedMarkChain() {
        // Without the test CA the mark's chain (and the HTTPS of the logo host) does not verify.
        const DomainReport r = check(u"good.bimi.sts.test"_s, u""_s);
        QVERIFY(ids(r.bimi->findings).contains(u"bimi.https_certificate"_s));
    }

    void commandLine() {
        const lab::CliRun cli = lab::runCli(
            QStringList{u"domain"_s, u"good.bimi.sts.test"_s, u"--bimi"_s, u"--json"_s} + m_lab.cliOptions());
        const QJsonObject bimi = QJsonDocument::fromJson(cli.out).object().value(u"bimi"_s).toObject();
        for (const char* key : {"record", "tags", "logo", "certificate", "findings"})
            QVERIFY2(bimi.contains(QLatin1String(key)), key);
        const QJsonObject certificate = bimi.value(u"certificate"_s).toObject();
        for (const char* key :
             {"fetch", "subject", "chain_ok", "bimi_usage", "domain_listed", "logo_matches"})
            QVERIFY2(certificate.contains(QLatin1String(key)), key);
        QCOMPARE(certificate.value(u"chain_ok"_s).toBool(), true);
    }

    void cleanupTestCase() { m_lab.stop(); }
};

QTEST_GUILESS_MAIN(TestBimi)
#include "test_bimi.moc"
