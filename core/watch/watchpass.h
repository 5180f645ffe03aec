// One pass of a watch: every target of the list that is due (or all with force) is checked with the
// existing checks (IpHealthBatch for addresses and ranges, paced per list by the catalog's rates;
// DomainChecker for domains), each result compared with the store and recorded in its own transaction.
// The async contract: start(), finished() once and never from inside start(), result() afterwards.
#pragma once

#include "core/blocklist/blocklistcatalog.h"
#include "core/https/httpsfetcher.h"
#include "core/iphealth/iphealthbatch.h"
#include "core/iphealth/iphealthcheck.h"
#include "core/snds/sndsclient.h"
#include "core/watch/watchlist.h"
#include "core/watch/watchtypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

namespace rebound::dns {
class Resolver;
}
namespace rebound::auth {
class DomainChecker;
}
namespace rebound::snds {
class SndsClient;
}
namespace rebound::smtp {
class SmtpDomainProbe;
}

namespace rebound::watch {

class WatchStore;
class WatchRecorder;

struct WatchOptions {
    iphealth::IpHealthOptions ip;
    int concurrency = iphealth::IpHealthBatch::DefaultConcurrency;
    int domainConcurrency = 4;
    bool force = false; // check every target now, whatever its schedule
    // With a key: SNDS fetched once a pass, the check "snds" of each due address (sndswatch.cpp).
    std::optional<snds::SndsOptions> snds;
    // A domain's MX hosts' STARTTLS certificates ("tls_certificate"): the most preferred
    // maxCertificateHosts hosts, one address each, with the SMTP probe's own deadlines.
    bool probeCertificates = true;
    quint16 smtpPort = 25;
    // A domain's MTA-STS mode ("mta_sts"), its policy fetched over HTTPS; https.caFile also serves the
    // certificate probe as its trust anchors (instead of the system's).
    bool mtaSts = true;
    https::HttpsOptions https;
    int certificateWarningDays = -1; // "near expiry" below this; -1: the data's (certificatewatch.h)
    int maxCertificateHosts = 2;
};

// One entry of the list after the pass.
struct TargetOutcome {
    QString entry;
    WatchTarget::Kind kind = WatchTarget::Kind::Address;
    QStringList subjects; // the addresses (a range's every address) or the domain
    bool checked = false; // in this pass (false: not due)
    qint64 interval = 0;  // as applied: the target's own, raised to the floor
    QDateTime lastRun;    // after the pass
    QDateTime nextRun;
};

struct WatchPassResult {
    QDateTime at; // when the pass started (every change of the pass carries it)
    QList<Change> changes;
    QList<TargetOutcome> targets;
    qint64 addressFloor = 0; // the quota interval of the list's addresses (watchschedule.h)
    QStringList errors;      // database errors: the results they concern were not recorded
    // Nagios: 2 a new listing or broken record, 1 a warning-level change, 3 a check that could not be
    // made started, 0 nothing new (or only good news: delisted, fixed, checked again).
    int exitCode() const;
};

// The ids of the lists a check with these options asks (the catalog's defaults, or the chosen ones,
// less the disabled ones).
QStringList enabledListIds(const blocklist::BlocklistCatalog& catalog,
                           const blocklist::CheckOptions& options);

class WatchPass final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchPass)

public:
    WatchPass(dns::Resolver* resolver, const blocklist::BlocklistCatalog& catalog, WatchStore* store,
              const WatchOptions& options, QObject* parent = nullptr);
    ~WatchPass() override;

    // Results are written through recorder (on its worker thread) instead of the store, which is then
    // only read (the targets' last run). Set before start(); the recorder outlives the pass.
    void setRecorder(WatchRecorder* recorder) { m_recorder = recorder; }

    // now: the pass's clock (a test passes a fake one).
    void start(const WatchList& list, const QDateTime& now);
    void cancel();
    bool isFinished() const { return m_finished; }
    const WatchPassResult& result() const { return m_result; }

signals:
    // A target's result was recorded, with the changes it brought.
    void targetFinished(const QString& entry, const QList<rebound::watch::Change>& changes);
    void finished();

private:
    void onAddress(int index, const iphealth::IpHealthResult& result);
    void startDomains();
    void onDomain(auth::DomainChecker* checker, int target);
    void onCertificates(smtp::SmtpDomainProbe* probe, int target);
    void recordTarget(int target, const QList<Observation>& observations, bool last);
    void onRecorded(int target, bool last, const std::optional<QList<Change>>& changes, const QString& error);
    void forgetOtherZones(const QString& target, const QString& check, const QStringList& keep);
    void tryFinish();
    void startSnds(bool addressesDue); // sndswatch.cpp
    void onSnds();
    void cancelSnds();

    QPointer<dns::Resolver> m_resolver;
    blocklist::BlocklistCatalog m_catalog;
    WatchStore* m_store;
    WatchRecorder* m_recorder = nullptr;
    QHash<quint64, std::pair<int, bool>> m_recording; // recorder ticket -> target index, last
    quint64 m_nextTicket = 0;
    WatchOptions m_options;
    WatchList m_list;
    WatchPassResult m_result;
    iphealth::IpHealthBatch* m_batch = nullptr;
    QList<int> m_addressTarget;  // batch index -> target index
    QHash<int, int> m_remaining; // target index -> addresses still to come
    QList<int> m_domainQueue;    // target indexes of due domains
    int m_domainsRunning = 0;
    bool m_started = false;
    bool m_finished = false;
    snds::SndsClient* m_snds = nullptr;
    bool m_sndsDone = true;
};

} // namespace rebound::watch
