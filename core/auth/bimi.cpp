#include "core/auth/bimi.h"

#include "core/auth/authknowledge.h"
#include "core/util/jsonutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QXmlStreamReader>

#include <memory>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace rebound::auth {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("rebound::auth", text);
}

const AuthKnowledge& knowledge() {
    return AuthKnowledge::instance();
}

QStringList stringList(const QJsonValue& value) {
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

QString sha256Hex(QByteArrayView bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The root element's attributes, the title and the squareness.
void checkRoot(const QXmlStreamReader& xml, const BimiSvgRules& rules, BimiSvgCheck& check) {
    const QXmlStreamAttributes attributes = xml.attributes();
    if (xml.name() != u"svg"_s || xml.namespaceUri() != u"http://www.w3.org/2000/svg"_s)
        check.errors << tr("the root element is not <svg> in the SVG namespace");
    check.baseProfile = util::escapeControls(attributes.value(u"baseProfile"_s).toString(), 50);
    check.version = util::escapeControls(attributes.value(u"version"_s).toString(), 20);
    if (check.baseProfile != rules.baseProfile)
        check.errors << tr("baseProfile is \"%1\", not \"%2\"").arg(check.baseProfile, rules.baseProfile);
    if (check.version != rules.version)
        check.errors << tr("version is \"%1\", not \"%2\"").arg(check.version, rules.version);
    for (const QString& name : rules.rootForbiddenAttributes)
        if (attributes.hasAttribute(name))
            check.errors << tr("the root <svg> has a %1= attribute, which SVG Tiny PS forbids").arg(name);
    const QStringList box =
        attributes.value(u"viewBox"_s).toString().split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
    if (box.size() == 4) {
        check.square = box.at(2).toDouble() > 0 && qFuzzyCompare(box.at(2).toDouble(), box.at(3).toDouble());
        if (!check.square)
            check.errors
                << tr("the viewBox is %1 by %2: a BIMI logo must be square").arg(box.at(2), box.at(3));
    } else {
        const QString w = attributes.value(u"width"_s).toString(),
                      h = attributes.value(u"height"_s).toString();
        check.square = !w.isEmpty() && w == h;
        check.warnings << tr("no viewBox: the logo cannot be scaled reliably");
    }
}

// One element below the root: forbidden elements, event handlers and external references.
void checkElement(const QXmlStreamReader& xml, const BimiSvgRules& rules, BimiSvgCheck& check) {
    const QString name = xml.name().toString();
    if (rules.forbiddenElements.contains(name))
        check.errors << tr("<%1> is not allowed in SVG Tiny PS").arg(util::escapeControls(name, 40));
    for (const QXmlStreamAttribute& a : xml.attributes()) {
        const QString attribute = a.name().toString();
        const QString value = a.value().toString().trimmed();
        if (attribute.startsWith(u"on"_s, Qt::CaseInsensitive))
            check.errors << tr("<%1> has an event handler (%2=)")
                                .arg(util::escapeControls(name, 40), util::escapeControls(attribute, 40));
        else if (attribute == u"href"_s && !value.startsWith(u'#'))
            check.errors << tr("<%1> refers to %2: external references are not allowed")
                                .arg(util::escapeControls(name, 40), util::escapeControls(value, 100));
        else if (value.contains(u"url("_s) && !value.contains(u"url(#"_s))
            check.errors
                << tr("<%1> %2= refers outside the file").arg(util::escapeControls(name, 40), attribute);
    }
}

// A bounded gunzip (VMCs embed the logo as gzip-compressed SVG).
std::optional<QByteArray> gunzipBounded(const QByteArray& data, qint64 maxBytes) {
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return std::nullopt;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    char buffer[16384];
    int status = Z_OK;
    while (status == Z_OK && out.size() <= maxBytes) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END || out.size() > maxBytes)
        return std::nullopt;
    return out;
}

// The SVG of the logotype extension (RFC 3709, id-pe-logotype 1.3.6.1.5.5.7.1.12): found as the
// data:image/svg+xml;base64, URI that BIMI certificates embed, decoded and decompressed.
std::optional<QByteArray> embeddedLogo(X509* leaf) {
    const std::unique_ptr<ASN1_OBJECT, decltype(&ASN1_OBJECT_free)> oid(OBJ_txt2obj("1.3.6.1.5.5.7.1.12", 1),
                                                                        ASN1_OBJECT_free);
    const int index = X509_get_ext_by_OBJ(leaf, oid.get(), -1);
    if (index < 0)
        return std::nullopt;
    const ASN1_OCTET_STRING* value = X509_EXTENSION_get_data(X509_get_ext(leaf, index));
    const QByteArray der(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)),
                         ASN1_STRING_length(value));
    const QByteArray prefix = "data:image/svg+xml;base64,";
    const qsizetype start = der.indexOf(prefix);
    if (start < 0)
        return std::nullopt;
    qsizetype end = start + prefix.size();
    while (end < der.size()
           && (std::isalnum(uchar(der.at(end))) || der.at(end) == '+' || der.at(end) == '/'
               || der.at(end) == '='))
        ++end;
    const QByteArray decoded =
        QByteArray::fromBase64(der.mid(start + prefix.size(), end - start - prefix.size()));
    if (decoded.startsWith("\x1f\x8b"))
        return gunzipBounded(decoded, 1024 * 1024);
    return decoded;
}

