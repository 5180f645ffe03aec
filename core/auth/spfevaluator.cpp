#include "core/auth/spfevaluator.h"

#include "core/auth/spfdns.h"
#include "core/auth/spfhostcheck.h"
#include "core/dns/resolver.h"
#include "core/util/task.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace rebound::auth {

using util::Task;

using HostResult = SpfHostCheck::Result;

struct SpfEvaluator::Run {
    dns::Resolver* resolver = nullptr;
    SpfRequest request;
    std::unique_ptr<QObject> context = std::make_unique<QObject>();
    SpfEvaluation eval;
    SpfMacroContext macros;
    QElapsedTimer timer;
    std::unique_ptr<SpfDns> dnsCache; // check_host()'s DNS and its work, made when the run starts
    std::unique_ptr<SpfHostCheck> host;
    Task<bool> root;
    bool finished = false;

    ~Run() {
        context.reset(); // drops every pending callback; the DNS cache then cancels its queries
    }

    SpfHostCheck& hostCheck() {
        if (!host) {
            dnsCache = std::make_unique<SpfDns>(resolver, context.get(), request.prefetch, &eval);
            host = std::make_unique<SpfHostCheck>(*dnsCache, request, eval, macros);
        }
        return *host;
    }
    Task<HostResult> checkHost(QString domain, QString via, int parent) {
        return hostCheck().checkHost(domain, via, parent);
    }
    Task<bool> computeExplanation(int node) { return hostCheck().computeExplanation(node); }
    void finalizeBranchCounts() { finalizeSpfBranchCounts(eval); }

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
