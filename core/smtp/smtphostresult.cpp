#include "core/smtp/smtphostresult.h"

namespace rebound::smtp {

qsizetype SmtpHostResult::primaryIndex() const {
    for (qsizetype i = 0; i < probes.size(); ++i) {
        if (probes.at(i).banner)
            return i;
    }
    return probes.isEmpty() ? -1 : 0;
}

QList<Finding> SmtpHostResult::allFindings() const {
    QList<Finding> out = findings;
    for (const SmtpProbeResult& probe : probes)
        out += probe.findings;
    return out;
}

} // namespace rebound::smtp
