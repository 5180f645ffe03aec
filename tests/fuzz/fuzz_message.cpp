// libFuzzer target for the delivered-message parsers: raw header fields, DKIM-Signature and
// ARC tag lists, canonicalization, the Received route and Authentication-Results.
#include "core/message/arc.h"
#include "core/message/authresults.h"
#include "core/message/dkimcanon.h"
#include "core/message/dkimsignature.h"
#include "core/message/dkimverifier.h"
#include "core/message/rawmessage.h"
#include "core/message/route.h"
#include "fuzzcheck.h"

using rebound::fuzz::require;
using namespace rebound::message;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input = rebound::fuzz::bytes(data, size);
    const RawMessage raw = parseRawMessage(input);
    require(raw.fields.size() <= kMaxHeaderFields, "field count bounded");
    for (const RawField& field : raw.fields)
        require(field.valueOffset <= field.raw.size(), "value inside its field");
    for (int index : raw.indexesOf("dkim-signature")) {
        DkimSignature sig = parseDkimSignature(raw.fields.at(index).rawValue(), 0);
        sig.fieldIndex = index;
        require(sig.tags.tags.size() <= kMaxTags, "tag count bounded");
        if (sig.error.isEmpty()) {
            const QByteArray hashed = headerHashInput(raw, sig);
            require(!hashed.isEmpty(), "a usable signature hashes its own field");
        }
    }
    for (Canon canon : {Canon::Simple, Canon::Relaxed}) {
        const QByteArray body = canonicalBody(raw.body, canon);
        require(body.isEmpty() || body.endsWith("\r\n"), "a canonical body ends with CRLF");
        require(!body.endsWith("\r\n\r\n"), "no empty line at the end");
    }
    const Route route = parseRoute(raw);
    require(route.hops.size() <= kMaxHops, "hops bounded");
    require(route.firstExternal < route.hops.size(), "first external hop is a hop");
    const QList<AuthResults> results = readAuthResults(raw);
    require(results.size() <= kMaxAuthResultsFields, "Authentication-Results bounded");
    const ArcChain chain = readArc(raw, 0);
    require(chain.instances.size() <= 150, "ARC instances bounded");
    return 0;
}
