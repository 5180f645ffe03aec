// libFuzzer target for the DNS wire parser (RFC 1035): any bytes parse or fail with a message; no read
// outside the message, no loop, and the record count stays within what the message can hold.
#include "core/dns/dnsmessage.h"
#include "fuzzcheck.h"

using rebound::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray wire = rebound::fuzz::bytes(data, size);
    QString error;
    const std::optional<rebound::dns::DnsMessage> message = rebound::dns::parseDnsMessage(wire, &error);
    if (!message) {
        require(!error.isEmpty(), "a failed parse says why");
        return 0;
    }
    // Every resource record takes at least 11 octets (root name, type, class, TTL, RDLENGTH).
    const qsizetype records =
        message->answers.size() + message->authority.size() + message->additional.size();
    require(records * 11 <= wire.size(), "no more records than the message can hold");
    for (const QList<rebound::dns::DnsRecord>* section :
         {&message->answers, &message->authority, &message->additional}) {
        for (const rebound::dns::DnsRecord& record : *section) {
            require(record.name.size() <= 4 * 255,
                    "a name is at most 255 octets (escaped: 4 characters each)");
            require(record.rdata.size() <= wire.size(), "RDATA inside the message");
            (void)record.presentation();
            (void)record.txtJoined();
        }
    }
    int offset = 12;
    QString nameError;
    if (rebound::dns::readDomainName(wire, &offset, &nameError))
        require(offset > 12 && offset <= wire.size(), "a name read advances inside the message");
    return 0;
}
