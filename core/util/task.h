// A minimal lazily started coroutine task, so that a module's multi-step DNS walks (check_host(), the
// MX, DMARC and DKIM lookups) read as the sequential algorithms the RFCs describe while every DNS
// answer still arrives asynchronously through the Resolver. A Task owns its frame: destroying the root
// Task destroys the whole chain of suspended frames below it. It is an implementation detail inside a
// module: a check or probe reports to its callers with signals (see docs/DEVELOPING.md).
#pragma once

#include <coroutine>
#include <exception>
#include <optional>
#include <utility>

namespace rebound::util {

template <typename T> class Task final {
public:
    struct promise_type {
        std::optional<T> value;
        std::coroutine_handle<> continuation;

        Task get_return_object() { return Task(std::coroutine_handle<promise_type>::from_promise(*this)); }
        std::suspend_always initial_suspend() noexcept { return {}; }
        struct FinalAwaiter {
            bool await_ready() noexcept { return false; }
            std::coroutine_handle<> await_suspend(std::coroutine_handle<promise_type> handle) noexcept {
                const std::coroutine_handle<> next = handle.promise().continuation;
                return next ? next : std::noop_coroutine();
            }
            void await_resume() noexcept {}
        };
        FinalAwaiter final_suspend() noexcept { return {}; }
        void return_value(T result) { value = std::move(result); }
        void unhandled_exception() { std::terminate(); }
    };

    Task() = default;
    explicit Task(std::coroutine_handle<promise_type> handle)
        : m_handle(handle) {}
    Task(Task&& other) noexcept
        : m_handle(std::exchange(other.m_handle, {}))
        , m_started(std::exchange(other.m_started, false)) {}
    Task& operator=(Task&& other) noexcept {
        if (this != &other) {
            reset();
            m_handle = std::exchange(other.m_handle, {});
            m_started = std::exchange(other.m_started, false);
        }
        return *this;
    }
    Task(const Task&) = delete;
    Task& operator=(const Task&) = delete;
    ~Task() { reset(); }

    // Starts the task now; it runs until its first suspension. A root task (one nobody awaits) is run
    // this way; a task started early may still be awaited later, to run several at once.
    void start() {
        if (m_handle && !m_started) {
            m_started = true;
            m_handle.resume();
        }
    }
    bool isDone() const { return m_handle && m_handle.done(); }
    void reset() {
        if (m_handle)
            m_handle.destroy();
        m_handle = {};
        m_started = false;
    }

    // Awaiting a task runs it (unless start() already did) and resumes the awaiter when it returns; a
    // task that has already returned resumes the awaiter at once.
    bool await_ready() const noexcept { return m_handle.done(); }
    std::coroutine_handle<> await_suspend(std::coroutine_handle<> awaiter) noexcept {
        m_handle.promise().continuation = awaiter;
        if (m_started)
            return std::noop_coroutine(); // suspended inside; its final suspend resumes the awaiter
        m_started = true;
        return m_handle;
    }
    T await_resume() { return std::move(*m_handle.promise().value); }

private:
    std::coroutine_handle<promise_type> m_handle;
    bool m_started = false;
};

} // namespace rebound::util
