#pragma once

#include <QList>
#include <QString>

#include <vector>

namespace rebound::bounce {

// Pieces of the analysed text flattened into one line (whitespace runs become one space), remembering
// where each character came from, so that a match in the flat string maps back to a span of the text.
class TextSlice final {
public:
    TextSlice() = default;

    // Appends text[offset, offset+length) flattened; a space separates it from what came before.
    void append(const QString& text, qsizetype offset, qsizetype length);

    const QString& flat() const { return m_flat; }
    bool isEmpty() const { return m_flat.isEmpty(); }
    // Offset in the source text of flat()[index]; index == flat().size() maps past the last character.
    qsizetype sourceOffset(qsizetype index) const;
    // [start, end) in flat() to {offset, length} in the source.
    std::pair<qsizetype, qsizetype> sourceSpan(qsizetype start, qsizetype end) const;
    // The source ranges appended, in order ({offset, length}); they need not be adjacent or ordered.
    const std::vector<std::pair<qsizetype, qsizetype>>& segments() const { return m_segments; }

private:
    QString m_flat;
    std::vector<qsizetype> m_origin;
    std::vector<std::pair<qsizetype, qsizetype>> m_segments;
};

} // namespace rebound::bounce
