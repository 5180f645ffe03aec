#include "core/bounce/patternset.h"

using namespace Qt::StringLiterals;

namespace rebound::bounce {

QString PatternSet::setPatterns(const QStringList& patterns, QRegularExpression::PatternOptions options) {
    m_groupBase.clear();
    m_groupCount.clear();
    QStringList wrapped;
    int group = 1;
    for (const QString& pattern : patterns) {
        const QRegularExpression one(pattern, options);
        if (!one.isValid())
            return u"invalid regular expression \"%1\": %2"_s.arg(pattern, one.errorString());
        m_groupBase.append(group);
        m_groupCount.append(one.captureCount());
        group += 1 + one.captureCount();
        wrapped.append(u'(' + pattern + u')');
    }
    m_all = QRegularExpression(wrapped.join(u'|'), options);
    if (!m_all.isValid())
        return u"the patterns do not combine: %1"_s.arg(m_all.errorString());
    m_all.optimize();
    return {};
}

PatternSet::Match PatternSet::match(QStringView text, qsizetype offset) const {
    Match result;
    if (m_groupBase.isEmpty())
        return result;
    const QRegularExpressionMatch m = m_all.match(text, offset);
    if (!m.hasMatch())
        return result;
    for (qsizetype i = 0; i < m_groupBase.size(); ++i) {
        if (m.capturedStart(m_groupBase.at(i)) >= 0) {
            result.index = int(i);
            result.groupBase = m_groupBase.at(i);
            result.match = m;
            return result;
        }
    }
    return result;
}

} // namespace rebound::bounce
