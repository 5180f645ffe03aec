#include "core/blocklist/blocklistcheck.h"

#include "core/blocklist/answerclassifier.h"
#include "core/blocklist/testpointprobe.h"
#include "core/dns/ipaddress.h"
#include "core/dns/resolver.h"
#include "core/util/jsonutil.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound::blocklist {

namespace {

constexpr int maxTxtRecords = 5;

// Why a list is not queried, in the interface language (rebound-cli: English): whole sentences, the
// catalog's notes translated as extract_data_strings.py lists them.
QString catalogText(const QString& text) {
    return QCoreApplication::translate("rebound::data::blocklist", text.toUtf8().constData());
}

QString needsKey(const QString& keyKind, const QString& accessNote) {
    const QString note = catalogText(accessNote);
    if (keyKind == u"spamhaus_dqs")
        return QCoreApplication::translate("rebound::blocklist", "needs a Spamhaus DQS key (%1)").arg(note);
    if (keyKind == u"abusix")
        return QCoreApplication::translate("rebound::blocklist", "needs an Abusix key (%1)").arg(note);
    return QCoreApplication::translate("rebound::blocklist", "needs a key (%1)").arg(note);
}

QString notCovered(Family family) {
    switch (family) {
    case Family::Ipv4:
        return QCoreApplication::translate("rebound::blocklist", "the list does not cover IPv4 addresses");
    case Family::Ipv6:
        return QCoreApplication::translate("rebound::blocklist", "the list does not cover IPv6 addresses");
    case Family::Domain:
        return QCoreApplication::translate("rebound::blocklist", "the list does not cover domains");
    }
    return {};
}

QString notQueried(ListState state, const QString& note) {
    const QString translatedNote = catalogText(note);
    switch (state) {
    case ListState::Active:
    case ListState::Legacy:
    case ListState::Uncertain:
        break;
    case ListState::Unverified:
        return QCoreApplication::translate("rebound::blocklist", "not queried: the list is unverified. %1")
            .arg(translatedNote);
    case ListState::PaidOnly:
        return QCoreApplication::translate("rebound::blocklist",
                                           "not queried: the list is for paying customers only. %1")
            .arg(translatedNote);
    case ListState::Defunct:
        return QCoreApplication::translate("rebound::blocklist", "not queried: the list is defunct. %1")
            .arg(translatedNote);
    }
    return QCoreApplication::translate("rebound::blocklist", "not queried: the list is %1. %2")
        .arg(listStateName(state), translatedNote);
}

} // namespace

bool CheckOptions::isValidKey(const QString& key) {
    static const QRegularExpression pattern(u"^[A-Za-z0-9]{1,63}$"_s);
    return key.isEmpty() || pattern.match(key).hasMatch();
}

struct BlocklistCheck::Item {
    const BlocklistEntry* entry = nullptr;
    QString zone;      // as queried, key included
    QString queryName; // as queried, key included
    QString key;
    std::optional<AnswerVerdict> listing;
    bool txtPending = false;
    QStringList txt;
    dns::QueryId listingId = 0;
    dns::QueryId txtId = 0;
    bool done = false;
    ListResult result;
};

