#include "core/dns/dnsmessage.h"

#include <QtEndian>

using namespace Qt::StringLiterals;

namespace rebound::dns {
namespace {

constexpr int HeaderSize = 12;
constexpr int MaxRecordsPerMessage = 8192;
constexpr int MaxNameLength = 255;

class Reader {
public:
    explicit Reader(const QByteArray& wire)
        : m_wire(wire) {}

    bool has(int bytes) const { return m_offset >= 0 && bytes >= 0 && m_offset + bytes <= m_wire.size(); }
    int offset() const { return m_offset; }
    void seek(int offset) { m_offset = offset; }

    quint8 u8() { return quint8(m_wire.at(m_offset++)); }
    quint16 u16() {
        const quint16 value = qFromBigEndian<quint16>(m_wire.constData() + m_offset);
        m_offset += 2;
        return value;
    }
    quint32 u32() {
        const quint32 value = qFromBigEndian<quint32>(m_wire.constData() + m_offset);
        m_offset += 4;
        return value;
    }
    QByteArray bytes(int count) {
        const QByteArray value = m_wire.mid(m_offset, count);
        m_offset += count;
        return value;
    }

private:
    const QByteArray& m_wire;
    int m_offset = 0;
};

bool fail(QString* error, const QString& message) {
    if (error)
        *error = message;
    return false;
}

// Reads the typed fields out of RDATA; the RDATA itself is always kept.
bool parseRdata(const QByteArray& wire, int start, int length, DnsRecord& record, QString* error) {
    const int end = start + length;
    Reader r(wire);
    r.seek(start);
    auto nameAt = [&](QString* out) {
        int offset = r.offset();
        const auto name = readDomainName(wire, &offset, error);
        if (!name || offset > end)
            return fail(error, u"name runs past the record data"_s);
        r.seek(offset);
        *out = *name;
        return true;
    };

    switch (static_cast<RecordType>(record.type)) {
    case RecordType::A:
        if (length != 4)
            return fail(error, u"A record data is not 4 bytes"_s);
        record.address = QHostAddress(r.u32());
        return true;
    case RecordType::AAAA: {
        if (length != 16)
            return fail(error, u"AAAA record data is not 16 bytes"_s);
        Q_IPV6ADDR raw;
        for (int i = 0; i < 16; ++i)
            raw[i] = r.u8();
        record.address = QHostAddress(raw);
        return true;
    }
    case RecordType::CNAME:
    case RecordType::NS:
    case RecordType::PTR:
        return nameAt(&record.target);
    case RecordType::MX:
        if (length < 3)
            return fail(error, u"MX record data too short"_s);
        record.preference = r.u16();
        return nameAt(&record.target);
    case RecordType::SRV:
        if (length < 7)
            return fail(error, u"SRV record data too short"_s);
        record.preference = r.u16();
        record.weight = r.u16();
        record.port = r.u16();
        return nameAt(&record.target);
    case RecordType::TXT:
        while (r.offset() < end) {
            const int len = r.u8();
            if (r.offset() + len > end)
                return fail(error, u"TXT character-string runs past the record data"_s);
            record.txtStrings.append(r.bytes(len));
        }
        return true;
    case RecordType::SOA: {
        SoaData soa;
        if (!nameAt(&soa.mname) || !nameAt(&soa.rname))
            return false;
        if (r.offset() + 20 > end)
            return fail(error, u"SOA record data too short"_s);
        soa.serial = r.u32();
        soa.refresh = r.u32();
        soa.retry = r.u32();
        soa.expire = r.u32();
        soa.minimum = r.u32();
        record.soa = soa;
        return true;
    }
    case RecordType::TLSA:
        if (length < 3)
            return fail(error, u"TLSA record data too short"_s);
        record.tlsaUsage = r.u8();
        record.tlsaSelector = r.u8();
        record.tlsaMatchingType = r.u8();
        record.tlsaData = r.bytes(end - r.offset());
        return true;
    case RecordType::CAA: {
        if (length < 2)
            return fail(error, u"CAA record data too short"_s);
        record.caaFlags = r.u8();
        const int tagLength = r.u8();
        if (r.offset() + tagLength > end)
            return fail(error, u"CAA tag runs past the record data"_s);
        record.caaTag = r.bytes(tagLength);
        record.caaValue = r.bytes(end - r.offset());
        return true;
    }
    default:
        return true;
    }
}

bool readRecords(const QByteArray& wire, Reader& r, int count, QList<DnsRecord>& out, int* budget,
                 QString* error) {
    for (int i = 0; i < count; ++i) {
        if (--*budget < 0)
            return fail(error, u"too many records in the message"_s);
        int offset = r.offset();
        const auto name = readDomainName(wire, &offset, error);
        if (!name)
            return false;
        r.seek(offset);
        if (!r.has(10))
            return fail(error, u"record header truncated"_s);
        DnsRecord record;
        record.name = *name;
        record.type = r.u16();
        record.rrClass = r.u16();
        record.ttl = r.u32();
        const int length = r.u16();
        if (!r.has(length))
            return fail(error, u"record data runs past the end of the message"_s);
        const int start = r.offset();
        record.rdata = wire.mid(start, length);
        if (!parseRdata(wire, start, length, record, error))
            return false;
        r.seek(start + length);
        out.append(record);
    }
    return true;
}

} // namespace

QString presentLabel(const QByteArray& label) {
    QString out;
    out.reserve(label.size());
    for (const char c : label) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '.' || byte == '\\')
            out += u'\\' + QLatin1Char(char(byte));
        else if (byte <= 0x20 || byte >= 0x7f)
            out += u'\\' + QString::number(byte).rightJustified(3, u'0');
        else
            out += QLatin1Char(char(byte));
    }
    return out;
}

