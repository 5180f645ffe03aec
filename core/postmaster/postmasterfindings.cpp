#include "core/postmaster/postmasterfindings.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rebound::postmaster {
namespace {

QString translated(const QString& text) {
    return QCoreApplication::translate("rebound::data::postmaster", text.toUtf8().constData());
}

struct Knowledge {
    Thresholds thresholds;
    QHash<QString, QString> requirements;
    struct Text {
        Severity severity = Severity::Info;
        QString title;
        QString detail;
    };
    QHash<QString, Text> findings;

    Knowledge() {
        QFile file(u":/receivers/postmaster.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing resource :/receivers/postmaster.json");
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject t = root.value(u"thresholds").toObject();
        thresholds.spamRateWarning = t.value(u"spam_rate_warning").toDouble(thresholds.spamRateWarning);
        thresholds.spamRateError = t.value(u"spam_rate_error").toDouble(thresholds.spamRateError);
        thresholds.authenticationRateMin =
            t.value(u"authentication_rate_min").toDouble(thresholds.authenticationRateMin);
        thresholds.tlsRateMin = t.value(u"tls_rate_min").toDouble(thresholds.tlsRateMin);
        const QJsonObject r = root.value(u"requirements").toObject();
        for (auto it = r.begin(); it != r.end(); ++it)
            requirements.insert(it.key(), it.value().toString());
        const QJsonObject f = root.value(u"findings").toObject();
        for (auto it = f.begin(); it != f.end(); ++it) {
            const QJsonObject o = it.value().toObject();
            findings.insert(it.key(), {severityFromName(o.value(u"severity").toString()),
                                       o.value(u"title").toString(), o.value(u"detail").toString()});
        }
    }
};

const Knowledge& knowledge() {
    static const Knowledge k;
    return k;
}

QString fill(QString text, const QHash<QString, QString>& args) {
    for (auto it = args.begin(); it != args.end(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}

Finding make(const QString& id, const QHash<QString, QString>& args, const QStringList& evidence = {}) {
    const Knowledge::Text text = knowledge().findings.value(id);
    return Finding{id, text.severity, fill(translated(text.title), args), fill(translated(text.detail), args),
                   evidence};
}

} // namespace

const Thresholds& thresholds() {
    return knowledge().thresholds;
}

QString requirementTitle(const QString& requirement) {
    const QString title = knowledge().requirements.value(requirement);
    return title.isEmpty() ? requirement : translated(title);
}

QString percentText(double fraction) {
    return QString::number(fraction * 100, 'g', 3) + u" %"_s;
}

QString spamRateLevel(const DomainStats& stats) {
    if (!stats.spamRate)
        return u"unknown"_s;
    if (*stats.spamRate >= thresholds().spamRateError)
        return u"error"_s;
    if (*stats.spamRate >= thresholds().spamRateWarning)
        return u"warning"_s;
    return u"ok"_s;
}

void evaluateFindings(DomainStats* stats) {
    stats->findings.clear();
    const QString date = stats->statsDate.toString(Qt::ISODate);
    const auto args = [&](double rate) {
        return QHash<QString, QString>{
            {u"domain"_s, stats->domain}, {u"rate"_s, percentText(rate)}, {u"date"_s, date}};
    };
    if (const QString level = spamRateLevel(*stats); level == u"error" || level == u"warning")
        stats->findings << make(u"postmaster.spam_rate_"_s + level, args(*stats->spamRate));
    const std::pair<const char*, const std::optional<double>*> auth[] = {
        {"SPF", &stats->spfRate}, {"DKIM", &stats->dkimRate}, {"DMARC", &stats->dmarcRate}};
    for (const auto& [mechanism, rate] : auth) {
        if (*rate && **rate < thresholds().authenticationRateMin) {
            auto a = args(**rate);
            a.insert(u"mechanism"_s, QLatin1String(mechanism));
            stats->findings << make(u"postmaster.auth_rate"_s, a);
        }
    }
    if (stats->tlsRate && *stats->tlsRate < thresholds().tlsRateMin)
        stats->findings << make(u"postmaster.tls_rate"_s, args(*stats->tlsRate));
    if (stats->deliveryErrorRate && *stats->deliveryErrorRate > 0)
        stats->findings << make(u"postmaster.delivery_errors"_s, args(*stats->deliveryErrorRate));
    bool allCompliant = stats->complianceKnown;
    for (const ComplianceRow& row : std::as_const(stats->compliance)) {
        allCompliant = allCompliant && row.state == ComplianceState::Compliant;
        if (row.state == ComplianceState::NeedsWork)
            stats->findings << make(
                u"postmaster.compliance_needs_work"_s,
                {{u"domain"_s, stats->domain}, {u"requirement"_s, requirementTitle(row.requirement)}},
                {row.requirement});
    }
    if (allCompliant)
        stats->findings << make(u"postmaster.compliant"_s, {{u"domain"_s, stats->domain}});
}

} // namespace rebound::postmaster
