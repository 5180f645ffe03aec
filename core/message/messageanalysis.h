// Everything Rebound reads from a delivered message (or its header block): the route, every DKIM
// signature verified with its key from DNS, ARC, the Authentication-Results the receiver and others
// wrote, Rebound's own SPF for the first external hop and DMARC with alignment, the bulk-sender
// checklist, and findings that rank what to fix.
#pragma once

#include "core/auth/dmarccheck.h"
#include "core/auth/spfresult.h"
#include "core/iphealth/reversedns.h"
#include "core/message/arc.h"
#include "core/message/authresults.h"
#include "core/message/dkimverifier.h"
#include "core/message/rawmessage.h"
#include "core/message/route.h"
#include "core/util/finding.h"

#include <QObject>

#include <memory>
#include <optional>

namespace rebound::dns {
class Resolver;
}

namespace rebound::message {

struct MessageRequest {
    QByteArray bytes;
    QString trustedAuthservId; // the receiver the user names; empty: the top-most authserv-id
    qint64 now = 0;            // seconds since the epoch for x=; 0: the current time
    // The copy a bounce returned (message/rfc822 or text/rfc822-headers): the reporting MTA may have
    // re-encoded it, so DKIM and what rests on it are told as unreliable, never as the sent message's.
    bool returnedCopy = false;
    bool headersOnly = false; // text/rfc822-headers: no body came back
};

// Signatures beyond this many are listed as not evaluated (a message with thousands is hostile).
inline constexpr int kMaxVerifiedSignatures = 20;

struct DkimReport {
    DkimSignature signature;
    DkimVerification verification;
    QString keyName;
};

struct DmarcOutcome {
    QString fromDomain;
    QString result = QStringLiteral("none"); // pass, fail, none, temperror, permerror
    QString policyDomain;
    bool alignedSpf = false;
    bool alignedDkim = false;
    QString policy; // the policy that applies to the From domain: none, quarantine, reject
    // RFC 9989 np=: asked only when the record has np= and the From domain is below the policy domain;
    // false when A, AAAA and MX all answer NXDOMAIN or NODATA (np= then applies), nullopt when unknown.
    std::optional<bool> fromDomainExists;
    QString policyTag; // the tag the policy came from: p, sp or np
    auth::DmarcReport report;
};

struct BulkSenderItem {
    QString id;
    QString title;
    QString result; // pass, fail, unknown
    QString detail;
    QString source;
};

// One ARC-Authentication-Results method compared with Rebound's own result for the same thing.
struct ArcComparison {
    int instance = 0;
    QString authservId;
    QString method;  // spf, dkim, dmarc
    QString subject; // what was checked: the DKIM d=, the SPF domain, the From domain
    QString claimed; // the sealer's result
    QString own;     // Rebound's
};

struct MessageReport {
    int headerFields = 0;
    bool hasBody = false;
    Route route;
    QList<DkimReport> dkim;
    int signaturesNotEvaluated = 0;
    ArcChain arc;
    QList<ArcComparison> arcComparisons; // where an AAR method can be compared with Rebound's result
    QList<AuthResults> authResults;
    QString mailFrom; // Return-Path address
    QString helo;     // the first external hop's from name
    QString spfIp;
    std::optional<auth::SpfEvaluation> spf;
    DmarcOutcome dmarc;
    std::optional<iphealth::ReverseDnsResult> reverseDns;
    QList<BulkSenderItem> bulkSender;
    bool returnedCopy = false; // see MessageRequest
    bool headersOnly = false;
    QList<Finding> findings; // most severe first
    QStringList warnings;
    bool couldNotCheck = false; // a DNS lookup the results depend on failed
};

class MessageAnalyzer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageAnalyzer)

public:
    explicit MessageAnalyzer(dns::Resolver* resolver, QObject* parent = nullptr);
    ~MessageAnalyzer() override;

    // Parses at once, then looks up keys, SPF, DMARC and reverse DNS. finished() is emitted once per
    // start(), never from inside start(); result() then holds the report. Starting again or deleting
    // the analyzer ends a running analysis without it.
    void start(const MessageRequest& request);
    bool isFinished() const { return m_finished; }
    const MessageReport& result() const { return m_result; }

signals:
    void finished();

private:
    struct Run;
    void partDone(quint64 generation);
    dns::Resolver* m_resolver;
    std::unique_ptr<Run> m_run;
    quint64 m_generation = 0;
    MessageReport m_result;
    bool m_finished = false;
};

} // namespace rebound::message
