#pragma once

#include "core/blocklist/blocklistcatalog.h"
#include "core/blocklist/listresult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>

namespace rebound::dns {
class Resolver;
struct DnsResult;
} // namespace rebound::dns

namespace rebound::blocklist {

class TestPointProbe;

struct CheckOptions {
    // A Spamhaus DQS key switches every Spamhaus list to its DQS zone (and enables ZRD and AuthBL).
    QString spamhausDqsKey;
    QString abusixKey;
    // Empty: the catalog's default lists. Otherwise exactly these ids (unknown ids are ignored).
    QStringList enabledIds;
    // Taken out of whichever set applies.
    QStringList disabledIds;
    // TXT text kept per list, after escaping.
    int txtMaxChars = 512;

    // A key is letters and digits only (it becomes a DNS label); empty is fine.
    static bool isValidKey(const QString& key);
};

// Checks one IP address (or one domain, against domain lists) on every enabled list at once: the
// listing queries and the lists' test points go out together, then TXT only for lists that answered.
// A list counts only if its test points answered correctly in this run through this resolver.
// The listing queries go through the probe's pacer (a list's catalog rate, and probation until it has
// answered once), and a list the run has given up on (TestPointProbe::health) ends at once as
// "could not check (list not answering)" without a query.
// Emits listFinished() for each list as soon as its verdict is final, then finished() once.
class BlocklistCheck final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlocklistCheck)

public:
    // probe may be shared between checks of one run (a range); null makes a private one.
    BlocklistCheck(dns::Resolver* resolver, const BlocklistCatalog& catalog, const CheckOptions& options,
                   TestPointProbe* probe = nullptr, QObject* parent = nullptr);
    ~BlocklistCheck() override;

    void start(const QHostAddress& address);
    void startDomain(const QString& domain);
    // Ends now: unfinished lists become skipped ("cancelled") and finished() follows.
    void cancel();

    bool isFinished() const { return m_finished; }
    // In catalog order; complete after finished().
    QList<ListResult> results() const;

    // The lists a check would ask for this family with these options, in catalog order.
    static QList<const BlocklistEntry*> plannedLists(const BlocklistCatalog& catalog,
                                                     const CheckOptions& options, Family family);

signals:
    void listFinished(const rebound::blocklist::ListResult& result);
    void finished();

private:
    struct Item;
    void begin(Family family, const QString& key, const QString& query);
    bool sendListing(int index);
    void onListing(int index, const dns::DnsResult& reply);
    void onTxt(int index, const dns::DnsResult& reply);
    void onTestVerdict(const QString& zone, Family family);
    void tryFinish(int index);
    void finishGivenUp(int index, ListHealth health);
    void finishItem(int index, const ListResult& result);
    QString keyFor(const BlocklistEntry& entry) const;

    QPointer<dns::Resolver> m_resolver;
    BlocklistCatalog m_catalog;
    CheckOptions m_options;
    QPointer<TestPointProbe> m_probe;
    Family m_family = Family::Ipv4;
    QString m_query; // the IP or domain as given
    QList<std::shared_ptr<Item>> m_items;
    int m_pending = 0;
    bool m_started = false;
    bool m_finished = false;
    QElapsedTimer m_timer;
};

} // namespace rebound::blocklist