BlocklistCheck::BlocklistCheck(dns::Resolver* resolver, const BlocklistCatalog& catalog,
                               const CheckOptions& options, TestPointProbe* probe, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_catalog(catalog)
    , m_options(options)
    , m_probe(probe) {
    if (!m_probe)
        m_probe = new TestPointProbe(resolver, this);
    connect(m_probe, &TestPointProbe::verdictReady, this, &BlocklistCheck::onTestVerdict);
}

BlocklistCheck::~BlocklistCheck() {
    if (m_resolver) {
        for (const std::shared_ptr<Item>& item : std::as_const(m_items)) {
            if (!item->done) {
                item->done = true;
                if (item->listingId != 0 && m_probe) // its callback will not come: free the list's slot
                    m_probe->noteListing(item->zone, m_family, dns::Outcome::Cancelled);
                m_resolver->cancel(item->listingId);
                m_resolver->cancel(item->txtId);
            }
        }
    }
}

QList<const BlocklistEntry*> BlocklistCheck::plannedLists(const BlocklistCatalog& catalog,
                                                          const CheckOptions& options, Family family) {
    const QStringList ids = options.enabledIds.isEmpty() ? catalog.defaultIds() : options.enabledIds;
    QList<const BlocklistEntry*> planned;
    for (const BlocklistEntry& entry : catalog.entries()) {
        if (!ids.contains(entry.id) || options.disabledIds.contains(entry.id))
            continue;
        const bool domainList = entry.domain != Support::No;
        const bool ipList = entry.ipv4 != Support::No || entry.ipv6 != Support::No;
        if (family == Family::Domain ? domainList : ipList || !domainList)
            planned << &entry;
    }
    return planned;
}

QString BlocklistCheck::keyFor(const BlocklistEntry& entry) const {
    if (entry.keyKind == u"spamhaus_dqs")
        return m_options.spamhausDqsKey;
    if (entry.keyKind == u"abusix")
        return m_options.abusixKey;
    return {};
}

void BlocklistCheck::start(const QHostAddress& address) {
    const Family family = address.protocol() == QAbstractSocket::IPv6Protocol ? Family::Ipv6 : Family::Ipv4;
    begin(family, dns::reversedKey(address), address.toString());
}

void BlocklistCheck::startDomain(const QString& domain) {
    QString d = domain.trimmed().toLower();
    while (d.endsWith(u'.'))
        d.chop(1);
    begin(Family::Domain, d, d);
}

void BlocklistCheck::begin(Family family, const QString& key, const QString& query) {
    if (m_started)
        return;
    m_started = true;
    m_timer.start();
    m_family = family;
    m_query = query;
    const QList<const BlocklistEntry*> planned = plannedLists(m_catalog, m_options, family);
    QList<int> skipped;
    QList<int> givenUp;
    for (const BlocklistEntry* entry : planned) {
        auto item = std::make_shared<Item>();
        item->entry = entry;
        item->key = keyFor(*entry);
        if (!CheckOptions::isValidKey(item->key))
            item->key.clear();
        item->zone = entry->zoneFor(item->key);
        item->result.id = entry->id;
        item->result.name = entry->name;
        item->result.kind = entry->kind;
        item->result.zone = entry->displayZone(item->key);
        item->result.impactReason = entry->impactReason;
        item->result.lookupUrl = entry->lookupUrlFor(query);
        item->result.removalUrl = entry->removalUrlFor(query);
        item->result.delisting = entry->delisting;
        // In the interface language (rebound-cli stays English); listed by
        // translations/extract_data_strings.py.
        item->result.delistingNote = QCoreApplication::translate("rebound::data::blocklist",
                                                                 entry->delistingNote.toUtf8().constData());
        const int index = int(m_items.size());
        m_items << item;
        ++m_pending;
        QString skipReason;
        if (!entry->isQueryable())
            skipReason = notQueried(entry->state, entry->stateNote);
        else if (entry->supports(family) == Support::No)
            skipReason = notCovered(family);
        else if (item->zone.isEmpty())
            skipReason = needsKey(entry->keyKind, entry->accessNote);
        else if (!m_resolver)
            skipReason = QCoreApplication::translate("rebound::blocklist", "no resolver");
        if (!skipReason.isEmpty()) {
            item->result.status = ListStatus::Skipped;
            item->result.reason = skipReason.trimmed();
            skipped << index;
            continue;
        }
        item->queryName = key + u'.' + item->zone;
        item->result.query =
            item->key.isEmpty() ? item->queryName : QString(item->queryName).remove(item->key + u'.');
        m_probe->ensure(*entry, item->zone, family);
        if (m_probe->health(item->zone, family) != ListHealth::Answering) {
            givenUp << index; // learnt earlier in this run: ends at once, without a query
            continue;
        }
        m_probe->submitListing(*entry, item->zone, family, this,
                               [this, index] { return sendListing(index); });
    }
    // Callbacks are always asynchronous, skipped lists and an empty plan included.
    QMetaObject::invokeMethod(
        this,
        [this, skipped, givenUp] {
            for (const int index : skipped) {
                if (!m_items.at(index)->done)
                    finishItem(index, m_items.at(index)->result);
            }
            for (const int index : givenUp)
                tryFinish(index);
            if (m_pending == 0 && !m_finished) {
                m_finished = true;
                emit finished();
            }
        },
        Qt::QueuedConnection);
}

bool BlocklistCheck::sendListing(int index) {
    const std::shared_ptr<Item> item = m_items.value(index);
    if (!item || item->done || !m_resolver || !m_probe
        || m_probe->health(item->zone, m_family) != ListHealth::Answering)
        return false; // a list given up on ends through onTestVerdict()
    item->listingId =
        m_resolver->query(item->queryName, dns::RecordType::A, this,
                          [this, index](const dns::DnsResult& reply) { onListing(index, reply); });
    return true;
}

void BlocklistCheck::onListing(int index, const dns::DnsResult& reply) {
    const std::shared_ptr<Item> item = m_items.value(index);
    if (m_probe && item)
        m_probe->noteListing(item->zone, m_family, reply.outcome);
    if (!item || item->done)
        return;
    item->listingId = 0;
    item->listing = classifyReply(*item->entry, reply);
    const ListStatus status = item->listing->status;
    const bool answered =
        reply.outcome == dns::Outcome::Answer
        && (status == ListStatus::Listed || status == ListStatus::Unknown || status == ListStatus::Refused);
    if (answered && item->entry->txt != false && m_resolver) {
        item->txtPending = true;
        item->txtId = m_resolver->query(item->queryName, dns::RecordType::TXT, this,
                                        [this, index](const dns::DnsResult& txt) { onTxt(index, txt); });
    }
    tryFinish(index);
}

void BlocklistCheck::onTxt(int index, const dns::DnsResult& reply) {
    const std::shared_ptr<Item> item = m_items.value(index);
    if (!item || item->done)
        return;
    item->txtPending = false;
    item->txtId = 0;
    for (const dns::DnsRecord& record : reply.records()) {
        if (item->txt.size() >= maxTxtRecords)
            break;
        item->txt << util::escapeUntrusted(record.txtJoined(), m_options.txtMaxChars);
    }
    tryFinish(index);
}

void BlocklistCheck::onTestVerdict(const QString& zone, Family family) {
    if (family != m_family)
        return;
    for (int i = 0; i < m_items.size(); ++i) {
        if (!m_items.at(i)->done && m_items.at(i)->zone == zone)
            tryFinish(i);
    }
}

void BlocklistCheck::tryFinish(int index) {
    const std::shared_ptr<Item> item = m_items.value(index);
    if (!item || item->done || !m_probe)
        return;
    const ListHealth health = m_probe->health(item->zone, m_family);
    if (!item->listing && health != ListHealth::Answering) {
        finishGivenUp(index, health);
        return;
    }
    if (!item->listing || item->txtPending)
        return;
    const std::optional<TestVerdict> tests = m_probe->verdict(item->zone, m_family);
    if (!tests)
        return;
    const AnswerVerdict verdict = finalVerdict(*item->entry, *item->listing, *tests);
    ListResult result = item->result;
    result.status = verdict.status;
    result.codes = verdict.codes;
    result.meanings = verdict.meanings;
    result.reason = verdict.reason;
    result.remedy = verdict.remedy;
    result.impact = verdict.impact;
    result.testPassed = tests->passed;
    // A failed answer of a list the run has given up on carries the run's reason too.
    const ListHealth runHealth =
        !tests->passed && tests->health != ListHealth::Answering ? tests->health : health;
    result.listHealth = isCouldNotCheck(verdict.status) && verdict.status != ListStatus::Broken
                            ? runHealth
                            : ListHealth::Answering;
    if (verdict.status == ListStatus::Listed || verdict.status == ListStatus::Refused
        || verdict.status == ListStatus::Unknown)
        result.txt = item->txt;
    finishItem(index, result);
}

// The run gave up on this list (its test points or first queries did not answer): could not check,
// at once, without waiting for (or sending) this address's query.
void BlocklistCheck::finishGivenUp(int index, ListHealth health) {
    const std::shared_ptr<Item> item = m_items.at(index);
    if (m_resolver)
        m_resolver->cancel(std::exchange(item->listingId, 0));
    ListResult result = item->result;
    result.status = health == ListHealth::Refusing ? ListStatus::Refused : ListStatus::Unavailable;
    result.listHealth = health;
    const std::optional<TestVerdict> tests = m_probe->verdict(item->zone, m_family);
    result.reason = tests && !tests->passed && !tests->reason.isEmpty()
                        ? QCoreApplication::translate("rebound::blocklist", "%1 (%2)")
                              .arg(listHealthReason(health), tests->reason)
                        : listHealthReason(health);
    result.remedy = tests && !tests->passed ? tests->remedy : QString();
    result.testPassed = tests && tests->passed;
    finishItem(index, result);
}

void BlocklistCheck::finishItem(int index, const ListResult& result) {
    const std::shared_ptr<Item> item = m_items.at(index);
    item->done = true;
    item->result = result;
    item->result.elapsedMs = m_timer.isValid() ? m_timer.elapsed() : 0;
    emit listFinished(item->result);
    if (--m_pending == 0 && !m_finished) {
        m_finished = true;
        emit finished();
    }
}

void BlocklistCheck::cancel() {
    if (m_finished)
        return;
    for (int i = 0; i < m_items.size(); ++i) {
        const std::shared_ptr<Item> item = m_items.at(i);
        if (item->done)
            continue;
        if (m_resolver) {
            m_resolver->cancel(item->listingId);
            m_resolver->cancel(item->txtId);
        }
        ListResult result = item->result;
        result.status = ListStatus::Skipped;
        result.reason = u"cancelled"_s;
        finishItem(i, result);
    }
    if (m_probe && m_probe->parent() == this)
        m_probe->cancel();
    if (!m_finished) {
        m_finished = true;
        emit finished();
    }
}

QList<ListResult> BlocklistCheck::results() const {
    QList<ListResult> results;
    for (const std::shared_ptr<Item>& item : m_items)
        results << item->result;
    return results;
}

} // namespace rebound::blocklist
