// Work nobody watches directly (parsing a paste, evaluating rules, encoding history, filling a text
// document) runs in a pool of its own, at a lower priority than the UI thread. Not in Qt's global pool:
// Qt paints large areas with the global pool's threads and the UI thread waits for them, so long
// tasks there stalled the window (an event of 40 ms of CPU took 140 ms while a 5 MB mbox was read).
#pragma once

#include <QtConcurrent>

#include <utility>

namespace rebound::util {

// Lowers the calling thread's scheduling priority a little (Linux: nice +5, which weighs about a
// third of the UI thread; elsewhere QThread::LowPriority). Idempotent; a pool thread stays lowered.
void lowerCurrentThreadPriority();

// The pool for background work (as many threads as cores).
QThreadPool* backgroundPool();

// QtConcurrent::run for background work: on a thread of lowered priority, in `pool` (default:
// backgroundPool()).
template <typename Function> auto runInBackground(QThreadPool* pool, Function function) {
    return QtConcurrent::run(pool, [function = std::move(function)]() mutable {
        lowerCurrentThreadPriority();
        return function();
    });
}

template <typename Function> auto runInBackground(Function function) {
    return runInBackground(backgroundPool(), std::move(function));
}

} // namespace rebound::util
