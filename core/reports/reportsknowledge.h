// What Rebound knows to read reports: the sending services and mailbox providers by their ranges,
// PTR names and DKIM domains (resources/reports/senders.json), the meaning of each TLS-RPT result
// type (tlsrpt-results.json) and the finding texts (findings.json).
#pragma once

#include "core/util/finding.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace rebound::reports {

struct KnownSender {
    QString id;
    QString name;
    QString kind; // "esp" or "mailbox"
    QList<std::pair<QHostAddress, int>> ranges;
    QStringList ptrSuffixes;
    QStringList dkimDomains;
};

class ReportsKnowledge final {
public:
    // The knowledge embedded in the program (loaded once).
    static const ReportsKnowledge& instance();

    // The sender whose range holds ip, or whose PTR suffix ends ptr, or whose DKIM domain signed;
    // nullptr when none.
    const KnownSender* matchSender(const QString& ip, const QString& ptr,
                                   const QStringList& dkimDomains) const;
    // The meaning of a TLS-RPT result type, translated.
    QString tlsResultMeaning(const QString& resultType) const;
    // A finding with its text translated and {placeholders} filled.
    Finding finding(const QString& id, const QHash<QString, QString>& args,
                    const QStringList& evidence) const;

private:
    ReportsKnowledge();
    QList<KnownSender> m_senders;
    QHash<QString, QString> m_tlsResults;
    QHash<QString, std::pair<Severity, std::pair<QString, QString>>> m_findings;
};

} // namespace rebound::reports
