#include "core/blocklist/listpacer.h"

#include <QTimer>

#include <cmath>

namespace rebound::blocklist {

ListPacer::ListPacer(QObject* parent)
    : QObject(parent) {
}

ListPacer::~ListPacer() = default;

void ListPacer::submit(const QString& list, const RateLimit& limit, QObject* context, Send send) {
    auto it = m_lanes.find(list);
    if (it == m_lanes.end()) {
        it = m_lanes.insert(list, Lane{});
        it->limit = limit;
        it->limit.burst = qMax(1, limit.burst);
        it->limit.probation = qMax(1, limit.probation);
        it->tokens = it->limit.burst;
        it->refilled.start();
    }
    it->queue.push_back(Waiting{context, std::move(send)});
    drain(list);
}

void ListPacer::ended(const QString& list, bool answered) {
    auto it = m_lanes.find(list);
    if (it == m_lanes.end())
        return;
    it->inFlight = qMax(0, it->inFlight - 1);
    it->answered = it->answered || answered;
    drain(list);
}

void ListPacer::release(const QString& list) {
    auto it = m_lanes.find(list);
    if (it == m_lanes.end())
        return;
    it->unlimited = true;
    drain(list);
}

void ListPacer::clear() {
    for (Lane& lane : m_lanes)
        lane.queue.clear();
}

int ListPacer::waiting() const {
    int count = 0;
    for (const Lane& lane : m_lanes)
        count += int(lane.queue.size());
    return count;
}

void ListPacer::refill(Lane& lane) const {
    if (lane.limit.perSecond <= 0) {
        lane.tokens = lane.limit.burst;
        return;
    }
    const double gained = double(lane.refilled.restart()) * lane.limit.perSecond / 1000.0;
    lane.tokens = qMin(double(lane.limit.burst), lane.tokens + gained);
}

// Re-entrant calls (a send that finishes a check which submits more) only queue; the outer loop runs them.
void ListPacer::drain(const QString& list) {
    auto it = m_lanes.find(list);
    if (it == m_lanes.end() || it->draining)
        return;
    it->draining = true;
    while (true) {
        Lane& lane = m_lanes[list]; // re-found: a send may have added lanes
        if (lane.queue.empty())
            break;
        if (!lane.unlimited) {
            if (!lane.answered && lane.inFlight >= lane.limit.probation)
                break;
            refill(lane);
            if (lane.tokens < 1) {
                if (!lane.timerArmed) {
                    lane.timerArmed = true;
                    const int waitMs =
                        qMax(1, int(std::ceil((1 - lane.tokens) * 1000.0 / lane.limit.perSecond)));
                    QTimer::singleShot(waitMs, Qt::PreciseTimer, this, [this, list] {
                        auto lane = m_lanes.find(list);
                        if (lane == m_lanes.end())
                            return;
                        lane->timerArmed = false;
                        drain(list);
                    });
                }
                break;
            }
        }
        Waiting next = std::move(lane.queue.front());
        lane.queue.pop_front();
        if (!next.context)
            continue;
        if (next.send()) {
            Lane& after = m_lanes[list];
            ++after.inFlight;
            after.tokens -= 1;
        }
    }
    m_lanes[list].draining = false;
}

} // namespace rebound::blocklist
