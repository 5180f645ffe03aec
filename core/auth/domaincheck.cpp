#include "core/auth/domaincheck.h"

#include "core/auth/authknowledge.h"
#include "core/auth/mtastschecker.h"
#include "core/auth/organizationaldomain.h"
#include "core/auth/spfevaluator.h"
#include "core/auth/spflinter.h"
#include "core/util/task.h"

#include <QElapsedTimer>
#include <QTimer>

#include <vector>

using namespace Qt::StringLiterals;

namespace rebound::auth {

using util::Task;

struct DomainChecker::Run {
    DomainCheckRequest request;
    DomainReport report;
    QElapsedTimer timer;
    int pending = 0;
    std::unique_ptr<QObject> context = std::make_unique<QObject>();
    std::unique_ptr<SpfEvaluator> walk;
    std::unique_ptr<SpfEvaluator> evaluator;
    std::unique_ptr<SpfEvaluator> heloEvaluator;
    std::unique_ptr<https::HttpsFetcher> mtaStsFetcher;
    std::unique_ptr<https::HttpsFetcher> bimiLogo;      // l=
    std::unique_ptr<https::HttpsFetcher> bimiAuthority; // a=
    std::vector<Task<bool>> tasks;
    int dkimGate = 0; // MX and the SPF walk still to come before the DKIM selectors are known
};

namespace {

Task<bool> runMx(dns::Resolver* resolver, QObject* context, QString domain, MxReport* out,
                 std::function<void()> done) {
    *out = co_await checkMx(resolver, context, domain);
    done();
    co_return true;
}

Task<bool> runDmarc(dns::Resolver* resolver, QObject* context, QString domain, DmarcReport* out,
                    std::function<void()> done) {
    *out = co_await checkDmarc(resolver, context, domain);
    done();
    co_return true;
}

Task<bool> runDkim(dns::Resolver* resolver, QObject* context, QString domain, QList<KnownSelector> selectors,
                   QList<DkimSelectorReport>* out, std::function<void()> done) {
    // Every selector is asked at once: start each task, then collect in order.
    std::vector<Task<DkimSelectorReport>> lookups;
    for (const KnownSelector& selector : selectors)
        lookups.push_back(
            checkDkimSelector(resolver, context, domain, selector,
                              selector.foundBy == u"given" || selector.foundBy == u"signature"));
    for (auto& lookup : lookups)
        lookup.start(); // tasks are lazy: without this each selector waited for the previous one's answer
    for (auto& lookup : lookups)
        *out << co_await lookup;
    done();
    co_return true;
}

Task<bool> runPolicy(dns::Resolver* resolver, QObject* context, QString domain, PolicyKind kind,
                     QList<PolicyTxtReport>* out, std::function<void()> done) {
    *out << co_await checkPolicyTxt(resolver, context, domain, kind);
    done();
    co_return true;
}

int severityRank(Severity s) {
    return s == Severity::Critical ? 0 : s == Severity::Error ? 1 : s == Severity::Warning ? 2 : 3;
}

const AuthKnowledge& knowledge() {
    return AuthKnowledge::instance();
}

// check_host() for the given IP when it did not pass, and the HELO identity when it fails.
void addSpfResultFindings(const DomainCheckRequest& request, const DomainReport& report,
                          QList<Finding>& findings) {
    if (report.spfCheck && report.spfCheck->result != SpfResult::Pass) {
        const SpfEvaluation& e = *report.spfCheck;
        Finding finding =
            knowledge().finding(u"spf.result_"_s + spfResultName(e.result),
                                {spfResultName(e.result), request.ipSpelling, e.domain}, {}, {e.record});
        finding.detail = e.explanation.isEmpty()
                             ? e.reason
                             : knowledge().text(u"spf_explanation"_s, {e.reason, e.explanation});
        findings << finding;
    }
    if (report.spfHelo
        && (report.spfHelo->result == SpfResult::Fail || report.spfHelo->result == SpfResult::PermError))
        findings << knowledge().finding(u"spf.helo_"_s + spfResultName(report.spfHelo->result),
                                        {spfResultName(report.spfHelo->result), report.spfHelo->domain},
                                        {report.spfHelo->reason}, {report.spfHelo->record});
}

// Every selector's findings, and that none of the common selectors has a key.
void addDkimFindings(const DomainCheckRequest& request, const DomainReport& report,
                     QList<Finding>& findings) {
    int keysFound = 0;
    for (const DkimSelectorReport& dkim : std::as_const(report.dkim)) {
        findings << dkim.findings;
        keysFound += dkim.state == DkimSelectorReport::State::Found
                     || dkim.state == DkimSelectorReport::State::Invalid;
    }
    if (keysFound == 0 && request.selectors.isEmpty() && request.signatureSelectors.isEmpty()
        && request.discoverSelectors)
        findings << knowledge().finding(u"dkim.no_common_selector"_s, {QString::number(report.dkim.size())});
}

// MTA-STS, TLS-RPT and BIMI, and BIMI without an enforced DMARC policy.
void addPolicyFindings(const DomainReport& report, QList<Finding>& findings) {
    if (report.mtaSts)
        findings << report.mtaSts->findings;
    if (report.bimi)
        findings << report.bimi->findings;
    for (const PolicyTxtReport& policy : std::as_const(report.policies)) {
        findings << policy.findings;
        if (policy.kind == PolicyKind::Bimi && policy.state == PolicyTxtReport::State::Found) {
            const auto& dmarc = report.dmarc.record;
            const bool enforced =
                dmarc && dmarc->policy && *dmarc->policy != DmarcPolicy::None && dmarc->percent == 100;
            if (!enforced)
                findings << knowledge().finding(u"policy.bimi.dmarc_not_enforced"_s, {}, {}, {policy.record});
        }
    }
}

// The MAIL FROM address: its syntax, its domain's MX, disposable and internationalized addresses, and
// whether its domain aligns with the checked (From) domain for DMARC.
void addSenderFindings(const DomainCheckRequest& request, DomainReport& report, QList<Finding>& findings) {
    report.sender = checkAddress(request.sender);
    const AddressCheck& a = *report.sender;
    for (const QString& problem : a.problems) {
        Finding syntax = knowledge().finding(u"address.syntax"_s, {a.address});
        syntax.detail = problem;
        findings << syntax;
    }
    if (report.senderMx) {
        for (Finding f : std::as_const(report.senderMx->findings)) {
            f.id = u"sender."_s + f.id;
            f.title = knowledge().text(u"sender_domain"_s, {f.title});
            findings << f;
        }
    }
    if (a.disposable)
        findings << knowledge().finding(u"address.disposable"_s, {a.asciiDomain});
    if (a.internationalized)
        findings << knowledge().finding(u"address.internationalized"_s, {});
    AlignmentReport alignment;
    alignment.fromDomain = report.domain;
    alignment.spfDomain = a.asciiDomain.isEmpty() ? a.domain.toLower() : a.asciiDomain;
    alignment.strict = report.dmarc.record && report.dmarc.record->strictSpf;
    alignment.spfAligned = isDmarcAligned(report.dmarc, alignment.spfDomain, alignment.strict);
    if (report.spfCheck)
        alignment.spfPass = report.spfCheck->result == SpfResult::Pass;
    alignment.verdict = !alignment.spfAligned ? u"fail"_s
                        : !alignment.spfPass  ? u"unknown"_s
                        : *alignment.spfPass  ? u"pass"_s
                                              : u"fail"_s;
    if (!alignment.spfAligned)
        findings << knowledge().finding(
            u"dmarc.spf_not_aligned"_s,
            {alignment.spfDomain, alignment.fromDomain,
             alignment.strict ? u"strict"_s : u"relaxed"_s}); // DMARC's words (aspf=)
    report.alignment = alignment;
}

// Every part's findings, the most severe first.
QList<Finding> domainFindings(const DomainCheckRequest& request, DomainReport& report) {
    QList<Finding> findings = report.mx.findings;
    findings << lintSpf(report.spfStructure);
    addSpfResultFindings(request, report, findings);
    findings << report.dmarc.findings;
    addDkimFindings(request, report, findings);
    addPolicyFindings(report, findings);
    if (!request.sender.trimmed().isEmpty())
        addSenderFindings(request, report, findings);
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        return severityRank(a.severity) < severityRank(b.severity);
    });
    return findings;
}

} // namespace

