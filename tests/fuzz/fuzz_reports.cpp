// libFuzzer target for the report reader: any bytes (XML, JSON, gzip, zip, a mail message) give
// reports or errors, within the bounds, and the analysis of what was read holds together.
#include "core/reports/reportreader.h"
#include "core/reports/reportsanalysis.h"
#include "fuzzcheck.h"

using rebound::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    rebound::reports::ReadLimits limits;
    limits.maxReportBytes = 4 * 1024 * 1024; // a fuzzer's zip bomb costs little
    limits.maxArchiveBytes = 8 * 1024 * 1024;
    rebound::reports::ReportReader reader(limits);
    reader.addBytes(QStringLiteral("input"), rebound::fuzz::bytes(data, size));
    const rebound::reports::ReportSet& set = reader.set();
    require(!set.isEmpty() || !set.errors.isEmpty(), "either a report or an error");
    const rebound::reports::ReportsSummary summary = rebound::reports::analyseReports(set);
    require(summary.passed <= summary.messages || summary.messages < 0, "passed within messages");
    for (const rebound::reports::AggregateReport& r : set.dmarc)
        require(r.records.size() <= limits.maxRecordsPerReport, "records bounded");
    return 0;
}
