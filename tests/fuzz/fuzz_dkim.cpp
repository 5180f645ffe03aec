// libFuzzer target for the DKIM key record parser (RFC 6376 3.6.1): the input is cut into TXT strings at
// each NUL byte, parsed, and its key handed to OpenSSL.
#include "core/auth/dkimkey.h"
#include "fuzzcheck.h"

#include <QList>

using rebound::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray input = rebound::fuzz::bytes(data, size);
    const QList<QByteArray> strings = input.split('\0');
    (void)rebound::auth::looksLikeDkimKey(input);
    const rebound::auth::DkimKey key = rebound::auth::parseDkimKey(strings);
    require(key.txtStrings.size() == strings.size(), "every TXT string kept");
    require(!key.decoded || key.errors.isEmpty() || key.bits >= 0, "a decoded key has a size");
    require(key.bits >= 0 && key.bits <= 65536, "key size plausible");
    return 0;
}
