#include "core/auth/mtastschecker.h"

#include "core/auth/domainjson.h"
#include "core/util/task.h"

#include <QTimer>

#include <vector>

using namespace Qt::StringLiterals;

namespace rebound::auth {

using util::Task;

https::HttpsRequest mtaStsFetchRequest(const QString& domain, const https::HttpsOptions& options) {
    https::HttpsRequest request;
    request.url = QUrl(mtaStsPolicyUrl(domain));
    request.maxBytes = kMtaStsMaxPolicyBytes;
    request.timeoutMs = 60000; // RFC 8461 3.3 suggests a minute
    options.applyTo(request);
    return request;
}

QJsonObject toJson(const MtaStsCheckResult& result) {
    QJsonObject mtaSts = toJson(result.txt);
    addMtaStsJson(result.report, mtaSts);
    return QJsonObject{{u"domain"_s, result.domain},
                       {u"mx"_s, toJson(result.mx)},
                       {u"mta_sts"_s, mtaSts},
                       {u"tls_rpt"_s, toJson(result.tlsRpt)}};
}

struct MtaStsChecker::Run {
    int pending = 0;
    std::unique_ptr<QObject> context = std::make_unique<QObject>();
    std::unique_ptr<https::HttpsFetcher> fetcher;
    std::vector<Task<bool>> tasks;
};

namespace {

Task<bool> runMxPart(dns::Resolver* resolver, QObject* context, QString domain, MxReport* out,
                     std::function<void()> done) {
    *out = co_await checkMx(resolver, context, domain);
    done();
    co_return true;
}

Task<bool> runTxtPart(dns::Resolver* resolver, QObject* context, QString domain, PolicyKind kind,
                      PolicyTxtReport* out, std::function<void()> done) {
    *out = co_await checkPolicyTxt(resolver, context, domain, kind);
    done();
    co_return true;
}

} // namespace

MtaStsChecker::MtaStsChecker(dns::Resolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver) {
}

MtaStsChecker::~MtaStsChecker() = default;

void MtaStsChecker::start(const QString& domain, const https::HttpsOptions& options) {
    m_run = std::make_unique<Run>();
    m_result = {};
    m_result.domain = domain.trimmed().toLower();
    if (m_result.domain.endsWith(u'.'))
        m_result.domain.chop(1);
    const quint64 generation = ++m_generation;
    const auto done = [this, generation] {
        QTimer::singleShot(0, this, [this, generation] { partDone(generation); });
    };
    Run& run = *m_run;
    run.pending = 4;
    run.tasks.push_back(runMxPart(m_resolver, run.context.get(), m_result.domain, &m_result.mx, done));
    run.tasks.push_back(
        runTxtPart(m_resolver, run.context.get(), m_result.domain, PolicyKind::MtaSts, &m_result.txt, done));
    run.tasks.push_back(runTxtPart(m_resolver, run.context.get(), m_result.domain, PolicyKind::TlsRpt,
                                   &m_result.tlsRpt, done));
    run.fetcher = std::make_unique<https::HttpsFetcher>(m_resolver);
    connect(run.fetcher.get(), &https::HttpsFetcher::finished, this, done);
    run.fetcher->start(mtaStsFetchRequest(m_result.domain, options));
    for (auto& task : run.tasks)
        task.start();
}

void MtaStsChecker::partDone(quint64 generation) {
    if (!m_run || generation != m_generation || --m_run->pending > 0)
        return;
    m_result.report =
        analyseMtaSts(m_result.domain, m_run->fetcher->result(), m_result.txt, &m_result.tlsRpt, m_result.mx);
    m_run.reset();
    emit finished();
}

} // namespace rebound::auth
