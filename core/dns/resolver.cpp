#include "core/dns/resolver.h"

#include "core/dns/dnsmessage.h"
#include "core/dns/dnsname.h"
#include "core/dns/querylog.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTimer>

#include <ares.h>
#include <arpa/inet.h>
#include <cctype>
#include <deque>
#include <mutex>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace rebound::dns {
namespace {

// c-ares needs one global initialisation per process.
void ensureLibraryInitialised() {
    static std::once_flag once;
    std::call_once(once, [] { ares_library_init(ARES_LIB_INIT_ALL); });
}

QString peerOf(ares_socket_t fd) {
    if (fd == ARES_SOCKET_BAD)
        return {};
    sockaddr_storage storage{};
    socklen_t length = sizeof(storage);
    if (::getpeername(fd, reinterpret_cast<sockaddr*>(&storage), &length) != 0)
        return {};
    QHostAddress address(reinterpret_cast<const sockaddr*>(&storage));
    quint16 port = 0;
    if (storage.ss_family == AF_INET)
        port = ntohs(reinterpret_cast<const sockaddr_in*>(&storage)->sin_port);
    else if (storage.ss_family == AF_INET6)
        port = ntohs(reinterpret_cast<const sockaddr_in6*>(&storage)->sin6_port);
    return ServerAddress{address.toString(), port}.toString();
}

// The name as c-ares 1.18 reads it: it understands "\c" escapes but not "\DDD", so decimal escapes
// become the raw byte (re-escaped when it is a dot or backslash).
QByteArray toAresName(const QString& name) {
    QByteArray out;
    const QByteArray utf8 = name.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8.at(i);
        if (c == '\\' && i + 3 < utf8.size() + 0 && std::isdigit(uchar(utf8.at(i + 1)))
            && std::isdigit(uchar(utf8.at(i + 2))) && std::isdigit(uchar(utf8.at(i + 3)))) {
            const int value =
                (utf8.at(i + 1) - '0') * 100 + (utf8.at(i + 2) - '0') * 10 + (utf8.at(i + 3) - '0');
            const char byte = char(value & 0xff);
            if (byte == '.' || byte == '\\')
                out += '\\';
            out += byte;
            i += 3;
        } else if (c == '\\' && i + 1 < utf8.size()) {
            out += c;
            out += utf8.at(++i);
        } else {
            out += c;
        }
    }
    return out;
}

constexpr int StartBatch = 64;

// Queries on one c-ares channel at most. c-ares 1.18 walks every outstanding query of a channel on
// each ares_timeout() and, through the timeout bucket of the current second, on each socket event
// (ares_process_fd), so one channel with n queries in flight costs O(n) per answer. The UDP queries
// are spread over channels of at most this many (each its own socket), which bounds that walk while
// the window stays large (docs/PERFORMANCE.md, DNS resolver).
constexpr int ShardSize = 128;

Outcome outcomeFromRcode(int rcode) {
    switch (rcode) {
    case 0:
        return Outcome::Answer; // refined to NoData by the caller
    case 1:
        return Outcome::FormErr;
    case 2:
        return Outcome::ServFail;
    case 3:
        return Outcome::NxDomain;
    case 5:
        return Outcome::Refused;
    default:
        return Outcome::OtherRcode;
    }
}

} // namespace

struct Resolver::Private {
    struct Channel {
        ares_channel channel = nullptr;
        bool tcp = false;
        struct Notifiers {
            QSocketNotifier* read = nullptr;
            QSocketNotifier* write = nullptr;
            QString peer; // "ip:port" of a connected socket, asked once (getpeername)
            bool peerKnown = false;
        };
        QHash<ares_socket_t, Notifiers> notifiers;
        QTimer* timer = nullptr;
        ares_socket_t currentFd = ARES_SOCKET_BAD; // the socket c-ares is processing right now
        int outstanding = 0;                       // c-ares queries on this channel not yet called back
        bool timerDirty = false;                   // queries were sent since the timer was last armed
        Private* d = nullptr;

        // The server of the socket c-ares is reading now, as "ip:port".
        QString currentPeer() {
            auto it = notifiers.find(currentFd);
            if (it == notifiers.end())
                return peerOf(currentFd);
            if (!it->peerKnown) {
                it->peer = peerOf(currentFd);
                it->peerKnown = true;
            }
            return it->peer;
        }
    };

