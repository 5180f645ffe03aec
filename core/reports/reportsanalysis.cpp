#include "core/reports/reportsanalysis.h"

#include "core/auth/organizationaldomain.h"
#include "core/reports/reportsknowledge.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::reports {
namespace {

constexpr int kMaxEvidence = 20;

void addOnce(QStringList* list, const QString& value, int max = 50) {
    if (!value.isEmpty() && list->size() < max && !list->contains(value))
        list->append(value);
}

void addRecord(SourceSummary* s, const AggregateRecord& r, const QString& org) {
    s->messages += r.count;
    if (r.dmarcPass())
        s->dmarcPass += r.count;
    if (r.spf == u"pass")
        s->spfAligned += r.count;
    if (r.dkim == u"pass")
        s->dkimAligned += r.count;
    if (std::any_of(r.spfResults.begin(), r.spfResults.end(),
                    [](const SpfAuthResult& a) { return a.result == u"pass"; }))
        s->spfPass += r.count;
    if (std::any_of(r.dkimResults.begin(), r.dkimResults.end(),
                    [](const DkimAuthResult& a) { return a.result == u"pass"; }))
        s->dkimPass += r.count;
    s->dispositions[r.disposition.isEmpty() ? u"none"_s : r.disposition] += r.count;
    addOnce(&s->organisations, org);
    addOnce(&s->headerFrom, r.headerFrom);
    for (const DkimAuthResult& d : r.dkimResults)
        addOnce(&s->dkimDomains, d.domain);
    for (const SpfAuthResult& a : r.spfResults)
        addOnce(&s->spfDomains, a.domain);
    for (const PolicyOverride& o : r.reasons)
        addOnce(&s->overrides, o.type);
}

bool isForwardingOverride(const QString& type) {
    return type == u"forwarded" || type == u"trusted_forwarder" || type == u"mailing_list";
}

// Why the failing part of a source fails.
SourceVerdict judge(const SourceSummary& s, const QString& senderKind) {
    if (s.failing() == 0)
        return SourceVerdict::Pass;
    if (std::any_of(s.overrides.begin(), s.overrides.end(), isForwardingOverride))
        return SourceVerdict::Forwarding;
    if (s.who == SourceKind::OwnSender || senderKind == u"esp")
        return SourceVerdict::EspUnaligned;
    if (senderKind == u"mailbox")
        return SourceVerdict::Forwarding;
    // The domain's own signature is there but failed: the message was changed on the way, as a list
    // or a forwarder that adds a footer does.
    const bool ownSignature = std::any_of(s.dkimDomains.begin(), s.dkimDomains.end(), [&](const QString& d) {
        return auth::isAligned(s.domain, d, false);
    });
    if (ownSignature && s.dkimAligned == 0)
        return SourceVerdict::Forwarding;
    return SourceVerdict::Unauthorised;
}

void classify(SourceSummary* s, const LiveFacts& live) {
    s->ptr = live.ptr.value(s->ip);
    const KnownSender* sender = ReportsKnowledge::instance().matchSender(s->ip, s->ptr, s->dkimDomains);
    if (live.spfAuthorised.value(LiveFacts::key(s->domain, s->ip)))
        s->who = SourceKind::OwnSender;
    else if (sender)
        s->who = SourceKind::KnownSender;
    if (sender) {
        s->senderId = sender->id;
        s->senderName = sender->name;
    }
    s->verdict = judge(*s, s->who == SourceKind::KnownSender && sender ? sender->kind : QString());
}

DomainSummary summariseDomain(const QString& domain, const QList<const AggregateReport*>& reports,
                              const LiveFacts& live) {
    DomainSummary d;
    d.domain = domain;
    QHash<QString, qsizetype> byIp;
    QMap<QDate, DayPoint> days;
    QDateTime latest;
    for (const AggregateReport* report : reports) {
        ++d.reports;
        if (report->begin.isValid() && (!d.begin.isValid() || report->begin < d.begin))
            d.begin = report->begin;
        if (report->end.isValid() && (!d.end.isValid() || report->end > d.end))
            d.end = report->end;
        if (!latest.isValid() || report->begin >= latest) {
            latest = report->begin;
            d.policy = report->policy.p;
        }
        DayPoint& day = days[report->begin.date()];
        day.day = report->begin.date();
        for (const AggregateRecord& r : report->records) {
            auto it = byIp.find(r.sourceIp);
            if (it == byIp.end()) {
                it = byIp.insert(r.sourceIp, d.sources.size());
                SourceSummary s;
                s.domain = domain;
                s.ip = r.sourceIp;
                d.sources.append(s);
            }
            addRecord(&d.sources[*it], r, report->orgName);
            d.messages += r.count;
            day.messages += r.count;
            if (r.dmarcPass()) {
                d.passed += r.count;
                day.passed += r.count;
            }
        }
    }
    for (SourceSummary& s : d.sources)
        classify(&s, live);
    std::stable_sort(d.sources.begin(), d.sources.end(),
                     [](const SourceSummary& a, const SourceSummary& b) { return a.messages > b.messages; });
    d.days = days.values();
    return d;
}

QString sourceLine(const SourceSummary& s) {
    return u"%1 (%2): %3 of %4 messages failed"_s
        .arg(s.ip, s.senderName.isEmpty() ? sourceKindName(s.who) : s.senderName)
        .arg(s.failing())
        .arg(s.messages);
}

void addDomainFindings(const DomainSummary& d, QList<Finding>* findings) {
    const ReportsKnowledge& k = ReportsKnowledge::instance();
    const std::pair<SourceVerdict, const char*> kinds[] = {
        {SourceVerdict::Unauthorised, "reports.unauthorised_sender"},
        {SourceVerdict::EspUnaligned, "reports.esp_unaligned"},
        {SourceVerdict::Forwarding, "reports.forwarding"},
    };
    for (const auto& [verdict, id] : kinds) {
        qint64 messages = 0;
        int sources = 0;
        QStringList names;
        QStringList evidence;
        for (const SourceSummary& s : d.sources) {
            if (s.verdict != verdict)
                continue;
            messages += s.failing();
            ++sources;
            addOnce(&names, s.senderName.isEmpty() ? s.ip : s.senderName, 10);
            if (evidence.size() < kMaxEvidence)
                evidence.append(sourceLine(s));
        }
        if (sources == 0)
            continue;
        findings->append(k.finding(QString::fromLatin1(id),
                                   {{u"domain"_s, d.domain},
                                    {u"messages"_s, QString::number(messages)},
                                    {u"sources"_s, QString::number(sources)},
                                    {u"names"_s, names.join(u", "_s)}},
                                   evidence));
    }
}

QList<TlsPolicySummary> summariseTls(const QList<TlsReport>& reports) {
    QMap<QString, TlsPolicySummary> byPolicy;
    QHash<QString, QMap<QString, qint64>> results;
    for (const TlsReport& report : reports) {
        for (const TlsPolicy& p : report.policies) {
            const QString key = p.policyDomain + u' ' + p.policyType;
            TlsPolicySummary& s = byPolicy[key];
            s.domain = p.policyDomain;
            s.policyType = p.policyType;
            ++s.reports;
            s.successful += p.successfulSessions;
            s.failed += p.failedSessions;
            addOnce(&s.organisations, report.organization);
            for (const TlsFailureDetail& f : p.failureDetails)
                results[key][f.resultType.isEmpty() ? u"unknown"_s : f.resultType] += f.failedSessionCount;
        }
    }
    QList<TlsPolicySummary> list;
    for (auto it = byPolicy.begin(); it != byPolicy.end(); ++it) {
        TlsPolicySummary s = it.value();
        const QMap<QString, qint64>& counts = results.value(it.key());
        for (auto r = counts.begin(); r != counts.end(); ++r)
            s.results.append({r.key(), r.value(), ReportsKnowledge::instance().tlsResultMeaning(r.key())});
        std::stable_sort(
            s.results.begin(), s.results.end(),
            [](const TlsResultCount& a, const TlsResultCount& b) { return a.sessions > b.sessions; });
        list.append(s);
    }
    return list;
}

void addTlsFindings(const QList<TlsPolicySummary>& policies, QList<Finding>* findings) {
    for (const TlsPolicySummary& p : policies) {
        if (p.failed == 0)
            continue;
        QStringList evidence;
        for (const TlsResultCount& r : p.results)
            evidence.append(u"%1: %2 sessions. %3"_s.arg(r.resultType).arg(r.sessions).arg(r.meaning));
        findings->append(ReportsKnowledge::instance().finding(
            u"reports.tls_failures"_s,
            {{u"domain"_s, p.domain}, {u"messages"_s, QString::number(p.failed)}, {u"names"_s, p.policyType}},
            evidence));
    }
}

} // namespace

