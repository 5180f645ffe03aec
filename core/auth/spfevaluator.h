// RFC 7208 check_host() over the project's Resolver: every mechanism and modifier, macros, the
// limits (10 DNS-querying terms, 2 void lookups, 10 MX and PTR names), every result and the
// explanation. It may prefetch the DNS data a record will need concurrently; the evaluation still
// consumes answers in the order the RFC prescribes, so results and limit counts are unchanged.
#pragma once

#include "core/auth/spfresult.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace rebound::dns {
class Resolver;
}

namespace rebound::auth {

struct SpfRequest {
    std::optional<QHostAddress> ip; // absent: walk the record tree and count lookups, no result
    // The IP as the user wrote it. IPv6 %{i} nibbles follow its letter case (upper-case hex stays
    // upper-case, as the RFC 7208 suite expects); DNS is case-insensitive, so only explanations differ.
    QString ipSpelling;
    QString helo;   // HELO/EHLO name
    QString sender; // MAIL FROM address; empty means postmaster@helo
    QString domain; // check this domain instead of the sender's (e.g. `domain` command)
    QString receiver = QStringLiteral("unknown"); // %{r}
    bool prefetch = true;
    int maxLookups = 10;
    int maxVoidLookups = 2;
    int maxNames = 10; // MX and PTR names per term
    // RFC 7208 4.6.4 lets an evaluation be cut off after at least 20 s; the result is then temperror.
    int deadlineMs = 20000;
};

// finished() is emitted once per start(), never from inside start(); result() then holds the
// evaluation. Starting again, cancel() or deleting the evaluator ends a running evaluation without it.
class SpfEvaluator final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpfEvaluator)

public:
    explicit SpfEvaluator(dns::Resolver* resolver, QObject* parent = nullptr);
    ~SpfEvaluator() override;

    void start(const SpfRequest& request);
    void cancel();
    bool isFinished() const { return m_finished; }
    const SpfEvaluation& result() const { return m_result; }

signals:
    void finished();

private:
    struct Run;
    void deliver();
    dns::Resolver* m_resolver;
    std::unique_ptr<Run> m_run;
    quint64 m_generation = 0;
    SpfEvaluation m_result;
    bool m_finished = false;
};

} // namespace rebound::auth
