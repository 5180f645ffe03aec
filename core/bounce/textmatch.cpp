#include "core/bounce/textmatch.h"

#include <cstring>

namespace rebound::bounce {

bool hasSurrogates(QStringView text) {
    const char16_t* units = text.utf16();
    const qsizetype size = text.size();
    // Four units at a time in a 64-bit word (SWAR): a lane is a surrogate when its top five bits are
    // 11011, i.e. (unit & 0xF800) == 0xD800; the classic zero-lane test finds such a lane.
    constexpr quint64 kTop5 = 0xF800F800F800F800ull;
    constexpr quint64 kSurrogate = 0xD800D800D800D800ull;
    constexpr quint64 kOnes = 0x0001000100010001ull;
    constexpr quint64 kHighBits = 0x8000800080008000ull;
    qsizetype i = 0;
    for (; i + 4 <= size; i += 4) {
        quint64 word;
        std::memcpy(&word, units + i, sizeof word);
        const quint64 diff = (word & kTop5) ^ kSurrogate; // a zero lane is a surrogate
        if ((diff - kOnes) & ~diff & kHighBits)
            return true;
    }
    for (; i < size; ++i) {
        if ((units[i] & 0xF800) == 0xD800)
            return true;
    }
    return false;
}

void replaceLoneSurrogates(QString& text) {
    if (!hasSurrogates(text))
        return;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i; // a pair
        else if (c.isSurrogate())
            text[i] = QChar::ReplacementCharacter;
    }
}

QRegularExpression::MatchOptions subjectCheck(QStringView text) {
    return hasSurrogates(text) ? QRegularExpression::NoMatchOption
                               : QRegularExpression::DontCheckSubjectStringMatchOption;
}

QRegularExpressionMatch firstMatch(const QRegularExpression& re, const QString& text, qsizetype offset) {
    return firstMatch(re, text, offset, subjectCheck(text));
}

QRegularExpressionMatch firstMatch(const QRegularExpression& re, QStringView text, qsizetype offset) {
    return firstMatch(re, text, offset, subjectCheck(text));
}

QRegularExpressionMatchIterator allMatches(const QRegularExpression& re, const QString& text) {
    return allMatches(re, text, subjectCheck(text));
}

QRegularExpressionMatchIterator allMatches(const QRegularExpression& re, QStringView text) {
    return re.globalMatch(text, 0, QRegularExpression::NormalMatch, subjectCheck(text));
}

QRegularExpressionMatch firstMatch(const QRegularExpression& re, const QString& text, qsizetype offset,
                                   SubjectCheck check) {
    return re.match(text, offset, QRegularExpression::NormalMatch, check);
}

QRegularExpressionMatch firstMatch(const QRegularExpression& re, QStringView text, qsizetype offset,
                                   SubjectCheck check) {
    return re.match(text, offset, QRegularExpression::NormalMatch, check);
}

QRegularExpressionMatchIterator allMatches(const QRegularExpression& re, const QString& text,
                                           SubjectCheck check) {
    return re.globalMatch(text, 0, QRegularExpression::NormalMatch, check);
}

} // namespace rebound::bounce