    struct Pending {
        QueryId id = 0;
        QString name;
        quint16 type = 0;
        bool hasContext = false;
        QPointer<QObject> context;
        ResultCallback callback;
        QElapsedTimer elapsed;
        bool truncatedOverUdp = false;
        bool started = false;
        quint64 startSeq = 0; // the order it went on the wire, for the window's loss rounds
    };

    // A result waiting for its callback (flushReady()).
    struct Ready {
        bool hasContext = false;
        QPointer<QObject> context;
        ResultCallback callback;
        DnsResult result;
    };

    // What c-ares carries back to the result callback.
    struct Ticket {
        Private* d;
        QueryId id;
        Channel* channel;
    };

    Resolver* q = nullptr;
    ResolverConfig config;
    QString initError;
    // UDP shards of at most ShardSize queries each (ShardSize above), made as the window needs them;
    // the first one always exists. Owned here, stable addresses (tickets and lambdas point at them).
    std::vector<std::unique_ptr<Channel>> udp;
    Channel tcp;
    // The deadline of every started query, in start order: all share config.timeoutMs, so the order
    // is the order of expiry and one timer serves them all (a QTimer per query cost a sorted insert
    // into Qt's timer list each). Entries of queries already delivered are skipped when they expire.
    std::deque<std::pair<qint64, QueryId>> deadlines; // (clock.nsecsElapsed() at expiry, id)
    QElapsedTimer clock;
    QTimer* deadlineTimer = nullptr;
    QHash<QueryId, Pending> pending; // started or queued, not yet delivered
    std::deque<QueryId> queue;
    int inFlight = 0; // c-ares queries outstanding, including ones already delivered as timeout/cancelled
    QueryId nextId = 1;
    bool destroying = false;
    int replies = 0;    // queries a DNS server answered (any rcode, even malformed)
    int unanswered = 0; // queries that met only silence or a network error
    bool pumpScheduled = false;
    // Results delivered since the last flush, handed to their callbacks in order by one queued call:
    // an event per result cost an allocation, a post and a wake-up of the event loop each.
    std::vector<Ready> ready;
    bool flushScheduled = false;
    QueryLog* log = nullptr; // not owned
    // The adaptive in-flight window (ResolverConfig): slow start until the first loss, then additive
    // increase; a loss halves it once per round (the queries started before the last halving belong
    // to the round that caused it).
    double window = 1;
    double threshold = 0; // 0: still in slow start
    quint64 sendSeq = 0;
    quint64 lossRound = 0;

    int ceiling() const { return qMax(1, config.maxInFlight); }

    void windowAnswered() {
        window += (threshold == 0 || window < threshold) ? 1.0 : 1.0 / window;
        window = qMin(window, double(ceiling()));
    }

    void windowLost(quint64 startSeq) {
        if (startSeq <= lossRound)
            return;
        window = qMax(qMin(double(ceiling()), 16.0), window / 2);
        threshold = window;
        lossRound = sendSeq;
    }

    bool initChannel(Channel& channel, bool useTcp) {
        channel.d = this;
        channel.tcp = useTcp;
        ares_options options{};
        int mask = ARES_OPT_FLAGS | ARES_OPT_SOCK_STATE_CB | ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES;
        // NOCHECKRESP: SERVFAIL, REFUSED and NXDOMAIN arrive with their packet, so the true rcode is known.
        options.flags = ARES_FLAG_NOCHECKRESP | ARES_FLAG_NOSEARCH | ARES_FLAG_NOALIASES;
        if (useTcp) {
            options.flags |= ARES_FLAG_USEVC;
        } else {
            // EDNS so long TXT records fit; IGNTC so a truncated answer comes back to us and we ask over
            // TCP ourselves, which lets the result say so.
            options.flags |= ARES_FLAG_EDNS | ARES_FLAG_IGNTC;
            // A larger receive buffer so a burst of answers is not dropped by the kernel before the
            // event loop reads it (the kernel caps it at net.core.rmem_max).
            mask |= ARES_OPT_EDNSPSZ | ARES_OPT_SOCK_RCVBUF;
            options.ednspsz = config.ednsPayload;
            options.socket_receive_buffer_size = 1 << 20;
        }
        const int tries = qBound(1, config.tries, 5);
        options.tries = tries;
        // c-ares doubles the per-try timeout each round; make all rounds fit in the deadline.
        options.timeout = qMax(50, config.timeoutMs / ((1 << tries) - 1));
        options.sock_state_cb = &Private::onSocketState;
        options.sock_state_cb_data = &channel;
        const int status = ares_init_options(&channel.channel, &options, mask);
        if (status != ARES_SUCCESS) {
            initError = QString::fromUtf8(ares_strerror(status));
            channel.channel = nullptr;
            return false;
        }
        if (!config.servers.isEmpty()) {
            QStringList parts;
            for (const ServerAddress& server : std::as_const(config.servers))
                parts << server.toString();
            const int set =
                ares_set_servers_ports_csv(channel.channel, parts.join(u',').toLatin1().constData());
            if (set != ARES_SUCCESS) {
                initError = u"cannot use DNS servers "_s + parts.join(u", "_s) + u": "_s
                            + QString::fromUtf8(ares_strerror(set));
                return false;
            }
        }
        channel.timer = new QTimer(q);
        channel.timer->setSingleShot(true);
        QObject::connect(channel.timer, &QTimer::timeout, q,
                         [this, &channel] { process(channel, ARES_SOCKET_BAD, ARES_SOCKET_BAD); });
        return true;
    }

