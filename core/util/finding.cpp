#include "core/util/finding.h"

#include "core/util/jsonutil.h"

namespace rebound {

QString severityName(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return u"info"_qs;
    case Severity::Warning:
        return u"warning"_qs;
    case Severity::Error:
        return u"error"_qs;
    case Severity::Critical:
        return u"critical"_qs;
    }
    return u"info"_qs;
}

Severity severityFromName(const QString& name, Severity fallback) {
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Error, Severity::Critical}) {
        if (severityName(s) == name)
            return s;
    }
    return fallback;
}

QJsonObject toJson(const Finding& finding) {
    return QJsonObject{{u"id"_qs, finding.id},
                       {u"severity"_qs, severityName(finding.severity)},
                       {u"title"_qs, finding.title},
                       {u"detail"_qs, finding.detail},
                       {u"evidence"_qs, util::toJsonArray(finding.evidence)}};
}

} // namespace rebound
