#include "core/util/finding.h"

#include "core/util/jsonutil.h"

using namespace Qt::StringLiterals;

namespace rebound {

QString severityName(Severity severity) {
    switch (severity) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    case Severity::Critical:
        return u"critical"_s;
    }
    return u"info"_s;
}

Severity severityFromName(const QString& name, Severity fallback) {
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Error, Severity::Critical}) {
        if (severityName(s) == name)
            return s;
    }
    return fallback;
}

QJsonObject toJson(const Finding& finding) {
    return QJsonObject{{u"id"_s, finding.id},
                       {u"severity"_s, severityName(finding.severity)},
                       {u"title"_s, finding.title},
                       {u"detail"_s, finding.detail},
                       {u"evidence"_s, util::toJsonArray(finding.evidence)}};
}

} // namespace rebound
