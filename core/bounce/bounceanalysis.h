// core/bounce owns the bounce analyser: it turns whatever a user pastes (an SMTP reply, an MTA log line,
// a whole bounce message, an mbox) into plain per-recipient results with the evidence behind each one.
// Parsing is pure, offline and bounded. The knowledge (reason phrases, providers, blocklists) lives in
// resources/bounce/*.json, documented in docs/bounce-knowledge.md.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rebound::bounce {

// Inputs larger than this are refused with an error instead of being parsed.
inline constexpr qsizetype kMaxInputBytes = 25 * 1024 * 1024;

enum class InputKind {
    Empty,          // nothing but whitespace
    Unrecognised,   // text with no bounce, reply or log line in it
    Binary,         // refused: not text
    TooLarge,       // refused: over kMaxInputBytes
    SmtpReply,      // "550 5.1.1 ..." possibly multi-line
    LogLine,        // Postfix, Exim, Sendmail, Exchange log lines
    DsnMessage,     // RFC 3464 multipart/report delivery-status
    PlainNdr,       // a bounce message in an MTA's own text format
    FeedbackReport, // RFC 5965 ARF: a complaint, not a bounce
    AutoReply,      // vacation / out-of-office: not a bounce
    Mbox,           // several messages; each recipient names its message
};

QString inputKindName(InputKind kind); // "smtp_reply", "dsn_message", ...

// A piece of BounceAnalysis::text that supports a conclusion, for highlighting.
struct EvidenceSpan {
    qsizetype offset = 0;
    qsizetype length = 0;
    QString
        what; // "recipient", "reply_code", "status", "diagnostic", "reason", "sender_ip", "blocklist", ...
};

struct BounceRecipient {
    QString recipient;         // Final-Recipient or the address the text names
    QString originalRecipient; // Original-Recipient when given
    QString action;            // failed, delayed, delivered, relayed, expanded (lower case)
    int replyCode = 0;         // SMTP reply code, 0 when none
    QString status;            // RFC 3463 enhanced status "5.1.1", empty when none
    QString diagnostic;        // the remote server's words (or the reporting MTA's)
    QString diagnosticType;    // "smtp", "x-unix", ... from Diagnostic-Code
    QString command;           // SMTP command at which it failed: CONN, EHLO, MAIL, RCPT, DATA
    QString remoteMta;         // host name of the server that refused
    QString remoteIp;          // its address
    QString reportingMta;      // who wrote the bounce
    QString senderIp;          // the sending IP that the receiver names ("Client host [x]")
    QStringList blocklists;    // zones ("zen.spamhaus.org") or names ("Barracuda Reputation")
    QString provider;          // provider id from providers.json ("microsoft", "google", ...)
    QString providerCode;      // its own code ("S3150", "AS(201806281)", "TSS04", "5.7.26")
    QString providerCodeMeaning;
    QString reason;          // Sisimai's reason names: userunknown, mailboxfull, blocked, ...
    bool hardBounce = false; // retrying will not help
    QString feedbackType;    // ARF Feedback-Type (abuse, fraud, ...)
    int messageIndex = 0;    // which message of an mbox (0-based)
    QList<EvidenceSpan> evidence;
};

// Headers of the message that bounced, when the bounce carries them.
struct OriginalHeaders {
    bool present = false;
    QString from;
    QString to;
    QString subject;
    QString messageId;
    QString dkimDomain;   // DKIM-Signature d=
    QString dkimSelector; // DKIM-Signature s=
    QStringList authenticationResults;
    QStringList received; // top first
    // The returned message itself (not in the JSON): the message analysis reads it. Empty when the
    // bounce quotes the message inline rather than attaching it.
    QByteArray bytes;
    bool headersOnly = false; // text/rfc822-headers: no body to hash
};

struct BounceAnalysis {
    InputKind kind = InputKind::Empty;
    QString text;          // the normalised input (decoded, LF line ends) that evidence offsets index
    int messageCount = 0;  // messages seen (1 for a single bounce, N for an mbox)
    QString bounceFrom;    // From: of the bounce itself
    QString bounceSubject; // Subject: of the bounce itself
    QString bounceTo;      // To: of the bounce itself: the original sender, or its return path
    QList<BounceRecipient> recipients;
    OriginalHeaders original;
    QStringList warnings; // parsed, but something was cut, malformed or guessed
    QString error;        // refused or could not parse at all; empty when fine
};

} // namespace rebound::bounce
