// libFuzzer target for the MIME layer of the bounce analyser alone (parts, nesting, transfer encodings,
// HTML to text): every part stays inside the decoded text and the limits on parts and depth hold.
#include "core/bounce/mimeparser.h"
#include "fuzzcheck.h"

using rebound::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input = rebound::fuzz::bytes(data, size);
    const rebound::bounce::ParsedMessage message = rebound::bounce::parseMessage(input);
    require(message.parts.size() <= rebound::bounce::kMaxMimeParts + 1, "part count within kMaxMimeParts");
    for (const rebound::bounce::MimePart& part : message.parts) {
        require(part.offset >= 0 && part.length >= 0, "part range not negative");
        require(part.offset + part.length <= message.text.size(), "part inside the text");
        require(part.depth <= rebound::bounce::kMaxMimeDepth + 1, "part depth within kMaxMimeDepth");
    }
    const QString text = rebound::bounce::htmlToText(QString::fromUtf8(input));
    require(text.size() <= input.size() + 1, "HTML to text never grows the text");
    return 0;
}
