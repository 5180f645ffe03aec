#pragma once

#include "core/diagnosis/session.h"
#include "core/dns/resolverconfig.h"
#include "core/https/httpsfetcher.h"
#include "core/postmaster/oauth.h"
#include "core/snds/sndsclient.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace rebound::diagnosis {

struct RunOptions {
    dns::ResolverConfig resolver;
    QString spamhausDqsKey;    // switches Spamhaus queries to the DQS zones
    QString abusixKey;         // Abusix Mail Intelligence: without it those lists are not asked
    QStringList disabledLists; // blocklist ids the user turned off
    bool smtpProbe = true;     // connect to MX hosts / the sending IP (never sends mail)
    int smtpPort = 25;
    QString ehloName;          // empty: a sensible default
    QStringList dkimSelectors; // extra selectors to try
    int smtpTimeoutMs = 10000;
    // The opt-in mailbox probe (RCPT TO, never DATA): off by default; planned only with the user's own
    // address as MAIL FROM, for an address given as input or a recipient a bounce calls unknown.
    bool mailboxProbe = false;
    QString probeSender;
    // Microsoft SNDS Automated Data Access: with a key (snds.key), each sending IP also gets the check
    // "snds"; the rest (base URL, CA file, port) is for labs.
    snds::SndsOptions snds;
    // The watch's SQLite database (the desktop's history database, rebound-cli diagnose --watch-state):
    // with one, the check "watch" reads what it remembers of the diagnosed IPs and domain.
    QString watchState;
    // The user's Google account for Postmaster Tools (their OAuth client and the refresh token Connect
    // obtained): with one, the From domain of a Gmail bounce also gets the check "postmaster".
    postmaster::Credentials postmaster;
    // Check documentation ranges (192.0.2.0/24, 2001:db8::/32...) like public addresses: for labs and
    // examples; off for real use, where such an address gets an explanation instead.
    bool checkDocumentationRanges = false;
    // HTTPS fetches (the recipient domain's MTA-STS policy): port, CA file, private addresses (a lab).
    https::HttpsOptions https;
    // End as soon as no running check can change the verdict any more (a critical or error cause is
    // already established: the verdict is problem_found and the exit code 2 whatever else comes); the
    // checks still running are cancelled and named (DiagnosisRun::settledEarly). rebound-cli diagnose
    // sets it; the desktop app keeps every check running to the end.
    bool settleEarly = false;
};

// The lists a run gave up on as a whole ("Name (zone)", once each, in check order): their test points
// or first queries did not answer by the deadline, failed or were refused (list_health in the
// blocklist results), so every address they would have judged is "could not check".
QStringList listsNotAnswering(const Session& session);
// After a run that settled early: the lists that had not answered yet ("Name (zone)") and the titles of
// the checks that were still running when the verdict became final.
QStringList listsPendingAtVerdict(const Session& session);
QStringList checksPendingAtVerdict(const Session& session);

// One diagnosis from one input: detects what it is, parses a bounce off the UI thread, plans and runs
// the checks concurrently, streams their progress, and ranks the causes. Cancel keeps what finished.
class DiagnosisRun final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosisRun)

public:
    explicit DiagnosisRun(const RunOptions& options, QObject* parent = nullptr);
    ~DiagnosisRun() override;

    void start(const QString& input);
    void cancel();
    bool isRunning() const;
    // True when the run ended because no running check could change the verdict (RunOptions::settleEarly).
    bool settledEarly() const;
    const Session& session() const;

signals:
    void inputDetected(const rebound::diagnosis::DetectedInput& detected);
    void bounceAnalysed();
    void checkAdded(int index);
    void checkChanged(int index);
    void diagnosisUpdated();
    void finished();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rebound::diagnosis
