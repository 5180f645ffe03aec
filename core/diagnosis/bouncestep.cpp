#include "core/diagnosis/bouncestep.h"

#include "core/bounce/bounceanalyzer.h"
#include "core/bounce/bouncejson.h"

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {

// The normalised text is kept in the session (bounded) because evidence offsets index it.
constexpr qsizetype MaxSessionBounceText = 2 * 1024 * 1024;

QJsonObject analyseBounceToJson(const QString& input) {
    const bounce::BounceAnalysis analysis = bounce::analyzeBounce(input);
    QJsonObject json = bounce::toJson(analysis);
    json.insert(u"text"_s, analysis.text.left(MaxSessionBounceText));
    if (analysis.text.size() > MaxSessionBounceText)
        json.insert(u"text_truncated"_s, true);
    return json;
}

} // namespace rebound::diagnosis
