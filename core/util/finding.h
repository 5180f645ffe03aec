#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rebound {

// How much a finding matters to deliverability.
enum class Severity { Info, Warning, Error, Critical };

QString severityName(Severity severity); // "info", "warning", "error", "critical"
Severity severityFromName(const QString& name, Severity fallback = Severity::Info);

// One thing a check found, with the evidence for it. Plain value shared by every check.
struct Finding {
    QString id; // stable, dotted: "spf.too_many_lookups"
    Severity severity = Severity::Info;
    QString title;        // one line, for people
    QString detail;       // what it means and what to do
    QStringList evidence; // raw records, reply lines: untrusted, escape when shown
};

QJsonObject toJson(const Finding& finding);

} // namespace rebound
