#include "core/auth/spfmacro.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rebound::auth {
namespace {

constexpr QStringView kDelimiters = u".-+,/_=";

bool isMacroLetter(QChar letter, bool explanation) {
    const char16_t c = letter.toLower().unicode();
    switch (c) {
    case u's':
    case u'l':
    case u'o':
    case u'd':
    case u'i':
    case u'p':
    case u'h':
    case u'v':
        return true;
    case u'c':
    case u'r':
    case u't':
        return explanation;
    default:
        return false;
    }
}

struct MacroExpand {
    QChar letter;
    int digits = -1; // -1: none given
    bool reverse = false;
    QString delimiters;
};

// Parses the body of "%{...}" starting at text[pos] (just after "{"); returns the position after "}".
std::optional<qsizetype> parseExpand(const QString& text, qsizetype pos, bool explanation, MacroExpand* out,
                                     QString* error) {
    if (pos >= text.size() || !isMacroLetter(text.at(pos), explanation)) {
        if (error)
            *error = pos < text.size()
                         ? QCoreApplication::translate("rebound::auth", "unknown macro letter '%1'")
                               .arg(text.at(pos))
                         : QCoreApplication::translate("rebound::auth", "unterminated macro");
        return std::nullopt;
    }
    out->letter = text.at(pos++);
    qsizetype digitStart = pos;
    while (pos < text.size() && text.at(pos).isDigit() && text.at(pos).unicode() < 128)
        ++pos;
    if (pos > digitStart) {
        bool ok = false;
        const int value = text.mid(digitStart, qMin<qsizetype>(pos - digitStart, 6)).toInt(&ok);
        if (!ok || value == 0) {
            if (error)
                *error = QCoreApplication::translate("rebound::auth",
                                                     "a macro transformer of zero parts is not allowed");
            return std::nullopt;
        }
        out->digits = value;
    }
    if (pos < text.size() && (text.at(pos) == u'r' || text.at(pos) == u'R')) {
        out->reverse = true;
        ++pos;
    }
    while (pos < text.size() && kDelimiters.contains(text.at(pos)))
        out->delimiters += text.at(pos++);
    if (pos >= text.size() || text.at(pos) != u'}') {
        if (error)
            *error = QCoreApplication::translate("rebound::auth", "malformed macro: expected '}'");
        return std::nullopt;
    }
    return pos + 1;
}

QString urlEscape(const QString& value) {
    QString out;
    const QByteArray utf8 = value.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
            || c == '_' || c == '~')
            out += QLatin1Char(char(c));
        else
            out += u'%' + QStringLiteral("%1").arg(int(c), 2, 16, QLatin1Char('0')).toUpper();
    }
    return out;
}

QString macroValue(QChar letter, const SpfMacroContext& context) {
    const QHostAddress ip = spfEffectiveIp(context.ip);
    switch (letter.toLower().unicode()) {
    case u's':
        return context.sender;
    case u'l':
        return context.localPart;
    case u'o':
        return context.senderDomain;
    case u'd':
        return context.domain;
    case u'i':
        return context.upperCaseNibbles ? spfDottedIp(ip).toUpper() : spfDottedIp(ip);
    case u'p':
        return context.validatedName;
    case u'h':
        return context.helo;
    case u'v':
        return ip.protocol() == QAbstractSocket::IPv6Protocol ? u"ip6"_s : u"in-addr"_s;
    case u'c':
        return ip.toString();
    case u'r':
        return context.receiver;
    case u't':
        return QString::number(context.timestamp);
    default:
        return {};
    }
}

QString applyTransformers(const QString& value, const MacroExpand& expand) {
    if (expand.digits < 0 && !expand.reverse && expand.delimiters.isEmpty())
        return value;
    const QString delimiters = expand.delimiters.isEmpty() ? u"."_s : expand.delimiters;
    QStringList parts;
    QString current;
    for (const QChar ch : value) {
        if (delimiters.contains(ch)) {
            parts << current;
            current.clear();
        } else {
            current += ch;
        }
    }
    parts << current;
    if (expand.reverse)
        std::reverse(parts.begin(), parts.end());
    if (expand.digits > 0 && expand.digits < parts.size())
        parts = parts.mid(parts.size() - expand.digits);
    return parts.join(u'.');
}

