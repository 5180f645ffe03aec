// Reads one DMARC aggregate report (RFC 7489 appendix C and RFC 9990, with or without their XML
// namespaces) with QXmlStreamReader. A DTD is refused before anything in it is read: no entity is
// declared, expanded or fetched, so XXE and "billion laughs" cannot work.
#pragma once

#include "core/reports/reporttypes.h"

#include <QByteArrayView>
#include <QDeadlineTimer>

#include <optional>

namespace rebound::reports {

struct ParseLimits {
    int maxRecords = 100000;            // more are not kept (AggregateReport::recordsCut)
    qsizetype maxTextChars = 64 * 1024; // of one element's text; the rest is dropped
    QDeadlineTimer deadline = QDeadlineTimer::Forever;
};

// The report, or nothing with *error saying why (in English; shown as it is, with the file).
std::optional<AggregateReport> parseAggregateXml(QByteArrayView bytes, const ParseLimits& limits,
                                                 QString* error);

} // namespace rebound::reports
