#include "core/message/messageanalysis.h"

#include "core/auth/dkimcheck.h"
#include "core/auth/dnsfuture.h"
#include "core/auth/organizationaldomain.h"
#include "core/auth/spfevaluator.h"
#include "core/dns/ipaddress.h"
#include "core/message/bulksender.h"
#include "core/message/messagefindings.h"
#include "core/util/task.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace rebound::message {

struct MessageAnalyzer::Run {
    MessageRequest request;
    MessageReport report;
    RawMessage raw;
    int pending = 0;
    std::unique_ptr<QObject> context = std::make_unique<QObject>();
    QHash<QString, auth::DkimSelectorReport> keys; // by key name
    std::unique_ptr<auth::SpfEvaluator> spf;
    std::unique_ptr<iphealth::ReverseDnsCheck> reverse;
    std::vector<util::Task<bool>> tasks;
};

namespace {

QString addressDomain(const QString& address) {
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QString() : auth::normalizeForAlignment(address.mid(at + 1).remove(u'>').trimmed());
}

// The address inside <...>, else the whole value.
QString angleAddress(const QString& value) {
    const qsizetype open = value.lastIndexOf(u'<');
    const qsizetype close = value.indexOf(u'>', open);
    return open >= 0 && close > open ? value.mid(open + 1, close - open - 1).trimmed() : value.trimmed();
}

util::Task<bool> lookupKeys(dns::Resolver* resolver, QObject* context, QList<QPair<QString, QString>> names,
                            QHash<QString, auth::DkimSelectorReport>* out, std::function<void()> done) {
    std::vector<util::Task<auth::DkimSelectorReport>> lookups;
    for (const auto& [domain, selector] : names)
        lookups.push_back(auth::checkDkimSelector(resolver, context, domain, {selector, {}, {}}, true));
    for (auto& lookup : lookups)
        lookup.start();
    for (auto& lookup : lookups) {
        const auth::DkimSelectorReport r = co_await lookup;
        out->insert(r.name, r);
    }
    done();
    co_return true;
}

util::Task<bool> lookupDmarc(dns::Resolver* resolver, QObject* context, QString domain, DmarcOutcome* out,
                             std::function<void()> done) {
    out->report = co_await auth::checkDmarc(resolver, context, domain);
    out->fromDomainExists = out->report.domainExists;
    done();
    co_return true;
}

DkimVerification verifyOne(const RawMessage& raw, const DkimSignature& sig,
                           const auth::DkimSelectorReport* key, BodyHashCache* bodyHashes) {
    DkimVerification v;
    if (!sig.error.isEmpty()) {
        v.result = DkimResult::PermError;
        v.reason = sig.error;
    } else if (!key || key->state == auth::DkimSelectorReport::State::DnsError) {
        v.result = DkimResult::TempError;
        v.reason = QCoreApplication::translate("rebound::message", "the key lookup failed: %1")
                       .arg(key ? key->error : QString());
    } else if (key->state == auth::DkimSelectorReport::State::NotFound || !key->key) {
        v.result = DkimResult::PermError;
        v.reason =
            QCoreApplication::translate("rebound::message", "no key for signature at %1").arg(key->name);
    } else {
        v = verifyDkim(raw, sig, *key->key, bodyHashes);
    }
    return v;
}

} // namespace

MessageAnalyzer::MessageAnalyzer(dns::Resolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver) {
}

MessageAnalyzer::~MessageAnalyzer() = default;

