#include "core/snds/sndsdata.h"

#include "core/dns/ipaddress.h"
#include "core/util/jsonutil.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound::snds {
namespace {

constexpr int DataColumns = 13; // the 14th, comments, may be missing
constexpr int StatusColumns = 4;

// Splits one CSV line (RFC 4180 quoting) into at most 32 fields.
QList<QByteArray> splitCsv(const QByteArray& line) {
    QList<QByteArray> fields;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size() && fields.size() < 32; ++i) {
        const char c = line.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line.at(i + 1) == '"') {
                current += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                current += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    fields << current.trimmed();
    return fields;
}

QString text(const QByteArray& field, qsizetype max = 255) {
    return util::escapeUntrusted(field, max);
}

bool looksLikeHtml(const QByteArray& body) {
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith('<') || start.contains("<html") || start.contains("<!doctype");
}

ParseOutcome formatError(int line, const QString& why) {
    return {false, u"format"_s,
            QStringLiteral("line %1: %2 (the SNDS format may have changed)").arg(line).arg(why)};
}

QList<QByteArray> lines(const QByteArray& body) {
    QList<QByteArray> out;
    for (const QByteArray& line : body.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

std::optional<qint64> count(const QByteArray& field) {
    if (field.isEmpty())
        return 0;
    bool ok = false;
    const qint64 value = field.toLongLong(&ok);
    return ok && value >= 0 ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<quint32> ipValue(const QString& ip) {
    const auto address = dns::parseIpAddress(ip);
    if (!address || address->protocol() != QAbstractSocket::IPv4Protocol)
        return std::nullopt;
    return address->toIPv4Address();
}

} // namespace

QDate dateOf(const QString& text) {
    static const QRegularExpression date(u"^(\\d{1,2})/(\\d{1,2})/(\\d{4})"_s);
    const auto m = date.match(text);
    return m.hasMatch() ? QDate(m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt())
                        : QDate();
}

QDate latestDate(const QList<IpActivity>& rows) {
    QDate latest;
    for (const IpActivity& row : rows) {
        const QDate d = dateOf(row.activityEnd);
        if (d.isValid() && (!latest.isValid() || d > latest))
            latest = d;
    }
    return latest;
}

QString colorName(FilterColor color) {
    switch (color) {
    case FilterColor::Green:
        return u"green"_s;
    case FilterColor::Yellow:
        return u"yellow"_s;
    case FilterColor::Red:
        return u"red"_s;
    case FilterColor::Unknown:
        break;
    }
    return u"unknown"_s;
}

FilterColor parseColor(QStringView text) {
    const QString t = text.trimmed().toString().toUpper();
    if (t == u"GREEN")
        return FilterColor::Green;
    if (t == u"YELLOW")
        return FilterColor::Yellow;
    if (t == u"RED")
        return FilterColor::Red;
    return FilterColor::Unknown;
}

const IpActivity* SndsData::activityFor(const QString& ip) const {
    const IpActivity* found = nullptr;
    for (const IpActivity& row : activity) {
        if (row.ip == ip && (!found || dateOf(row.activityEnd) >= dateOf(found->activityEnd)))
            found = &row;
    }
    return found;
}

const BlockedRange* SndsData::rangeFor(const QString& ip) const {
    const auto value = ipValue(ip);
    if (!value)
        return nullptr;
    for (const BlockedRange& range : ranges) {
        const auto first = ipValue(range.firstIp);
        const auto last = ipValue(range.lastIp);
        if (first && last && *first <= *value && *value <= *last)
            return &range;
    }
    return nullptr;
}

namespace {

// The walk both files share: an HTML page is a bad key; each non-empty line, split, must have at least
// `columns` fields; readRow() returns an error text for a row that does not fit, or nothing. Stops after
// maxRows rows.
template <typename ReadRow>
ParseOutcome eachRow(const QByteArray& body, int columns, int maxRows, ReadRow readRow) {
    if (looksLikeHtml(body))
        return {false, u"bad_key"_s,
                u"SNDS answered with a web page instead of data: the key is not valid (or no longer is)"_s};
    int number = 0;
    for (const QByteArray& line : lines(body)) {
        if (++number > maxRows)
            break;
        const QList<QByteArray> f = splitCsv(line);
        if (f.size() < columns)
            return formatError(number, QStringLiteral("%1 columns instead of %2").arg(f.size()).arg(columns));
        if (const std::optional<QString> problem = readRow(f))
            return formatError(number, *problem);
    }
    return {true, {}, {}};
}

} // namespace

ParseOutcome parseDataCsv(const QByteArray& body, QList<IpActivity>* out, int maxRows) {
    return eachRow(body, DataColumns, maxRows, [out](const QList<QByteArray>& f) -> std::optional<QString> {
        const auto rcpt = count(f.at(3));
        const auto data = count(f.at(4));
        const auto recipients = count(f.at(5));
        const auto traps = count(f.at(10));
        if (!dns::parseIpAddress(QString::fromLatin1(f.at(0))) || !rcpt || !data || !recipients || !traps)
            return u"an address or a count that is not one"_s;
        IpActivity row;
        row.ip = QString::fromLatin1(f.at(0));
        row.activityStart = text(f.at(1), 40);
        row.activityEnd = text(f.at(2), 40);
        row.rcptCommands = *rcpt;
        row.dataCommands = *data;
        row.recipients = *recipients;
        row.filter = parseColor(QString::fromLatin1(f.at(6)));
        if (row.filter == FilterColor::Unknown)
            return u"a filter result that is not GREEN, YELLOW or RED"_s;
        row.complaintRate = text(f.at(7), 20);
        row.trapPeriodStart = text(f.at(8), 40);
        row.trapPeriodEnd = text(f.at(9), 40);
        row.trapHits = *traps;
        row.sampleHelo = text(f.at(11));
        row.sampleMailFrom = text(f.at(12));
        row.comments = f.size() > 13 ? text(f.at(13), 500) : QString();
        out->append(row);
        return std::nullopt;
    });
}

ParseOutcome parseIpStatusCsv(const QByteArray& body, QList<BlockedRange>* out, int maxRows) {
    return eachRow(body, StatusColumns, maxRows, [out](const QList<QByteArray>& f) -> std::optional<QString> {
        if (!ipValue(QString::fromLatin1(f.at(0))) || !ipValue(QString::fromLatin1(f.at(1))))
            return u"a range whose ends are not IPv4 addresses"_s;
        const QByteArray blocked = f.at(2).toLower();
        if (blocked != "yes" && blocked != "no")
            return u"a blocked column that is not Yes or No"_s;
        out->append({QString::fromLatin1(f.at(0)), QString::fromLatin1(f.at(1)), blocked == "yes",
                     text(f.mid(3).join(','), 500)});
        return std::nullopt;
    });
}

} // namespace rebound::snds
