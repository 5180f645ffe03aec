#include "core/auth/spfhostcheck.h"

#include "core/auth/spfdns.h"
#include "core/util/jsonutil.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rebound::auth {

using util::Task;

using dns::DnsResult;
using dns::Outcome;
using dns::RecordType;

namespace {

// RFC 7208 4.3: a name check_host() can work on. Labels of 1..63 octets, at least two labels, at
// most 253 octets, and not an address literal.
bool isCheckableDomain(const QString& domain) {
    if (domain.isEmpty() || domain.startsWith(u'[') || domain.toUtf8().size() > 253)
        return false;
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QString& label : labels) {
        const qsizetype size = label.toUtf8().size();
        if (size == 0 || size > 63)
            return false;
    }
    return true;
}

SpfResult resultOf(SpfQualifier qualifier) {
    switch (qualifier) {
    case SpfQualifier::Pass:
        return SpfResult::Pass;
    case SpfQualifier::Fail:
        return SpfResult::Fail;
    case SpfQualifier::SoftFail:
        return SpfResult::SoftFail;
    case SpfQualifier::Neutral:
        return SpfResult::Neutral;
    }
    return SpfResult::Neutral;
}

} // namespace

void finalizeSpfBranchCounts(SpfEvaluation& eval) {
    for (int i = 0; i < eval.nodes.size(); ++i) {
        int own = 0;
        for (const SpfTermTrace& term : std::as_const(eval.nodes[i].terms))
            own += term.lookupNumber > 0 ? 1 : 0;
        for (int n = i; n >= 0; n = eval.nodes[n].parent)
            eval.nodes[n].lookupsInBranch += own;
    }
}

SpfHostCheck::SpfHostCheck(SpfDns& dns, const SpfRequest& request, SpfEvaluation& eval,
                           SpfMacroContext& macros)
    : m_dns(dns)
    , m_request(request)
    , m_eval(eval)
    , m_macros(macros) {
}

SpfHostCheck::Result SpfHostCheck::finish(int index, SpfResult result, const QString& reason, int node,
                                          int term) {
    m_eval.nodes[index].result = result;
    m_eval.nodes[index].reason = reason;
    return Result{result, reason, node, term};
}

// --- limits -----------------------------------------------------------------------------------------

bool SpfHostCheck::noteVoid(const DnsResult& r) {
    if (!isVoidAnswer(r))
        return true;
    ++m_eval.voidLookups;
    return m_eval.voidLookups <= m_request.maxVoidLookups;
}

QString SpfHostCheck::voidLimitText() {
    m_eval.voidLimitExceeded = true;
    return QCoreApplication::translate(
               "rebound::auth",
               "more than %1 DNS lookups returned no records (void lookup limit, RFC 7208 4.6.4)")
        .arg(m_request.maxVoidLookups);
}

// Counts one DNS-querying term (trace gets its number); past the limit the node ends in permerror.
std::optional<SpfHostCheck::Result> SpfHostCheck::countLookup(int index, SpfTermTrace& trace, bool redirect) {
    ++m_eval.lookups;
    trace.lookupNumber = m_eval.lookups;
    if (m_eval.lookups <= m_request.maxLookups)
        return std::nullopt;
    trace.outcome = SpfTermTrace::Outcome::Error;
    trace.detail = QCoreApplication::translate("rebound::auth", "over the DNS lookup limit");
    m_eval.nodes[index].terms << trace;
    m_eval.lookupLimitExceeded = true;
    return finish(index, SpfResult::PermError,
                  redirect
                      ? QCoreApplication::translate(
                            "rebound::auth", "more than %1 DNS-querying terms were needed (RFC 7208 4.6.4)")
                            .arg(m_request.maxLookups)
                      : QCoreApplication::translate("rebound::auth",
                                                    "more than %1 DNS-querying terms (include, a, mx, ptr, "
                                                    "exists, redirect) were needed (RFC 7208 4.6.4)")
                            .arg(m_request.maxLookups));
}

