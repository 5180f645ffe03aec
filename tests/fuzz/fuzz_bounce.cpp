// libFuzzer target for the bounce analyser: any bytes, no crash, no hang, no leak. Build with clang and
// -DREBOUND_FUZZ=ON; run with the seed corpus in tests/fuzz/corpus/bounce (see docs/bounce-knowledge.md).
#include "core/bounce/bounceanalyzer.h"
#include "core/bounce/bouncejson.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const rebound::bounce::BounceAnalysis analysis = rebound::bounce::analyzeBounce(input);
    // The JSON form reads every evidence span: it must stay inside the text.
    const QJsonObject json = rebound::bounce::toJson(analysis);
    for (const rebound::bounce::BounceRecipient& r : analysis.recipients) {
        for (const rebound::bounce::EvidenceSpan& span : r.evidence) {
            if (span.offset < 0 || span.length < 0 || span.offset + span.length > analysis.text.size())
                __builtin_trap();
        }
    }
    return json.isEmpty() ? 1 : 0;
}
