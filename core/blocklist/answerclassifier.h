#pragma once

#include "core/blocklist/blocklistentry.h"
#include "core/blocklist/liststatus.h"
#include "core/dns/dnstypes.h"

#include <QList>

namespace rebound::blocklist {

// Pure functions that turn DNS replies into verdicts, following RFC 5782 and the catalog's codes.
// No I/O: the same reply always gives the same verdict, so they are unit-tested on their own.

// What a set of A-record values means for this list (each value an IPv4 address as a number).
AnswerVerdict classifyCodes(const BlocklistEntry& entry, const QList<quint32>& codes);

// What a whole reply to "<key>.<zone> A" means: NXDOMAIN/NODATA is clean, A records go through
// classifyCodes, REFUSED is refused, everything else (timeout, SERVFAIL...) unavailable.
AnswerVerdict classifyReply(const BlocklistEntry& entry, const dns::DnsResult& reply);

// The positive test point (127.0.0.2 and the like) must be listed, with the documented answer when
// there is one; the negative one (127.0.0.1 and the like) must not be listed.
TestVerdict evaluatePositiveTest(const BlocklistEntry& entry, Family family, const dns::DnsResult& reply);
TestVerdict evaluateNegativeTest(const BlocklistEntry& entry, Family family, const dns::DnsResult& reply);
// Both together: the first failure wins (positive first).
TestVerdict combineTests(const TestVerdict& positive, const TestVerdict& negative);

// The final status of a list from its own reply and its test points, with the reason.
AnswerVerdict finalVerdict(const BlocklistEntry& entry, const AnswerVerdict& listing,
                           const TestVerdict& tests);

QString dottedCode(quint32 code);

} // namespace rebound::blocklist
