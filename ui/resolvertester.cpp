#include "ui/resolvertester.h"

#include "core/blocklist/answerclassifier.h"
#include "core/blocklist/blocklistcatalog.h"
#include "core/blocklist/testpointprobe.h"
#include "core/dns/resolver.h"

using namespace Qt::StringLiterals;

namespace rebound::ui {

ResolverTester::ResolverTester(QObject* parent)
    : QObject(parent) {
}

ResolverTester::~ResolverTester() = default;

namespace {

// The list whose RFC 5782 test point tells a usable resolver from a refused one; its zones, test
// point and answer codes are the catalog's.
const blocklist::BlocklistEntry* testList() {
    return blocklist::BlocklistCatalog::builtin().byId(u"spamhaus-zen"_s);
}

} // namespace

QString ResolverTester::testName(const QString& dqsKey) {
    const blocklist::BlocklistEntry* entry = testList();
    const auto& test = entry ? entry->testFor(blocklist::Family::Ipv4) : std::nullopt;
    if (!test)
        return {};
    return blocklist::TestPointProbe::testName(test->listed, blocklist::Family::Ipv4,
                                               entry->zoneFor(dqsKey.trimmed()));
}

void ResolverTester::start(const dns::ResolverConfig& config, const QString& dqsKey) {
    delete m_resolver;
    m_resolver = new dns::Resolver(config, this);
    const QString name = testName(dqsKey);
    const QString servers = m_resolver->activeServers().join(u", "_s);
    m_resolver->query(name, dns::RecordType::A, this, [this, name, servers](const dns::DnsResult& result) {
        bool ok = false;
        QString message;
        const QString via = tr("Asked %1 through %2 in %3 ms.").arg(name, servers).arg(result.elapsedMs);
        if (result.outcome == dns::Outcome::Answer) {
            // What the answer codes mean is the catalog's knowledge, as for every blocklist query.
            const blocklist::AnswerVerdict verdict = blocklist::classifyReply(*testList(), result);
            const QString codes = verdict.codes.join(u", "_s);
            if (verdict.status == blocklist::ListStatus::Refused) {
                message =
                    tr("Spamhaus refused this resolver or key: %1. %2").arg(verdict.reason, verdict.remedy);
            } else if (verdict.status == blocklist::ListStatus::Listed) {
                ok = true;
                message = tr("Works: the test point is listed (%1), as RFC 5782 requires.").arg(codes);
            } else {
                message =
                    tr("Unexpected answer %1: blocklist results through this resolver cannot be trusted.")
                        .arg(codes);
            }
        } else if (result.outcome == dns::Outcome::NxDomain || result.outcome == dns::Outcome::NoData) {
            message =
                tr("The test point is not listed through this resolver (%1). Spamhaus answers this way to "
                   "public resolvers, so every address would look clean. Use another resolver or a DQS key.")
                    .arg(dns::outcomeName(result.outcome));
        } else {
            message = tr("No usable answer (%1%2).")
                          .arg(dns::outcomeName(result.outcome),
                               result.error.isEmpty() ? QString() : u": "_s + result.error);
        }
        m_resolver->deleteLater();
        m_resolver = nullptr;
        emit finished(ok, message + u' ' + via);
    });
}

} // namespace rebound::ui
