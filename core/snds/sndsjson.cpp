#include "core/snds/sndsjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rebound::snds {
namespace {

QJsonValue orNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject rangeJson(const BlockedRange& r) {
    return {{u"first_ip"_s, r.firstIp},
            {u"last_ip"_s, r.lastIp},
            {u"blocked"_s, r.blocked},
            {u"reason"_s, r.reason}};
}

} // namespace

QJsonObject toJson(const IpActivity& row) {
    return {{u"ip"_s, row.ip},
            {u"activity_start"_s, row.activityStart},
            {u"activity_end"_s, row.activityEnd},
            {u"rcpt_commands"_s, double(row.rcptCommands)},
            {u"data_commands"_s, double(row.dataCommands)},
            {u"recipients"_s, double(row.recipients)},
            {u"filter_result"_s, colorName(row.filter)},
            {u"complaint_rate"_s, row.complaintRate},
            {u"trap_period_start"_s, row.trapPeriodStart},
            {u"trap_period_end"_s, row.trapPeriodEnd},
            {u"trap_hits"_s, double(row.trapHits)},
            {u"sample_helo"_s, row.sampleHelo},
            {u"sample_mail_from"_s, row.sampleMailFrom},
            {u"comments"_s, row.comments}};
}

QJsonObject toJson(const SndsData& data) {
    QJsonArray ips;
    for (const IpActivity& row : data.activity) {
        QJsonObject o = toJson(row);
        const BlockedRange* range = data.rangeFor(row.ip);
        o.insert(u"blocked"_s, range ? QJsonValue(range->blocked) : QJsonValue(QJsonValue::Null));
        o.insert(u"block_reason"_s, range ? QJsonValue(range->reason) : QJsonValue(QJsonValue::Null));
        ips.append(o);
    }
    QJsonArray ranges;
    for (const BlockedRange& r : data.ranges)
        ranges.append(rangeJson(r));
    return {{u"data_date"_s, data.dataDate.isValid() ? QJsonValue(data.dataDate.toString(Qt::ISODate))
                                                     : QJsonValue(QJsonValue::Null)},
            {u"fetched_at"_s, data.fetchedAtUtc.isValid()
                                  ? QJsonValue(data.fetchedAtUtc.toString(Qt::ISODate))
                                  : QJsonValue(QJsonValue::Null)},
            {u"from_cache"_s, data.fromCache},
            {u"error"_s, orNull(data.error)},
            {u"error_kind"_s, orNull(data.errorKind)},
            {u"ips"_s, ips},
            {u"ranges"_s, ranges}};
}

std::optional<SndsData> fromJson(const QJsonObject& json) {
    if (!json.value(u"ips"_s).isArray())
        return std::nullopt;
    SndsData data;
    data.dataDate = QDate::fromString(json.value(u"data_date"_s).toString(), Qt::ISODate);
    data.fetchedAtUtc = QDateTime::fromString(json.value(u"fetched_at"_s).toString(), Qt::ISODate);
    for (const QJsonValue& v : json.value(u"ips"_s).toArray()) {
        const QJsonObject o = v.toObject();
        IpActivity row;
        row.ip = o.value(u"ip"_s).toString();
        row.activityStart = o.value(u"activity_start"_s).toString();
        row.activityEnd = o.value(u"activity_end"_s).toString();
        row.rcptCommands = qint64(o.value(u"rcpt_commands"_s).toDouble());
        row.dataCommands = qint64(o.value(u"data_commands"_s).toDouble());
        row.recipients = qint64(o.value(u"recipients"_s).toDouble());
        row.filter = parseColor(o.value(u"filter_result"_s).toString());
        row.complaintRate = o.value(u"complaint_rate"_s).toString();
        row.trapPeriodStart = o.value(u"trap_period_start"_s).toString();
        row.trapPeriodEnd = o.value(u"trap_period_end"_s).toString();
        row.trapHits = qint64(o.value(u"trap_hits"_s).toDouble());
        row.sampleHelo = o.value(u"sample_helo"_s).toString();
        row.sampleMailFrom = o.value(u"sample_mail_from"_s).toString();
        row.comments = o.value(u"comments"_s).toString();
        data.activity << row;
    }
    for (const QJsonValue& v : json.value(u"ranges"_s).toArray()) {
        const QJsonObject o = v.toObject();
        data.ranges << BlockedRange{o.value(u"first_ip"_s).toString(), o.value(u"last_ip"_s).toString(),
                                    o.value(u"blocked"_s).toBool(), o.value(u"reason"_s).toString()};
    }
    return data;
}

QJsonObject ipJson(const SndsData& data, const QString& ip) {
    const IpActivity* row = data.activityFor(ip);
    const BlockedRange* range = data.rangeFor(ip);
    return {{u"ip"_s, ip},
            {u"listed_in_snds"_s, row != nullptr},
            {u"activity"_s, row ? QJsonValue(toJson(*row)) : QJsonValue(QJsonValue::Null)},
            {u"filter_result"_s, row ? colorName(row->filter) : u"none"_s},
            {u"trap_hits"_s, row ? double(row->trapHits) : 0.0},
            {u"blocked"_s, range ? range->blocked : false},
            {u"block_reason"_s, range ? QJsonValue(range->reason) : QJsonValue(QJsonValue::Null)},
            {u"data_date"_s, data.dataDate.isValid() ? QJsonValue(data.dataDate.toString(Qt::ISODate))
                                                     : QJsonValue(QJsonValue::Null)},
            {u"from_cache"_s, data.fromCache},
            {u"error"_s, orNull(data.error)}};
}

QString toText(const SndsData& data) {
    QString text = QStringLiteral("SNDS data of %1%2\n")
                       .arg(data.dataDate.isValid() ? data.dataDate.toString(Qt::ISODate) : u"(no rows)"_s,
                            data.fromCache ? u" (from the cache)"_s : QString());
    if (!data.error.isEmpty())
        text += u"Error: "_s + data.error + u'\n';
    for (const IpActivity& row : data.activity) {
        const BlockedRange* range = data.rangeFor(row.ip);
        // One arg() call: a "%1" in the data is not a place for the next value.
        text += QStringLiteral("%1  %2  %3 recipients, complaints %4, trap hits %5%6  (%7 - %8)\n")
                    .arg(row.ip.leftJustified(15), colorName(row.filter).toUpper().leftJustified(6),
                         QString::number(row.recipients), row.complaintRate, QString::number(row.trapHits),
                         range && range->blocked ? u", BLOCKED: "_s + range->reason : QString(),
                         row.activityStart, row.activityEnd);
    }
    for (const BlockedRange& r : data.ranges) {
        if (r.blocked && !data.activityFor(r.firstIp))
            text += QStringLiteral("%1 - %2  blocked: %3\n").arg(r.firstIp, r.lastIp, r.reason);
    }
    return text;
}

} // namespace rebound::snds
