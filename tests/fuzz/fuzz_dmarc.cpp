// libFuzzer target for the DMARC tag parser (RFC 7489 6.3): any text gives a classified record.
#include "core/auth/dmarcrecord.h"
#include "fuzzcheck.h"

using rebound::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input = rebound::fuzz::bytes(data, size);
    (void)rebound::auth::isDmarcRecord(input);
    const rebound::auth::DmarcRecord record = rebound::auth::parseDmarcRecord(QString::fromUtf8(input));
    require(record.percent >= 0 && record.percent <= 100, "pct within 0..100");
    if (record.status == rebound::auth::DmarcParseStatus::Ok)
        require(record.policy.has_value(), "an ok record has a policy");
    (void)rebound::auth::dmarcParseStatusName(record.status);
    return 0;
}
