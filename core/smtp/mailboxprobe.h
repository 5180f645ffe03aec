#pragma once

#include "core/smtp/smtpdomainprobe.h"
#include "core/smtp/smtpprobeoptions.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

namespace rebound::dns {
class Resolver;
}

namespace rebound::smtp {

// What probing one mailbox showed. Never "valid": at best the server accepted the address at RCPT.
enum class MailboxVerdict {
    Accepted,      // RCPT accepted, and a random local part at the same domain refused
    Rejected,      // RCPT refused with 5xx
    Greylisted,    // RCPT deferred with 4xx (greylisting or a temporary problem): ask again later
    CatchAll,      // a random local part was accepted too: cannot be verified by probing
    Unverifiable,  // a provider known to accept every address at RCPT: cannot be verified by probing
    SenderRefused, // MAIL FROM refused: nothing is known about the recipient
    NoMailServer,  // no MX (null MX, no such domain): the domain receives no mail
    Failed,        // no conversation (connection, TLS, timeout): nothing is known
    RateLimited,   // not probed: this domain was probed too recently
};

QString mailboxVerdictName(MailboxVerdict verdict); // "accepted", "rejected", "greylisted", "catch_all", ...

// A provider whose servers accept every address at RCPT (resources/smtp/mailbox-providers.json).
struct AcceptAllProvider {
    QString id;
    QString name;
    QString source;
};

struct MailboxProbeResult {
    QString address; // the recipient probed
    QString domain;  // its domain, lower case
    QString sender;  // MAIL FROM
    MailboxVerdict verdict = MailboxVerdict::Failed;
    QString mxHost; // the host talked to
    QString randomAddress;
    std::optional<SmtpReply> mailReply;
    std::optional<SmtpReply> rcptReply;
    std::optional<SmtpReply> randomReply; // the catch-all test
    std::optional<AcceptAllProvider> provider;
    qint64 retryAfterSeconds = 0; // RateLimited: when the domain may be probed again
    SmtpDomainResult smtp;        // the connection itself (transcript, TLS)
    QList<Finding> findings;      // the verdict as a finding (smtp.mailbox.*)
};

// The per-domain rate limit of mailbox probes, shared by the GUI and the CLI: the time of the last probe
// of each domain, persisted in Rebound/mailbox-probes.ini under the generic config location.
class MailboxRateLimit final {
public:
    // Seconds before domain may be probed again; 0 when it may be now.
    static qint64 secondsUntilAllowed(const QString& domain,
                                      const QDateTime& now = QDateTime::currentDateTimeUtc());
    static void record(const QString& domain, const QDateTime& now = QDateTime::currentDateTimeUtc());
    static int minIntervalSeconds();
};

// Probes one mailbox, opt-in: the first MX host's first address, EHLO, STARTTLS when offered, MAIL FROM
// with the user's own address, RCPT TO the address, RCPT TO a random local part at the same domain
// (catch-all), RSET, QUIT. Never DATA. Refuses to start (verdict RateLimited) when the domain was
// probed less than MailboxRateLimit::minIntervalSeconds() ago, and records the probe otherwise.
// finished() once per start(), never from inside it.
class MailboxProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxProbe)

public:
    MailboxProbe(dns::Resolver* resolver, const QString& address, const QString& sender, quint16 port,
                 const SmtpProbeOptions& options, QObject* parent = nullptr);
    ~MailboxProbe() override;

    void start();
    void cancel();
    const MailboxProbeResult& result() const { return m_result; }

signals:
    void finished();

private:
    void onProbeFinished();

    QPointer<dns::Resolver> m_resolver;
    quint16 m_port;
    SmtpProbeOptions m_options;
    MailboxProbeResult m_result;
    SmtpDomainProbe* m_probe = nullptr;
    bool m_started = false;
};

// The provider that accepts every address at RCPT for this MX host or domain, when one is known.
std::optional<AcceptAllProvider> acceptAllProvider(const QString& mxHost, const QString& domain);
// A local part no one has: letters and digits, from a strong random source.
QString randomLocalPart();

} // namespace rebound::smtp