void MessageAnalyzer::start(const MessageRequest& request) {
    const quint64 generation = ++m_generation;
    m_result = {};
    m_finished = false;
    m_run = std::make_unique<Run>();
    Run& run = *m_run;
    run.request = request;
    if (run.request.now == 0)
        run.request.now = QDateTime::currentSecsSinceEpoch();
    run.raw = parseRawMessage(request.bytes);
    MessageReport& report = run.report;
    report.headerFields = int(run.raw.fields.size());
    report.hasBody = run.raw.hasBody;
    report.returnedCopy = request.returnedCopy;
    report.headersOnly = request.headersOnly;
    report.warnings = run.raw.warnings;
    report.route = parseRoute(run.raw);
    report.authResults = readAuthResults(run.raw, request.trustedAuthservId);
    report.arc = readArc(run.raw, run.request.now);

    // Keys: one lookup per selector and domain, every signature's and every ARC field's.
    QList<QPair<QString, QString>> names;
    auto want = [&](const QString& domain, const QString& selector) {
        if (domain.isEmpty() || selector.isEmpty() || names.contains(qMakePair(domain, selector)))
            return;
        names << qMakePair(domain, selector);
    };
    const QList<int> signatures = run.raw.indexesOf("dkim-signature");
    for (int index : signatures) {
        if (report.dkim.size() >= kMaxVerifiedSignatures) {
            ++report.signaturesNotEvaluated;
            continue;
        }
        DkimReport d;
        d.signature = parseDkimSignature(run.raw.fields.at(index).rawValue(), run.request.now);
        d.signature.fieldIndex = index;
        d.keyName = keyName(d.signature.selector, d.signature.domain);
        if (d.signature.error.isEmpty())
            want(d.signature.domain, d.signature.selector);
        report.dkim << d;
    }
    for (const ArcInstance& set : std::as_const(report.arc.instances)) {
        want(set.sealDomain, set.sealSelector);
        want(set.ams.domain, set.ams.selector);
    }
    auto part = [this, generation] {
        QTimer::singleShot(0, this, [this, generation] { partDone(generation); });
    };
    ++run.pending; // this function's own part, so nothing finishes before every part is started
    if (!names.isEmpty()) {
        ++run.pending;
        run.tasks.push_back(lookupKeys(m_resolver, run.context.get(), names, &run.keys, part));
    }

    const QStringList fromAddresses = run.raw.values("from");
    // DMARC needs exactly one author address (RFC 7489 6.6.1): one From field naming one mailbox.
    static const QRegularExpression quoted(u"\"(?:[^\"\\\\]|\\\\.)*\""_s);
    if (fromAddresses.size() == 1 && QString(fromAddresses.first()).remove(quoted).count(u'@') == 1)
        report.dmarc.fromDomain = addressDomain(angleAddress(fromAddresses.first()));
    if (!report.dmarc.fromDomain.isEmpty()) {
        ++run.pending;
        run.tasks.push_back(
            lookupDmarc(m_resolver, run.context.get(), report.dmarc.fromDomain, &report.dmarc, part));
    }

    report.mailFrom = angleAddress(run.raw.value("return-path"));
    if (report.route.firstExternal >= 0) {
        const Hop& hop = report.route.hops.at(report.route.firstExternal);
        report.spfIp = hop.ip;
        report.helo = hop.from;
        const auto address = dns::parseIpAddress(hop.ip);
        if (address) {
            ++run.pending;
            run.spf = std::make_unique<auth::SpfEvaluator>(m_resolver);
            auth::SpfRequest spfRequest;
            spfRequest.ip = address;
            spfRequest.ipSpelling = hop.ip;
            spfRequest.helo = hop.from;
            spfRequest.sender = report.mailFrom;
            if (!spfRequest.sender.contains(u'@'))
                spfRequest.sender.clear(); // the null sender: postmaster@helo (RFC 7208 2.4)
            connect(run.spf.get(), &auth::SpfEvaluator::finished, this, [this, generation, part] {
                if (m_run && generation == m_generation)
                    m_run->report.spf = m_run->spf->result();
                part();
            });
            run.spf->start(spfRequest);
            ++run.pending;
            run.reverse = std::make_unique<iphealth::ReverseDnsCheck>(m_resolver);
            connect(run.reverse.get(), &iphealth::ReverseDnsCheck::finished, this, [this, generation, part] {
                if (m_run && generation == m_generation)
                    m_run->report.reverseDns = m_run->reverse->result();
                part();
            });
            run.reverse->start(*address);
        }
    }
    for (auto& task : run.tasks)
        task.start();
    part();
}

void MessageAnalyzer::partDone(quint64 generation) {
    if (!m_run || generation != m_generation || --m_run->pending > 0)
        return;
    Run& run = *m_run;
    MessageReport& report = run.report;
    BodyHashCache bodyHashes(&run.raw.body);
    QHash<QString, auth::DkimKey> keys;
    for (auto it = run.keys.cbegin(); it != run.keys.cend(); ++it) {
        if (it->key)
            keys.insert(it.key(), *it->key);
    }
    for (DkimReport& d : report.dkim) {
        const auto key = run.keys.constFind(d.keyName);
        d.verification =
            verifyOne(run.raw, d.signature, key == run.keys.cend() ? nullptr : &*key, &bodyHashes);
        if (d.verification.result == DkimResult::TempError)
            report.couldNotCheck = true;
    }
    if (report.spf && report.spf->result == auth::SpfResult::TempError)
        report.couldNotCheck = true;
    verifyArc(run.raw, &report.arc, keys, &bodyHashes);
    computeDmarc(&report);
    report.arcComparisons = compareArcResults(report);
    report.bulkSender = checkBulkSender(run.raw, report);
    report.findings = messageFindings(run.raw, report);
    m_result = std::move(report);
    m_finished = true;
    m_run.reset();
    emit finished();
}

} // namespace rebound::message
