// One DNS query started at once and awaited later from a coroutine, so a check can send several
// queries together and then read the answers in the order it needs them.
#pragma once

#include "core/dns/resolver.h"

#include <coroutine>
#include <memory>

namespace rebound::auth {

class DnsFuture final {
public:
    DnsFuture(dns::Resolver* resolver, QObject* context, const QString& name, quint16 type)
        : m_state(std::make_shared<State>()) {
        std::weak_ptr<State> weak = m_state;
        resolver->query(name, type, context, [weak](const dns::DnsResult& result) {
            const auto state = weak.lock();
            if (!state)
                return;
            state->done = true;
            state->result = result;
            if (const auto waiter = std::exchange(state->waiter, {}))
                waiter.resume();
        });
    }
    DnsFuture(dns::Resolver* resolver, QObject* context, const QString& name, dns::RecordType type)
        : DnsFuture(resolver, context, name, static_cast<quint16>(type)) {}

    bool await_ready() const noexcept { return m_state->done; }
    void await_suspend(std::coroutine_handle<> handle) { m_state->waiter = handle; }
    dns::DnsResult await_resume() const { return m_state->result; }

private:
    struct State {
        bool done = false;
        dns::DnsResult result;
        std::coroutine_handle<> waiter;
    };
    std::shared_ptr<State> m_state;
};

} // namespace rebound::auth
