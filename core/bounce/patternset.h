#pragma once

#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace rebound::bounce {

// Several regular expressions run as one alternation, so a text is scanned once instead of once per
// pattern. A match says which pattern matched (the leftmost match wins) and gives that pattern's own
// capture groups.
class PatternSet final {
public:
    struct Match {
        int index = -1; // which pattern
        QRegularExpressionMatch match;
        int groupBase = 0; // the pattern's group n is match.captured(groupBase + n)
        bool found() const { return index >= 0; }
        QString captured(int n) const { return match.captured(groupBase + n); }
        qsizetype capturedStart(int n = 0) const {
            return match.capturedStart(n == 0 ? groupBase : groupBase + n);
        }
        qsizetype capturedEnd(int n = 0) const {
            return match.capturedEnd(n == 0 ? groupBase : groupBase + n);
        }
    };

    // Empty string when all patterns compile; else the first problem. Options apply to all.
    QString setPatterns(const QStringList& patterns, QRegularExpression::PatternOptions options);
    Match match(QStringView text, qsizetype offset = 0) const;
    bool isEmpty() const { return m_groupBase.isEmpty(); }

private:
    QRegularExpression m_all;
    QList<int> m_groupBase;  // wrapper group of each pattern
    QList<int> m_groupCount; // its own groups
};

} // namespace rebound::bounce
