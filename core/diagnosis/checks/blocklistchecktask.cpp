#include "core/diagnosis/checks/blocklistchecktask.h"

#include "core/blocklist/blocklistjson.h"
#include "core/dns/ipaddress.h"
#include "core/iphealth/iphealthcheck.h"
#include "core/iphealth/iphealthjson.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {
namespace {

Severity listingSeverity(blocklist::Impact impact) {
    switch (impact) {
    case blocklist::Impact::Major:
        return Severity::Critical;
    case blocklist::Impact::Medium:
        return Severity::Error;
    default:
        return Severity::Warning;
    }
}

} // namespace

QList<Finding> blocklistFindings(const iphealth::IpHealthResult& result) {
    QList<Finding> findings;
    if (!result.checked) {
        findings << Finding{u"ip.special_purpose"_s,
                            Severity::Info,
                            CheckTask::tr("%1 is not a public address").arg(result.ip),
                            result.notCheckedReason,
                            {}};
        return findings;
    }
    for (const blocklist::ListResult& list : result.blocklists) {
        const QString where = list.name + u" ("_s + list.zone + u')';
        if (list.status == blocklist::ListStatus::Listed && list.kind == blocklist::ListKind::Blocklist)
            findings << Finding{u"blocklist.listed."_s + list.id, listingSeverity(list.impact),
                                CheckTask::tr("Listed on %1").arg(where), list.meaning(),
                                list.codes + list.txt};
        else if (list.status == blocklist::ListStatus::Refused)
            findings << Finding{u"blocklist.refused."_s + list.id, Severity::Warning,
                                CheckTask::tr("%1 refused the query: not a listing, not checked").arg(where),
                                list.remedy.isEmpty() ? list.reason : list.remedy, list.codes};
        else if (blocklist::isCouldNotCheck(list.status))
            findings << Finding{u"blocklist.not_checked."_s + list.id, Severity::Info,
                                CheckTask::tr("%1 could not be checked").arg(where), list.reason, list.codes};
    }
    if (!result.reverseDnsChecked)
        return findings;
    const iphealth::ReverseDnsResult& rdns = result.rdns;
    switch (rdns.fcrdns) {
    case iphealth::FcrdnsStatus::NoPtr:
        findings << Finding{u"rdns.no_ptr"_s,
                            Severity::Error,
                            CheckTask::tr("%1 has no reverse DNS (PTR)").arg(result.ip),
                            rdns.fcrdnsReason,
                            {rdns.ptrQuery}};
        break;
    case iphealth::FcrdnsStatus::Fail:
        findings << Finding{
            u"rdns.fcrdns_failed"_s, Severity::Error,
            CheckTask::tr("The reverse DNS name of %1 does not resolve back to it").arg(result.ip),
            rdns.fcrdnsReason, rdns.ptrNames};
        break;
    case iphealth::FcrdnsStatus::Unavailable:
        findings << Finding{u"rdns.unavailable"_s,
                            Severity::Info,
                            CheckTask::tr("Reverse DNS of %1 could not be checked").arg(result.ip),
                            rdns.fcrdnsReason,
                            {}};
        break;
    case iphealth::FcrdnsStatus::Pass:
        break;
    }
    if (rdns.generic.generic)
        findings << Finding{u"rdns.generic"_s,
                            Severity::Warning,
                            CheckTask::tr("The reverse DNS name %1 looks generic (an end-user address)")
                                .arg(rdns.genericName),
                            rdns.generic.reasons.join(u"; "_s),
                            {rdns.genericName}};
    return findings;
}

namespace {

class BlocklistCheckTask final : public CheckTask {
public:
    BlocklistCheckTask(const CheckRequest& request, const RunOptions& options, dns::Resolver* resolver,
                       QObject* parent)
        : CheckTask(parent)
        , m_title(request.title)
        , m_ip(request.ip) {
        const iphealth::IpHealthOptions healthOptions = healthOptionsFor(options);
        m_check = new iphealth::IpHealthCheck(resolver, blocklist::BlocklistCatalog::builtin(), healthOptions,
                                              nullptr, this);
        connect(m_check, &iphealth::IpHealthCheck::listFinished, this,
                [this](const blocklist::ListResult& list) {
                    // The table fills row by row: the lists answered so far, in the order they answered.
                    m_lists << list;
                    emitPartial();
                    emit progress(++m_done, m_total);
                });
        connect(m_check, &iphealth::IpHealthCheck::finished, this, [this] {
            const iphealth::IpHealthResult& result = m_check->result();
            CheckState state = m_cancelled ? CheckState::Cancelled : CheckState::Done;
            QString note = m_cancelled ? tr("Cancelled; lists that had answered are kept.") : QString();
            if (!result.checked && !m_cancelled) {
                state = CheckState::Skipped;
                note = result.notCheckedReason;
            } else if (!m_cancelled && !anyDefiniteAnswer(result)) {
                // Every list timed out, failed or refused: the address is not known to be clean.
                state = CheckState::Failed;
                note = tr("No blocklist gave a definite answer (timeouts, errors or refusals): check the "
                          "resolver in Settings.");
            }
            emit finished(state, iphealth::toJson(result), blocklistFindings(result), note);
        });
        m_total =
            int(blocklist::BlocklistCheck::plannedLists(blocklist::BlocklistCatalog::builtin(),
                                                        healthOptions.blocklists, blocklist::Family::Ipv4)
                    .size());
    }

    QString id() const override { return u"blocklists"_s; }
    QString title() const override { return m_title; }

    void start() override {
        const auto address = dns::parseIpAddress(m_ip);
        if (!address) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    emit finished(CheckState::Failed, {}, {}, tr("'%1' is not an IP address").arg(m_ip));
                },
                Qt::QueuedConnection);
            return;
        }
        m_check->start(*address, m_ip);
    }

    void cancel() override {
        m_cancelled = true;
        m_check->cancel();
    }

private:
    // The lists that have answered so far, as the check's result and findings (no reverse DNS yet).
    void emitPartial() {
        iphealth::IpHealthResult sofar;
        sofar.ip = m_ip;
        sofar.input = m_ip;
        sofar.checked = true;
        sofar.blocklists = m_lists;
        emit partial(iphealth::toJson(sofar), blocklistFindings(sofar));
    }

    QList<blocklist::ListResult> m_lists;
    QString m_title;
    QString m_ip;
    iphealth::IpHealthCheck* m_check = nullptr;
    int m_done = 0;
    int m_total = 0;
    bool m_cancelled = false;
};

} // namespace

iphealth::IpHealthOptions healthOptionsFor(const RunOptions& options) {
    iphealth::IpHealthOptions healthOptions;
    healthOptions.blocklists.spamhausDqsKey = options.spamhausDqsKey;
    healthOptions.blocklists.abusixKey = options.abusixKey;
    healthOptions.blocklists.disabledIds = options.disabledLists;
    healthOptions.checkDocumentationRanges = options.checkDocumentationRanges;
    return healthOptions;
}

bool anyDefiniteAnswer(const iphealth::IpHealthResult& result) {
    return std::any_of(result.blocklists.begin(), result.blocklists.end(),
                       [](const blocklist::ListResult& list) {
                           return list.status == blocklist::ListStatus::Listed
                                  || list.status == blocklist::ListStatus::Clean;
                       });
}

CheckTask* createBlocklistCheckTask(const CheckRequest& request, const RunOptions& options,
                                    dns::Resolver* resolver, QObject* parent) {
    return new BlocklistCheckTask(request, options, resolver, parent);
}

} // namespace rebound::diagnosis