// --- check_host() -----------------------------------------------------------------------------------

Task<SpfHostCheck::Result> SpfHostCheck::checkHost(QString domain, QString via, int parent) {
    const int index = int(m_eval.nodes.size());
    SpfNode fresh;
    fresh.domain = domain;
    fresh.via = via;
    fresh.parent = parent;
    m_eval.nodes.append(fresh);
    m_records.append(std::nullopt);

    const RecordLookup found = co_await lookUpRecord(domain, index);
    if (!found.record)
        co_return found.result;
    const SpfRecord record = *found.record;
    m_records[index] = record;
    prefetchRecord(record, domain);
    for (int i = 0; i < record.directives.size(); ++i) {
        const std::optional<Result> decided =
            co_await evaluateDirective(record.directives.at(i), domain, index, i);
        if (decided)
            co_return *decided;
    }
    if (record.redirect && !record.hasAll)
        co_return co_await followRedirect(*record.redirect, domain, index);
    co_return finish(
        index, SpfResult::Neutral,
        QCoreApplication::translate("rebound::auth", "no term matched; the default result is neutral"));
}

// The one SPF record of the domain (RFC 7208 4.4 and 4.5), parsed; without one, the node's result.
Task<SpfHostCheck::RecordLookup> SpfHostCheck::lookUpRecord(QString domain, int index) {
    if (!isCheckableDomain(domain))
        co_return RecordLookup{
            std::nullopt,
            finish(index, SpfResult::None,
                   QCoreApplication::translate("rebound::auth",
                                               "not a valid, fully qualified domain name (RFC 7208 4.3)"))};
    const DnsResult txt = co_await m_dns.fetch(domain, RecordType::TXT);
    if (txt.outcome == Outcome::NxDomain || txt.outcome == Outcome::InvalidQuery) {
        if (!noteVoid(txt))
            co_return RecordLookup{std::nullopt, finish(index, SpfResult::PermError, voidLimitText())};
        co_return RecordLookup{
            std::nullopt,
            finish(index, SpfResult::None,
                   QCoreApplication::translate("rebound::auth", "the domain does not exist (NXDOMAIN)"))};
    }
    if (isDnsError(txt))
        co_return RecordLookup{
            std::nullopt, finish(index, SpfResult::TempError,
                                 QCoreApplication::translate("rebound::auth", "the TXT lookup failed: %1")
                                     .arg(describeAnswer(txt)))};
    if (!noteVoid(txt))
        co_return RecordLookup{std::nullopt, finish(index, SpfResult::PermError, voidLimitText())};
    SpfNode& node = m_eval.nodes[index];
    node.txtNeededTcp = txt.truncatedOverUdp || txt.usedTcp;
    QList<QByteArray> spf;
    for (const auto& record : txt.records()) {
        node.txtAnswerBytes += int(record.rdata.size());
        const QByteArray joined = record.txtJoined();
        if (isSpfRecord(joined))
            spf << joined;
    }
    if (spf.isEmpty())
        co_return RecordLookup{
            std::nullopt,
            finish(index, SpfResult::None,
                   QCoreApplication::translate("rebound::auth",
                                               "no SPF record (no TXT record starting with \"v=spf1\")"))};
    node.record = util::escapeUntrusted(spf.first());
    if (spf.size() > 1) {
        for (qsizetype i = 1; i < spf.size(); ++i)
            node.otherRecords << util::escapeUntrusted(spf.at(i));
        co_return RecordLookup{
            std::nullopt,
            finish(index, SpfResult::PermError,
                   QCoreApplication::translate("rebound::auth",
                                               "%1 SPF records are published; there must be exactly one")
                       .arg(spf.size()))};
    }
    const SpfParseResult parsed = parseSpfRecord(spf.first());
    if (!parsed.record) {
        node.syntaxError = true;
        co_return RecordLookup{
            std::nullopt,
            finish(index, SpfResult::PermError,
                   QCoreApplication::translate("rebound::auth", "syntax error at position %1 ('%2'): %3")
                       .arg(parsed.error->position)
                       .arg(parsed.error->term, parsed.error->message))};
    }
    co_return RecordLookup{*parsed.record, {}};
}

