// core/snds: Microsoft SNDS (Smart Network Data Services) Automated Data Access. The user's ADA key
// fetches two CSV files over HTTPS (core/https): data.aspx (one row per IP and activity period) and
// ipStatus.aspx (the address ranges Microsoft blocks, and why). Both are parsed here, bounded and
// checked against the documented column layout, and cached with the data's own date.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rebound::snds {

// SNDS's filter result for an IP in a period: the share of its mail Microsoft's filter judged spam
// (GREEN under 10 %, YELLOW 10-90 %, RED over 90 %).
enum class FilterColor { Green, Yellow, Red, Unknown };
QString colorName(FilterColor color); // "green", "yellow", "red", "unknown"
FilterColor parseColor(QStringView text);

// One row of data.aspx. Texts come from the network: escaped on entry.
struct IpActivity {
    QString ip;
    QString activityStart; // as SNDS writes it ("12/31/2019 10:00 AM", Pacific time)
    QString activityEnd;
    qint64 rcptCommands = 0;
    qint64 dataCommands = 0;
    qint64 recipients = 0;
    FilterColor filter = FilterColor::Unknown;
    QString complaintRate; // a band as SNDS writes it: "< 0.1%", "0.3-0.5%", "> 4%"
    QString trapPeriodStart;
    QString trapPeriodEnd;
    qint64 trapHits = 0;
    QString sampleHelo;
    QString sampleMailFrom;
    QString comments;
};

// One row of ipStatus.aspx: a range of addresses and whether Microsoft blocks it.
struct BlockedRange {
    QString firstIp;
    QString lastIp;
    bool blocked = false;
    QString reason;
};

// Everything one fetch showed, with the date the data is about (the last activity end).
struct SndsData {
    QList<IpActivity> activity;
    QList<BlockedRange> ranges;
    QDate dataDate;         // from the rows, null when there were none
    QDateTime fetchedAtUtc; // when Rebound fetched it
    bool fromCache = false; // read from the cache instead of the network
    QString error;          // why the network fetch failed (set together with fromCache)
    QString errorKind;      // "bad_key", "format", "network", "too_large", "http" (empty when fine)

    // The latest row of an IP, null when SNDS has none for it.
    const IpActivity* activityFor(const QString& ip) const;
    // The range holding an IP, null when none does.
    const BlockedRange* rangeFor(const QString& ip) const;
};

// "12/31/2019 7:00 PM" -> 2019-12-31 (null when it is no such date); the latest activity end of rows.
QDate dateOf(const QString& sndsTime);
QDate latestDate(const QList<IpActivity>& rows);

struct ParseOutcome {
    bool ok = false;
    QString errorKind; // "bad_key" (an HTML login page), "format" (a changed layout)
    QString error;
};

// Bounded: at most maxRows rows are kept, and a row with fewer columns than the documented layout, a
// non-numeric count or a filter result that is no colour is a format error naming the line.
ParseOutcome parseDataCsv(const QByteArray& body, QList<IpActivity>* out, int maxRows = 10000);
ParseOutcome parseIpStatusCsv(const QByteArray& body, QList<BlockedRange>* out, int maxRows = 10000);

} // namespace rebound::snds
