#pragma once

#include "core/blocklist/blocklistentry.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

namespace rebound::blocklist {

// Spaces a run's listing queries per list, so that a range keeps the resolver busy without flooding
// one list: until a list has answered once in this run, at most `probation` of its queries are in
// flight (a list that drops everything then costs a handful of queries, not one per address); after
// that, a token bucket of `perSecond` with `burst`. Waiting sends run in submission order.
class ListPacer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPacer)

public:
    // Returns true when it sent a query (which must later be reported with ended()).
    using Send = std::function<bool()>;

    explicit ListPacer(QObject* parent = nullptr);
    ~ListPacer() override;

    // Runs send now if the list's limits allow it, otherwise later; never after context is destroyed.
    void submit(const QString& list, const RateLimit& limit, QObject* context, Send send);
    // One of the list's queries ended; answered: with a DNS answer (the list is out of probation).
    void ended(const QString& list, bool answered);
    // Runs every waiting send of the list now, whatever the limits (for a list the run gave up on, whose
    // sends then send nothing).
    void release(const QString& list);
    // Forgets every waiting send.
    void clear();

    int waiting() const;

private:
    struct Waiting {
        QPointer<QObject> context;
        Send send;
    };
    struct Lane {
        RateLimit limit;
        int inFlight = 0;
        bool answered = false;
        double tokens = 0;
        QElapsedTimer refilled;
        bool timerArmed = false;
        bool draining = false;
        bool unlimited = false; // release(): run everything
        std::deque<Waiting> queue;
    };
    void drain(const QString& list);
    void refill(Lane& lane) const;

    QHash<QString, Lane> m_lanes;
};

} // namespace rebound::blocklist