QString sourceKindName(SourceKind kind) {
    switch (kind) {
    case SourceKind::OwnSender:
        return u"own_spf"_s;
    case SourceKind::KnownSender:
        return u"known_sender"_s;
    case SourceKind::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString sourceVerdictName(SourceVerdict verdict) {
    switch (verdict) {
    case SourceVerdict::Pass:
        break;
    case SourceVerdict::Unauthorised:
        return u"unauthorised"_s;
    case SourceVerdict::EspUnaligned:
        return u"esp_unaligned"_s;
    case SourceVerdict::Forwarding:
        return u"forwarding"_s;
    }
    return u"pass"_s;
}

ReportsSummary analyseReports(const ReportSet& set, const LiveFacts& live) {
    ReportsSummary summary;
    summary.dmarcReports = int(set.dmarc.size());
    summary.tlsReports = int(set.tlsrpt.size());
    QMap<QString, QList<const AggregateReport*>> byDomain;
    for (const AggregateReport& report : set.dmarc)
        byDomain[report.policy.domain].append(&report);
    for (auto it = byDomain.begin(); it != byDomain.end(); ++it) {
        DomainSummary d = summariseDomain(it.key(), it.value(), live);
        summary.messages += d.messages;
        summary.passed += d.passed;
        addDomainFindings(d, &summary.findings);
        summary.domains.append(std::move(d));
    }
    summary.tls = summariseTls(set.tlsrpt);
    for (const TlsPolicySummary& p : summary.tls) {
        summary.tlsSuccessful += p.successful;
        summary.tlsFailed += p.failed;
    }
    addTlsFindings(summary.tls, &summary.findings);
    return summary;
}

QString passRateText(qint64 part, qint64 whole) {
    if (whole <= 0)
        return u"-"_s;
    return u"%1 %"_s.arg(100.0 * double(part) / double(whole), 0, 'f', 1);
}

} // namespace rebound::reports
