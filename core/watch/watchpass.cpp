#include "core/watch/watchpass.h"

#include "core/auth/domaincheck.h"
#include "core/dns/resolver.h"
#include "core/smtp/smtpdomainprobe.h"
#include "core/watch/certificatewatch.h"
#include "core/watch/observe.h"
#include "core/watch/policywatch.h"
#include "core/watch/watchrecorder.h"
#include "core/watch/watchschedule.h"
#include "core/watch/watchstore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace rebound::watch {

int WatchPassResult::exitCode() const {
    int code = 0;
    for (const Change& change : changes)
        code = worseCode(code, int(changeLevel(change.kind)));
    return code;
}

QStringList enabledListIds(const blocklist::BlocklistCatalog& catalog,
                           const blocklist::CheckOptions& options) {
    QStringList ids = options.enabledIds.isEmpty() ? catalog.defaultIds() : options.enabledIds;
    for (const QString& id : options.disabledIds)
        ids.removeAll(id);
    return ids;
}

WatchPass::WatchPass(dns::Resolver* resolver, const blocklist::BlocklistCatalog& catalog, WatchStore* store,
                     const WatchOptions& options, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_catalog(catalog)
    , m_store(store)
    , m_options(options) {
}

WatchPass::~WatchPass() = default;

void WatchPass::start(const WatchList& list, const QDateTime& now) {
    delete m_batch;
    m_batch = nullptr;
    for (auth::DomainChecker* checker : findChildren<auth::DomainChecker*>(Qt::FindDirectChildrenOnly))
        delete checker;
    for (smtp::SmtpDomainProbe* probe : findChildren<smtp::SmtpDomainProbe*>(Qt::FindDirectChildrenOnly))
        delete probe;
    m_list = list;
    m_result = {};
    m_result.at = now.toUTC();
    m_addressTarget.clear();
    m_remaining.clear();
    m_domainQueue.clear();
    m_domainsRunning = 0;
    m_recording.clear();
    m_finished = false;
    m_started = true;
    if (m_recorder) {
        disconnect(m_recorder, nullptr, this, nullptr);
        connect(m_recorder, &WatchRecorder::recorded, this,
                [this](quint64 ticket, bool ok, const QList<Change>& changes, const QString& error) {
                    const auto it = m_recording.constFind(ticket);
                    if (it == m_recording.cend())
                        return; // a request of an earlier start()
                    const auto [target, last] = *it;
                    m_recording.erase(it);
                    onRecorded(target, last, ok ? std::optional(changes) : std::nullopt, error);
                    tryFinish();
                });
    }

    // The lists' daily quotas are shared by every address of the list.
    qsizetype addressCount = 0;
    for (const WatchTarget& target : m_list.targets)
        addressCount += target.addresses.size();
    QList<blocklist::RateLimit> limits;
    for (const QString& id : enabledListIds(m_catalog, m_options.ip.blocklists)) {
        // Only the lists an address is asked on share the addresses' quota (not the domain lists).
        const blocklist::BlocklistEntry* entry = m_catalog.byId(id);
        if (entry && (entry->ipv4 != blocklist::Support::No || entry->ipv6 != blocklist::Support::No))
            limits << entry->rate;
    }
    m_result.addressFloor = quotaInterval(addressCount, limits);

    QList<QHostAddress> addresses;
    QStringList inputs;
    for (int i = 0; i < m_list.targets.size(); ++i) {
        const WatchTarget& target = m_list.targets.at(i);
        TargetOutcome outcome;
        outcome.entry = target.entry;
        outcome.kind = target.kind;
        outcome.subjects = target.subjects();
        const bool isDomain = target.kind == WatchTarget::Kind::Domain;
        const qint64 floor = isDomain ? minimumInterval : m_result.addressFloor;
        outcome.interval = effectiveInterval(target.interval(), floor);
        outcome.lastRun = m_store->lastRun(target.entry);
        outcome.checked = m_options.force || isDue(outcome.lastRun, target.interval(), floor, m_result.at);
        outcome.nextRun = nextRun(outcome.lastRun, target.interval(), floor, m_result.at);
        m_result.targets << outcome;
        if (!outcome.checked)
            continue;
        if (isDomain) {
            m_domainQueue << i;
            continue;
        }
        m_remaining.insert(i, int(target.addresses.size()));
        for (const QHostAddress& address : target.addresses) {
            addresses << address;
            inputs << QString();
            m_addressTarget << i;
        }
    }
    if (!addresses.isEmpty()) {
        m_batch =
            new iphealth::IpHealthBatch(m_resolver, m_catalog, m_options.ip, m_options.concurrency, this);
        connect(m_batch, &iphealth::IpHealthBatch::resultReady, this, &WatchPass::onAddress);
        connect(m_batch, &iphealth::IpHealthBatch::finished, this, &WatchPass::tryFinish);
        m_batch->start(addresses, inputs);
    }
    m_sndsDone = !m_options.snds || addresses.isEmpty();
    startSnds(!addresses.isEmpty());
    startDomains();
    // finished() never comes from inside start(): with nothing due, it is emitted from the event loop.
    QTimer::singleShot(0, this, &WatchPass::tryFinish);
}

void WatchPass::cancel() {
    if (m_batch)
        m_batch->cancel();
    cancelSnds();
    m_domainQueue.clear();
    for (smtp::SmtpDomainProbe* probe : findChildren<smtp::SmtpDomainProbe*>(Qt::FindDirectChildrenOnly))
        probe->cancel();
}

void WatchPass::onAddress(int index, const iphealth::IpHealthResult& result) {
    if (index < 0 || index >= m_addressTarget.size() || result.cancelled)
        return;
    const int target = m_addressTarget.at(index);
    const int left = m_remaining.value(target) - 1;
    m_remaining.insert(target, left);
    recordTarget(target, observeAddress(result), left == 0);
}

void WatchPass::startDomains() {
    while (!m_domainQueue.isEmpty() && m_domainsRunning < m_options.domainConcurrency) {
        const int target = m_domainQueue.takeFirst();
        auto* checker = new auth::DomainChecker(m_resolver, this);
        connect(checker, &auth::DomainChecker::finished, this,
                [this, checker, target] { onDomain(checker, target); });
        ++m_domainsRunning;
        auth::DomainCheckRequest request;
        request.domain = m_list.targets.at(target).entry;
        request.fetchMtaSts = m_options.mtaSts;
        request.https = m_options.https;
        checker->start(request);
    }
}

void WatchPass::onDomain(auth::DomainChecker* checker, int target) {
    const auth::DomainReport& report = checker->result();
    const bool mailRoute =
        report.mx.state == auth::MxReport::State::Ok || report.mx.state == auth::MxReport::State::ImplicitMx;
    const bool probe = m_options.probeCertificates && mailRoute;
    QList<Observation> observations = observeDomain(report);
    if (const auto mtaSts = observeMtaSts(report))
        observations << *mtaSts;
    recordTarget(target, observations, !probe);
    // Not deleted from inside its own signal.
    checker->deleteLater();
    if (probe) {
        // The domain stays running until its certificates are in.
        smtp::SmtpProbeOptions options;
        options.caFile = m_options.https.caFile;
        options.domain = report.domain;
        auto* certificates =
            new smtp::SmtpDomainProbe(m_resolver, report.domain, m_options.smtpPort, options, this);
        certificates->maxHosts = qMax(1, m_options.maxCertificateHosts);
        certificates->maxAddressesPerHost = 1;
        connect(certificates, &smtp::SmtpDomainProbe::finished, this,
                [this, certificates, target] { onCertificates(certificates, target); });
        certificates->start();
        return;
    }
    --m_domainsRunning;
    startDomains();
    tryFinish();
}

void WatchPass::onCertificates(smtp::SmtpDomainProbe* probe, int target) {
    --m_domainsRunning;
    const smtp::SmtpDomainResult& result = probe->result();
    const int days = m_options.certificateWarningDays >= 0 ? m_options.certificateWarningDays
                                                           : defaultCertificateWarningDays();
    const QList<Observation> observations = observeCertificates(result, m_result.at, days);
    if (dns::isDefinite(result.mxOutcome)) {
        // The MX set is known: the hosts not probed any more leave the store.
        QStringList hosts;
        for (const Observation& o : observations)
            hosts << o.zone;
        forgetOtherZones(result.domain, certificateCheck.toString(), hosts);
    }
    recordTarget(target, observations, true);
    probe->deleteLater();
    startDomains();
    tryFinish();
}

void WatchPass::recordTarget(int target, const QList<Observation>& observations, bool last) {
    const QString& entry = m_list.targets.at(target).entry;
    // The entry's run time goes with its last result, in the same transaction.
    if (m_recorder) {
        const quint64 ticket = ++m_nextTicket;
        m_recording.insert(ticket, {target, last});
        m_recorder->record(ticket, observations, m_result.at, last ? entry : QString());
        return;
    }
    QString error;
    const auto changes = m_store->record(observations, m_result.at, last ? entry : QString(), &error);
    onRecorded(target, last, changes, error);
}

void WatchPass::onRecorded(int target, bool last, const std::optional<QList<Change>>& changes,
                           const QString& error) {
    const QString& entry = m_list.targets.at(target).entry;
    if (!changes) {
        m_result.errors << u"%1: %2"_s.arg(entry, error);
        return;
    }
    if (last) {
        TargetOutcome& outcome = m_result.targets[target];
        outcome.lastRun = m_result.at;
        outcome.nextRun = m_result.at.addSecs(outcome.interval);
    }
    m_result.changes << *changes;
    if (!changes->isEmpty() || last)
        emit targetFinished(entry, *changes);
}

void WatchPass::forgetOtherZones(const QString& target, const QString& check, const QStringList& keep) {
    if (m_recorder) {
        m_recorder->forgetOtherZones(target, check, keep);
        return;
    }
    QString error;
    if (!m_store->forgetOtherZones(target, check, keep, &error))
        m_result.errors << u"%1: %2"_s.arg(target, error);
}

void WatchPass::tryFinish() {
    if (m_finished || !m_started)
        return;
    if ((m_batch && !m_batch->isFinished()) || m_domainsRunning > 0 || !m_domainQueue.isEmpty() || !m_sndsDone
        || !m_recording.isEmpty())
        return;
    m_finished = true;
    emit finished();
}

} // namespace rebound::watch
