#include "core/auth/addresscheck.h"

#include "core/dns/dnsname.h"
#include "core/dns/ipaddress.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rebound::auth {
namespace {

const QSet<QString>& disposableDomains() {
    static const QSet<QString> domains = [] {
        QSet<QString> set;
        QFile file(u":/auth/disposable-domains.json"_s);
        if (file.open(QIODevice::ReadOnly)) {
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(file.readAll()).object().value(u"domains"_s).toArray())
                set.insert(v.toString().toLower());
        }
        return set;
    }();
    return domains;
}

// atext of RFC 5322 plus, for RFC 6531, any non-ASCII character.
bool isAtext(QChar c) {
    if (c.unicode() >= 0x80)
        return true;
    if (c.isLetterOrNumber())
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

QStringList localPartProblems(const QString& local) {
    QStringList problems;
    if (local.isEmpty())
        return {QCoreApplication::translate("rebound::auth", "the local part (before @) is empty")};
    if (local.toUtf8().size() > 64)
        problems << QCoreApplication::translate(
                        "rebound::auth", "the local part is %1 octets; the limit is 64 (RFC 5321 4.5.3.1.1)")
                        .arg(local.toUtf8().size());
    if (local.startsWith(u'"')) {
        if (local.size() < 2 || !local.endsWith(u'"'))
            return problems << QCoreApplication::translate("rebound::auth",
                                                           "the quoted local part is not closed");
        for (qsizetype i = 1; i < local.size() - 1; ++i) {
            const QChar c = local.at(i);
            if (c == u'\\') {
                ++i;
                continue;
            }
            if (c == u'"' || (c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f)
                return problems << QCoreApplication::translate(
                           "rebound::auth", "the quoted local part holds a character that must be escaped");
        }
        return problems;
    }
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."_s))
        problems << QCoreApplication::translate(
            "rebound::auth", "dots may not start or end the local part or follow each other");
    for (const QChar c : local) {
        if (c != u'.' && !isAtext(c)) {
            problems << QCoreApplication::translate("rebound::auth",
                                                    "'%1' is not allowed in an unquoted local part")
                            .arg(c.unicode() < 0x20 ? u"control"_s : QString(c));
            break;
        }
    }
    return problems;
}

} // namespace

bool isDisposableDomain(const QString& domain) {
    QString name = domain.toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    const QSet<QString>& set = disposableDomains();
    while (!name.isEmpty()) {
        if (set.contains(name))
            return true;
        const qsizetype dot = name.indexOf(u'.');
        if (dot < 0)
            break;
        name = name.mid(dot + 1);
    }
    return false;
}

AddressCheck checkAddress(const QString& input) {
    AddressCheck check;
    QString address = input.trimmed();
    if (address.startsWith(u'<') && address.endsWith(u'>'))
        address = address.mid(1, address.size() - 2);
    check.address = address;
    if (address.size() > 1000) {
        check.problems << QCoreApplication::translate("rebound::auth", "the address is far too long");
        return check;
    }
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0) {
        check.problems << QCoreApplication::translate("rebound::auth", "there is no @");
        return check;
    }
    check.localPart = address.left(at);
    check.domain = address.mid(at + 1);
    check.problems << localPartProblems(check.localPart);
    for (const QChar c : check.localPart)
        check.internationalized = check.internationalized || c.unicode() >= 0x80;
    if (check.domain.startsWith(u'[')) {
        QString literal = check.domain.mid(1, check.domain.size() - 2);
        if (literal.startsWith(u"IPv6:"_s, Qt::CaseInsensitive))
            literal = literal.mid(5);
        if (!check.domain.endsWith(u']') || !dns::parseIpAddress(literal))
            check.problems << QCoreApplication::translate("rebound::auth",
                                                          "the address literal is not a valid IP address");
        else
            check.problems << QCoreApplication::translate(
                "rebound::auth",
                "an address literal instead of a domain is accepted by almost no mail system");
    } else {
        QString error;
        const auto ascii = dns::normalizeDomainName(check.domain, &error);
        if (!ascii || !check.domain.contains(u'.')) {
            check.problems << (error.isEmpty()
                                   ? QCoreApplication::translate("rebound::auth",
                                                                 "the domain is not a fully qualified name")
                                   : QCoreApplication::translate("rebound::auth", "the domain is invalid: %1")
                                         .arg(error));
        } else {
            check.asciiDomain = ascii->toLower();
            static const QRegularExpression hostRe(
                u"^([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\\.)+[a-z0-9-]{2,63}$"_s);
            if (!hostRe.match(check.asciiDomain).hasMatch())
                check.problems << QCoreApplication::translate(
                    "rebound::auth", "the domain holds characters that are not allowed in a host name");
            check.internationalized = check.internationalized || check.asciiDomain != check.domain.toLower();
        }
    }
    if (check.localPart.toUtf8().size() + 1 + check.asciiDomain.toUtf8().size() > 254)
        check.problems << QCoreApplication::translate(
            "rebound::auth",
            "the address is longer than 254 octets (RFC 5321 4.5.3.1.3 with RFC 3696 errata)");
    check.valid = check.problems.isEmpty();
    check.disposable = !check.asciiDomain.isEmpty() && isDisposableDomain(check.asciiDomain);
    return check;
}

} // namespace rebound::auth
