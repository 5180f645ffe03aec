#include "core/reports/aggregateparser.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::reports {
namespace {

constexpr int kMaxDepth = 32;
constexpr int kDeadlineEvery = 1000; // records between two looks at the clock

QDateTime parseTimestamp(const QString& text, bool* ok) {
    bool isInt = false;
    qint64 seconds = text.toLongLong(&isInt);
    if (!isInt) {
        bool isDouble = false;
        const double value = text.toDouble(&isDouble);
        if (!isDouble || value < 0 || value > 1e11) {
            *ok = false;
            return {};
        }
        seconds = static_cast<qint64>(value);
    }
    *ok = seconds >= 0 && seconds < 100000000000LL;
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

// The XML declaration's encoding, lower case, or empty.
QByteArray declaredEncoding(QByteArrayView bytes) {
    const QByteArrayView head = bytes.first(qMin<qsizetype>(bytes.size(), 200));
    const qsizetype start = head.indexOf("<?xml");
    if (start < 0 || start > 8)
        return {};
    const qsizetype end = head.indexOf("?>", start);
    static const QRegularExpression encoding(uR"(encoding\s*=\s*["']([A-Za-z0-9._-]+)["'])"_s);
    const auto match =
        encoding.match(QString::fromLatin1(head.sliced(start, (end < 0 ? head.size() : end) - start)));
    return match.hasMatch() ? match.captured(1).toLatin1().toLower() : QByteArray();
}

bool isValidUtf8(QByteArrayView bytes) {
    if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; }))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

// An element whose text goes into a member of T: lower case (results, domains) unless keepCase.
template <typename T> struct Field {
    QStringView name;
    QString T::*member;
    bool keepCase = false;
};

template <typename T, std::size_t N>
bool assign(T& target, const Field<T> (&fields)[N], const QString& name, const QString& text) {
    for (const Field<T>& field : fields) {
        if (name == field.name) {
            target.*field.member = field.keepCase ? text : text.toLower();
            return true;
        }
    }
    return false;
}

class Parser {
public:
    Parser(const ParseLimits& limits)
        : m_limits(limits) {}

    std::optional<AggregateReport> run(QXmlStreamReader& xml, QString* error);

private:
    bool start(QXmlStreamReader& xml, QString* error);
    bool end(QString* error);
    bool inRecord() const { return m_stack.contains(u"record"_s); }
    const QString& at(qsizetype fromTop) const {
        static const QString none;
        return fromTop < m_stack.size() ? m_stack.at(m_stack.size() - 1 - fromTop) : none;
    }
    bool assignMetadata(const QString& name, const QString& text, QString* error);
    void assignPolicy(const QString& name, const QString& text);
    bool assignRecord(const QString& name, const QString& text, QString* error);

    const ParseLimits& m_limits;
    AggregateReport m_report;
    AggregateRecord m_record;
    QStringList m_stack;
    QString m_text;
    int m_feedbackDepth = -1; // where <feedback> is in m_stack
    bool m_feedbackClosed = false;
    bool m_sawMetadata = false;
    bool m_sawPolicy = false;
    int m_records = 0;
};

std::optional<AggregateReport> Parser::run(QXmlStreamReader& xml, QString* error) {
    while (!xml.atEnd() && !m_feedbackClosed) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            *error = u"the report declares a DTD (<!DOCTYPE>): refused, Rebound never reads DTDs or "
                     "expands entities"_s;
            return std::nullopt;
        case QXmlStreamReader::EntityReference:
            *error = u"the report uses an undeclared entity (&%1;): refused"_s.arg(xml.name().left(100));
            return std::nullopt;
        case QXmlStreamReader::StartElement:
            if (!start(xml, error))
                return std::nullopt;
            break;
        case QXmlStreamReader::Characters:
            if (m_text.size() < m_limits.maxTextChars)
                m_text += xml.text().left(m_limits.maxTextChars - m_text.size());
            break;
        case QXmlStreamReader::EndElement:
            if (!end(error))
                return std::nullopt;
            m_stack.removeLast();
            if (m_report.recordsCut)
                return std::move(m_report);
            // What follows </feedback> (the end of a wrapper, or nothing) is not read.
            m_feedbackClosed = int(m_stack.size()) == m_feedbackDepth;
            break;
        default:
            break;
        }
    }
    if (xml.hasError() && !m_feedbackClosed) {
        *error = u"not well-formed XML at line %1, column %2: %3"_s.arg(xml.lineNumber())
                     .arg(xml.columnNumber())
                     .arg(xml.errorString());
        return std::nullopt;
    }
    if (!m_sawMetadata || !m_sawPolicy || m_report.policy.domain.isEmpty()) {
        *error = u"not a complete DMARC aggregate report: report_metadata or the policy_published "
                 "domain is missing"_s;
        return std::nullopt;
    }
    if (m_report.schema.isEmpty()) {
        const PolicyPublished& p = m_report.policy;
        m_report.schema = !p.np.isEmpty() || !p.testing.isEmpty() || !p.discoveryMethod.isEmpty()
                                  || !m_report.generator.isEmpty()
                              ? u"rfc9990"_s
                              : u"rfc7489"_s;
    }
    return std::move(m_report);
}

