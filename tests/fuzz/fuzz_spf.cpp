// libFuzzer target for the SPF record parser and the macro expander (RFC 7208 sections 4.6, 7, 12): the
// input is parsed as a record, every domain-spec in it is expanded, and the input itself is checked and
// expanded as a macro-string (plain and explanation). Expansions stay bounded.
#include "core/auth/spfmacro.h"
#include "core/auth/spfrecord.h"
#include "fuzzcheck.h"

using rebound::fuzz::require;
using namespace rebound::auth;

namespace {

SpfMacroContext context(bool ipv6) {
    SpfMacroContext c;
    c.sender = QStringLiteral("strong-bad@email.example.com");
    c.localPart = QStringLiteral("strong-bad");
    c.senderDomain = QStringLiteral("email.example.com");
    c.domain = QStringLiteral("email.example.com");
    c.ip = QHostAddress(ipv6 ? QStringLiteral("2001:db8::cb01") : QStringLiteral("192.0.2.3"));
    c.helo = QStringLiteral("mx.example.org");
    c.timestamp = 1700000000;
    return c;
}

void expandChecked(const QString& spec, const SpfMacroContext& c) {
    QString error;
    if (const std::optional<QString> domain = expandDomainSpec(spec, c, &error))
        require(domain->size() <= 253, "an expanded domain-spec is at most 253 characters (RFC 7208 7.3)");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input = rebound::fuzz::bytes(data, size);
    const bool ipv6 = size > 0 && (data[size - 1] & 1);
    const SpfMacroContext c = context(ipv6);

    if (isSpfRecord(input)) {
        const SpfParseResult result = parseSpfRecord(input);
        require(result.record.has_value() != result.error.has_value(), "a record or an error, not both");
        if (result.record) {
            for (const SpfTerm& term : result.record->directives) {
                require(term.position >= 0 && term.position <= result.record->text.size(),
                        "term inside record");
                if (!term.domainSpec.isEmpty())
                    expandChecked(term.domainSpec, c);
            }
            for (const SpfTerm& term : result.record->modifiers)
                expandChecked(term.modifierValue, c);
        }
    }

    const QString text = QString::fromLatin1(input);
    for (const bool explanation : {false, true}) {
        QString error;
        const bool valid = isValidMacroString(text, explanation, &error);
        const std::optional<QString> expanded = expandSpfMacros(text, c, explanation, &error);
        require(valid == expanded.has_value(), "syntax check and expansion agree");
        // A macro expands to at most the longest value (the sender, or 63 characters of an IPv6 %{i})
        // URL-escaped (3 characters per octet), so the output is bounded by the input's length.
        if (expanded)
            require(expanded->size() <= qsizetype(text.size()) * 3 * 64 + 64, "expansion bounded");
    }
    if (!text.isEmpty())
        expandChecked(text, c);
    (void)endsWithMacroExpand(text);
    (void)usesPtrMacro(text);
    (void)usesIpMacro(text);
    return 0;
}
