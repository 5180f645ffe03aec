// Work nobody watches directly (parsing a paste, evaluating rules, encoding history, filling a text
// document) runs in a pool of its own, at a lower priority than the UI thread. Not in Qt's global pool:
// Qt paints large areas with the global pool's threads and the UI thread waits for them, so long
// tasks there stalled the window (an event of 40 ms of CPU took 140 ms while a 5 MB mbox was read).
// Built on QPromise/QFuture and QThreadPool (Qt Core), so an includer does not pull in QtConcurrent.
#pragma once

#include <QFuture>

#include <exception>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace rebound::util {

// The pool for background work (as many threads as cores).
QThreadPool* backgroundPool();

// Runs `work` in `pool` on a thread whose scheduling priority was lowered (Linux: nice +5, which
// weighs about a third of the UI thread; elsewhere QThread::LowPriority).
void startInBackground(QThreadPool* pool, std::function<void()> work);

// Runs `function` in the background and returns the future of its result (watch it with a
// QFutureWatcher to get the result on the caller's thread): in `pool`, by default backgroundPool().
template <typename Function> auto runInBackground(QThreadPool* pool, Function function) {
    using Result = std::invoke_result_t<Function&>;
    struct State {
        QPromise<Result> promise;
        Function function;
    };
    // std::function copies its target: the promise and the function (both may be move-only) are shared.
    auto state = std::make_shared<State>(State{QPromise<Result>(), std::move(function)});
    QFuture<Result> future = state->promise.future();
    state->promise.start();
    startInBackground(pool, [state] {
        try {
            if constexpr (std::is_void_v<Result>)
                state->function();
            else
                state->promise.addResult(state->function());
        } catch (...) {
            state->promise.setException(std::current_exception());
        }
        state->promise.finish();
    });
    return future;
}

template <typename Function> auto runInBackground(Function function) {
    return runInBackground(backgroundPool(), std::move(function));
}

} // namespace rebound::util
