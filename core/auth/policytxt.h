// The small TXT policies users ask about: MTA-STS (_mta-sts, RFC 8461 3.1), SMTP TLS reporting
// (_smtp._tls, RFC 8460 3) and BIMI (default._bimi). Only the TXT records: the MTA-STS policy file
// itself is fetched over HTTPS elsewhere.
#pragma once

#include "core/util/finding.h"
#include "core/util/task.h"

#include <QMap>

namespace rebound::dns {
class Resolver;
}

namespace rebound::auth {

enum class PolicyKind { MtaSts, TlsRpt, Bimi };

struct PolicyTxtReport {
    enum class State { Found, Missing, Multiple, Invalid, DnsError };
    PolicyKind kind = PolicyKind::MtaSts;
    QString name; // the TXT name asked
    State state = State::Missing;
    QString record; // escaped
    QMap<QString, QString> tags;
    QList<Finding> findings;
};

QString policyKindName(PolicyKind kind); // "mta_sts", "tls_rpt", "bimi"
QString policyStateName(PolicyTxtReport::State state);

// Validates the record text of one kind; returns the problems (empty when fine).
QStringList validatePolicyRecord(PolicyKind kind, const QMap<QString, QString>& tags);

util::Task<PolicyTxtReport> checkPolicyTxt(dns::Resolver* resolver, QObject* context, QString domain,
                                           PolicyKind kind);

} // namespace rebound::auth