    void destroyChannel(Channel& channel) {
        if (channel.channel) {
            ares_destroy(channel.channel); // runs outstanding callbacks with ARES_EDESTRUCTION
            channel.channel = nullptr;
        }
        for (const auto& notifiers : std::as_const(channel.notifiers)) {
            delete notifiers.read;
            delete notifiers.write;
        }
        channel.notifiers.clear();
    }

    static void onSocketState(void* data, ares_socket_t fd, int readable, int writable) {
        auto* channel = static_cast<Channel*>(data);
        if (channel->d->destroying)
            return;
        channel->d->updateNotifiers(*channel, fd, readable != 0, writable != 0);
    }

    // Called from inside c-ares, often from a notifier's own signal: never delete a notifier here.
    void updateNotifiers(Channel& channel, ares_socket_t fd, bool readable, bool writable) {
        auto it = channel.notifiers.find(fd);
        if (!readable && !writable) {
            if (it != channel.notifiers.end()) {
                for (QSocketNotifier* n : {it->read, it->write}) {
                    if (n) {
                        n->setEnabled(false);
                        n->deleteLater();
                    }
                }
                channel.notifiers.erase(it);
            }
            return;
        }
        if (it == channel.notifiers.end())
            it = channel.notifiers.insert(fd, {});
        auto ensure = [&](QSocketNotifier*& notifier, QSocketNotifier::Type type, bool wanted) {
            if (wanted && !notifier) {
                notifier = new QSocketNotifier(fd, type, q);
                const bool isRead = type == QSocketNotifier::Read;
                QObject::connect(notifier, &QSocketNotifier::activated, q, [this, &channel, fd, isRead] {
                    process(channel, isRead ? fd : ARES_SOCKET_BAD, isRead ? ARES_SOCKET_BAD : fd);
                });
            }
            if (notifier)
                notifier->setEnabled(wanted);
        };
        ensure(it->read, QSocketNotifier::Read, readable);
        ensure(it->write, QSocketNotifier::Write, writable);
    }

    void process(Channel& channel, ares_socket_t readFd, ares_socket_t writeFd) {
        if (!channel.channel)
            return;
        channel.currentFd = readFd;
        ares_process_fd(channel.channel, readFd, writeFd);
        channel.currentFd = ARES_SOCKET_BAD;
        rearmTimer(channel);
    }

    void rearmTimer(Channel& channel) {
        if (!channel.channel)
            return;
        timeval tv{};
        if (ares_timeout(channel.channel, nullptr, &tv))
            channel.timer->start(int(tv.tv_sec * 1000 + (tv.tv_usec + 999) / 1000));
        else
            channel.timer->stop();
    }

    // A UDP channel with room: the first shard under ShardSize, or a new one.
    Channel& udpShard() {
        for (const auto& shard : udp) {
            if (shard->outstanding < ShardSize)
                return *shard;
        }
        auto shard = std::make_unique<Channel>();
        if (!initChannel(*shard, false)) {
            destroyChannel(*shard);
            return *udp.front(); // c-ares could not make another: the first one takes the query
        }
        udp.push_back(std::move(shard));
        return *udp.back();
    }

