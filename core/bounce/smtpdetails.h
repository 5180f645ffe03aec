#pragma once

#include "core/bounce/bounceknowledge.h"

#include <QList>
#include <QString>

#include <vector>

namespace rebound::bounce {

// Something found in a flat diagnostic string: the value and where ([start, end) of the flat string).
struct FlatHit {
    QString value;
    QString extra; // a second value (an IP beside a host name, a provider code's meaning)
    qsizetype start = -1;
    qsizetype end = -1;
    bool found() const { return start >= 0; }
};

// The finders read one flat diagnostic (see TextSlice). Each returns the first convincing hit.
FlatHit findStatusCode(const BounceKnowledge& k, const QString& flat);
// A reply code; when statusClass is '4' or '5' a code of that class is preferred.
FlatHit findReplyCode(const BounceKnowledge& k, const QString& flat, QChar statusClass);
// Which stage, remote-host and sender-IP patterns may match a text (each set's
// GuardedPatterns::mayMatch), from one pass over it for the three finders below.
struct SmtpGuards {
    std::vector<bool> commands;
    std::vector<bool> remoteHosts;
    std::vector<bool> senderIps;
};
SmtpGuards smtpGuards(const BounceKnowledge& k, QStringView flat);
// The host a plain-text notice says wrote it (formats.json reporting_host), or none.
FlatHit findReportingHost(const BounceKnowledge& k, const QString& flat);
// The SMTP stage a text names; with replyAt (where the failing reply stands in flat), the last stage
// named before it when there is one (a session transcript).
FlatHit findCommand(const BounceKnowledge& k, const QString& flat, const SmtpGuards& guards,
                    qsizetype replyAt = -1);
// Value host, extra IP.
FlatHit findRemoteHost(const BounceKnowledge& k, const QString& flat, const SmtpGuards& guards);
FlatHit findSenderIp(const BounceKnowledge& k, const QString& flat, const SmtpGuards& guards);
QList<FlatHit> findBlocklists(const BounceKnowledge& k, const QString& flat);

struct ProviderHit {
    const ProviderRule* provider = nullptr;
    const ProviderCode* code = nullptr;
    FlatHit codeHit; // value: the code as written
};
// The provider of the recipient's domain (it names the service, Google Groups, where the MTAs name the
// infrastructure it runs on, Google), else of the remote MTA's host name, else of the reporting MTA's
// when no remote MTA is known (with one, the reporting MTA is the sender's side), else by its text
// signatures (not a domain after '@': that is someone's address; nor, with a remote MTA, the reporting
// MTA's host name); then its own code.
ProviderHit findProvider(const BounceKnowledge& k, const QString& flat, const QString& remoteMta,
                         const QString& reportingMta, const QString& recipientDomain = {});
// The first of the provider's codes that occurs in flat (hit.code stays null when none does).
void findProviderCode(const QString& flat, ProviderHit& hit);

bool isRealStatusCode(QStringView status); // "5.1.1" yes, "" or "5.1" no

// An IPv4 or IPv6 address (RFC 4291 text) a client can have connected from: not "this network" (0/8,
// ::). Loopback can (a lab, a local relay); a list's answer code (127.0.0.x) is kept out by the patterns
// that could take one. "XXX.XXX.XXX.XXX" (a redacted report) is none.
bool isPlausibleSender(QStringView ip);

} // namespace rebound::bounce