bool Parser::start(QXmlStreamReader& xml, QString* error) {
    const QString name = xml.name().toString();
    // Some reporters wrap <feedback> in an element of their own (an unclosed <xs:schema>): <feedback>
    // is read as the root or as the first child of the root.
    if (m_feedbackDepth < 0) {
        if (name == u"feedback" && m_stack.size() <= 1) {
            m_feedbackDepth = int(m_stack.size());
            if (xml.namespaceUri() == u"urn:ietf:params:xml:ns:dmarc-2.0")
                m_report.schema = u"rfc9990"_s;
        } else if (!m_stack.isEmpty()) {
            *error = u"not a DMARC aggregate report: the root element is <%1>, not <feedback>"_s.arg(
                m_stack.first().left(100));
            return false;
        }
    }
    if (m_stack.size() >= kMaxDepth) {
        *error = u"the XML is nested more than %1 levels deep"_s.arg(kMaxDepth);
        return false;
    }
    m_stack.append(name);
    m_text.clear();
    if (name == u"report_metadata")
        m_sawMetadata = true;
    else if (name == u"policy_published")
        m_sawPolicy = true;
    else if (name == u"record" && at(1) == u"feedback")
        m_record = AggregateRecord();
    else if (inRecord() && name == u"dkim" && at(1) == u"auth_results")
        m_record.dkimResults.emplaceBack();
    else if (inRecord() && name == u"spf" && at(1) == u"auth_results")
        m_record.spfResults.emplaceBack();
    else if (inRecord() && name == u"reason" && at(1) == u"policy_evaluated")
        m_record.reasons.emplaceBack();
    return true;
}

bool Parser::end(QString* error) {
    const QString& name = at(0);
    const QString text = m_text.trimmed();
    m_text.clear();
    if (inRecord()) {
        if (name == u"record" && at(1) == u"feedback") {
            if (m_record.sourceIp.isEmpty()) {
                *error = u"record %1 has no source_ip"_s.arg(m_records + 1);
                return false;
            }
            if (m_report.records.size() >= m_limits.maxRecords) {
                m_report.recordsCut = true;
                return true;
            }
            m_report.records.append(std::move(m_record));
            m_record = AggregateRecord();
            if (++m_records % kDeadlineEvery == 0 && m_limits.deadline.hasExpired()) {
                *error = u"the time limit was reached after %1 records"_s.arg(m_records);
                return false;
            }
            return true;
        }
        return assignRecord(name, text, error);
    }
    if (at(1) == u"report_metadata" || (at(1) == u"date_range" && at(2) == u"report_metadata"))
        return assignMetadata(name, text, error);
    if (at(1) == u"policy_published")
        assignPolicy(name, text);
    else if (name == u"version" && at(1) == u"feedback")
        m_report.version = text;
    return true;
}

bool Parser::assignMetadata(const QString& name, const QString& text, QString* error) {
    static constexpr Field<AggregateReport> fields[] = {
        {u"org_name", &AggregateReport::orgName, true},
        {u"email", &AggregateReport::email, true},
        {u"extra_contact_info", &AggregateReport::extraContactInfo, true},
        {u"report_id", &AggregateReport::reportId, true},
        {u"generator", &AggregateReport::generator, true}};
    AggregateReport& r = m_report;
    if (assign(r, fields, name, text))
        return true;
    if (name == u"error") {
        r.reportErrors.append(text);
    } else if (name == u"begin" || name == u"end") {
        bool ok = false;
        const QDateTime time = parseTimestamp(text, &ok);
        if (!ok) {
            *error = u"date_range %1 '%2' is not a time in seconds"_s.arg(name, text.left(40));
            return false;
        }
        (name == u"begin" ? r.begin : r.end) = time;
    }
    return true;
}