    // Sends the query on `channel`. The channel's timer is re-armed by the caller (rearmDirty), once
    // for a batch: ares_timeout() walks the channel's queries.
    void send(Pending& query, Channel& channel) {
        ++inFlight;
        ++channel.outstanding;
        auto* ticket = new Ticket{this, query.id, &channel};
        const QByteArray name = toAresName(query.name);
        ares_query(channel.channel, name.isEmpty() ? "." : name.constData(), 1 /* IN */, query.type,
                   &Private::onResult, ticket);
        channel.timerDirty = true;
    }

    void rearmDirty() {
        for (const auto& shard : udp) {
            if (shard->timerDirty) {
                shard->timerDirty = false;
                rearmTimer(*shard);
            }
        }
        if (tcp.timerDirty) {
            tcp.timerDirty = false;
            rearmTimer(tcp);
        }
    }

    static void onResult(void* arg, int status, int timeouts, unsigned char* abuf, int alen) {
        std::unique_ptr<Ticket> ticket(static_cast<Ticket*>(arg));
        Private* d = ticket->d;
        --d->inFlight;
        --ticket->channel->outstanding;
        if (d->destroying)
            return;
        const QString server = ticket->channel->currentPeer();
        d->handleResult(
            ticket->id, *ticket->channel, status, timeouts,
            abuf && alen > 0 ? QByteArray(reinterpret_cast<const char*>(abuf), alen) : QByteArray(), server);
        d->schedulePump();
    }

    void handleResult(QueryId id, Channel& channel, int status, int timeouts, const QByteArray& wire,
                      const QString& server) {
        auto it = pending.find(id);
        if (it == pending.end())
            return; // already delivered (deadline or cancel)
        Pending& query = it.value();
        // An answer that came only after c-ares asked again: a query or its answer was lost on the
        // way. A query that never gets an answer says nothing about the path (a list that drops every
        // query, a dead server): it does not shrink the window.
        if (!wire.isEmpty() && timeouts > 0)
            windowLost(query.startSeq);
        else if (!wire.isEmpty())
            windowAnswered();
        DnsResult result = baseResult(query);
        result.usedTcp = channel.tcp;
        result.server = server;

        if (wire.isEmpty()) {
            result.outcome = outcomeFromStatus(status);
            result.error = QString::fromUtf8(ares_strerror(status));
            if (result.outcome == Outcome::Cancelled && !destroying)
                return; // cancel() already delivered it
            deliver(id, std::move(result));
            return;
        }
        QString parseError;
        const auto message = parseDnsMessage(wire, &parseError);
        if (!message) {
            result.outcome = Outcome::BadResponse;
            result.error = u"malformed answer: "_s + parseError;
            deliver(id, std::move(result));
            return;
        }
        if (message->flags.tc && !channel.tcp) {
            // Truncated over UDP: ask again over TCP, outside this c-ares callback.
            query.truncatedOverUdp = true;
            QMetaObject::invokeMethod(
                q,
                [this, id] {
                    auto again = pending.find(id);
                    if (again != pending.end()) {
                        send(again.value(), tcp);
                        rearmDirty();
                    }
                },
                Qt::QueuedConnection);
            return;
        }
        result.rcode = message->rcode;
        result.flags = message->flags;
        result.flags.tc = result.flags.tc || query.truncatedOverUdp;
        result.answers = message->answers;
        result.authority = message->authority;
        result.outcome = outcomeFromRcode(message->rcode);
        if (result.outcome == Outcome::Answer && result.recordsOfType(query.type).isEmpty())
            result.outcome = Outcome::NoData;
        if (!isDefinite(result.outcome))
            result.error = u"the server answered "_s + rcodeText(message->rcode);
        deliver(id, std::move(result));
    }

    static QString rcodeText(int rcode) {
        static const char* names[] = {"NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED"};
        return rcode >= 0 && rcode < 6 ? QString::fromLatin1(names[rcode])
                                       : u"RCODE "_s + QString::number(rcode);
    }

    static Outcome outcomeFromStatus(int status) {
        switch (status) {
        case ARES_ETIMEOUT:
            return Outcome::Timeout;
        case ARES_ECANCELLED:
        case ARES_EDESTRUCTION:
            return Outcome::Cancelled;
        case ARES_EBADRESP:
            return Outcome::BadResponse;
        case ARES_EBADNAME:
        case ARES_EBADQUERY:
        case ARES_EBADFAMILY:
            return Outcome::InvalidQuery;
        default:
            return Outcome::NetworkError;
        }
    }

