#include "core/auth/spfevaluator.h"

#include "core/auth/spfmacro.h"
#include "core/auth/spfrecord.h"
#include "core/dns/ipaddress.h"
#include "core/dns/resolver.h"
#include "core/util/jsonutil.h"
#include "core/util/task.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

#include <vector>

using namespace Qt::StringLiterals;

namespace rebound::auth {

using dns::DnsResult;
using dns::Outcome;
using dns::RecordType;
using util::Task;

namespace {

struct CacheEntry {
    bool done = false;
    DnsResult result;
    dns::QueryId id = 0;
    std::vector<std::coroutine_handle<>> waiters;
};

struct HostResult {
    SpfResult result = SpfResult::None;
    QString reason;
    int decidingNode = -1;
    int decidingTerm = -1;
};

struct MechanismOutcome {
    enum Kind { Match, NoMatch, TempError, PermError } kind = NoMatch;
    QString detail;
};

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

// A name that can be sent at all; others behave like a name with no data (as pyspf does).
bool isQueryableName(const QString& name) {
    if (name.isEmpty() || name.toUtf8().size() > 253)
        return false;
    for (const QString& label : name.split(u'.')) {
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

QString typeName(quint16 type) {
    return dns::recordTypeName(type);
}

QString describe(const DnsResult& r) {
    switch (r.outcome) {
    case Outcome::Answer:
        return QCoreApplication::translate("rebound::auth", "%1 %2 record(s)")
            .arg(r.records().size())
            .arg(typeName(r.type));
    case Outcome::NoData:
        return QCoreApplication::translate("rebound::auth", "no %1 records (NODATA)").arg(typeName(r.type));
    case Outcome::NxDomain:
        return QCoreApplication::translate("rebound::auth", "the name does not exist (NXDOMAIN)");
    case Outcome::InvalidQuery:
        return QCoreApplication::translate("rebound::auth", "not a valid DNS name");
    default:
        return r.error.isEmpty() ? QCoreApplication::translate("rebound::auth", "%1 for %2 %3")
                                       .arg(dns::outcomeName(r.outcome), r.name, typeName(r.type))
                                 : QCoreApplication::translate("rebound::auth", "%1 for %2 %3: %4")
                                       .arg(dns::outcomeName(r.outcome), r.name, typeName(r.type), r.error);
    }
}

bool isVoid(const DnsResult& r) {
    return r.outcome == Outcome::NxDomain || r.outcome == Outcome::NoData
           || r.outcome == Outcome::InvalidQuery || (r.outcome == Outcome::Answer && r.records().isEmpty());
}

bool isDnsError(const DnsResult& r) {
    return !isVoid(r) && r.outcome != Outcome::Answer;
}

bool inRange(const QHostAddress& candidate, const QHostAddress& ip, int prefix) {
    const QHostAddress a = spfEffectiveIp(candidate);
    const QHostAddress b = spfEffectiveIp(ip);
    if (a.protocol() != b.protocol())
        return false;
    return b.isInSubnet(a, prefix);
}

bool isV6(const QHostAddress& ip) {
    return spfEffectiveIp(ip).protocol() == QAbstractSocket::IPv6Protocol;
}

} // namespace

struct SpfEvaluator::Run {
    dns::Resolver* resolver = nullptr;
    SpfRequest request;
    std::unique_ptr<QObject> context = std::make_unique<QObject>();
    QHash<QString, std::shared_ptr<CacheEntry>> cache;
    SpfEvaluation eval;
    SpfMacroContext macros;
    QList<std::optional<SpfRecord>> records; // parallel to eval.nodes
    QElapsedTimer timer;
    Task<bool> root;
    bool validatedNameKnown = false;
    int prefetchBudget = 40;
    bool finished = false;

    ~Run() {
        context.reset(); // drops every pending callback
        for (const auto& entry : std::as_const(cache)) {
            if (!entry->done && entry->id)
                resolver->cancel(entry->id);
        }
    }

    // --- DNS with a per-evaluation cache -----------------------------------------------------------

    std::shared_ptr<CacheEntry> entryFor(const QString& name, quint16 type) {
        const QString key = QString::number(type) + u'|' + name.toLower();
        if (auto it = cache.constFind(key); it != cache.constEnd())
            return *it;
        auto entry = std::make_shared<CacheEntry>();
        cache.insert(key, entry);
        if (!isQueryableName(name)) {
            entry->done = true;
            entry->result.name = name;
            entry->result.type = type;
            entry->result.outcome = Outcome::InvalidQuery;
            entry->result.error = QCoreApplication::translate("rebound::auth", "not a valid DNS name");
            return entry;
        }
        ++eval.dnsQueries;
        std::weak_ptr<CacheEntry> weak = entry;
        entry->id = resolver->query(name, type, context.get(), [weak](const DnsResult& r) {
            const auto e = weak.lock();
            if (!e)
                return;
            e->done = true;
            e->result = r;
            const auto waiters = std::exchange(e->waiters, {});
            for (const auto waiter : waiters)
                waiter.resume();
        });
        return entry;
    }

    struct Fetch {
        std::shared_ptr<CacheEntry> entry;
        Run* run;
        bool await_ready() const noexcept { return entry->done; }
        void await_suspend(std::coroutine_handle<> handle) {
            ++run->eval.roundTrips;
            entry->waiters.push_back(handle);
        }
        DnsResult await_resume() const { return entry->result; }
    };

    Fetch fetch(const QString& name, quint16 type) { return Fetch{entryFor(name, type), this}; }
    Fetch fetch(const QString& name, RecordType type) { return fetch(name, static_cast<quint16>(type)); }

    void prefetch(const QString& name, RecordType type) {
        if (!request.prefetch || prefetchBudget <= 0 || !isQueryableName(name))
            return;
        const QString key = QString::number(int(type)) + u'|' + name.toLower();
        if (cache.contains(key))
            return;
        --prefetchBudget;
        entryFor(name, static_cast<quint16>(type));
    }

    // --- limits -------------------------------------------------------------------------------------

    // Counts one void answer; false when that exceeds the limit.
    bool noteVoid(const DnsResult& r) {
        if (!isVoid(r))
            return true;
        ++eval.voidLookups;
        return eval.voidLookups <= request.maxVoidLookups;
    }

    // The reason of a void-lookup permerror; notes that the limit was hit.
    QString voidLimitText() {
        eval.voidLimitExceeded = true;
        return QCoreApplication::translate(
                   "rebound::auth",
                   "more than %1 DNS lookups returned no records (void lookup limit, RFC 7208 4.6.4)")
            .arg(request.maxVoidLookups);
    }

    quint16 addressType() const {
        return request.ip && isV6(*request.ip) ? quint16(RecordType::AAAA) : quint16(RecordType::A);
    }

    // --- macros -------------------------------------------------------------------------------------

    // The validated name of the client IP for %{p} (RFC 7208 7.3), found once per evaluation.
    Task<bool> resolveValidatedName(QString domain) {
        if (validatedNameKnown || !request.ip)
            co_return true;
        validatedNameKnown = true;
        const QStringList names = co_await validatedNames();
        if (names.isEmpty())
            co_return true;
        QString chosen = names.first();
        for (const QString& name : names) {
            if (name.compare(domain, Qt::CaseInsensitive) == 0) {
                chosen = name;
                break;
            }
            if (name.endsWith(u'.' + domain, Qt::CaseInsensitive))
                chosen = name;
        }
        macros.validatedName = chosen;
        co_return true;
    }

    // PTR names of the client IP whose addresses include it (at most maxNames names are tried).
    Task<QStringList> validatedNames() {
        QStringList validated;
        const DnsResult ptr =
            co_await fetch(dns::reverseLookupName(spfEffectiveIp(*request.ip)), RecordType::PTR);
        if (ptr.outcome != Outcome::Answer)
            co_return validated;
        QStringList names;
        for (const auto& record : ptr.records())
            names << record.target;
        names = names.mid(0, request.maxNames);
        for (const QString& name : std::as_const(names))
            prefetch(name, static_cast<RecordType>(addressType()));
        for (const QString& name : std::as_const(names)) {
            const DnsResult addresses = co_await fetch(name, addressType());
            for (const auto& record : addresses.records()) {
                if (inRange(record.address, *request.ip, isV6(*request.ip) ? 128 : 32)) {
                    validated << name;
                    break;
                }
            }
        }
        co_return validated;
    }

    Task<std::optional<QString>> expandTarget(QString spec, QString domain, QString* error) {
        if (spec.isEmpty())
            co_return domain;
        if (usesPtrMacro(spec))
            co_await resolveValidatedName(domain);
        macros.domain = domain;
        co_return expandDomainSpec(spec, macros, error);
    }

    // --- prefetch of what a record will need -----------------------------------------------------------

    void prefetchRecord(const SpfRecord& record, const QString& domain) {
        if (!request.prefetch)
            return;
        macros.domain = domain;
        auto simpleTarget = [&](const QString& spec) -> std::optional<QString> {
            if (spec.isEmpty())
                return domain;
            if (usesPtrMacro(spec) || (!request.ip && usesIpMacro(spec)))
                return std::nullopt;
            return expandDomainSpec(spec, macros);
        };
        int counted = 0;
        for (const SpfTerm& term : record.directives) {
            if (term.countsLookup() && ++counted > request.maxLookups)
                break;
            const auto target = simpleTarget(term.domainSpec);
            if (!target)
                continue;
            switch (term.mechanism) {
            case SpfMechanism::Include:
                prefetch(*target, RecordType::TXT);
                break;
            case SpfMechanism::A:
                prefetch(*target, static_cast<RecordType>(addressType()));
                break;
            case SpfMechanism::Mx:
                prefetch(*target, RecordType::MX);
                break;
            case SpfMechanism::Exists:
                prefetch(*target, RecordType::A);
                break;
            default:
                break;
            }
        }
        if (record.redirect && !record.hasAll) {
            if (const auto target = simpleTarget(record.redirect->modifierValue))
                prefetch(*target, RecordType::TXT);
        }
    }

    // --- check_host() -----------------------------------------------------------------------------------

    Task<HostResult> checkHost(QString domain, QString via, int parent) {
        const int index = int(eval.nodes.size());
        SpfNode fresh;
        fresh.domain = domain;
        fresh.via = via;
        fresh.parent = parent;
        eval.nodes.append(fresh);
        records.append(std::nullopt);
        auto finish = [this, index](SpfResult result, const QString& reason, int node = -1, int term = -1) {
            eval.nodes[index].result = result;
            eval.nodes[index].reason = reason;
            return HostResult{result, reason, node, term};
        };

        if (!isCheckableDomain(domain))
            co_return finish(SpfResult::None,
                             QCoreApplication::translate(
                                 "rebound::auth", "not a valid, fully qualified domain name (RFC 7208 4.3)"));
        const DnsResult txt = co_await fetch(domain, RecordType::TXT);
        if (txt.outcome == Outcome::NxDomain || txt.outcome == Outcome::InvalidQuery) {
            if (!noteVoid(txt))
                co_return finish(SpfResult::PermError, voidLimitText());
            co_return finish(SpfResult::None, QCoreApplication::translate(
                                                  "rebound::auth", "the domain does not exist (NXDOMAIN)"));
        }
        if (isDnsError(txt))
            co_return finish(
                SpfResult::TempError,
                QCoreApplication::translate("rebound::auth", "the TXT lookup failed: %1").arg(describe(txt)));
        if (!noteVoid(txt))
            co_return finish(SpfResult::PermError, voidLimitText());
        eval.nodes[index].txtNeededTcp = txt.truncatedOverUdp || txt.usedTcp;
        QList<QByteArray> spf;
        for (const auto& record : txt.records()) {
            eval.nodes[index].txtAnswerBytes += int(record.rdata.size());
            const QByteArray joined = record.txtJoined();
            if (isSpfRecord(joined))
                spf << joined;
        }
        if (spf.isEmpty())
            co_return finish(SpfResult::None,
                             QCoreApplication::translate(
                                 "rebound::auth", "no SPF record (no TXT record starting with \"v=spf1\")"));
        eval.nodes[index].record = util::escapeUntrusted(spf.first());
        if (spf.size() > 1) {
            for (qsizetype i = 1; i < spf.size(); ++i)
                eval.nodes[index].otherRecords << util::escapeUntrusted(spf.at(i));
            co_return finish(SpfResult::PermError,
                             QCoreApplication::translate(
                                 "rebound::auth", "%1 SPF records are published; there must be exactly one")
                                 .arg(spf.size()));
        }
        const SpfParseResult parsed = parseSpfRecord(spf.first());
        if (!parsed.record) {
            eval.nodes[index].syntaxError = true;
            co_return finish(
                SpfResult::PermError,
                QCoreApplication::translate("rebound::auth", "syntax error at position %1 ('%2'): %3")
                    .arg(parsed.error->position)
                    .arg(parsed.error->term, parsed.error->message));
        }
        const SpfRecord record = *parsed.record;
        records[index] = record;
        prefetchRecord(record, domain);

        for (int i = 0; i < record.directives.size(); ++i) {
            const SpfTerm& term = record.directives.at(i);
            SpfTermTrace trace;
            trace.term = term.text;
            trace.position = term.position;
            if (term.countsLookup()) {
                ++eval.lookups;
                trace.lookupNumber = eval.lookups;
                if (eval.lookups > request.maxLookups) {
                    trace.outcome = SpfTermTrace::Outcome::Error;
                    trace.detail = QCoreApplication::translate("rebound::auth", "over the DNS lookup limit");
                    eval.nodes[index].terms << trace;
                    eval.lookupLimitExceeded = true;
                    co_return finish(SpfResult::PermError,
                                     QCoreApplication::translate(
                                         "rebound::auth",
                                         "more than %1 DNS-querying terms (include, a, mx, ptr, exists, "
                                         "redirect) were needed (RFC 7208 4.6.4)")
                                         .arg(request.maxLookups));
                }
            }
            const int traceIndex = int(eval.nodes[index].terms.size());
            eval.nodes[index].terms << trace;
            const MechanismOutcome outcome = co_await evaluateMechanism(term, domain, index, traceIndex);
            SpfTermTrace& stored = eval.nodes[index].terms[traceIndex];
            if (stored.detail.isEmpty())
                stored.detail = outcome.detail;
            switch (outcome.kind) {
            case MechanismOutcome::Match:
                stored.outcome = SpfTermTrace::Outcome::Matched;
                co_return finish(resultOf(term.qualifier),
                                 QCoreApplication::translate("rebound::auth", "'%1' matched").arg(term.text),
                                 index, i);
            case MechanismOutcome::NoMatch:
                stored.outcome = SpfTermTrace::Outcome::NotMatched;
                break;
            case MechanismOutcome::TempError:
                stored.outcome = SpfTermTrace::Outcome::Error;
                co_return finish(SpfResult::TempError,
                                 QStringLiteral("'%1': %2").arg(term.text, outcome.detail));
            case MechanismOutcome::PermError:
                stored.outcome = SpfTermTrace::Outcome::Error;
                co_return finish(SpfResult::PermError,
                                 QStringLiteral("'%1': %2").arg(term.text, outcome.detail));
            }
        }

        if (record.redirect && !record.hasAll) {
            const SpfTerm& term = *record.redirect;
            SpfTermTrace trace;
            trace.term = term.text;
            trace.position = term.position;
            ++eval.lookups;
            trace.lookupNumber = eval.lookups;
            if (eval.lookups > request.maxLookups) {
                trace.outcome = SpfTermTrace::Outcome::Error;
                trace.detail = QCoreApplication::translate("rebound::auth", "over the DNS lookup limit");
                eval.nodes[index].terms << trace;
                eval.lookupLimitExceeded = true;
                co_return finish(
                    SpfResult::PermError,
                    QCoreApplication::translate(
                        "rebound::auth", "more than %1 DNS-querying terms were needed (RFC 7208 4.6.4)")
                        .arg(request.maxLookups));
            }
            QString error;
            const auto target = co_await expandTarget(term.modifierValue, domain, &error);
            if (!target) {
                trace.outcome = SpfTermTrace::Outcome::Error;
                trace.detail = error;
                eval.nodes[index].terms << trace;
                co_return finish(SpfResult::PermError, QStringLiteral("'%1': %2").arg(term.text, error));
            }
            trace.target = *target;
            trace.child = int(eval.nodes.size());
            const int traceIndex = int(eval.nodes[index].terms.size());
            eval.nodes[index].terms << trace;
            HostResult sub = co_await checkHost(*target, u"redirect"_s, index);
            SpfTermTrace& stored = eval.nodes[index].terms[traceIndex];
            if (sub.result == SpfResult::None) {
                stored.outcome = SpfTermTrace::Outcome::Error;
                stored.detail =
                    QCoreApplication::translate("rebound::auth", "the redirect target has no SPF record: %1")
                        .arg(sub.reason);
                co_return finish(
                    SpfResult::PermError,
                    QCoreApplication::translate("rebound::auth", "redirect to %1, which has no SPF record")
                        .arg(*target));
            }
            stored.outcome = sub.result == SpfResult::TempError || sub.result == SpfResult::PermError
                                 ? SpfTermTrace::Outcome::Error
                                 : SpfTermTrace::Outcome::Matched;
            stored.detail =
                QCoreApplication::translate("rebound::auth", "result %1").arg(spfResultName(sub.result));
            finish(sub.result, QStringLiteral("redirect=%1: %2").arg(*target, sub.reason));
            co_return sub;
        }
        co_return finish(
            SpfResult::Neutral,
            QCoreApplication::translate("rebound::auth", "no term matched; the default result is neutral"));
    }

    Task<MechanismOutcome> evaluateMechanism(SpfTerm term, QString domain, int node, int traceIndex) {
        const bool haveIp = request.ip.has_value();
        switch (term.mechanism) {
        case SpfMechanism::All:
            co_return MechanismOutcome{MechanismOutcome::Match,
                                       QCoreApplication::translate("rebound::auth", "always matches")};
        case SpfMechanism::Ip4:
        case SpfMechanism::Ip6: {
            const int prefix = term.mechanism == SpfMechanism::Ip4 ? term.cidr4 : term.cidr6;
            if (!haveIp)
                co_return MechanismOutcome{
                    MechanismOutcome::NoMatch,
                    QCoreApplication::translate("rebound::auth", "no client IP given")};
            const bool match = inRange(term.network, *request.ip, prefix);
            co_return MechanismOutcome{
                match ? MechanismOutcome::Match : MechanismOutcome::NoMatch,
                match ? QCoreApplication::translate("rebound::auth", "the IP is in this network")
                      : QCoreApplication::translate("rebound::auth", "the IP is not in this network")};
        }
        default:
            break;
        }

        if (!haveIp && usesIpMacro(term.domainSpec))
            co_return MechanismOutcome{MechanismOutcome::NoMatch,
                                       QCoreApplication::translate(
                                           "rebound::auth", "depends on the client IP, which was not given")};
        QString error;
        const auto target = co_await expandTarget(term.domainSpec, domain, &error);
        if (!target)
            co_return MechanismOutcome{MechanismOutcome::PermError, error};
        eval.nodes[node].terms[traceIndex].target = *target;

        switch (term.mechanism) {
        case SpfMechanism::Include: {
            eval.nodes[node].terms[traceIndex].child = int(eval.nodes.size());
            const HostResult sub = co_await checkHost(*target, u"include"_s, node);
            const QString detail = QCoreApplication::translate("rebound::auth", "%1 returned %2")
                                       .arg(*target, spfResultName(sub.result));
            switch (sub.result) {
            case SpfResult::Pass:
                co_return MechanismOutcome{MechanismOutcome::Match, detail};
            case SpfResult::Fail:
            case SpfResult::SoftFail:
            case SpfResult::Neutral:
                co_return MechanismOutcome{MechanismOutcome::NoMatch, detail};
            case SpfResult::TempError:
                co_return MechanismOutcome{MechanismOutcome::TempError, detail + u": "_s + sub.reason};
            case SpfResult::None:
                co_return MechanismOutcome{
                    MechanismOutcome::PermError,
                    QCoreApplication::translate("rebound::auth", "the included domain %1 has no SPF record")
                        .arg(*target)};
            case SpfResult::PermError:
                co_return MechanismOutcome{MechanismOutcome::PermError, detail + u": "_s + sub.reason};
            }
            break;
        }
        case SpfMechanism::A: {
            const DnsResult r = co_await fetch(*target, addressType());
            co_return addressOutcome(r, term);
        }
        case SpfMechanism::Mx:
            co_return co_await evaluateMx(*target, term);
        case SpfMechanism::Ptr: {
            if (!haveIp)
                co_return MechanismOutcome{
                    MechanismOutcome::NoMatch,
                    QCoreApplication::translate("rebound::auth", "no client IP given")};
            const QStringList names = co_await validatedNames();
            for (const QString& name : names) {
                if (name.compare(*target, Qt::CaseInsensitive) == 0
                    || name.endsWith(u'.' + *target, Qt::CaseInsensitive))
                    co_return MechanismOutcome{
                        MechanismOutcome::Match,
                        QCoreApplication::translate("rebound::auth", "validated PTR name %1").arg(name)};
            }
            co_return MechanismOutcome{
                MechanismOutcome::NoMatch,
                names.isEmpty() ? QCoreApplication::translate("rebound::auth", "no validated PTR name")
                                : QCoreApplication::translate("rebound::auth", "validated PTR names: %1")
                                      .arg(names.join(u", "_s))};
        }
        case SpfMechanism::Exists: {
            const DnsResult r = co_await fetch(*target, RecordType::A);
            if (isDnsError(r))
                co_return MechanismOutcome{MechanismOutcome::TempError, describe(r)};
            if (!noteVoid(r))
                co_return MechanismOutcome{MechanismOutcome::PermError, voidLimitText()};
            const bool match = !r.records().isEmpty() && haveIp;
            co_return MechanismOutcome{match ? MechanismOutcome::Match : MechanismOutcome::NoMatch,
                                       describe(r)};
        }
        default:
            break;
        }
        co_return MechanismOutcome{};
    }

    MechanismOutcome addressOutcome(const DnsResult& r, const SpfTerm& term) {
        if (isDnsError(r))
            return {MechanismOutcome::TempError, describe(r)};
        if (!noteVoid(r))
            return {MechanismOutcome::PermError, voidLimitText()};
        if (request.ip) {
            for (const auto& record : r.records()) {
                if (inRange(record.address, *request.ip, isV6(*request.ip) ? term.cidr6 : term.cidr4))
                    return {MechanismOutcome::Match, QCoreApplication::translate("rebound::auth", "%1 has %2")
                                                         .arg(r.name, record.address.toString())};
            }
        }
        return {MechanismOutcome::NoMatch, describe(r)};
    }

    Task<MechanismOutcome> evaluateMx(QString target, SpfTerm term) {
        const DnsResult mx = co_await fetch(target, RecordType::MX);
        if (isDnsError(mx))
            co_return MechanismOutcome{MechanismOutcome::TempError, describe(mx)};
        if (!noteVoid(mx))
            co_return MechanismOutcome{MechanismOutcome::PermError, voidLimitText()};
        auto records = mx.records();
        if (records.size() > request.maxNames)
            co_return MechanismOutcome{
                MechanismOutcome::PermError,
                QCoreApplication::translate(
                    "rebound::auth", "%1 MX records; an mx term may look up at most %2 (RFC 7208 4.6.4)")
                    .arg(records.size())
                    .arg(request.maxNames)};
        std::stable_sort(
            records.begin(), records.end(),
            [](const dns::DnsRecord& a, const dns::DnsRecord& b) { return a.preference < b.preference; });
        for (const auto& record : std::as_const(records)) {
            if (!record.target.isEmpty() && record.target != u".")
                prefetch(record.target, static_cast<RecordType>(addressType()));
        }
        MechanismOutcome outcome{MechanismOutcome::NoMatch, describe(mx)};
        for (const auto& record : std::as_const(records)) {
            if (record.target.isEmpty() || record.target == u".")
                continue; // a null MX names no host
            const DnsResult r = co_await fetch(record.target, addressType());
            const MechanismOutcome one = addressOutcome(r, term);
            if (one.kind == MechanismOutcome::TempError || one.kind == MechanismOutcome::PermError)
                co_return MechanismOutcome{one.kind, record.target + u": "_s + one.detail};
            if (one.kind == MechanismOutcome::Match && outcome.kind != MechanismOutcome::Match)
                outcome = MechanismOutcome{MechanismOutcome::Match,
                                           QStringLiteral("MX %1: %2").arg(record.target, one.detail)};
        }
        co_return outcome;
    }

    // --- explanation (RFC 7208 6.2)
    // -------------------------------------------------------------------------

    Task<bool> computeExplanation(int node) {
        if (node < 0 || node >= records.size() || !records.at(node) || !records.at(node)->explanation)
            co_return false;
        const QString domain = eval.nodes.at(node).domain;
        QString error;
        const auto target =
            co_await expandTarget(records.at(node)->explanation->modifierValue, domain, &error);
        if (!target || !isQueryableName(*target))
            co_return false;
        const DnsResult txt = co_await fetch(*target, RecordType::TXT);
        if (txt.outcome != Outcome::Answer || txt.records().size() != 1)
            co_return false;
        const QByteArray bytes = txt.records().first().txtJoined();
        for (const char c : bytes) {
            if (static_cast<unsigned char>(c) > 0x7e || (static_cast<unsigned char>(c) < 0x20))
                co_return false;
        }
        const QString text = QString::fromLatin1(bytes);
        if (usesPtrMacro(text))
            co_await resolveValidatedName(domain);
        macros.domain = domain;
        const auto expanded = expandSpfMacros(text, macros, true);
        if (!expanded)
            co_return false;
        eval.explanation = *expanded;
        eval.explanationFromRecord = true;
        co_return true;
    }

    // --- the whole evaluation
    // -------------------------------------------------------------------------------

    Task<bool> run(QPointer<SpfEvaluator> owner) {
        // RFC 7208 4.1 and 4.3: the identity, with postmaster as the default local-part.
        QString sender = request.sender.trimmed();
        if (sender.isEmpty())
            sender = u"postmaster@"_s + request.helo;
        QString localPart = u"postmaster"_s;
        QString senderDomain = sender;
        if (const qsizetype at = sender.lastIndexOf(u'@'); at >= 0) {
            if (at > 0)
                localPart = sender.left(at);
            senderDomain = sender.mid(at + 1);
        } else {
            sender = localPart + u'@' + sender;
        }
        if (senderDomain.endsWith(u'.'))
            senderDomain.chop(1);
        macros.sender = localPart + u'@' + senderDomain;
        macros.localPart = localPart;
        macros.senderDomain = senderDomain;
        macros.helo = request.helo;
        macros.receiver = request.receiver.isEmpty() ? u"unknown"_s : request.receiver;
        macros.timestamp = QDateTime::currentSecsSinceEpoch();
        if (request.ip)
            macros.ip = *request.ip;
        static const QRegularExpression upperHex(u"[A-F]"_s), lowerHex(u"[a-f]"_s);
        macros.upperCaseNibbles =
            request.ipSpelling.contains(upperHex) && !request.ipSpelling.contains(lowerHex);
        QString domain = request.domain.isEmpty() ? senderDomain : request.domain;
        if (domain.endsWith(u'.'))
            domain.chop(1);
        eval.domain = domain;
        eval.hasIp = request.ip.has_value();

        const HostResult result = co_await checkHost(domain, u"top"_s, -1);
        if (finished)
            co_return true; // the deadline already ended this evaluation
        eval.result = result.result;
        eval.reason = result.reason;
        eval.decidingNode = result.decidingNode;
        eval.decidingTerm = result.decidingTerm;
        eval.record = eval.nodes.isEmpty() ? QString() : eval.nodes.first().record;
        if (eval.result == SpfResult::Fail && eval.hasIp)
            co_await computeExplanation(result.decidingNode);
        finalizeBranchCounts();
        eval.elapsedMs = timer.elapsed();
        finished = true;
        if (owner)
            QTimer::singleShot(0, owner.data(), [owner] { owner->deliver(); });
        co_return true;
    }

    void finalizeBranchCounts() {
        for (int i = 0; i < eval.nodes.size(); ++i) {
            int own = 0;
            for (const SpfTermTrace& term : std::as_const(eval.nodes[i].terms))
                own += term.lookupNumber > 0 ? 1 : 0;
            for (int n = i; n >= 0; n = eval.nodes[n].parent)
                eval.nodes[n].lookupsInBranch += own;
        }
    }
};

SpfEvaluator::SpfEvaluator(dns::Resolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver) {
}

SpfEvaluator::~SpfEvaluator() = default;

void SpfEvaluator::start(const SpfRequest& request) {
    cancel();
    m_result = {};
    m_finished = false;
    m_run = std::make_unique<Run>();
    m_run->resolver = m_resolver;
    m_run->request = request;
    m_run->timer.start();
    m_run->root = m_run->run(QPointer<SpfEvaluator>(this));
    const quint64 generation = ++m_generation;
    QTimer::singleShot(request.deadlineMs, this, [this, generation] {
        if (!m_run || generation != m_generation || m_run->finished)
            return;
        Run* run = m_run.get();
        run->context.reset(); // drops the pending DNS callbacks: the coroutines never resume
        run->finished = true;
        run->eval.result = SpfResult::TempError;
        run->eval.reason = QCoreApplication::translate(
                               "rebound::auth", "the evaluation took longer than %1 ms (RFC 7208 4.6.4)")
                               .arg(run->request.deadlineMs);
        run->eval.elapsedMs = run->timer.elapsed();
        run->finalizeBranchCounts();
        deliver();
    });
    m_run->root.start();
}

void SpfEvaluator::cancel() {
    m_run.reset();
}

void SpfEvaluator::deliver() {
    if (!m_run || !m_run->finished)
        return;
    m_result = std::move(m_run->eval);
    m_finished = true;
    m_run.reset();
    emit finished();
}

} // namespace rebound::auth
