#pragma once

#include <QRegularExpression>
#include <QString>

namespace rebound::bounce {

// QRegularExpression matching for the analyser's texts. PCRE2 checks that a subject is valid UTF-16
// before every match, one code unit at a time, over the whole subject: the analyser matches long
// texts many times, and that check cost more than the matching (9 % of a directory run's
// instructions). A text without any surrogate code unit (nearly every bounce) is valid, which one
// vectorised pass shows; PCRE2 still checks every other text itself, so invalid UTF-16 is never
// handed to it unchecked.
bool hasSurrogates(QStringView text);
// Replaces each lone surrogate (a high one not followed by a low one, a low one not after a high one)
// with U+FFFD, as a decoder does with a byte it cannot read. The decoders whose input can spell one
// (ICU's UTF-7 and UTF-16, iconv) call it, so the analyser's texts are valid UTF-16.
void replaceLoneSurrogates(QString& text);
QRegularExpression::MatchOptions subjectCheck(QStringView text);

QRegularExpressionMatch firstMatch(const QRegularExpression& re, const QString& text, qsizetype offset = 0);
QRegularExpressionMatch firstMatch(const QRegularExpression& re, QStringView text, qsizetype offset = 0);
QRegularExpressionMatchIterator allMatches(const QRegularExpression& re, const QString& text);
QRegularExpressionMatchIterator allMatches(const QRegularExpression& re, QStringView text);

// The same with the text's subjectCheck() made once by the caller, for a loop that matches many
// patterns against one text (check must be subjectCheck(text)).
using SubjectCheck = QRegularExpression::MatchOptions;
QRegularExpressionMatch firstMatch(const QRegularExpression& re, const QString& text, qsizetype offset,
                                   SubjectCheck check);
QRegularExpressionMatch firstMatch(const QRegularExpression& re, QStringView text, qsizetype offset,
                                   SubjectCheck check);
QRegularExpressionMatchIterator allMatches(const QRegularExpression& re, const QString& text,
                                           SubjectCheck check);

} // namespace rebound::bounce
