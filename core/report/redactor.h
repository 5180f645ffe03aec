#pragma once

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace rebound::report {

// Masks personal data in a session before it leaves the machine: the local parts of email addresses
// (role accounts such as postmaster@ and MAILER-DAEMON@ stay readable), Message-ID local parts, and
// display names in From/To/Cc/Reply-To/Sender headers; then every other occurrence of those names and
// local parts. Domains, IPs, codes and DNS records stay: they are what a support desk needs.
//
// Masking keeps the length of the text (each masked character becomes "•"), so the bounce's evidence
// offsets still point at the same spans of the redacted text.
class Redactor {
public:
    static constexpr QChar MaskChar = QChar(0x2022);

    // Learns the names and addresses of a session (bounce recipients, original headers, input) so
    // they are masked wherever they appear.
    void learn(const QJsonObject& session);
    void learnText(const QString& text);

    QString redactText(const QString& text) const;
    // The input, bounce, findings and diagnosis are masked with the patterns; check results (public
    // DNS data, transcripts) only where they repeat a learnt name or address.
    QJsonObject redactSession(const QJsonObject& session) const;

    // One call: learn from the session, then mask it.
    static QJsonObject redacted(const QJsonObject& session);

private:
    QString maskKnown(const QString& text) const;
    QJsonValue redactValue(const QJsonValue& value, bool patterns) const;

    QSet<QString> m_known; // exact strings to mask wherever they appear (names, local parts)
};

} // namespace rebound::report
