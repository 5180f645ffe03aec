#include "core/dns/dnsjson.h"

#include "core/util/jsonutil.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rebound::dns {

QJsonObject toJson(const DnsRecord& record) {
    QJsonObject object{{u"name"_s, record.name},
                       {u"type"_s, recordTypeName(record.type)},
                       {u"ttl"_s, qint64(record.ttl)},
                       {u"data"_s, record.presentation()}};
    if (record.type == quint16(RecordType::TXT)) {
        QJsonArray strings;
        for (const QByteArray& part : record.txtStrings)
            strings.append(util::escapeUntrusted(part, 65536));
        object.insert(u"strings"_s, strings);
    }
    switch (static_cast<RecordType>(record.type)) {
    case RecordType::A:
    case RecordType::AAAA:
        object.insert(u"address"_s, record.address.toString());
        break;
    case RecordType::MX:
        object.insert(u"preference"_s, record.preference);
        object.insert(u"exchange"_s, record.target);
        break;
    case RecordType::CNAME:
    case RecordType::NS:
    case RecordType::PTR:
        object.insert(u"target"_s, record.target);
        break;
    default:
        break;
    }
    return object;
}

QJsonObject toJson(const DnsResult& result) {
    QJsonArray answers;
    for (const DnsRecord& record : result.answers)
        answers.append(toJson(record));
    QJsonArray authority;
    for (const DnsRecord& record : result.authority)
        authority.append(toJson(record));
    QJsonObject flags{{u"aa"_s, result.flags.aa}, {u"tc"_s, result.flags.tc}, {u"rd"_s, result.flags.rd},
                      {u"ra"_s, result.flags.ra}, {u"ad"_s, result.flags.ad}, {u"cd"_s, result.flags.cd}};
    QJsonObject object{{u"name"_s, result.name},
                       {u"type"_s, recordTypeName(result.type)},
                       {u"outcome"_s, outcomeName(result.outcome)},
                       {u"rcode"_s, result.rcode},
                       {u"flags"_s, flags},
                       {u"answers"_s, answers},
                       {u"authority"_s, authority},
                       {u"truncated_udp"_s, result.truncatedOverUdp},
                       {u"tcp"_s, result.usedTcp},
                       {u"server"_s, result.server},
                       {u"elapsed_ms"_s, result.elapsedMs}};
    if (const auto ttl = result.negativeTtl())
        object.insert(u"negative_ttl"_s, qint64(*ttl));
    if (!result.error.isEmpty())
        object.insert(u"error"_s, result.error);
    return object;
}

QString toText(const DnsResult& result) {
    QString text;
    QTextStream s(&text);
    s << result.name << ' ' << recordTypeName(result.type) << ": " << outcomeName(result.outcome).toUpper();
    if (!result.error.isEmpty() && !isDefinite(result.outcome))
        s << " (" << result.error << ')';
    s << '\n';
    QStringList flags;
    if (result.flags.aa)
        flags << u"aa"_s;
    if (result.flags.tc)
        flags << u"tc"_s;
    if (result.flags.rd)
        flags << u"rd"_s;
    if (result.flags.ra)
        flags << u"ra"_s;
    if (result.flags.ad)
        flags << u"ad"_s;
    s << "flags: " << (flags.isEmpty() ? u"-"_s : flags.join(u' '))
      << "; server: " << (result.server.isEmpty() ? u"none"_s : result.server) << "; "
      << (result.usedTcp ? (result.truncatedOverUdp ? "TCP after truncated UDP" : "TCP") : "UDP") << "; "
      << result.elapsedMs << " ms\n";
    for (const DnsRecord& record : result.answers)
        s << record.name << ".\t" << record.ttl << "\tIN\t" << recordTypeName(record.type) << '\t'
          << record.presentation() << '\n';
    if (result.outcome != Outcome::Answer) {
        for (const DnsRecord& record : result.authority)
            s << record.name << ".\t" << record.ttl << "\tIN\t" << recordTypeName(record.type) << '\t'
              << record.presentation() << "\t; authority\n";
    }
    s.flush();
    return text;
}

} // namespace rebound::dns