DomainChecker::DomainChecker(dns::Resolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver) {
}

DomainChecker::~DomainChecker() = default;

void DomainChecker::start(const DomainCheckRequest& request) {
    m_result = {};
    m_finished = false;
    m_run = std::make_unique<Run>();
    Run& run = *m_run;
    run.request = request;
    run.timer.start();
    QString domain = request.domain.trimmed().toLower();
    if (domain.endsWith(u'.'))
        domain.chop(1);
    run.report.domain = domain;
    const quint64 generation = ++m_generation;
    auto partDone = [this, generation] {
        QTimer::singleShot(0, this, [this, generation] { this->partDone(generation); });
    };

    // Each part stores into the report and calls partDone once: MX, DMARC, DKIM, the SPF walk, the
    // three policy records and, with an IP, check_host().
    run.pending = 4;
    // DKIM selectors (signatures', given, providers', common): discovery needs the MX hosts and the
    // SPF includes first, so then the DKIM part starts when both are in.
    const bool discover =
        request.selectors.isEmpty() && request.signatureSelectors.isEmpty() && request.discoverSelectors;
    run.dkimGate = discover ? 2 : 0;
    auto startDkim = [this, generation, domain, partDone] {
        if (!m_run || generation != m_generation)
            return;
        Run& r = *m_run;
        QStringList mxHosts;
        for (const MxHost& host : std::as_const(r.report.mx.hosts))
            mxHosts << host.target;
        QStringList spfTargets;
        for (const SpfNode& node : std::as_const(r.report.spfStructure.nodes))
            spfTargets << node.domain;
        const QList<KnownSelector> selectors = dkimSelectorsToTry(
            r.request.selectors, r.request.signatureSelectors, providerDkimSelectors(mxHosts, spfTargets),
            r.request.selectors.isEmpty() && r.request.discoverSelectors);
        r.tasks.push_back(runDkim(m_resolver, r.context.get(), domain, selectors, &r.report.dkim, partDone));
        r.tasks.back().start();
    };
    auto gateDone = [this, generation, startDkim] {
        // Deferred: never start a task from inside another one's completion.
        if (m_run && generation == m_generation && m_run->dkimGate > 0 && --m_run->dkimGate == 0)
            QTimer::singleShot(0, this, startDkim);
    };
    run.tasks.push_back(runMx(m_resolver, run.context.get(), domain, &run.report.mx, [partDone, gateDone] {
        gateDone();
        partDone();
    }));
    run.tasks.push_back(runDmarc(m_resolver, run.context.get(), domain, &run.report.dmarc, partDone));
    for (PolicyKind kind : {PolicyKind::MtaSts, PolicyKind::TlsRpt, PolicyKind::Bimi}) {
        ++run.pending;
        // With --bimi the record's URLs are fetched once it is read: that part ends after the fetches.
        const std::function<void()> done =
            kind == PolicyKind::Bimi && request.fetchBimi ? std::function<void()>([this, generation] {
                QTimer::singleShot(0, this, [this, generation] { startBimiFetches(generation); });
            })
                                                          : std::function<void()>(partDone);
        run.tasks.push_back(
            runPolicy(m_resolver, run.context.get(), domain, kind, &run.report.policies, done));
    }
    // Bounces go to the MAIL FROM domain: check that it can receive mail when it is another domain.
    const AddressCheck senderAddress = checkAddress(request.sender);
    if (!request.sender.trimmed().isEmpty() && senderAddress.valid && senderAddress.asciiDomain != domain) {
        ++run.pending;
        run.report.senderMx = MxReport{};
        run.tasks.push_back(
            runMx(m_resolver, run.context.get(), senderAddress.asciiDomain, &*run.report.senderMx, partDone));
    }
    run.walk = std::make_unique<SpfEvaluator>(m_resolver);
    SpfRequest walkRequest;
    walkRequest.domain = domain;
    walkRequest.helo = request.helo;
    walkRequest.sender = request.sender;
    connect(run.walk.get(), &SpfEvaluator::finished, this, [this, generation, gateDone] {
        m_run->report.spfStructure = m_run->walk->result();
        gateDone();
        QTimer::singleShot(0, this, [this, generation] {
            this->partDone(generation);
        }); // not inside the evaluator's signal: the last part deletes the evaluators
    });
    run.walk->start(walkRequest);
    if (request.ip) {
        ++run.pending;
        run.evaluator = std::make_unique<SpfEvaluator>(m_resolver);
        SpfRequest ipRequest;
        ipRequest.ip = request.ip;
        ipRequest.ipSpelling = request.ipSpelling;
        ipRequest.helo = request.helo;
        ipRequest.sender = request.sender;
        // With a MAIL FROM the sender's domain is checked (as a receiver would); else the domain itself.
        if (request.sender.trimmed().isEmpty() || !request.sender.contains(u'@'))
            ipRequest.domain = domain;
        connect(run.evaluator.get(), &SpfEvaluator::finished, this, [this, generation] {
            m_run->report.spfCheck = m_run->evaluator->result();
            QTimer::singleShot(0, this, [this, generation] { this->partDone(generation); });
        });
        run.evaluator->start(ipRequest);
    }
    if (request.ip && request.helo.contains(u'.')) {
        ++run.pending;
        run.heloEvaluator = std::make_unique<SpfEvaluator>(m_resolver);
        SpfRequest heloRequest;
        heloRequest.ip = request.ip;
        heloRequest.ipSpelling = request.ipSpelling;
        heloRequest.helo = request.helo; // an empty sender makes the identity postmaster@helo
        connect(run.heloEvaluator.get(), &SpfEvaluator::finished, this, [this, generation] {
            m_run->report.spfHelo = m_run->heloEvaluator->result();
            QTimer::singleShot(0, this, [this, generation] { this->partDone(generation); });
        });
        run.heloEvaluator->start(heloRequest);
    }
    if (request.fetchMtaSts) {
        ++run.pending;
        run.mtaStsFetcher = std::make_unique<https::HttpsFetcher>(m_resolver);
        connect(run.mtaStsFetcher.get(), &https::HttpsFetcher::finished, this, [this, generation] {
            QTimer::singleShot(0, this, [this, generation] { this->partDone(generation); });
        });
        run.mtaStsFetcher->start(mtaStsFetchRequest(domain, request.https));
    }
    for (auto& task : run.tasks)
        task.start();
    if (!discover)
        startDkim();
}

