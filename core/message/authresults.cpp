#include "core/message/authresults.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound::message {
namespace {

// Splits at sep outside comments and quoted strings; comments are dropped, quotes kept.
QStringList splitOutside(const QString& text, QChar sep, int maxParts) {
    QStringList parts;
    QString current;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            current += c;
            if (c == u'\\' && i + 1 < text.size())
                current += text.at(++i);
            else if (c == u'"')
                quoted = false;
            continue;
        }
        if (c == u'(') {
            ++depth;
            continue;
        }
        if (c == u')' && depth > 0) {
            if (--depth == 0)
                current += u' ';
            continue;
        }
        if (depth > 0)
            continue;
        if (c == u'"')
            quoted = true;
        if (c == sep) {
            parts << current.trimmed();
            current.clear();
            if (parts.size() >= maxParts)
                return parts;
            continue;
        }
        current += c;
    }
    parts << current.trimmed();
    return parts;
}

QString unquote(QString value) {
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"')) {
        value = value.mid(1, value.size() - 2);
        value.replace(u"\\\""_s, u"\""_s);
    }
    return value;
}

// "method[/version]=result reason=... ptype.prop=value ..." (RFC 8601 2.2)
AuthMethodResult parseResinfo(const QString& text) {
    AuthMethodResult r;
    // Tokens are separated by whitespace outside quotes; "a = b" is rare but allowed.
    QString normal = text;
    normal.replace(QRegularExpression(u"\\s*=\\s*"_s), u"="_s);
    const QStringList tokens = splitOutside(normal.simplified(), u' ', 100);
    for (const QString& token : tokens) {
        const qsizetype eq = token.indexOf(u'=');
        if (eq <= 0)
            continue;
        const QString key = token.left(eq).toLower();
        const QString value = unquote(token.mid(eq + 1));
        if (r.method.isEmpty()) {
            r.method = key.section(u'/', 0, 0);
            r.result = value.toLower();
        } else if (key == u"reason") {
            r.reason = value;
        } else if (const qsizetype dot = key.indexOf(u'.'); dot > 0) {
            r.properties << AuthProperty{key.left(dot), key.mid(dot + 1), value};
        }
    }
    return r;
}

} // namespace

QString AuthMethodResult::property(const QString& type, const QString& name) const {
    for (const AuthProperty& p : properties) {
        if (p.type == type && p.name == name)
            return p.value;
    }
    return {};
}

AuthResults parseAuthResults(const QString& value, bool arc) {
    AuthResults ar;
    QStringList parts = splitOutside(value.left(64 * 1024), u';', kMaxAuthMethods + 2);
    if (arc && !parts.isEmpty()) {
        const QString instance = parts.takeFirst();
        if (instance.startsWith(u"i="))
            ar.arcInstance = instance.mid(2).trimmed().toInt();
    }
    const QString head = parts.isEmpty() ? QString() : parts.takeFirst();
    ar.authservId = head.section(u' ', 0, 0, QString::SectionSkipEmpty).toLower();
    if (ar.authservId.isEmpty()) {
        ar.error = QCoreApplication::translate("rebound::message", "no authserv-id");
        return ar;
    }
    for (const QString& part : parts) {
        if (part.isEmpty() || part.compare(u"none"_s, Qt::CaseInsensitive) == 0)
            continue;
        const AuthMethodResult r = parseResinfo(part);
        if (!r.method.isEmpty())
            ar.results << r;
    }
    return ar;
}

QList<AuthResults> readAuthResults(const RawMessage& message, const QString& trustedId) {
    QList<AuthResults> list;
    const QList<int> indexes = message.indexesOf("authentication-results");
    for (int index : indexes.first(qMin<qsizetype>(indexes.size(), kMaxAuthResultsFields))) {
        AuthResults ar = parseAuthResults(message.fields.at(index).value());
        ar.fieldIndex = index;
        list << ar;
    }
    const QString trusted =
        trustedId.isEmpty() ? (list.isEmpty() ? QString() : list.first().authservId) : trustedId.toLower();
    bool run = true;
    for (AuthResults& ar : list) {
        run = run && (trustedId.isEmpty() ? ar.authservId == trusted : true);
        ar.trusted = !trusted.isEmpty() && ar.authservId == trusted && (run || !trustedId.isEmpty());
    }
    return list;
}

} // namespace rebound::message
