// JSON for the domain checks, shared by rebound-cli, the diagnosis and the report. SPF has its own
// file (spfjson.h).
#pragma once

#include "core/auth/domaincheck.h"

#include <QJsonObject>

namespace rebound::auth {

QJsonObject toJson(const MxReport& report);
QJsonObject toJson(const DmarcReport& report);
QJsonObject toJson(const DkimSelectorReport& report);
QJsonObject toJson(const PolicyTxtReport& report);
// Adds the fetched MTA-STS policy to the mta_sts object: fetch {url, status, certificate_ok, error, ...},
// policy {version, mode, mx, max_age, ...} (null when none was read), mx_match [{mx, matched}], findings.
void addMtaStsJson(const MtaStsReport& report, QJsonObject& object);
// Adds the fetched logo and mark certificate to the bimi object: logo {fetch, svg}, certificate {fetch,
// subject, chain_ok, bimi_usage, domain_listed, logotype_found, logo_matches, ...}, findings.
void addBimiJson(const BimiReport& report, QJsonObject& object);
QJsonObject toJson(const AddressCheck& check);
QJsonObject toJson(const AlignmentReport& alignment);
// {domain, mx, spf, dmarc, dkim, mta_sts, tls_rpt, bimi, sender, alignment, findings, elapsed_ms}
QJsonObject toJson(const DomainReport& report);

} // namespace rebound::auth
