// libFuzzer target for the SMTP reply parser (RFC 5321 4.2): the input arrives in chunks (sizes taken
// from its first bytes); every reply taken respects the limits, and an error is never left.
#include "core/smtp/smtpreplyparser.h"
#include "fuzzcheck.h"

using rebound::fuzz::require;
using rebound::smtp::SmtpReply;
using rebound::smtp::SmtpReplyParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 2)
        return 0;
    SmtpReplyParser::Limits limits;
    limits.maxLineLength = 64 + data[0] * 8; // small limits so the fuzzer reaches them
    limits.maxLines = 1 + data[1] % 16;
    SmtpReplyParser parser(limits);
    const QByteArray stream = rebound::fuzz::bytes(data + 2, size - 2);
    const int chunk = 1 + data[1] / 16;
    bool failed = false;
    for (qsizetype at = 0; at < stream.size(); at += chunk) {
        const bool ok = parser.feed(stream.mid(at, chunk));
        require(!(failed && ok), "an error state is never left");
        failed = failed || !ok;
        // A line may reach maxLineLength + 1 (its CR) before it ends; one more chunk arrives before the
        // check.
        require(parser.pendingBytes().size() <= limits.maxLineLength + 1 + chunk, "pending bytes bounded");
        while (const std::optional<SmtpReply> reply = parser.takeReply()) {
            require(reply->isValid(), "a reply taken has a valid code");
            require(reply->lines.size() <= limits.maxLines, "lines per reply within the limit");
            for (const QByteArray& line : reply->lines)
                require(line.size() <= limits.maxLineLength, "line within the limit");
            (void)reply->joinedText();
            (void)reply->wireLines();
        }
    }
    if (failed)
        require(parser.error() != SmtpReplyParser::Error::None && !parser.errorText().isEmpty(),
                "error named");
    (void)parser.takeUnconsumed();
    return 0;
}