    DnsResult baseResult(const Pending& query) const {
        DnsResult result;
        result.name = query.name;
        result.type = query.type;
        result.truncatedOverUdp = query.truncatedOverUdp;
        result.elapsedMs = query.started ? query.elapsed.elapsed() : 0;
        return result;
    }

    // Hands the result to the caller's context through the event loop, then forgets the query.
    void deliver(QueryId id, DnsResult result) {
        auto it = pending.find(id);
        if (it == pending.end())
            return;
        Pending query = std::move(it.value());
        pending.erase(it);
        if (result.rcode >= 0 || result.outcome == Outcome::BadResponse)
            ++replies;
        else if (result.outcome == Outcome::Timeout || result.outcome == Outcome::NetworkError)
            ++unanswered;
        if (query.started)
            result.elapsedMs = query.elapsed.elapsed();
        if (log)
            log->record(result);
        QObject* target = query.hasContext ? query.context.data() : q;
        if (target && target->thread() != q->thread()) {
            // A context in another thread gets its callback there, as a queued call of its own.
            QMetaObject::invokeMethod(
                target,
                [callback = std::move(query.callback), result = std::move(result)] { callback(result); },
                Qt::QueuedConnection);
        } else if (target) {
            ready.push_back(
                Ready{query.hasContext, query.context, std::move(query.callback), std::move(result)});
            if (!flushScheduled) {
                flushScheduled = true;
                QMetaObject::invokeMethod(
                    q, [this] { flushReady(); }, Qt::QueuedConnection);
            }
        }
        if (pending.isEmpty())
            QMetaObject::invokeMethod(
                q,
                [this] {
                    if (pending.isEmpty())
                        emit q->idle();
                },
                Qt::QueuedConnection);
    }

    // Runs the callbacks of the results delivered so far, in order. A callback may start or cancel
    // queries (their results wait for the next flush) or even destroy the resolver: the batch is taken
    // out first, and each callback still needs its context (or, without one, the resolver) alive.
    void flushReady() {
        flushScheduled = false;
        std::vector<Ready> batch;
        batch.swap(ready);
        const QPointer<Resolver> self(q);
        for (Ready& item : batch) {
            if (item.hasContext ? item.context.isNull() : self.isNull())
                continue;
            item.callback(item.result);
        }
    }

    void schedulePump() {
        if (pumpScheduled)
            return;
        pumpScheduled = true;
        QMetaObject::invokeMethod(
            q,
            [this] {
                pumpScheduled = false;
                pump();
            },
            Qt::QueuedConnection);
    }

    // Starts queued queries up to the in-flight cap, a batch per event-loop turn so that answers are
    // read while a large burst is still being sent.
    void pump() {
        int batch = 0;
        while (!queue.empty() && inFlight < qMax(1, int(window))) {
            if (++batch > StartBatch) {
                schedulePump();
                break;
            }
            const QueryId id = queue.front();
            queue.pop_front();
            auto it = pending.find(id);
            if (it == pending.end())
                continue;
            start(it.value());
        }
        rearmDirty();
    }

    void start(Pending& query) {
        query.started = true;
        query.startSeq = ++sendSeq;
        query.elapsed.start();
        deadlines.emplace_back(clock.nsecsElapsed() + qint64(qMax(1, config.timeoutMs)) * 1000000, query.id);
        if (!deadlineTimer->isActive())
            armDeadlineTimer();
        send(query, udpShard());
    }

    void armDeadlineTimer() {
        if (deadlines.empty())
            return;
        const qint64 left = deadlines.front().first - clock.nsecsElapsed();
        deadlineTimer->start(int(qMax<qint64>(0, (left + 999999) / 1000000)));
    }

    // Ends every query whose deadline has passed with Outcome::Timeout.
    void expireDeadlines() {
        const qint64 now = clock.nsecsElapsed();
        while (!deadlines.empty() && deadlines.front().first <= now) {
            const QueryId id = deadlines.front().second;
            deadlines.pop_front();
            auto it = pending.find(id);
            if (it == pending.end())
                continue;
            DnsResult result = baseResult(it.value());
            result.outcome = Outcome::Timeout;
            result.error = QStringLiteral("no answer within %1 ms").arg(config.timeoutMs);
            deliver(id, std::move(result));
        }
        armDeadlineTimer();
    }
};

