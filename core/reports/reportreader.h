// Reads DMARC aggregate and TLS reports from files, folders, archives and mail messages into one
// ReportSet. Everything is bounded: the size of a file and of what it decompresses to, the records
// of a report, the files of a folder and the time of the whole read. A broken report becomes an
// entry in ReportSet::errors and the others are still read; a report seen twice (same organisation
// and report id) is counted once.
#pragma once

#include "core/reports/reporttypes.h"

#include <QDeadlineTimer>
#include <QSet>

namespace rebound::reports {

struct ReadLimits {
    qint64 maxFileBytes = 50LL * 1024 * 1024;     // a file on disk
    qint64 maxReportBytes = 50LL * 1024 * 1024;   // one report, decompressed
    qint64 maxArchiveBytes = 200LL * 1024 * 1024; // all the members of one zip, decompressed
    int maxArchiveMembers = 1000;
    int maxRecordsPerReport = 100000;
    int maxFiles = 20000; // in all the folders given
    int maxNesting = 4;   // a zip in a message in a zip...
    int timeLimitMs = 300000;
};

class ReportReader final {
public:
    explicit ReportReader(const ReadLimits& limits = {});

    // A file or a folder (read recursively). False when the path does not exist or cannot be read
    // at all (the CLI's exit 66); its reason is in the set's errors.
    bool addPath(const QString& path);
    // The bytes of one input, named for errors.
    void addBytes(const QString& name, const QByteArray& bytes);

    const ReportSet& set() const { return m_set; }
    ReportSet take() { return std::move(m_set); }

private:
    void read(const QString& name, const QByteArray& bytes, int depth);
    void addFile(const QString& path);
    void addError(const QString& name, const QString& reason) { m_set.errors.append({name, reason}); }
    void addAggregate(AggregateReport report);
    void addTls(TlsReport report);
    // True (and counted) when this organisation's report id was read before.
    bool isDuplicate(const QString& kind, const QString& organisation, const QString& reportId);

    ReadLimits m_limits;
    QDeadlineTimer m_deadline;
    ReportSet m_set;
    QSet<QString> m_seen; // "kind \n org \n id"
    int m_files = 0;
};

// A folder, or a file named like a report (.xml, .gz, .zip): what the GUI opens as reports, not as
// a bounce, when it is dropped or opened.
bool looksLikeReportPath(const QString& path);

// Convenience: every path read with the default limits.
ReportSet readReports(const QStringList& paths, const ReadLimits& limits = {});

} // namespace rebound::reports
