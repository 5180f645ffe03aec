// Everything Rebound checks about one sending/receiving domain, run concurrently: MX, SPF (the
// record tree, and check_host() for a given IP), DMARC, DKIM keys, MTA-STS/TLS-RPT/BIMI TXT records,
// the MAIL FROM address and DMARC identifier alignment.
#pragma once

#include "core/auth/addresscheck.h"
#include "core/auth/bimi.h"
#include "core/auth/dkimcheck.h"
#include "core/auth/dmarccheck.h"
#include "core/auth/mtasts.h"
#include "core/auth/mxcheck.h"
#include "core/auth/policytxt.h"
#include "core/auth/spfresult.h"
#include "core/util/finding.h"

#include <QHostAddress>
#include <QObject>

#include <memory>
#include <optional>

namespace rebound::dns {
class Resolver;
}

namespace rebound::auth {

struct DomainCheckRequest {
    QString domain;
    std::optional<QHostAddress> ip;
    QString ipSpelling;
    QString helo;
    QString sender;                 // MAIL FROM address
    QStringList selectors;          // DKIM selectors given by the user
    QStringList signatureSelectors; // from the message's or bounce's DKIM-Signature (s= with d= the domain)
    // Without selectors given or signed with: try those of the providers the MX hosts and SPF
    // includes point to, then the common ones.
    bool discoverSelectors = true;
    bool fetchMtaSts = false;  // fetch and check the MTA-STS policy over HTTPS (domain --mta-sts)
    bool fetchBimi = false;    // fetch and check the BIMI logo and mark certificate (domain --bimi)
    https::HttpsOptions https; // port, CA file and the private-address switch for HTTPS fetches
};

// DMARC identifier alignment of the SPF-authenticated domain with the From domain.
struct AlignmentReport {
    QString fromDomain;
    QString spfDomain;   // MAIL FROM domain (or HELO when MAIL FROM is empty)
    bool strict = false; // aspf=s
    bool spfAligned = false;
    std::optional<bool> spfPass; // when an IP was given
    QString verdict;             // "pass", "fail", "unknown" for DMARC through SPF alone
};

struct DomainReport {
    QString domain;
    MxReport mx;
    SpfEvaluation spfStructure;            // the tree walked without an IP: lookups per branch, lint
    std::optional<SpfEvaluation> spfCheck; // check_host() for the given IP
    std::optional<SpfEvaluation> spfHelo;  // the HELO identity (RFC 7208 2.3), with --ip and --helo
    DmarcReport dmarc;
    QList<DkimSelectorReport> dkim;
    QList<PolicyTxtReport> policies;
    std::optional<MtaStsReport> mtaSts; // with fetchMtaSts
    std::optional<BimiReport> bimi;     // with fetchBimi, when the BIMI record was found
    std::optional<AddressCheck> sender;
    std::optional<MxReport> senderMx; // can the sender's domain receive bounces (when it differs)
    std::optional<AlignmentReport> alignment;
    QList<Finding> findings; // every finding, most severe first
    qint64 elapsedMs = 0;
};

// finished() is emitted once per start(), never from inside start(); result() then holds the report.
// Starting again or deleting the checker ends running checks without it.
class DomainChecker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainChecker)

public:
    explicit DomainChecker(dns::Resolver* resolver, QObject* parent = nullptr);
    ~DomainChecker() override;

    void start(const DomainCheckRequest& request);
    bool isFinished() const { return m_finished; }
    const DomainReport& result() const { return m_result; }

signals:
    void finished();

private:
    struct Run;
    void partDone(quint64 generation);
    void startBimiFetches(quint64 generation);
    dns::Resolver* m_resolver;
    std::unique_ptr<Run> m_run;
    quint64 m_generation = 0; // parts of an earlier start() report to nothing
    DomainReport m_result;
    bool m_finished = false;
};

} // namespace rebound::auth