void DomainChecker::startBimiFetches(quint64 generation) {
    if (!m_run || generation != m_generation)
        return;
    Run& run = *m_run;
    for (const PolicyTxtReport& txt : std::as_const(run.report.policies)) {
        if (txt.kind != PolicyKind::Bimi || txt.state == PolicyTxtReport::State::Missing
            || txt.state == PolicyTxtReport::State::DnsError)
            continue;
        const auto fetch = [&](const QString& url, qint64 maxBytes) {
            auto fetcher = std::make_unique<https::HttpsFetcher>(m_resolver);
            https::HttpsRequest request;
            request.url = QUrl(url);
            // One byte over the bound tells "too large" from "exactly at the bound".
            request.maxBytes = maxBytes;
            run.request.https.applyTo(request);
            ++run.pending;
            connect(fetcher.get(), &https::HttpsFetcher::finished, this, [this, generation] {
                QTimer::singleShot(0, this, [this, generation] { this->partDone(generation); });
            });
            fetcher->start(request);
            return fetcher;
        };
        const QString logo = txt.tags.value(u"l"_s);
        const QString authority = txt.tags.value(u"a"_s);
        if (logo.startsWith(u"https://"_s, Qt::CaseInsensitive))
            run.bimiLogo = fetch(logo, BimiSvgRules::instance().maxBytes);
        if (authority.startsWith(u"https://"_s, Qt::CaseInsensitive))
            run.bimiAuthority = fetch(authority, 256 * 1024);
        run.report.bimi = BimiReport{}; // filled in when the fetches are done
    }
    partDone(generation); // the TXT part itself
}