void Parser::assignPolicy(const QString& name, const QString& text) {
    static constexpr Field<PolicyPublished> fields[] = {
        {u"domain", &PolicyPublished::domain},   {u"adkim", &PolicyPublished::adkim},
        {u"aspf", &PolicyPublished::aspf},       {u"p", &PolicyPublished::p},
        {u"sp", &PolicyPublished::sp},           {u"np", &PolicyPublished::np},
        {u"pct", &PolicyPublished::pct},         {u"fo", &PolicyPublished::fo},
        {u"testing", &PolicyPublished::testing}, {u"discovery_method", &PolicyPublished::discoveryMethod}};
    assign(m_report.policy, fields, name, text);
}

bool Parser::assignRecord(const QString& name, const QString& text, QString* error) {
    static constexpr Field<AggregateRecord> evaluated[] = {{u"disposition", &AggregateRecord::disposition},
                                                           {u"dkim", &AggregateRecord::dkim},
                                                           {u"spf", &AggregateRecord::spf}};
    static constexpr Field<AggregateRecord> identifiers[] = {
        {u"header_from", &AggregateRecord::headerFrom},
        {u"envelope_from", &AggregateRecord::envelopeFrom},
        {u"envelope_to", &AggregateRecord::envelopeTo}};
    static constexpr Field<PolicyOverride> reason[] = {{u"type", &PolicyOverride::type},
                                                       {u"comment", &PolicyOverride::comment, true}};
    static constexpr Field<DkimAuthResult> dkim[] = {{u"domain", &DkimAuthResult::domain},
                                                     {u"selector", &DkimAuthResult::selector, true},
                                                     {u"result", &DkimAuthResult::result},
                                                     {u"human_result", &DkimAuthResult::humanResult, true}};
    static constexpr Field<SpfAuthResult> spf[] = {{u"domain", &SpfAuthResult::domain},
                                                   {u"scope", &SpfAuthResult::scope},
                                                   {u"result", &SpfAuthResult::result}};
    AggregateRecord& r = m_record;
    const QString& parent = at(1);
    const bool authResults = at(2) == u"auth_results";
    if (parent == u"row" && name == u"source_ip") {
        r.sourceIp = text.toLower();
    } else if (parent == u"row" && name == u"count") {
        bool ok = false;
        r.count = text.toLongLong(&ok);
        if (!ok || r.count < 0) {
            *error = u"record %1: count '%2' is not a number"_s.arg(m_records + 1).arg(text.left(40));
            return false;
        }
    } else if (parent == u"policy_evaluated") {
        assign(r, evaluated, name, text);
    } else if (parent == u"identifiers") {
        assign(r, identifiers, name, text);
    } else if (parent == u"reason" && !r.reasons.isEmpty()) {
        assign(r.reasons.last(), reason, name, text);
    } else if (parent == u"dkim" && authResults && !r.dkimResults.isEmpty()) {
        assign(r.dkimResults.last(), dkim, name, text);
    } else if (parent == u"spf" && authResults && !r.spfResults.isEmpty()) {
        assign(r.spfResults.last(), spf, name, text);
    }
    return true;
}

} // namespace

std::optional<AggregateReport> parseAggregateXml(QByteArrayView bytes, const ParseLimits& limits,
                                                 QString* error) {
    const QByteArray encoding = declaredEncoding(bytes);
    QXmlStreamReader xml;
    const bool utf8 =
        encoding.isEmpty() || encoding == "utf-8" || encoding == "utf8" || encoding == "us-ascii";
    if (utf8 && !isValidUtf8(bytes)) {
        // Reporters do send stray Windows-1252 bytes in UTF-8 reports: they become U+FFFD instead
        // of failing the whole report.
        xml.addData(QString::fromUtf8(bytes).toUtf8());
    } else {
        xml.addData(bytes.toByteArray());
    }
    xml.setNamespaceProcessing(true);
    Parser parser(limits);
    return parser.run(xml, error);
}

qint64 AggregateReport::messageCount() const {
    qint64 total = 0;
    for (const AggregateRecord& r : records)
        total += r.count;
    return total;
}

qint64 AggregateReport::passCount() const {
    qint64 total = 0;
    for (const AggregateRecord& r : records) {
        if (r.dmarcPass())
            total += r.count;
    }
    return total;
}

} // namespace rebound::reports