QString x509Name(const X509_NAME* name) {
    char* text = X509_NAME_oneline(name, nullptr, 0);
    const QString out = util::escapeUntrusted(QByteArray(text ? text : ""));
    OPENSSL_free(text);
    return out;
}

bool hasBimiUsage(X509* leaf) {
    std::unique_ptr<EXTENDED_KEY_USAGE, decltype(&EXTENDED_KEY_USAGE_free)> usage(
        static_cast<EXTENDED_KEY_USAGE*>(X509_get_ext_d2i(leaf, NID_ext_key_usage, nullptr, nullptr)),
        EXTENDED_KEY_USAGE_free);
    if (!usage)
        return false;
    for (int i = 0; i < sk_ASN1_OBJECT_num(usage.get()); ++i) {
        char oid[80];
        OBJ_obj2txt(oid, sizeof oid, sk_ASN1_OBJECT_value(usage.get(), i), 1);
        if (qstrcmp(oid, "1.3.6.1.5.5.7.3.31") == 0)
            return true;
    }
    return false;
}

// Findings for one fetch that did not give a 200 answer; none when it did.
std::optional<Finding> fetchFinding(const QString& tooLargeId, const QString& failedId, const QString& url,
                                    const https::HttpsResult& fetch, qint64 limit) {
    const QString why = util::escapeControls(fetch.errorText, 500);
    if (fetch.error == https::FetchError::TooLarge)
        return knowledge().finding(tooLargeId, {url, QString::number(limit)});
    if (fetch.error == https::FetchError::Certificate)
        return knowledge().finding(u"bimi.https_certificate"_s, {fetch.host}, {why});
    if (!fetch.ok())
        return knowledge().finding(failedId, {url}, {why});
    if (fetch.status != 200)
        return knowledge().finding(failedId, {url}, {tr("HTTP status %1").arg(fetch.status)});
    return std::nullopt;
}

} // namespace

const BimiSvgRules& BimiSvgRules::instance() {
    static const BimiSvgRules rules = [] {
        BimiSvgRules r;
        QFile file(u":/auth/bimi-svg.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return r;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        r.maxBytes = json.value(u"max_bytes"_s).toInteger(r.maxBytes);
        r.baseProfile = json.value(u"base_profile"_s).toString(r.baseProfile);
        r.version = json.value(u"version"_s).toString(r.version);
        r.rootForbiddenAttributes = stringList(json.value(u"root_forbidden_attributes"_s));
        r.forbiddenElements = stringList(json.value(u"forbidden_elements"_s));
        return r;
    }();
    return rules;
}

BimiSvgCheck checkBimiSvg(const QByteArray& svg, const BimiSvgRules& rules) {
    BimiSvgCheck check;
    check.bytes = svg.size();
    check.sha256 = sha256Hex(svg);
    if (svg.size() > rules.maxBytes) {
        check.errors << tr("%1 bytes, more than the %2 allowed").arg(svg.size()).arg(rules.maxBytes);
        return check;
    }
    QXmlStreamReader xml(svg);
    int depth = 0;
    bool sawRoot = false;
    while (!xml.atEnd() && check.errors.size() < 20) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            check.errors << tr("a DOCTYPE declaration (DTDs and entities are not allowed)");
            break; // nothing after a DTD is read: its entities are never expanded
        }
        if (token == QXmlStreamReader::EntityReference) {
            check.errors << tr("an entity reference (entities are not allowed)");
            break;
        }
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (!sawRoot) {
                sawRoot = true;
                checkRoot(xml, rules, check);
                continue;
            }
            checkElement(xml, rules, check);
            if (depth == 2 && xml.name() == u"title"_s && check.title.isEmpty()) {
                const QString title = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                check.title = util::escapeControls(title.trimmed(), 200);
                --depth; // readElementText() read the end tag
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    if (xml.hasError() && check.errors.isEmpty())
        check.errors << tr("not well-formed XML: %1 (line %2)").arg(xml.errorString()).arg(xml.lineNumber());
    if (!sawRoot && check.errors.isEmpty())
        check.errors << tr("no root element");
    if (sawRoot && check.title.isEmpty() && check.errors.size() < 20)
        check.errors << tr("no <title> element (SVG Tiny PS requires one, naming the brand)");
    return check;
}

BimiCertificateCheck checkBimiCertificate(const QByteArray& pem, const QString& domain, const QString& caFile,
                                          const QByteArray& svg) {
    BimiCertificateCheck check;
    const std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                        BIO_free);
    const std::unique_ptr<STACK_OF(X509), void (*)(STACK_OF(X509)*)> chain(
        sk_X509_new_null(), [](STACK_OF(X509) * s) { sk_X509_pop_free(s, X509_free); });
    while (X509* cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        sk_X509_push(chain.get(), cert);
        if (sk_X509_num(chain.get()) >= 10)
            break;
    }
    check.certificates = sk_X509_num(chain.get());
    if (check.certificates == 0) {
        check.errors << tr("no PEM certificate in the file");
        return check;
    }
    X509* leaf = sk_X509_value(chain.get(), 0);
    check.subject = x509Name(X509_get_subject_name(leaf));
    check.issuer = x509Name(X509_get_issuer_name(leaf));
    if (const QList<QSslCertificate> parsed = QSslCertificate::fromData(pem, QSsl::Pem); !parsed.isEmpty()) {
        check.notBefore = parsed.first().effectiveDate();
        check.notAfter = parsed.first().expiryDate();
    }
    check.bimiUsage = hasBimiUsage(leaf);
    const QByteArray host = domain.toUtf8();
    check.domainListed = X509_check_host(leaf, host.constData(), size_t(host.size()), 0, nullptr) == 1;

    const std::unique_ptr<X509_STORE, decltype(&X509_STORE_free)> store(X509_STORE_new(), X509_STORE_free);
    if (caFile.isEmpty())
        X509_STORE_set_default_paths(store.get());
    else
        X509_STORE_load_file(store.get(), caFile.toLocal8Bit().constData());
    const std::unique_ptr<X509_STORE_CTX, decltype(&X509_STORE_CTX_free)> context(X509_STORE_CTX_new(),
                                                                                  X509_STORE_CTX_free);
    X509_STORE_CTX_init(context.get(), store.get(), leaf, chain.get());
    check.chainOk = X509_verify_cert(context.get()) == 1;
    if (!check.chainOk)
        check.chainError =
            QString::fromUtf8(X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get())));

    if (const std::optional<QByteArray> logo = embeddedLogo(leaf)) {
        check.logotypeFound = true;
        check.logotypeSha256 = sha256Hex(*logo);
        if (!svg.isEmpty())
            check.logoMatches = *logo == svg;
    }
    return check;
}

