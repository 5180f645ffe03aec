// Can a domain receive mail: its MX records, null MX (RFC 7505), the implicit MX of RFC 5321 5.1,
// and each target (IP literals, CNAMEs, names that do not resolve or resolve to private addresses).
#pragma once

#include "core/util/finding.h"
#include "core/util/task.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rebound::dns {
class Resolver;
}

namespace rebound::auth {

struct MxHost {
    int preference = 0;
    QString target;
    QStringList addresses;
    QString aliasOf; // set when the target is a CNAME: the canonical name
    bool ipLiteral = false;
    QString problem; // empty when the host is fine
};

struct MxReport {
    enum class State { Ok, NullMx, ImplicitMx, NoMailRoute, NxDomain, DnsError };
    QString domain;
    State state = State::DnsError;
    QList<MxHost> hosts;
    QString error;
    QList<Finding> findings;
};

QString mxStateName(MxReport::State state);

util::Task<MxReport> checkMx(dns::Resolver* resolver, QObject* context, QString domain);

} // namespace rebound::auth