Resolver::Resolver(const ResolverConfig& config, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>()) {
    ensureLibraryInitialised();
    d->q = this;
    d->config = config;
    d->window = qBound(1, config.initialInFlight, d->ceiling());
    d->clock.start();
    d->deadlineTimer = new QTimer(this);
    d->deadlineTimer->setSingleShot(true);
    d->deadlineTimer->setTimerType(Qt::PreciseTimer);
    connect(d->deadlineTimer, &QTimer::timeout, this, [this] { d->expireDeadlines(); });
    d->udp.push_back(std::make_unique<Private::Channel>());
    if (!d->initChannel(*d->udp.front(), false) || !d->initChannel(d->tcp, true)) {
        d->destroyChannel(*d->udp.front());
        d->destroyChannel(d->tcp);
    }
}

Resolver::~Resolver() {
    d->destroying = true;
    for (const auto& shard : d->udp)
        d->destroyChannel(*shard);
    d->destroyChannel(d->tcp);
}

bool Resolver::isValid() const {
    return d->udp.front()->channel && d->tcp.channel;
}
QString Resolver::initError() const {
    return d->initError;
}
const ResolverConfig& Resolver::config() const {
    return d->config;
}
int Resolver::repliesReceived() const {
    return d->replies;
}

int Resolver::queriesUnanswered() const {
    return d->unanswered;
}

int Resolver::inFlight() const {
    return d->inFlight;
}
int Resolver::window() const {
    return int(d->window);
}
int Resolver::queued() const {
    return int(d->queue.size());
}

void Resolver::setQueryLog(QueryLog* log) {
    d->log = log;
}

QStringList Resolver::activeServers() const {
    QStringList servers;
    if (!d->udp.front()->channel)
        return servers;
    ares_addr_port_node* list = nullptr;
    if (ares_get_servers_ports(d->udp.front()->channel, &list) != ARES_SUCCESS)
        return servers;
    for (ares_addr_port_node* node = list; node; node = node->next) {
        char text[INET6_ADDRSTRLEN] = {};
        ::inet_ntop(node->family, &node->addr, text, sizeof(text));
        const int port = node->udp_port ? node->udp_port : 53;
        servers << ServerAddress{QString::fromLatin1(text), quint16(port)}.toString();
    }
    ares_free_data(list);
    return servers;
}

QueryId Resolver::query(const QString& name, quint16 type, QObject* context, ResultCallback callback) {
    const QueryId id = d->nextId++;
    Private::Pending query;
    query.id = id;
    query.type = type;
    query.hasContext = context != nullptr;
    query.context = context;
    query.callback = std::move(callback);

    QString error;
    const auto normalized = normalizeDomainName(name, &error);
    query.name = normalized.value_or(name.left(255));
    d->pending.insert(id, std::move(query));
    if (!isValid() || !normalized || type == 0) {
        DnsResult result = d->baseResult(d->pending.value(id));
        result.outcome = isValid() ? Outcome::InvalidQuery : Outcome::NetworkError;
        result.error = !isValid()    ? u"the resolver could not start: "_s + d->initError
                       : !normalized ? error
                                     : u"query type 0 is not valid"_s;
        d->deliver(id, std::move(result));
        return id;
    }
    d->queue.push_back(id);
    d->schedulePump();
    return id;
}

void Resolver::cancel(QueryId id) {
    auto it = d->pending.find(id);
    if (it == d->pending.end())
        return;
    DnsResult result = d->baseResult(it.value());
    result.outcome = Outcome::Cancelled;
    result.error = u"cancelled"_s;
    d->deliver(id, std::move(result));
}

void Resolver::cancelAll() {
    const QList<QueryId> ids = d->pending.keys();
    for (const QueryId id : ids)
        cancel(id);
    d->queue.clear();
    QList<Private::Channel*> channels{&d->tcp};
    for (const auto& shard : d->udp)
        channels << shard.get();
    for (Private::Channel* channel : std::as_const(channels)) {
        if (channel->channel) {
            ares_cancel(channel->channel);
            d->rearmTimer(*channel);
        }
    }
}

} // namespace rebound::dns