BimiReport analyseBimi(const QString& domain, const PolicyTxtReport& txt, const https::HttpsResult* logo,
                       const https::HttpsResult* authority, const QString& caFile) {
    BimiReport report;
    report.logoUrl = txt.tags.value(u"l"_s);
    report.authorityUrl = txt.tags.value(u"a"_s);
    const BimiSvgRules& rules = BimiSvgRules::instance();
    QByteArray svg;
    if (logo) {
        report.logoFetch = *logo;
        if (const auto problem = fetchFinding(u"bimi.svg_too_large"_s, u"bimi.svg_fetch_failed"_s,
                                              report.logoUrl, *logo, rules.maxBytes)) {
            report.findings << *problem;
        } else {
            svg = logo->body;
            report.svg = checkBimiSvg(svg, rules);
            if (!report.svg->valid()) {
                Finding invalid = knowledge().finding(u"bimi.svg_invalid"_s, {report.logoUrl});
                invalid.detail = report.svg->errors.join(u"; "_s) + u". "_s + invalid.detail;
                report.findings << invalid;
            }
            for (const QString& warning : std::as_const(report.svg->warnings))
                report.findings << knowledge().finding(u"bimi.svg_warning"_s, {warning});
        }
    }
    if (!authority) {
        if (txt.state == PolicyTxtReport::State::Found)
            report.findings << knowledge().finding(u"bimi.no_certificate"_s, {});
        return report;
    }
    report.authorityFetch = *authority;
    if (const auto problem = fetchFinding(u"bimi.certificate_too_large"_s, u"bimi.certificate_fetch_failed"_s,
                                          report.authorityUrl, *authority, 256 * 1024)) {
        report.findings << *problem;
        return report;
    }
    report.certificate = checkBimiCertificate(authority->body, domain, caFile, svg);
    const BimiCertificateCheck& c = *report.certificate;
    if (c.certificates == 0) {
        report.findings << knowledge().finding(u"bimi.certificate_unreadable"_s, {report.authorityUrl});
        return report;
    }
    if (!c.chainOk)
        report.findings << knowledge().finding(u"bimi.certificate_chain"_s, {c.subject}, {c.chainError});
    if (!c.bimiUsage)
        report.findings << knowledge().finding(u"bimi.certificate_usage"_s, {c.subject});
    if (!c.domainListed)
        report.findings << knowledge().finding(u"bimi.certificate_domain"_s, {domain});
    if (!c.logotypeFound)
        report.findings << knowledge().finding(u"bimi.certificate_no_logo"_s, {});
    else if (c.logoMatches == false)
        report.findings << knowledge().finding(
            u"bimi.certificate_logo_mismatch"_s, {report.logoUrl}, {},
            {c.logotypeSha256, report.svg ? report.svg->sha256 : QString()});
    return report;
}

} // namespace rebound::auth
