#pragma once

#include "core/smtp/smtpdomainprobe.h"
#include "core/smtp/smtphostresult.h"
#include "core/smtp/smtpproberesult.h"

#include <QJsonObject>

namespace rebound::smtp {

// The JSON form of SMTP evidence, shared by the CLI, the diagnosis, the GUI and the report. Keys are
// documented in docs/CLI.md (section "smtp") and only ever extended. Untrusted text is escaped.
QJsonObject toJson(const SmtpReply& reply);
QJsonObject toJson(const StartTlsResult& starttls);
QJsonObject toJson(const CertificateInfo& certificate);
QJsonObject toJson(const Transcript& transcript);
QJsonObject toJson(const SmtpProbeResult& probe);
// The primary probe's keys at the top (host, address, banner, ehlo, starttls, transcript), every
// probe under "probes", and all findings (host and probes) under "findings".
QJsonObject toJson(const SmtpHostResult& host);
// "domain", "mx" (preference, host), "implicit_mx", "null_mx", "hosts" (each as above), "findings" (all).
QJsonObject toJson(const SmtpDomainResult& domain);

// A short human-readable report for the CLI.
QString toText(const SmtpHostResult& host);
QString toText(const SmtpDomainResult& domain);

} // namespace rebound::smtp