void DomainChecker::partDone(quint64 generation) {
    if (!m_run || generation != m_generation || --m_run->pending > 0)
        return;
    Run& run = *m_run;
    DomainReport& report = run.report;
    report.elapsedMs = run.timer.elapsed();
    if (run.mtaStsFetcher) {
        const auto policy = [&](PolicyKind kind) -> const PolicyTxtReport* {
            for (const PolicyTxtReport& p : std::as_const(report.policies))
                if (p.kind == kind)
                    return &p;
            return nullptr;
        };
        const PolicyTxtReport* txt = policy(PolicyKind::MtaSts);
        report.mtaSts = analyseMtaSts(report.domain, run.mtaStsFetcher->result(),
                                      txt ? *txt : PolicyTxtReport{}, policy(PolicyKind::TlsRpt), report.mx);
    }
    if (report.bimi) {
        for (const PolicyTxtReport& txt : std::as_const(report.policies))
            if (txt.kind == PolicyKind::Bimi)
                report.bimi = analyseBimi(
                    report.domain, txt, run.bimiLogo ? &run.bimiLogo->result() : nullptr,
                    run.bimiAuthority ? &run.bimiAuthority->result() : nullptr, run.request.https.caFile);
    }
    report.findings = domainFindings(run.request, report);

    m_result = std::move(report);
    m_finished = true;
    m_run->context.reset();
    m_run.reset();
    emit finished();
}

} // namespace rebound::auth
