#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace rebound {

// How much a finding matters to deliverability. The order is the ranking: compare the values (a
// Critical is > an Error); there is no other severity order anywhere.
enum class Severity { Info, Warning, Error, Critical };

QString severityName(Severity severity);                 // "info", "warning", "error", "critical"
std::optional<Severity> parseSeverity(QStringView name); // nullopt for any other text
Severity severityFromName(const QString& name, Severity fallback = Severity::Info);
// A problem: warning or worse (info is not one).
inline bool isProblem(Severity severity) {
    return severity >= Severity::Warning;
}

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
