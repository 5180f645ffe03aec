#pragma once

#include "core/util/finding.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace rebound::smtp {

// What the SMTP probe knows, as data (resources/smtp/findings.json, embedded): each finding's severity,
// title and detail with {placeholders}, the greylisting wording, and the thresholds for expiry, key size
// and old protocols.
class SmtpKnowledge final {
public:
    using Args = QHash<QString, QString>;

    // The embedded catalogue, read once.
    static const SmtpKnowledge& instance();
    // Reads a catalogue from JSON text; false with *error when it is not one.
    bool load(const QByteArray& json, QString* error);

    // The finding with this id, placeholders filled in. An id missing from the catalogue still gives a
    // finding (its id as title, severity error), so nothing is ever silently lost. A variant picks
    // "title_<variant>" or "detail_<variant>" over "title" and "detail" when the entry has it: a whole
    // sentence of its own to translate, never a word glued into one.
    Finding finding(const QString& id, const Args& args, const QStringList& evidence = {},
                    const QString& titleVariant = {}, const QString& detailVariant = {}) const;
    Severity severity(const QString& id, const QString& variant = {}) const;
    QString text(const QString& key) const;
    QStringList ids() const { return m_findings.keys(); }

    QRegularExpression greylisting;
    int expiringDays = 14;
    int weakRsaBits = 2048;
    QStringList oldProtocols;

private:
    QHash<QString, QJsonObject> m_findings;
    QHash<QString, QString> m_texts;
};

} // namespace rebound::smtp
