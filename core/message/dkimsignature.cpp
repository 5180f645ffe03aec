#include "core/message/dkimsignature.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rebound::message {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("rebound::message", text);
}

// A decimal tag value of at most 12 digits (RFC 6376 allows 76; anything past 10^12 saturates).
std::optional<qint64> readNumber(const QByteArray& value, bool* ok) {
    *ok = !value.isEmpty();
    qint64 n = 0;
    for (char c : value) {
        if (c < '0' || c > '9') {
            *ok = false;
            return std::nullopt;
        }
        n = n > 1'000'000'000'000LL ? n : n * 10 + (c - '0');
    }
    return n;
}

std::optional<Canon> readCanon(QByteArrayView name) {
    if (name == "simple")
        return Canon::Simple;
    if (name == "relaxed")
        return Canon::Relaxed;
    return std::nullopt;
}

QString domainOf(const QString& identity) {
    return identity.mid(identity.lastIndexOf(u'@') + 1).toLower();
}

} // namespace

QString DkimSignature::canonicalization() const {
    auto name = [](Canon c) { return c == Canon::Simple ? u"simple"_s : u"relaxed"_s; };
    return name(headerCanon) + u'/' + name(bodyCanon);
}

DkimSignature parseDkimSignature(QByteArrayView rawValue, qint64 now, bool arc) {
    DkimSignature sig;
    sig.tags = parseTagList(rawValue);
    const TagList& t = sig.tags;
    sig.domain = QString::fromLatin1(t.value("d").value_or(QByteArray())).toLower();
    sig.selector = QString::fromLatin1(t.value("s").value_or(QByteArray()));
    sig.algorithmName = QString::fromLatin1(t.value("a").value_or(QByteArray()));
    auto setError = [&sig](const QString& error) {
        if (sig.error.isEmpty())
            sig.error = error;
    };
    if (!t.error.isEmpty())
        setError(tr("the signature's tag list is malformed: %1").arg(t.error));
    for (const char* required : {"a", "b", "bh", "d", "h", "s"}) {
        if (!t.find(required))
            setError(tr("the required tag %1= is missing").arg(QLatin1String(required)));
    }
    if (arc) {
        bool ok = false;
        const auto instance = readNumber(t.value("i").value_or(QByteArray()), &ok);
        if (!ok || *instance < 1 || *instance > 50)
            setError(tr("i= must be an ARC instance from 1 to 50"));
        else
            sig.arcInstance = int(*instance);
    } else if (const auto v = t.value("v"); !v || *v != "1") {
        setError(tr("v= must be 1; this verifier knows no other DKIM version"));
    }
    if (sig.algorithmName == u"rsa-sha256")
        sig.algorithm = DkimAlgorithm::RsaSha256;
    else if (sig.algorithmName == u"rsa-sha1")
        sig.algorithm = DkimAlgorithm::RsaSha1;
    else if (sig.algorithmName == u"ed25519-sha256")
        sig.algorithm = DkimAlgorithm::Ed25519Sha256;
    else if (t.find("a"))
        setError(tr("a=%1 is not a known signing algorithm (rsa-sha256, ed25519-sha256)")
                     .arg(sig.algorithmName.left(40)));
    if (const auto c = t.value("c")) {
        const qsizetype slash = c->indexOf('/');
        const auto header = readCanon(slash < 0 ? QByteArrayView(*c) : QByteArrayView(*c).first(slash));
        const auto body =
            slash < 0 ? std::optional(Canon::Simple) : readCanon(QByteArrayView(*c).sliced(slash + 1));
        if (!header || !body)
            setError(tr("c=%1 is not a known canonicalization").arg(QString::fromLatin1(c->left(40))));
        else {
            sig.headerCanon = *header;
            sig.bodyCanon = *body;
        }
    }
    for (const QByteArray& name : withoutWhitespace(t.value("h").value_or(QByteArray())).split(':')) {
        if (!name.isEmpty())
            sig.signedHeaders << name.toLower();
    }
    if (t.find("h") && !sig.signedHeaders.contains("from"))
        setError(tr("h= does not list From, which RFC 6376 requires every signature to sign"));
    const auto bh = QByteArray::fromBase64Encoding(withoutWhitespace(t.value("bh").value_or(QByteArray())),
                                                   QByteArray::AbortOnBase64DecodingErrors);
    const auto b = QByteArray::fromBase64Encoding(withoutWhitespace(t.value("b").value_or(QByteArray())),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if ((t.find("bh") && (!bh || (*bh).isEmpty())) || (t.find("b") && (!b || (*b).isEmpty())))
        setError(tr("b= or bh= is not valid base64"));
    sig.bodyHash = bh ? *bh : QByteArray();
    sig.signature = b ? *b : QByteArray();
    if (!arc) {
        if (const auto i = t.value("i")) {
            sig.identity = QString::fromUtf8(QByteArray::fromPercentEncoding(withoutWhitespace(*i), '='));
            const QString idDomain = domainOf(sig.identity);
            if (!sig.identity.contains(u'@')
                || (idDomain != sig.domain && !idDomain.endsWith(u'.' + sig.domain)))
                setError(tr("the domain of i= is not d= or a subdomain of it"));
        }
        if (const auto q = t.value("q"); q && !withoutWhitespace(*q).split(':').contains("dns/txt"))
            setError(tr("q= names no query method this verifier knows (dns/txt)"));
    }
    bool ok = true;
    if (const auto l = t.value("l")) {
        sig.length = readNumber(*l, &ok);
        if (!ok)
            setError(tr("l= is not a number"));
    }
    if (const auto ts = t.value("t")) {
        sig.timestamp = readNumber(*ts, &ok);
        if (!ok)
            setError(tr("t= is not a number"));
    }
    if (const auto x = t.value("x")) {
        sig.expiry = readNumber(*x, &ok);
        if (!ok)
            setError(tr("x= is not a number"));
        else if (sig.timestamp && *sig.expiry < *sig.timestamp)
            setError(tr("x= is before t=, which RFC 6376 3.5 forbids"));
        else if (*sig.expiry < now)
            setError(tr("the signature expired (x=) before it was checked"));
    }
    if (sig.domain.isEmpty() && t.find("d"))
        setError(tr("d= is empty"));
    return sig;
}

} // namespace rebound::message
