#pragma once

#include "core/report/reportdocument.h"

#include <QJsonObject>

// One function per report section, each reading the session JSON defensively (docs/session-json-schema.md):
// a missing key reads "not checked", a value of the wrong type is ignored.
namespace rebound::report::sections {

QList<QJsonObject> checks(const QJsonObject& session);
QList<QJsonObject> causes(const QJsonObject& session);
// The checks whose result carries the given key ("blocklists", "spf", "starttls"...) or has that id.
QList<QJsonObject> checksWith(const QJsonObject& session, const QString& checkId, const QString& resultKey);

// "yes" or "no" for a boolean value, empty when the key is missing or not a boolean.
QString yesNo(const QJsonObject& object, QStringView key);

// "You: do this — link" for one step of a cause.
RichText stepText(const QJsonObject& step);

// The servers of an SMTP check result ("hosts" of a domain probe, or the result itself) and the
// transcript of one as text.
QList<QJsonObject> smtpServers(const QJsonObject& result);
QString transcriptText(const QJsonObject& server);
// An SMTP reply ({code, lines} or a plain string) as one text.
QString replyText(const QJsonValue& value);

Section summary(const QJsonObject& session, const QString& attachmentName);
Section diagnosis(const QJsonObject& session);
Section findings(const QJsonObject& session);
Section blocklists(const QJsonObject& session);
Section reverseDns(const QJsonObject& session); // the PTR part of blocklists(), for the desktop app
Section mxRecords(const QJsonObject& session);  // the MX part of authentication(), for the desktop app
Section authentication(const QJsonObject& session);
Section smtp(const QJsonObject& session);
// The message analysis of each "message" check (a pasted message, the copy a bounce returned); no
// blocks when the run analysed no message.
Section message(const QJsonObject& session);
// The opt-in mailbox probes ("mailbox" checks): what each server answered at MAIL FROM and RCPT TO;
// no blocks when the run probed no mailbox.
Section mailbox(const QJsonObject& session);
// Microsoft SNDS data of the sending IPs ("snds" checks); no blocks when the run read none.
Section snds(const QJsonObject& session);
// The "Microsoft SNDS" row of one IP in the blocklists section (colour, trap hits, block, the data's
// date), from the session's "snds" check of that IP; empty when the run has none (no key).
QList<RichText> sndsRow(const QJsonObject& session, const QString& ip);
// What the watch's database remembers of the diagnosed targets (the "watch" check): the states that are
// not sound and since when, the latest changes; no blocks when the run read no history.
Section watchHistory(const QJsonObject& session);
// Google Postmaster Tools data of the sender's domain ("postmaster" checks); no blocks when the run read
// none.
Section postmaster(const QJsonObject& session);
// The DMARC aggregate and TLS reports loaded beside the diagnosis (the session's "reports"), if any.
Section dmarcReports(const QJsonObject& session);
Section pastedText(const QJsonObject& session, qsizetype maxChars);
Section dnsAnswers(const QJsonObject& session);
Section transcripts(const QJsonObject& session);

} // namespace rebound::report::sections
