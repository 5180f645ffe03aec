#include "core/auth/policytxt.h"

#include "core/auth/authknowledge.h"
#include "core/auth/dnsfuture.h"
#include "core/util/jsonutil.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound::auth {

using util::Task;
namespace {

struct KindInfo {
    QString prefix;  // the name below the domain
    QString version; // the v= value
    QString title;
};

KindInfo info(PolicyKind kind) {
    switch (kind) {
    case PolicyKind::MtaSts:
        return {u"_mta-sts."_s, u"STSv1"_s, u"MTA-STS"_s};
    case PolicyKind::TlsRpt:
        return {u"_smtp._tls."_s, u"TLSRPTv1"_s, u"TLS-RPT"_s};
    case PolicyKind::Bimi:
        return {u"default._bimi."_s, u"BIMI1"_s, u"BIMI"_s};
    }
    return {};
}

QMap<QString, QString> parseTags(const QString& text) {
    QMap<QString, QString> tags;
    for (const QString& part : text.split(u';')) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq > 0)
            tags.insert(part.left(eq).trimmed().toLower(), part.mid(eq + 1).trimmed());
    }
    return tags;
}

} // namespace

QString policyKindName(PolicyKind kind) {
    switch (kind) {
    case PolicyKind::MtaSts:
        return u"mta_sts"_s;
    case PolicyKind::TlsRpt:
        return u"tls_rpt"_s;
    case PolicyKind::Bimi:
        return u"bimi"_s;
    }
    return {};
}

QString policyStateName(PolicyTxtReport::State state) {
    switch (state) {
    case PolicyTxtReport::State::Found:
        return u"found"_s;
    case PolicyTxtReport::State::Missing:
        return u"missing"_s;
    case PolicyTxtReport::State::Multiple:
        return u"multiple"_s;
    case PolicyTxtReport::State::Invalid:
        return u"invalid"_s;
    case PolicyTxtReport::State::DnsError:
        return u"dns-error"_s;
    }
    return {};
}

QStringList validatePolicyRecord(PolicyKind kind, const QMap<QString, QString>& tags) {
    QStringList problems;
    switch (kind) {
    case PolicyKind::MtaSts: {
        static const QRegularExpression idRe(u"^[A-Za-z0-9]{1,32}$"_s);
        if (!tags.contains(u"id"_s))
            problems << QCoreApplication::translate("rebound::auth",
                                                    "the required id= tag is missing (RFC 8461 3.1)");
        else if (!idRe.match(tags.value(u"id"_s)).hasMatch())
            problems << QCoreApplication::translate("rebound::auth",
                                                    "id= must be 1 to 32 letters and digits");
        break;
    }
    case PolicyKind::TlsRpt: {
        if (!tags.contains(u"rua"_s)) {
            problems << QCoreApplication::translate("rebound::auth",
                                                    "the required rua= tag is missing (RFC 8460 3)");
            break;
        }
        for (const QString& uri : tags.value(u"rua"_s).split(u',')) {
            const QString u = uri.trimmed();
            if (!u.startsWith(u"mailto:"_s, Qt::CaseInsensitive)
                && !u.startsWith(u"https://"_s, Qt::CaseInsensitive))
                problems << QCoreApplication::translate("rebound::auth",
                                                        "rua '%1' is neither mailto: nor https:")
                                .arg(u);
        }
        break;
    }
    case PolicyKind::Bimi: {
        const QString logo = tags.value(u"l"_s);
        if (!tags.contains(u"l"_s))
            problems << QCoreApplication::translate("rebound::auth", "the l= tag (logo URL) is missing");
        else if (!logo.isEmpty()
                 && (!logo.startsWith(u"https://"_s, Qt::CaseInsensitive)
                     || !logo.toLower().endsWith(u".svg"_s)))
            problems << QCoreApplication::translate("rebound::auth",
                                                    "l= must be an https:// URL of an SVG file");
        const QString authority = tags.value(u"a"_s);
        if (!authority.isEmpty() && !authority.startsWith(u"https://"_s, Qt::CaseInsensitive))
            problems << QCoreApplication::translate("rebound::auth",
                                                    "a= (the mark certificate) must be an https:// URL");
        break;
    }
    }
    return problems;
}

Task<PolicyTxtReport> checkPolicyTxt(dns::Resolver* resolver, QObject* context, QString domain,
                                     PolicyKind kind) {
    const KindInfo k = info(kind);
    PolicyTxtReport report;
    report.kind = kind;
    report.name = k.prefix + domain;
    const dns::DnsResult r = co_await DnsFuture(resolver, context, report.name, dns::RecordType::TXT);
    const QString id = u"policy."_s + policyKindName(kind);
    const AuthKnowledge& knowledge = AuthKnowledge::instance();
    if (!dns::isDefinite(r.outcome)) {
        report.state = PolicyTxtReport::State::DnsError;
        Finding finding = knowledge.finding(id + u".dns_error"_s, {k.title, report.name});
        finding.detail = r.error.isEmpty() ? dns::outcomeName(r.outcome) : r.error;
        report.findings << finding;
        co_return report;
    }
    const QRegularExpression versionRe(u"^\\s*v\\s*=\\s*"_s + k.version + u"\\s*(;|$)"_s);
    QList<QByteArray> records;
    for (const auto& record : r.records()) {
        const QByteArray joined = record.txtJoined();
        if (versionRe.match(QString::fromLatin1(joined)).hasMatch())
            records << joined;
    }
    if (records.isEmpty()) {
        report.state = PolicyTxtReport::State::Missing;
        co_return report;
    }
    report.record = util::escapeUntrusted(records.first());
    if (records.size() > 1) {
        report.state = PolicyTxtReport::State::Multiple;
        report.findings << knowledge.finding(id + u".multiple"_s,
                                             {report.name, QString::number(records.size()), k.title}, {},
                                             {report.record});
        co_return report;
    }
    report.tags = parseTags(report.record);
    const QStringList problems = validatePolicyRecord(kind, report.tags);
    report.state = problems.isEmpty() ? PolicyTxtReport::State::Found : PolicyTxtReport::State::Invalid;
    for (const QString& problem : problems)
        report.findings << knowledge.finding(id + u".invalid"_s, {k.title, report.name, problem}, {},
                                             {report.record});
    co_return report;
}

} // namespace rebound::auth
