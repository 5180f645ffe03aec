#include "core/bounce/textslice.h"

namespace rebound::bounce {

void TextSlice::append(const QString& text, qsizetype offset, qsizetype length) {
    offset = qBound<qsizetype>(0, offset, text.size());
    length = qBound<qsizetype>(0, length, text.size() - offset);
    if (length > 0)
        m_segments.emplace_back(offset, length);
    m_flat.reserve(m_flat.size() + length + 1);
    bool pendingSpace = !m_flat.isEmpty();
    qsizetype spaceOrigin = offset;
    for (qsizetype i = offset; i < offset + length; ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c.unicode() < 0x20) {
            if (!pendingSpace)
                spaceOrigin = i;
            pendingSpace = !m_flat.isEmpty();
            continue;
        }
        if (pendingSpace) {
            m_flat += u' ';
            m_origin.push_back(spaceOrigin);
            pendingSpace = false;
        }
        m_flat += c;
        m_origin.push_back(i);
    }
}

qsizetype TextSlice::sourceOffset(qsizetype index) const {
    if (m_origin.empty())
        return 0;
    if (index >= qsizetype(m_origin.size()))
        return m_origin.back() + 1;
    return m_origin[size_t(qMax<qsizetype>(0, index))];
}

std::pair<qsizetype, qsizetype> TextSlice::sourceSpan(qsizetype start, qsizetype end) const {
    if (m_origin.empty() || end <= start)
        return {sourceOffset(start), 0};
    const qsizetype from = sourceOffset(start);
    const qsizetype to = sourceOffset(end - 1) + 1;
    return {from, qMax<qsizetype>(0, to - from)};
}

} // namespace rebound::bounce
