#include "core/reports/reportreader.h"

#include "core/bounce/headerfields.h"
#include "core/reports/aggregateparser.h"
#include "core/reports/archivebytes.h"
#include "core/reports/mailreports.h"
#include "core/reports/tlsreportparser.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace rebound::reports {
namespace {

enum class Content { Empty, Gzip, Zip, Xml, Json, Mail, Unknown };

Content sniff(QByteArrayView bytes) {
    if (bytes.isEmpty())
        return Content::Empty;
    if (isGzip(bytes))
        return Content::Gzip;
    if (isZip(bytes))
        return Content::Zip;
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes.size() && i < 4096 && QChar::isSpace(static_cast<uchar>(bytes[i])))
        ++i;
    if (i >= bytes.size())
        return Content::Empty;
    if (bytes[i] == '<')
        return Content::Xml;
    if (bytes[i] == '{')
        return Content::Json;
    if (bounce::looksLikeHeaderBlock(bytes.first(qMin<qsizetype>(bytes.size(), 64 * 1024))))
        return Content::Mail;
    return Content::Unknown;
}

QString member(const QString& outer, const QString& inner) {
    return inner.isEmpty() ? outer : outer + u" > "_s + inner;
}

} // namespace

ReportReader::ReportReader(const ReadLimits& limits)
    : m_limits(limits)
    , m_deadline(limits.timeLimitMs) {
}

bool ReportReader::addPath(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists()) {
        addError(path, u"no such file or folder"_s);
        return false;
    }
    if (!info.isDir()) {
        if (!info.isReadable()) {
            addError(path, u"cannot be read (permissions)"_s);
            return false;
        }
        addFile(path);
        return true;
    }
    QDirIterator it(path, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext()) {
        files.append(it.next());
        if (files.size() > m_limits.maxFiles)
            break;
    }
    files.sort(); // the same order every time, whatever the file system's
    for (const QString& file : std::as_const(files))
        addFile(file);
    return true;
}

void ReportReader::addFile(const QString& path) {
    if (++m_files > m_limits.maxFiles) {
        if (m_files == m_limits.maxFiles + 1)
            addError(path, u"not read: more than %1 files were given"_s.arg(m_limits.maxFiles));
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        addError(path, u"cannot be opened: %1"_s.arg(file.errorString()));
        return;
    }
    if (file.size() > m_limits.maxFileBytes) {
        addError(path, u"larger than %1 MB: not read"_s.arg(m_limits.maxFileBytes / (1024 * 1024)));
        return;
    }
    ++m_set.filesRead;
    read(path, file.read(m_limits.maxFileBytes + 1), 0);
}

void ReportReader::addBytes(const QString& name, const QByteArray& bytes) {
    ++m_set.filesRead;
    read(name, bytes, 0);
}

void ReportReader::read(const QString& name, const QByteArray& bytes, int depth) {
    if (m_deadline.hasExpired()) {
        addError(name, u"not read: the time limit of %1 s was reached"_s.arg(m_limits.timeLimitMs / 1000));
        return;
    }
    if (depth > m_limits.maxNesting) {
        addError(name, u"archives or messages nested more than %1 levels deep: not read"_s.arg(
                           m_limits.maxNesting));
        return;
    }
    QString error;
    switch (sniff(bytes)) {
    case Content::Empty:
        addError(name, u"the file is empty"_s);
        return;
    case Content::Gzip: {
        QByteArray inflated;
        if (!gunzip(bytes, m_limits.maxReportBytes, &inflated, &error))
            addError(name, error);
        else
            read(name, inflated, depth + 1);
        return;
    }
    case Content::Zip: {
        QList<ArchiveMember> members;
        if (!unzip(bytes, m_limits.maxReportBytes, m_limits.maxArchiveBytes, m_limits.maxArchiveMembers,
                   &members, &error)) {
            addError(name, error);
            return;
        }
        if (members.isEmpty())
            addError(name, u"the zip archive holds no file"_s);
        for (ArchiveMember& m : members)
            read(member(name, m.name), std::exchange(m.data, {}), depth + 1);
        return;
    }
    case Content::Xml: {
        ParseLimits limits;
        limits.maxRecords = m_limits.maxRecordsPerReport;
        limits.deadline = m_deadline;
        std::optional<AggregateReport> report = parseAggregateXml(bytes, limits, &error);
        if (!report) {
            addError(name, error);
            return;
        }
        if (report->recordsCut)
            addError(name, u"only the first %1 records of the report were read"_s.arg(limits.maxRecords));
        report->source = name;
        addAggregate(std::move(*report));
        return;
    }
    case Content::Json: {
        std::optional<TlsReport> report = parseTlsReport(bytes, &error);
        if (!report) {
            addError(name, error);
            return;
        }
        report->source = name;
        addTls(std::move(*report));
        return;
    }
    case Content::Mail: {
        const QList<MailAttachment> attachments = reportAttachments(bytes, &error);
        if (attachments.isEmpty())
            addError(name, error);
        for (const MailAttachment& a : attachments)
            read(member(name, a.name), a.data, depth + 1);
        return;
    }
    case Content::Unknown:
        addError(name, u"not a DMARC aggregate or SMTP TLS report (neither XML, JSON, gzip, zip nor a mail "
                       "message)"_s);
        return;
    }
}

bool ReportReader::isDuplicate(const QString& kind, const QString& organisation, const QString& reportId) {
    if (reportId.isEmpty())
        return false;
    const QString key = kind + u'\n' + organisation + u'\n' + reportId;
    if (m_seen.contains(key)) {
        ++m_set.duplicates;
        return true;
    }
    m_seen.insert(key);
    return false;
}

void ReportReader::addAggregate(AggregateReport report) {
    if (!isDuplicate(u"dmarc"_s, report.orgName, report.reportId))
        m_set.dmarc.append(std::move(report));
}

void ReportReader::addTls(TlsReport report) {
    if (!isDuplicate(u"tls"_s, report.organization, report.reportId))
        m_set.tlsrpt.append(std::move(report));
}

bool looksLikeReportPath(const QString& path) {
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    const QString name = info.fileName().toLower();
    return name.endsWith(u".xml") || name.endsWith(u".gz") || name.endsWith(u".zip");
}

ReportSet readReports(const QStringList& paths, const ReadLimits& limits) {
    ReportReader reader(limits);
    for (const QString& path : paths)
        reader.addPath(path);
    return reader.take();
}

} // namespace rebound::reports
