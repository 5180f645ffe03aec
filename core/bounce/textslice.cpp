#include "core/bounce/textslice.h"

namespace rebound::bounce {

void TextSlice::append(const QString& text, qsizetype offset, qsizetype length) {
    offset = qBound<qsizetype>(0, offset, text.size());
    length = qBound<qsizetype>(0, length, text.size() - offset);
    if (length > 0)
        m_segments.emplace_back(offset, length);
    // Written in place (room for a space and every character), then cut to what was written.
    qsizetype size = m_flat.size();
    m_flat.resize(size + length + 1);
    QChar* const flat = m_flat.data();
    const QChar* const source = text.constData();
    bool pendingSpace = size > 0;
    qsizetype spaceOrigin = offset;
    for (qsizetype i = offset; i < offset + length; ++i) {
        const QChar c = source[i];
        if (c.isSpace() || c.unicode() < 0x20) {
            if (!pendingSpace)
                spaceOrigin = i;
            pendingSpace = size > 0;
            continue;
        }
        if (pendingSpace) {
            flat[size++] = u' ';
            m_origin.push_back(spaceOrigin);
            pendingSpace = false;
        }
        flat[size++] = c;
        m_origin.push_back(i);
    }
    m_flat.truncate(size);
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