std::optional<QString> readDomainName(const QByteArray& wire, int* offset, QString* error) {
    QStringList labels;
    int position = *offset;
    int resumeAt = -1;  // where the caller continues after the first pointer
    int wireLength = 1; // the final root label
    int lowestPointerTarget = position;
    while (true) {
        if (position < 0 || position >= wire.size()) {
            fail(error, u"name runs past the end of the message"_s);
            return std::nullopt;
        }
        const auto length = quint8(wire.at(position));
        if (length == 0) {
            ++position;
            break;
        }
        if ((length & 0xc0) == 0xc0) {
            if (position + 1 >= wire.size()) {
                fail(error, u"compression pointer truncated"_s);
                return std::nullopt;
            }
            const int target = ((length & 0x3f) << 8) | quint8(wire.at(position + 1));
            // Only strictly backwards pointers: a loop is then impossible.
            if (target >= lowestPointerTarget) {
                fail(error, u"compression pointer does not point backwards"_s);
                return std::nullopt;
            }
            if (resumeAt < 0)
                resumeAt = position + 2;
            lowestPointerTarget = target;
            position = target;
            continue;
        }
        if ((length & 0xc0) != 0) {
            fail(error, u"unknown label type"_s);
            return std::nullopt;
        }
        if (position + 1 + length > wire.size()) {
            fail(error, u"label runs past the end of the message"_s);
            return std::nullopt;
        }
        wireLength += length + 1;
        if (wireLength > MaxNameLength) {
            fail(error, u"name longer than 255 octets"_s);
            return std::nullopt;
        }
        labels << presentLabel(wire.mid(position + 1, length));
        position += 1 + length;
    }
    *offset = resumeAt >= 0 ? resumeAt : position;
    return labels.join(u'.');
}

std::optional<DnsMessage> parseDnsMessage(const QByteArray& wire, QString* error) {
    if (wire.size() < HeaderSize) {
        fail(error, u"message shorter than a DNS header"_s);
        return std::nullopt;
    }
    Reader r(wire);
    DnsMessage message;
    message.id = r.u16();
    const quint16 flags = r.u16();
    message.flags.aa = flags & 0x0400;
    message.flags.tc = flags & 0x0200;
    message.flags.rd = flags & 0x0100;
    message.flags.ra = flags & 0x0080;
    message.flags.ad = flags & 0x0020;
    message.flags.cd = flags & 0x0010;
    message.rcode = flags & 0x000f;
    const int qdCount = r.u16();
    const int anCount = r.u16();
    const int nsCount = r.u16();
    const int arCount = r.u16();

    for (int i = 0; i < qdCount; ++i) {
        int offset = r.offset();
        const auto name = readDomainName(wire, &offset, error);
        if (!name)
            return std::nullopt;
        r.seek(offset);
        if (!r.has(4)) {
            fail(error, u"question truncated"_s);
            return std::nullopt;
        }
        const quint16 type = r.u16();
        r.u16();
        if (i == 0) {
            message.questionName = *name;
            message.questionType = type;
        }
    }
    int budget = MaxRecordsPerMessage;
    if (!readRecords(wire, r, anCount, message.answers, &budget, error)
        || !readRecords(wire, r, nsCount, message.authority, &budget, error))
        return std::nullopt;
    // A broken additional section (common in hostile answers) must not lose a good answer.
    QString additionalError;
    readRecords(wire, r, arCount, message.additional, &budget, &additionalError);
    for (const DnsRecord& record : std::as_const(message.additional)) {
        if (record.type == quint16(RecordType::OPT))
            message.rcode |= int(record.ttl >> 24) << 4; // extended rcode bits
    }
    return message;
}

} // namespace rebound::dns
