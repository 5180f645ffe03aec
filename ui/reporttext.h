// Plain-text renderings of check results for the read-only detail views (reverse DNS, MX and SMTP).
// Every key is optional: what a check has not reported yet is said to be "not checked".
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace rebound::ui {

// blocklistsResult: the blocklists check JSON ({ip, ptr, fcrdns, ...}).
QString reverseDnsText(const QJsonObject& blocklistsResult);

// domainResult: the domain check JSON ({mx, ...}); smtpResults: each smtp check's JSON.
QString mailServerText(const QJsonObject& domainResult, const QList<QJsonObject>& smtpResults);

} // namespace rebound::ui
