#include "core/reports/sourcechecker.h"

#include "core/auth/spfevaluator.h"
#include "core/iphealth/reversedns.h"

#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace rebound::reports {

SourceChecker::SourceChecker(dns::Resolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver) {
}

SourceChecker::~SourceChecker() = default;

void SourceChecker::start(const ReportsSummary& summary) {
    m_finished = false;
    m_facts = {};
    QList<const SourceSummary*> sources;
    for (const DomainSummary& d : summary.domains) {
        for (const SourceSummary& s : d.sources)
            sources.append(&s);
    }
    std::stable_sort(sources.begin(), sources.end(), [](const SourceSummary* a, const SourceSummary* b) {
        return a->messages > b->messages;
    });
    m_pending.clear();
    for (const SourceSummary* s : sources.first(qMin<qsizetype>(sources.size(), maxSources)))
        m_pending.append({s->domain, s->ip});
    QTimer::singleShot(0, this, [this] {
        for (int i = 0; i < parallel; ++i)
            startNext();
        if (m_running == 0)
            finish();
    });
}

void SourceChecker::startNext() {
    if (m_pending.isEmpty())
        return;
    // Named copies, not a structured binding: the lambdas below capture them (clang 14 cannot
    // capture a structured binding).
    const std::pair<QString, QString> job = m_pending.takeFirst();
    const QString domain = job.first;
    const QString ip = job.second;
    const QHostAddress address(ip);
    if (address.isNull()) {
        startNext();
        return;
    }
    ++m_running;
    auto remaining = std::make_shared<int>(2); // the SPF evaluation and the reverse DNS
    auto* spf = new auth::SpfEvaluator(m_resolver, this);
    auth::SpfRequest request;
    request.ip = address;
    request.ipSpelling = ip;
    request.domain = domain;
    request.sender = u"postmaster@"_s + domain;
    request.helo = domain;
    connect(spf, &auth::SpfEvaluator::finished, this, [this, spf, domain, ip, remaining] {
        m_facts.spfAuthorised.insert(LiveFacts::key(domain, ip),
                                     spf->result().result == auth::SpfResult::Pass);
        spf->deleteLater();
        if (--*remaining == 0)
            jobDone();
    });
    spf->start(request);
    auto* reverse = new iphealth::ReverseDnsCheck(m_resolver, this);
    connect(reverse, &iphealth::ReverseDnsCheck::finished, this, [this, reverse, ip, remaining] {
        const iphealth::ReverseDnsResult& r = reverse->result();
        if (!r.ptrNames.isEmpty())
            m_facts.ptr.insert(ip, r.ptrNames.first().toLower());
        reverse->deleteLater();
        if (--*remaining == 0)
            jobDone();
    });
    reverse->start(address);
}

void SourceChecker::jobDone() {
    --m_running;
    startNext();
    if (m_running == 0 && m_pending.isEmpty())
        finish();
}

void SourceChecker::finish() {
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
}

} // namespace rebound::reports