// Walks a macro-string, calling literal(text) and macro(expand) in order; false on a syntax error.
template <typename Literal, typename Macro>
bool walkMacroString(const QString& text, bool explanation, QString* error, Literal literal, Macro macro) {
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar ch = text.at(i);
        if (ch != u'%') {
            // explain-string = *( macro-string / SP ): spaces only in explanations.
            if ((ch.unicode() < 0x21 && !(explanation && ch == u' ')) || ch.unicode() > 0x7e) {
                if (error)
                    *error = QCoreApplication::translate("rebound::auth",
                                                         "character %1 is not allowed in a macro-string")
                                 .arg(ch.unicode());
                return false;
            }
            literal(QString(ch));
            ++i;
            continue;
        }
        if (i + 1 >= text.size()) {
            if (error)
                *error = QCoreApplication::translate("rebound::auth", "a lone '%' must be written '%%'");
            return false;
        }
        const QChar next = text.at(i + 1);
        if (next == u'%') {
            literal(u"%"_s);
            i += 2;
        } else if (next == u'_') {
            literal(u" "_s);
            i += 2;
        } else if (next == u'-') {
            literal(u"%20"_s);
            i += 2;
        } else if (next == u'{') {
            MacroExpand expand;
            const auto end = parseExpand(text, i + 2, explanation, &expand, error);
            if (!end)
                return false;
            macro(expand);
            i = *end;
        } else {
            if (error)
                *error = QCoreApplication::translate(
                             "rebound::auth",
                             "'%' followed by '%1' is not a macro (write '%%' for a percent sign)")
                             .arg(next);
            return false;
        }
    }
    return true;
}

} // namespace

QHostAddress spfEffectiveIp(const QHostAddress& ip) {
    if (ip.protocol() == QAbstractSocket::IPv6Protocol) {
        bool ok = false;
        const quint32 v4 = ip.toIPv4Address(&ok);
        if (ok)
            return QHostAddress(v4);
    }
    return ip;
}

QString spfDottedIp(const QHostAddress& address) {
    const QHostAddress ip = spfEffectiveIp(address);
    if (ip.protocol() == QAbstractSocket::IPv4Protocol)
        return ip.toString();
    const Q_IPV6ADDR bytes = ip.toIPv6Address();
    QStringList nibbles;
    for (int i = 0; i < 16; ++i) {
        nibbles << QString::number(bytes[i] >> 4, 16) << QString::number(bytes[i] & 0xf, 16);
    }
    return nibbles.join(u'.');
}

bool isValidMacroString(const QString& text, bool explanation, QString* error) {
    return walkMacroString(
        text, explanation, error, [](const QString&) {}, [](const MacroExpand&) {});
}

bool endsWithMacroExpand(const QString& text) {
    bool lastWasMacro = false;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) != u'%') {
            lastWasMacro = false;
            ++i;
            continue;
        }
        lastWasMacro = true;
        if (i + 1 < text.size() && text.at(i + 1) == u'{') {
            const qsizetype close = text.indexOf(u'}', i);
            if (close < 0)
                return false;
            i = close + 1;
        } else {
            i += 2;
        }
    }
    return lastWasMacro;
}

bool usesPtrMacro(const QString& text) {
    bool found = false;
    walkMacroString(
        text, true, nullptr, [](const QString&) {},
        [&](const MacroExpand& expand) { found = found || expand.letter.toLower() == u'p'; });
    return found;
}

bool usesIpMacro(const QString& text) {
    bool found = false;
    walkMacroString(
        text, true, nullptr, [](const QString&) {},
        [&](const MacroExpand& expand) {
            found = found || QStringView(u"ipvc").contains(expand.letter.toLower());
        });
    return found;
}

std::optional<QString> expandSpfMacros(const QString& text, const SpfMacroContext& context, bool explanation,
                                       QString* error) {
    QString out;
    const bool ok = walkMacroString(
        text, explanation, error, [&](const QString& literal) { out += literal; },
        [&](const MacroExpand& expand) {
            QString value = applyTransformers(macroValue(expand.letter, context), expand);
            if (expand.letter.isUpper())
                value = urlEscape(value);
            out += value;
        });
    if (!ok)
        return std::nullopt;
    return out;
}

std::optional<QString> expandDomainSpec(const QString& spec, const SpfMacroContext& context, QString* error) {
    auto expanded = expandSpfMacros(spec, context, false, error);
    if (!expanded)
        return std::nullopt;
    QString name = *expanded;
    if (name.endsWith(u'.'))
        name.chop(1);
    while (name.toUtf8().size() > 253) {
        const qsizetype dot = name.indexOf(u'.');
        if (dot < 0) {
            name = name.right(253);
            break;
        }
        name = name.mid(dot + 1);
    }
    return name;
}

} // namespace rebound::auth