// One directive, traced: its result when it decides the node, nothing when evaluation goes on.
Task<std::optional<SpfHostCheck::Result>> SpfHostCheck::evaluateDirective(SpfTerm term, QString domain,
                                                                          int index, int position) {
    SpfTermTrace trace;
    trace.term = term.text;
    trace.position = term.position;
    if (term.countsLookup()) {
        if (const auto over = countLookup(index, trace, false))
            co_return over;
    }
    const int traceIndex = int(m_eval.nodes[index].terms.size());
    m_eval.nodes[index].terms << trace;
    const MechanismOutcome outcome = co_await evaluateMechanism(term, domain, index, traceIndex);
    SpfTermTrace& stored = m_eval.nodes[index].terms[traceIndex];
    if (stored.detail.isEmpty())
        stored.detail = outcome.detail;
    switch (outcome.kind) {
    case MechanismOutcome::Match:
        stored.outcome = SpfTermTrace::Outcome::Matched;
        co_return finish(index, resultOf(term.qualifier),
                         QCoreApplication::translate("rebound::auth", "'%1' matched").arg(term.text), index,
                         position);
    case MechanismOutcome::NoMatch:
        stored.outcome = SpfTermTrace::Outcome::NotMatched;
        break;
    case MechanismOutcome::TempError:
        stored.outcome = SpfTermTrace::Outcome::Error;
        co_return finish(index, SpfResult::TempError,
                         QStringLiteral("'%1': %2").arg(term.text, outcome.detail));
    case MechanismOutcome::PermError:
        stored.outcome = SpfTermTrace::Outcome::Error;
        co_return finish(index, SpfResult::PermError,
                         QStringLiteral("'%1': %2").arg(term.text, outcome.detail));
    }
    co_return std::nullopt;
}

// redirect= (RFC 7208 6.1): the target's result becomes this domain's; a target without a record is
// a permerror.
Task<SpfHostCheck::Result> SpfHostCheck::followRedirect(SpfTerm term, QString domain, int index) {
    SpfTermTrace trace;
    trace.term = term.text;
    trace.position = term.position;
    if (const auto over = countLookup(index, trace, true))
        co_return *over;
    QString error;
    const auto target = co_await expandTarget(term.modifierValue, domain, &error);
    if (!target) {
        trace.outcome = SpfTermTrace::Outcome::Error;
        trace.detail = error;
        m_eval.nodes[index].terms << trace;
        co_return finish(index, SpfResult::PermError, QStringLiteral("'%1': %2").arg(term.text, error));
    }
    trace.target = *target;
    trace.child = int(m_eval.nodes.size());
    const int traceIndex = int(m_eval.nodes[index].terms.size());
    m_eval.nodes[index].terms << trace;
    const Result sub = co_await checkHost(*target, u"redirect"_s, index);
    SpfTermTrace& stored = m_eval.nodes[index].terms[traceIndex];
    if (sub.result == SpfResult::None) {
        stored.outcome = SpfTermTrace::Outcome::Error;
        stored.detail =
            QCoreApplication::translate("rebound::auth", "the redirect target has no SPF record: %1")
                .arg(sub.reason);
        co_return finish(
            index, SpfResult::PermError,
            QCoreApplication::translate("rebound::auth", "redirect to %1, which has no SPF record")
                .arg(*target));
    }
    stored.outcome = sub.result == SpfResult::TempError || sub.result == SpfResult::PermError
                         ? SpfTermTrace::Outcome::Error
                         : SpfTermTrace::Outcome::Matched;
    stored.detail = QCoreApplication::translate("rebound::auth", "result %1").arg(spfResultName(sub.result));
    finish(index, sub.result, QStringLiteral("redirect=%1: %2").arg(*target, sub.reason));
    co_return sub;
}

} // namespace rebound::auth
