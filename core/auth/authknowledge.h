#pragma once

#include "core/util/finding.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace rebound::auth {

// What the domain checks say, as data (resources/auth/findings.json, embedded): each finding's
// severity, title and detail with %1, %2... placeholders, and the shared texts the checks build their
// findings with. Texts are translated in the context rebound::data::auth (listed for lupdate by
// translations/extract_data_strings.py) before their placeholders are filled; rebound-cli installs no
// translator and stays English.
class AuthKnowledge final {
public:
    // The embedded catalogue, read once.
    static const AuthKnowledge& instance();
    // Reads a catalogue from JSON text; false with *error when it is not one (a finding without a
    // title, a severity that is not info, warning, error or critical).
    bool load(const QByteArray& json, QString* error);

    // The finding with this id, title and detail filled in from titleArgs and detailArgs (%1 is the
    // first, in one pass: a value that holds "%2" stays as it is). detailVariant picks
    // "detail_<variant>" over "detail" when the entry has it. An entry without a detail gives an empty
    // one, for the caller's own words. An id missing from the catalogue still gives a finding (its id
    // as title, severity error), so nothing is ever silently lost.
    Finding finding(const QString& id, const QStringList& titleArgs, const QStringList& detailArgs = {},
                    const QStringList& evidence = {}, const QString& detailVariant = {}) const;
    // "severity_<variant>" when the entry has it, else "severity".
    Severity severity(const QString& id, const QString& variant = {}) const;
    // A shared text ("texts" of the file), translated and filled in like a finding's.
    QString text(const QString& key, const QStringList& args = {}) const;

    QStringList ids() const { return m_findings.keys(); }
    QStringList textKeys() const { return m_texts.keys(); }

private:
    struct Entry {
        QHash<QString, Severity> severities; // by variant; "" is the default
        QHash<QString, QString> titles;      // by variant
        QHash<QString, QString> details;     // by variant
    };
    QHash<QString, Entry> m_findings;
    QHash<QString, QString> m_texts;
};

} // namespace rebound::auth
