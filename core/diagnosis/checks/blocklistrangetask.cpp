#include "core/diagnosis/checks/blocklistrangetask.h"

#include "core/diagnosis/checks/blocklistchecktask.h"
#include "core/dns/ipaddress.h"
#include "core/iphealth/iphealthbatch.h"
#include "core/iphealth/iphealthjson.h"
#include "core/iphealth/iptargets.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {
namespace {

// Findings beyond this many are summed up in one, so a range full of listings stays readable.
constexpr int MaxFindings = 200;

// The addresses of a CIDR (bounded like `rebound-cli ip`) or of a list, with what was wrong.
QList<QHostAddress> addressesOf(const CheckRequest& request, QStringList* problems) {
    QList<QHostAddress> addresses;
    if (!request.range.isEmpty()) {
        const auto range = dns::parseCidr(request.range);
        if (!range) {
            *problems << CheckTask::tr("'%1' is not a CIDR range").arg(request.range);
            return {};
        }
        if (range->size() > iphealth::maxRangeAddresses) {
            *problems << CheckTask::tr("The range has more than %1 addresses; check a /22 or smaller.")
                             .arg(iphealth::maxRangeAddresses);
            return {};
        }
        for (quint64 i = 0; i < range->size(); ++i)
            addresses << dns::addressAt(*range, i);
        return addresses;
    }
    for (const QString& line : request.ips) {
        if (addresses.size() >= iphealth::maxFileAddresses) {
            *problems
                << CheckTask::tr("Only the first %1 addresses are checked.").arg(iphealth::maxFileAddresses);
            break;
        }
        if (const auto address = dns::parseIpAddress(line.trimmed()))
            addresses << *address;
        else if (!line.trimmed().isEmpty())
            *problems << CheckTask::tr("'%1' is not an IP address").arg(line.left(80));
    }
    return addresses;
}

// One address in the session: reverse DNS and summary, and only the lists that did not answer clean.
QJsonObject compactJson(const iphealth::IpHealthResult& result) {
    QJsonObject object = iphealth::toJson(result);
    QJsonArray kept;
    for (const QJsonValue& list : object.value(u"blocklists").toArray()) {
        const QString status = list[u"status"].toString();
        if (status != u"clean" && status != u"skipped")
            kept << list;
    }
    object.insert(u"blocklists"_s, kept);
    return object;
}

class BlocklistRangeTask final : public CheckTask {
public:
    BlocklistRangeTask(const CheckRequest& request, const RunOptions& options, dns::Resolver* resolver,
                       QObject* parent)
        : CheckTask(parent)
        , m_title(request.title)
        , m_request(request) {
        m_batch = new iphealth::IpHealthBatch(resolver, blocklist::BlocklistCatalog::builtin(),
                                              healthOptionsFor(options),
                                              iphealth::IpHealthBatch::DefaultConcurrency, this);
        connect(m_batch, &iphealth::IpHealthBatch::resultReady, this,
                [this](int, const iphealth::IpHealthResult& result) { collect(result); });
        connect(m_batch, &iphealth::IpHealthBatch::progress, this, &CheckTask::progress);
        connect(m_batch, &iphealth::IpHealthBatch::finished, this, [this] { finish(); });
    }

    QString id() const override { return u"blocklist_range"_s; }
    QString title() const override { return m_title; }

    void start() override {
        QStringList problems;
        const QList<QHostAddress> addresses = addressesOf(m_request, &problems);
        m_problems = problems;
        if (addresses.isEmpty()) {
            QMetaObject::invokeMethod(
                this, [this] { emit finished(CheckState::Failed, {}, {}, m_problems.join(u' ')); },
                Qt::QueuedConnection);
            return;
        }
        m_batch->start(addresses);
    }

    void cancel() override {
        m_cancelled = true;
        m_batch->cancel();
    }

private:
    void collect(const iphealth::IpHealthResult& result) {
        m_worst = iphealth::worseNagiosCode(m_worst, iphealth::nagiosCode(result));
        m_ips << compactJson(result);
        if (result.checked && !anyDefiniteAnswer(result))
            ++m_unknown;
        for (Finding finding : blocklistFindings(result)) {
            if (finding.severity < Severity::Warning)
                continue;
            if (m_findings.size() >= MaxFindings) {
                ++m_findingsLeftOut;
                continue;
            }
            finding.title = result.ip + u": "_s + finding.title;
            m_findings << finding;
        }
    }

    void finish() {
        if (m_findingsLeftOut > 0)
            m_findings << Finding{u"blocklist.range_more"_s,
                                  Severity::Info,
                                  tr("%n more finding(s) in this range", nullptr, m_findingsLeftOut),
                                  tr("The table lists every address."),
                                  {}};
        QJsonObject result;
        result.insert(u"ips"_s, m_ips);
        result.insert(u"nagios_code"_s, int(m_worst));
        result.insert(u"problems"_s, QJsonArray::fromStringList(m_problems));
        CheckState state = m_cancelled ? CheckState::Cancelled : CheckState::Done;
        QString note = m_cancelled ? tr("Cancelled; the addresses checked so far are kept.") : QString();
        if (!m_cancelled && !m_ips.isEmpty() && m_unknown == m_ips.size()) {
            state = CheckState::Failed;
            note = tr("No blocklist gave a definite answer for any address: check the resolver in Settings.");
        }
        emit finished(state, result, m_findings, note);
    }

    QString m_title;
    CheckRequest m_request;
    iphealth::IpHealthBatch* m_batch = nullptr;
    QJsonArray m_ips;
    QList<Finding> m_findings;
    QStringList m_problems;
    iphealth::NagiosCode m_worst = iphealth::NagiosOk;
    int m_unknown = 0;
    int m_findingsLeftOut = 0;
    bool m_cancelled = false;
};

} // namespace

CheckTask* createBlocklistRangeTask(const CheckRequest& request, const RunOptions& options,
                                    dns::Resolver* resolver, QObject* parent) {
    return new BlocklistRangeTask(request, options, resolver, parent);
}

} // namespace rebound::diagnosis
