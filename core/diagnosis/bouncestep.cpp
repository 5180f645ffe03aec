#include "core/diagnosis/bouncestep.h"

#include "core/bounce/bounceanalyzer.h"
#include "core/bounce/bouncejson.h"

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {

// The normalised text is kept in the session (bounded) because evidence offsets index it.
constexpr qsizetype MaxSessionBounceText = 2 * 1024 * 1024;

BounceStep analyseBounceInput(const QString& input) {
    const bounce::BounceAnalysis analysis = bounce::analyzeBounce(input);
    BounceStep step;
    step.json = bounce::toJson(analysis);
    step.json.insert(u"text"_s, analysis.text.left(MaxSessionBounceText));
    if (analysis.text.size() > MaxSessionBounceText)
        step.json.insert(u"text_truncated"_s, true);
    step.returnedMessage = analysis.original.bytes;
    step.returnedHeadersOnly = analysis.original.headersOnly;
    return step;
}

} // namespace rebound::diagnosis
