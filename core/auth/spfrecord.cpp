#include "core/auth/spfrecord.h"

#include "core/auth/spfmacro.h"
#include "core/util/jsonutil.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound::auth {
namespace {

struct MechanismName {
    QStringView name;
    SpfMechanism mechanism;
};

constexpr MechanismName kMechanisms[] = {
    {u"all", SpfMechanism::All}, {u"include", SpfMechanism::Include}, {u"a", SpfMechanism::A},
    {u"mx", SpfMechanism::Mx},   {u"ptr", SpfMechanism::Ptr},         {u"ip4", SpfMechanism::Ip4},
    {u"ip6", SpfMechanism::Ip6}, {u"exists", SpfMechanism::Exists},
};

bool isAlnum(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isAlpha(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
bool isTopLabel(QStringView label) {
    if (label.isEmpty())
        return false;
    bool hasAlpha = false;
    for (const QChar c : label) {
        if (!isAlnum(c) && c != u'-')
            return false;
        hasAlpha = hasAlpha || isAlpha(c);
    }
    if (!label.contains(u'-'))
        return hasAlpha;
    return isAlnum(label.front()) && isAlnum(label.back());
}

// "0" / %x31-39 0*N DIGIT, within max.
std::optional<int> parseCidrLength(QStringView digits, int max) {
    if (digits.isEmpty() || digits.size() > 3)
        return std::nullopt;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    if (digits.size() > 1 && digits.front() == u'0')
        return std::nullopt;
    const int value = digits.toInt();
    if (value > max)
        return std::nullopt;
    return value;
}

bool isStrictIpv4(QStringView text) {
    static const QRegularExpression re(
        u"^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$"_s);
    return re.match(text).hasMatch();
}

bool isStrictIpv6(QStringView text) {
    for (const QChar c : text) {
        if (!(isAlnum(c) || c == u':' || c == u'.'))
            return false;
    }
    QHostAddress address;
    return address.setAddress(text.toString()) && address.protocol() == QAbstractSocket::IPv6Protocol
           && address.scopeId().isEmpty();
}

struct TermError {
    QString message;
};

// Parses the text after the mechanism name of ip4/ip6.
std::optional<TermError> parseIpNetwork(QStringView rest, SpfTerm* term) {
    const bool v4 = term->mechanism == SpfMechanism::Ip4;
    if (!rest.startsWith(u':'))
        return TermError{QCoreApplication::translate("rebound::auth", "%1 needs ':' and an address")
                             .arg(spfMechanismName(term->mechanism))};
    rest = rest.mid(1);
    QStringView address = rest;
    const qsizetype slash = rest.indexOf(u'/');
    if (slash >= 0) {
        address = rest.left(slash);
        const auto length = parseCidrLength(rest.mid(slash + 1), v4 ? 32 : 128);
        if (!length)
            return TermError{QCoreApplication::translate("rebound::auth", "invalid prefix length '%1'")
                                 .arg(rest.mid(slash + 1))};
        (v4 ? term->cidr4 : term->cidr6) = *length;
    }
    if (v4 ? !isStrictIpv4(address) : !isStrictIpv6(address))
        return TermError{QCoreApplication::translate("rebound::auth", "invalid %1 address '%2'")
                             .arg(v4 ? u"IPv4"_s : u"IPv6"_s, address)};
    term->network = QHostAddress(address.toString());
    return std::nullopt;
}

// Splits "[:domain-spec][/n][//n]" for a and mx (dual CIDR) or "[:domain-spec]" for the others.
std::optional<TermError> parseDomainPart(QStringView rest, bool dualCidr, bool required, SpfTerm* term) {
    if (dualCidr) {
        static const QRegularExpression cidrRe(u"(?:/([0-9]+))?(?://([0-9]+))?$"_s);
        const auto match = cidrRe.match(rest);
        if (match.hasMatch() && match.capturedLength(0) > 0) {
            if (match.hasCaptured(1)) {
                const auto v4 = parseCidrLength(match.capturedView(1), 32);
                if (!v4)
                    return TermError{
                        QCoreApplication::translate("rebound::auth", "invalid IPv4 prefix length '/%1'")
                            .arg(match.capturedView(1))};
                term->cidr4 = *v4;
            }
            if (match.hasCaptured(2)) {
                const auto v6 = parseCidrLength(match.capturedView(2), 128);
                if (!v6)
                    return TermError{
                        QCoreApplication::translate("rebound::auth", "invalid IPv6 prefix length '//%1'")
                            .arg(match.capturedView(2))};
                term->cidr6 = *v6;
            }
            rest = rest.left(match.capturedStart(0));
        }
    }
    if (rest.isEmpty()) {
        if (required)
            return TermError{QCoreApplication::translate("rebound::auth", "%1 needs ':' and a domain")
                                 .arg(spfMechanismName(term->mechanism))};
        return std::nullopt;
    }
    if (!rest.startsWith(u':'))
        return TermError{QCoreApplication::translate("rebound::auth", "unexpected '%1' after %2")
                             .arg(rest, spfMechanismName(term->mechanism))};
    const QString spec = rest.mid(1).toString();
    QString error;
    if (!isValidDomainSpec(spec, &error))
        return TermError{error};
    term->domainSpec = spec;
    return std::nullopt;
}

std::optional<TermError> parseDirective(QStringView text, SpfTerm* term) {
    if (!text.isEmpty()) {
        switch (text.front().unicode()) {
        case u'+':
            term->qualifier = SpfQualifier::Pass;
            text = text.mid(1);
            break;
        case u'-':
            term->qualifier = SpfQualifier::Fail;
            text = text.mid(1);
            break;
        case u'~':
            term->qualifier = SpfQualifier::SoftFail;
            text = text.mid(1);
            break;
        case u'?':
            term->qualifier = SpfQualifier::Neutral;
            text = text.mid(1);
            break;
        default:
            break;
        }
    }
    qsizetype nameEnd = 0;
    while (nameEnd < text.size() && isAlnum(text.at(nameEnd)))
        ++nameEnd;
    const QStringView name = text.left(nameEnd);
    const QStringView rest = text.mid(nameEnd);
    for (const MechanismName& known : kMechanisms) {
        if (name.compare(known.name, Qt::CaseInsensitive) != 0)
            continue;
        term->mechanism = known.mechanism;
        switch (known.mechanism) {
        case SpfMechanism::All:
            if (!rest.isEmpty())
                return TermError{QCoreApplication::translate("rebound::auth", "'all' takes no argument")};
            return std::nullopt;
        case SpfMechanism::Include:
        case SpfMechanism::Exists:
            return parseDomainPart(rest, false, true, term);
        case SpfMechanism::Ptr:
            return parseDomainPart(rest, false, false, term);
        case SpfMechanism::A:
        case SpfMechanism::Mx:
            return parseDomainPart(rest, true, false, term);
        case SpfMechanism::Ip4:
        case SpfMechanism::Ip6:
            return parseIpNetwork(rest, term);
        }
    }
    return TermError{QCoreApplication::translate("rebound::auth", "unknown mechanism '%1'")
                         .arg(name.isEmpty() ? text : name)};
}

} // namespace

QString spfMechanismName(SpfMechanism mechanism) {
    for (const MechanismName& known : kMechanisms) {
        if (known.mechanism == mechanism)
            return known.name.toString();
    }
    return {};
}

bool SpfTerm::countsLookup() const {
    if (isModifier)
        return modifierName == u"redirect";
    switch (mechanism) {
    case SpfMechanism::Include:
    case SpfMechanism::A:
    case SpfMechanism::Mx:
    case SpfMechanism::Ptr:
    case SpfMechanism::Exists:
        return true;
    default:
        return false;
    }
}

bool isValidDomainSpec(const QString& spec, QString* error) {
    if (spec.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("rebound::auth", "empty domain-spec");
        return false;
    }
    if (!isValidMacroString(spec, false, error))
        return false;
    // domain-end: a macro-expand at the end, or "." toplabel ["."].
    if (endsWithMacroExpand(spec))
        return true;
    QStringView body(spec);
    if (body.endsWith(u'.'))
        body.chop(1);
    const qsizetype dot = body.lastIndexOf(u'.');
    if (dot < 0 || !isTopLabel(body.mid(dot + 1))) {
        if (error)
            *error =
                QCoreApplication::translate(
                    "rebound::auth", "'%1' does not end in a valid top label (use a fully qualified name)")
                    .arg(spec);
        return false;
    }
    return true;
}

bool isSpfRecord(const QByteArray& txt) {
    if (txt.size() < 6 || qstrnicmp(txt.constData(), "v=spf1", 6) != 0)
        return false;
    return txt.size() == 6 || txt.at(6) == ' ';
}

SpfParseResult parseSpfRecord(const QByteArray& txt) {
    SpfParseResult result;
    auto fail = [&](int position, const QString& term, const QString& message) {
        result.error = SpfSyntaxError{position, util::escapeControls(term, 200), message};
        result.record.reset();
        return result;
    };
    for (qsizetype i = 0; i < txt.size(); ++i) {
        const auto c = static_cast<unsigned char>(txt.at(i));
        if (c != ' ' && (c < 0x21 || c > 0x7e))
            return fail(int(i), util::escapeUntrusted(txt.mid(i, 1)),
                        QCoreApplication::translate(
                            "rebound::auth",
                            "byte %1 is not allowed in an SPF record (only printable ASCII and spaces)")
                            .arg(c));
    }
    if (!isSpfRecord(txt))
        return fail(
            0, QString::fromLatin1(txt.left(10)),
            QCoreApplication::translate("rebound::auth", "the record does not start with \"v=spf1\""));
    SpfRecord record;
    record.text = QString::fromLatin1(txt);
    qsizetype pos = 6;
    while (pos < record.text.size()) {
        if (record.text.at(pos) == u' ') {
            ++pos;
            continue;
        }
        qsizetype end = record.text.indexOf(u' ', pos);
        if (end < 0)
            end = record.text.size();
        const QString text = record.text.mid(pos, end - pos);
        SpfTerm term;
        term.text = text;
        term.position = int(pos);
        static const QRegularExpression modifierRe(u"^([A-Za-z][A-Za-z0-9_.-]*)=(.*)$"_s);
        const auto modifier = modifierRe.match(text);
        if (modifier.hasMatch()) {
            term.isModifier = true;
            term.modifierName = modifier.captured(1).toLower();
            term.modifierValue = modifier.captured(2);
            QString error;
            if (term.modifierName == u"redirect" || term.modifierName == u"exp") {
                auto& slot = term.modifierName == u"redirect" ? record.redirect : record.explanation;
                if (slot)
                    return fail(term.position, text,
                                QCoreApplication::translate("rebound::auth", "'%1=' may appear only once")
                                    .arg(term.modifierName));
                if (!isValidDomainSpec(term.modifierValue, &error))
                    return fail(term.position, text, error);
                slot = term;
            } else if (!isValidMacroString(term.modifierValue, false, &error)) {
                return fail(term.position, text, error);
            }
            record.modifiers << term;
        } else {
            if (const auto error = parseDirective(text, &term))
                return fail(term.position, text, error->message);
            record.hasAll = record.hasAll || term.mechanism == SpfMechanism::All;
            record.directives << term;
        }
        pos = end;
    }
    result.record = record;
    return result;
}

} // namespace rebound::auth
