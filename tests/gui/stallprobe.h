// The longest event-loop stall: a fast timer records the largest gap between its ticks (beyond its
// interval). Any work that holds the UI thread shows here. Used by tests/gui and bench/gui.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

namespace rebound::guitest {

class StallProbe final : public QObject {
public:
    static constexpr int kIntervalMs = 5;

    StallProbe() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worstNs = std::max(m_worstNs, now - m_lastNs - qint64(kIntervalMs) * 1000000);
            m_lastNs = now;
        });
    }
    void start() {
        m_worstNs = 0;
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    // The longest stall since start(), in milliseconds.
    double stop() {
        m_timer.stop();
        return double(m_worstNs) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_worstNs = 0;
};

} // namespace rebound::guitest
