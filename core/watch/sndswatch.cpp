// The watch pass's SNDS part (WatchPass::startSnds, onSnds; declared in watchpass.h): with a key, SNDS is
// fetched once per pass (a recent cache reused), and each due address gets the check "snds": a single
// address always, an address of a range when SNDS has a row for it or the store already follows it.
#include "core/dns/resolver.h"
#include "core/snds/sndsclient.h"
#include "core/watch/sndsobserve.h"
#include "core/watch/watchpass.h"
#include "core/watch/watchstore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace rebound::watch {

void WatchPass::startSnds(bool addressesDue) {
    delete m_snds;
    m_snds = nullptr;
    if (!m_options.snds || !addressesDue)
        return;
    m_snds = new snds::SndsClient(m_resolver, *m_options.snds, this);
    connect(m_snds, &snds::SndsClient::finished, this, &WatchPass::onSnds);
    m_snds->start();
}

// A cancelled fetch records nothing (as a cancelled address): the client is dropped, and the pass finishes
// from the event loop once the rest has.
void WatchPass::cancelSnds() {
    if (!m_snds || m_sndsDone)
        return;
    delete m_snds;
    m_snds = nullptr;
    m_sndsDone = true;
    QTimer::singleShot(0, this, &WatchPass::tryFinish);
}

void WatchPass::onSnds() {
    const snds::SndsData& data = m_snds->result();
    for (int i = 0; i < m_list.targets.size(); ++i) {
        const WatchTarget& target = m_list.targets.at(i);
        if (!m_result.targets.at(i).checked || target.kind == WatchTarget::Kind::Domain)
            continue;
        QSet<QString> followed; // a range's addresses the store already has an SNDS state for
        if (target.kind == WatchTarget::Kind::Range) {
            const QStringList subjects = target.subjects();
            for (const StateRow& row : m_store->states(QSet<QString>(subjects.begin(), subjects.end()))) {
                if (row.check == sndsCheckName())
                    followed.insert(row.target);
            }
        }
        QList<Observation> observations;
        for (const QHostAddress& address : target.addresses) {
            const QString ip = address.toString();
            if (target.kind == WatchTarget::Kind::Address || data.activityFor(ip) || followed.contains(ip))
                observations << observeSnds(data, ip);
        }
        if (!observations.isEmpty())
            recordTarget(i, observations, false);
    }
    m_sndsDone = true;
    tryFinish();
}

} // namespace rebound::watch
