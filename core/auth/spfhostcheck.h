// RFC 7208 check_host() over one evaluation (internal to SpfEvaluator): the record of a domain, its
// terms in order with the limits of 4.6.4 (10 DNS-querying terms, 2 void lookups, 10 MX and PTR
// names), include and redirect as nested check_host() calls, macros with the validated PTR name, and
// the explanation of a fail. Everything it finds goes into the SpfEvaluation's tree of nodes.
//
//   spfhostcheck.cpp   the record, its terms in order, the lookup limits, redirect
//   spfmechanism.cpp   each mechanism: all, ip4/ip6, a, mx, ptr, exists, include
//   spfhostnames.cpp   domain-specs and macros, the validated PTR name, prefetching, exp=
#pragma once

#include "core/auth/spfevaluator.h"
#include "core/auth/spfmacro.h"
#include "core/auth/spfrecord.h"
#include "core/dns/dnstypes.h"
#include "core/util/task.h"

#include <optional>

namespace rebound::auth {

class SpfDns;

// Adds up, for every node, the DNS-querying terms of the node and of every node below it.
void finalizeSpfBranchCounts(SpfEvaluation& eval);

class SpfHostCheck final {
    Q_DISABLE_COPY_MOVE(SpfHostCheck)

public:
    struct Result {
        SpfResult result = SpfResult::None;
        QString reason;
        int decidingNode = -1;
        int decidingTerm = -1;
    };

    SpfHostCheck(SpfDns& dns, const SpfRequest& request, SpfEvaluation& eval, SpfMacroContext& macros);

    // check_host(ip, domain, sender): adds a node for domain (via "top", "include" or "redirect",
    // below parent) and evaluates its record.
    util::Task<Result> checkHost(QString domain, QString via, int parent);
    // The exp= text of the node that decided a fail (RFC 7208 6.2) into eval.explanation; false when
    // there is none or it cannot be used.
    util::Task<bool> computeExplanation(int node);

private:
    struct MechanismOutcome {
        enum Kind { Match, NoMatch, TempError, PermError } kind = NoMatch;
        QString detail;
    };
    // The record of a node, or (without one) the node's result.
    struct RecordLookup {
        std::optional<SpfRecord> record;
        Result result;
    };

    // spfhostcheck.cpp
    Result finish(int index, SpfResult result, const QString& reason, int node = -1, int term = -1);
    util::Task<RecordLookup> lookUpRecord(QString domain, int index);
    util::Task<std::optional<Result>> evaluateDirective(SpfTerm term, QString domain, int index,
                                                        int position);
    util::Task<Result> followRedirect(SpfTerm term, QString domain, int index);
    std::optional<Result> countLookup(int index, SpfTermTrace& trace, bool redirect);
    bool noteVoid(const dns::DnsResult& r);
    QString voidLimitText();

    // spfmechanism.cpp
    util::Task<MechanismOutcome> evaluateMechanism(SpfTerm term, QString domain, int node, int traceIndex);
    util::Task<MechanismOutcome> evaluateInclude(QString target, int node);
    util::Task<MechanismOutcome> evaluatePtr(QString target);
    util::Task<MechanismOutcome> evaluateExists(QString target);
    util::Task<MechanismOutcome> evaluateMx(QString target, SpfTerm term);
    MechanismOutcome addressOutcome(const dns::DnsResult& r, const SpfTerm& term);
    quint16 addressType() const;
    static bool inRange(const QHostAddress& candidate, const QHostAddress& ip, int prefix);
    static bool isV6(const QHostAddress& ip);

    // spfhostnames.cpp
    util::Task<bool> resolveValidatedName(QString domain);
    util::Task<QStringList> validatedNames();
    util::Task<std::optional<QString>> expandTarget(QString spec, QString domain, QString* error);
    void prefetchRecord(const SpfRecord& record, const QString& domain);

    SpfDns& m_dns;
    const SpfRequest& m_request;
    SpfEvaluation& m_eval;
    SpfMacroContext& m_macros;
    QList<std::optional<SpfRecord>> m_records; // parallel to m_eval.nodes
    bool m_validatedNameKnown = false;
};

} // namespace rebound::auth
