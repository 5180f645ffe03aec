#include "core/util/finding.h"

#include "core/util/jsonutil.h"
#include "core/util/nametable.h"

using namespace Qt::StringLiterals;

namespace rebound {
namespace {

constexpr util::EnumName<Severity> SeverityNames[]{{Severity::Info, u"info"},
                                                   {Severity::Warning, u"warning"},
                                                   {Severity::Error, u"error"},
                                                   {Severity::Critical, u"critical"}};

} // namespace

QString severityName(Severity severity) {
    return util::enumName<Severity>(SeverityNames, severity);
}

std::optional<Severity> parseSeverity(QStringView name) {
    return util::enumFromName<Severity>(SeverityNames, name);
}

Severity severityFromName(const QString& name, Severity fallback) {
    return parseSeverity(name).value_or(fallback);
}

QJsonObject toJson(const Finding& finding) {
    return QJsonObject{{u"id"_s, finding.id},
                       {u"severity"_s, severityName(finding.severity)},
                       {u"title"_s, finding.title},
                       {u"detail"_s, finding.detail},
                       {u"evidence"_s, util::toJsonArray(finding.evidence)}};
}

} // namespace rebound
