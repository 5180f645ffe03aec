#include "core/blocklist/catalogparser.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rebound::blocklist {
namespace {

constexpr qsizetype maxDocumentBytes = 4 * 1024 * 1024;
constexpr qsizetype maxLists = 1000;
constexpr qsizetype maxItems = 512; // codes, bits, aliases... per entry
constexpr qsizetype maxText = 2000;

// Reads one JSON object field by field, collecting "path: problem" messages.
class FieldReader {
public:
    FieldReader(const QJsonObject& object, QString path, QStringList* errors)
        : m_object(object)
        , m_path(std::move(path))
        , m_errors(errors) {}

    void fail(const QString& key, const QString& problem) {
        m_errors->append(m_path + (key.isEmpty() ? QString() : u'.' + key) + u": "_s + problem);
    }
    bool ok() const { return m_errorCount == m_errors->size(); }
    const QString& path() const { return m_path; }
    QStringList* errors() const { return m_errors; }
    FieldReader child(const QJsonObject& object, const QString& suffix) const {
        return FieldReader(object, m_path + u'.' + suffix, m_errors);
    }

    bool has(const QString& key) const { return m_object.contains(key); }

    QString text(const QString& key, bool required, bool allowNull = false) {
        m_known << key;
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(key, u"missing"_s);
            return {};
        }
        if (value.isNull()) {
            if (!allowNull)
                fail(key, u"must not be null"_s);
            return {};
        }
        if (!value.isString()) {
            fail(key, u"must be a string"_s);
            return {};
        }
        const QString s = value.toString();
        if (required && s.trimmed().isEmpty())
            fail(key, u"must not be empty"_s);
        if (s.size() > maxText)
            fail(key, u"longer than %1 characters"_s.arg(maxText));
        return s;
    }

    std::optional<bool> flag(const QString& key, bool required, bool allowNull = false) {
        m_known << key;
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(key, u"missing"_s);
            return std::nullopt;
        }
        if (value.isNull()) {
            if (!allowNull)
                fail(key, u"must not be null"_s);
            return std::nullopt;
        }
        if (!value.isBool()) {
            fail(key, u"must be true or false"_s);
            return std::nullopt;
        }
        return value.toBool();
    }

    QStringList texts(const QString& key, bool required) {
        m_known << key;
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(key, u"missing"_s);
            return {};
        }
        if (!value.isArray()) {
            fail(key, u"must be an array of strings"_s);
            return {};
        }
        const QJsonArray array = value.toArray();
        if (array.size() > maxItems)
            fail(key, u"more than %1 items"_s.arg(maxItems));
        QStringList list;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString() || array.at(i).toString().trimmed().isEmpty()) {
                fail(u"%1[%2]"_s.arg(key).arg(i), u"must be a non-empty string"_s);
                continue;
            }
            list << array.at(i).toString();
        }
        return list;
    }

    QJsonArray objects(const QString& key, bool required) {
        m_known << key;
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(key, u"missing"_s);
            return {};
        }
        if (!value.isArray()) {
            fail(key, u"must be an array"_s);
            return {};
        }
        const QJsonArray array = value.toArray();
        if (array.size() > maxItems) {
            fail(key, u"more than %1 items"_s.arg(maxItems));
            return {};
        }
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                fail(u"%1[%2]"_s.arg(key).arg(i), u"must be an object"_s);
        }
        return array;
    }

    // A whole number from 0 to max; null or absent gives fallback.
    qint64 count(const QString& key, qint64 max, qint64 fallback) {
        const QJsonValue value = raw(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > double(max) || number != double(qint64(number))) {
            fail(key, u"must be a whole number from 0 to %1 (or null)"_s.arg(max));
            return fallback;
        }
        return qint64(number);
    }

    QJsonObject object(const QString& key, bool required) {
        m_known << key;
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(key, u"missing"_s);
            return {};
        }
        if (!value.isObject()) {
            fail(key, u"must be an object"_s);
            return {};
        }
        return value.toObject();
    }

    QJsonValue raw(const QString& key) {
        m_known << key;
        return m_object.value(key);
    }

    // Every key the reader did not ask for is a typo or a field this version does not know.
    void rejectUnknownKeys() {
        for (const QString& key : m_object.keys()) {
            if (!m_known.contains(key))
                fail(key, u"unknown key (see docs/blocklist-catalog.md)"_s);
        }
    }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList* m_errors;
    qsizetype m_errorCount = m_errors->size();
    QSet<QString> m_known;
};

template <typename T>
std::optional<T> pick(FieldReader& reader, const QString& key, const QString& value,
                      std::initializer_list<std::pair<const char16_t*, T>> choices) {
    QStringList names;
    for (const auto& [name, result] : choices) {
        if (value == QStringView(name))
            return result;
        names << QString::fromUtf16(name);
    }
    reader.fail(key, u"\"%1\" is not one of %2"_s.arg(value, names.join(u", "_s)));
    return std::nullopt;
}

std::optional<quint32> parseCode(FieldReader& reader, const QString& key, const QString& text) {
    QHostAddress address;
    if (!address.setAddress(text) || address.protocol() != QAbstractSocket::IPv4Protocol
        || address.toString() != text) {
        reader.fail(key, u"\"%1\" is not an IPv4 address"_s.arg(text));
        return std::nullopt;
    }
    const quint32 value = address.toIPv4Address();
    if ((value >> 24) != 127) {
        reader.fail(key, u"\"%1\" is outside 127.0.0.0/8, where RFC 5782 answers live"_s.arg(text));
        return std::nullopt;
    }
    return value;
}

bool isZoneName(const QString& zone) {
    static const QRegularExpression pattern(
        u"^(?=.{1,200}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$"_s);
    return pattern.match(zone).hasMatch();
}

bool isUrlTemplate(const QString& url) {
    if (!url.startsWith(u"https://"_s) && !url.startsWith(u"http://"_s))
        return false;
    QString rest = url;
    rest.remove(u"{query}"_s);
    return !rest.contains(u'{') && !rest.contains(u'}') && !rest.contains(u' ');
}

Impact parseImpact(FieldReader& reader, const QString& key, const QString& value) {
    return pick<Impact>(reader, key, value,
                        {{u"none", Impact::None},
                         {u"minor", Impact::Minor},
                         {u"medium", Impact::Medium},
                         {u"major", Impact::Major}})
        .value_or(Impact::Minor);
}

CodeKind parseCodeKind(FieldReader& reader, const QString& key, const QString& value) {
    return pick<CodeKind>(reader, key, value,
                          {{u"listing", CodeKind::Listing},
                           {u"neutral", CodeKind::Neutral},
                           {u"allow", CodeKind::Allow},
                           {u"untrusted", CodeKind::Untrusted},
                           {u"error", CodeKind::Error}})
        .value_or(CodeKind::Listing);
}

Support parseSupport(FieldReader& reader, const QString& key) {
    const QJsonValue value = reader.raw(key);
    if (value.isUndefined()) {
        reader.fail(key, u"missing (true, false, or null when not known)"_s);
        return Support::Unknown;
    }
    if (value.isNull())
        return Support::Unknown;
    if (!value.isBool()) {
        reader.fail(key, u"must be true, false or null"_s);
        return Support::Unknown;
    }
    return value.toBool() ? Support::Yes : Support::No;
}

QList<AnswerCode> parseCodes(FieldReader& reader) {
    QList<AnswerCode> codes;
    const QJsonArray array = reader.objects(u"codes"_s, true);
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            continue;
        FieldReader item = reader.child(array.at(i).toObject(), u"codes[%1]"_s.arg(i));
        AnswerCode code;
        const auto first = parseCode(item, u"code"_s, item.text(u"code"_s, true));
        code.first = first.value_or(0);
        code.last = code.first;
        if (item.has(u"to"_s)) {
            const auto last = parseCode(item, u"to"_s, item.text(u"to"_s, true));
            if (last && first && *last < *first)
                item.fail(u"to"_s, u"ends before \"code\""_s);
            code.last = last.value_or(code.first);
        }
        code.kind = parseCodeKind(item, u"kind"_s, item.text(u"kind"_s, true));
        code.meaning = item.text(u"meaning"_s, true);
        code.remedy = item.text(u"remedy"_s, false);
        if (code.kind == CodeKind::Error && code.remedy.isEmpty())
            item.fail(u"remedy"_s, u"an error code needs a remedy for the user"_s);
        if (item.has(u"severity"_s))
            code.impact = parseImpact(item, u"severity"_s, item.text(u"severity"_s, true));
        item.rejectUnknownKeys();
        if (item.ok())
            codes << code;
    }
    return codes;
}

QList<AnswerBit> parseBits(FieldReader& reader) {
    QList<AnswerBit> bits;
    const QJsonArray array = reader.objects(u"bits"_s, false);
    quint32 seen = 0;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            continue;
        FieldReader item = reader.child(array.at(i).toObject(), u"bits[%1]"_s.arg(i));
        AnswerBit bit;
        const QJsonValue value = item.raw(u"bit"_s);
        const int number = value.isDouble() ? value.toInt(-1) : -1;
        if (number < 1 || number > 128 || (number & (number - 1)) != 0)
            item.fail(u"bit"_s, u"must be one of 1, 2, 4, 8, 16, 32, 64, 128"_s);
        else if (seen & quint32(number))
            item.fail(u"bit"_s, u"%1 appears twice"_s.arg(number));
        else
            seen |= quint32(number);
        bit.bit = quint32(qMax(number, 0));
        bit.kind = parseCodeKind(item, u"kind"_s, item.text(u"kind"_s, true));
        bit.meaning = item.text(u"meaning"_s, true);
        bit.remedy = item.text(u"remedy"_s, false);
        if (bit.kind == CodeKind::Error && bit.remedy.isEmpty())
            item.fail(u"remedy"_s, u"an error bit needs a remedy for the user"_s);
        if (item.has(u"severity"_s))
            bit.impact = parseImpact(item, u"severity"_s, item.text(u"severity"_s, true));
        item.rejectUnknownKeys();
        if (item.ok())
            bits << bit;
    }
    return bits;
}

// RFC 5782 section 5: 127.0.0.2 / ::FFFF:7F00:2 / TEST must be listed, 127.0.0.1 / ::FFFF:7F00:1 /
// INVALID must not.
TestSpec rfc5782Test(Family family) {
    TestSpec spec;
    spec.source = u"RFC 5782 section 5 (the answer is not documented for this list)"_s;
    switch (family) {
    case Family::Ipv4:
        spec.listed = u"127.0.0.2"_s;
        spec.notListed = u"127.0.0.1"_s;
        break;
    case Family::Ipv6:
        spec.listed = u"::ffff:7f00:2"_s;
        spec.notListed = u"::ffff:7f00:1"_s;
        break;
    case Family::Domain:
        spec.listed = u"test"_s;
        spec.notListed = u"invalid"_s;
        break;
    }
    return spec;
}

std::optional<TestSpec> parseTest(FieldReader& tests, Family family, Support support) {
    const QString key = familyName(family);
    if (support == Support::No) {
        if (tests.has(key))
            tests.fail(key, u"test points for a family the list does not serve"_s);
        return std::nullopt;
    }
    TestSpec spec = rfc5782Test(family);
    if (!tests.has(key))
        return spec;
    FieldReader item = tests.child(tests.object(key, true), key);
    if (item.has(u"listed"_s)) {
        if (family != Family::Domain)
            item.fail(u"listed"_s, u"only domain lists name their own test point; IP lists use RFC 5782's"_s);
        spec.listed = item.text(u"listed"_s, true).toLower();
        if (!spec.listed.isEmpty() && !isZoneName(spec.listed + u".example"_s))
            item.fail(u"listed"_s, u"\"%1\" is not a domain name"_s.arg(spec.listed));
    }
    const QJsonValue answers = item.raw(u"answers"_s);
    if (answers.isArray()) {
        QList<quint32> codes;
        const QJsonArray array = answers.toArray();
        if (array.isEmpty())
            item.fail(u"answers"_s, u"empty; use null when the answer is not documented"_s);
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (const auto code = parseCode(item, u"answers[%1]"_s.arg(i), array.at(i).toString()))
                codes << *code;
        }
        spec.answers = codes;
    } else if (!answers.isNull() && !answers.isUndefined()) {
        item.fail(u"answers"_s, u"must be an array of codes or null"_s);
    }
    const QString source = item.text(u"source"_s, true);
    if (!source.isEmpty())
        spec.source = source;
    item.rejectUnknownKeys();
    return spec;
}

const QStringList& delistingModes() {
    static const QStringList modes{
        u"self_service"_s, u"automatic_expiry"_s, u"via_isp"_s, u"paid_express"_s,   u"request_form"_s,
        u"login_form"_s,   u"from_listed_ip"_s,   u"none"_s,    u"not_applicable"_s, u"unknown"_s};
    return modes;
}

// "rate" of a list or "default_rate" of the catalog; fields a list leaves out come from the default.
RateLimit parseRate(FieldReader& parent, const QString& key, const RateLimit& defaults, bool required) {
    const QJsonObject object = parent.object(key, required);
    if (object.isEmpty())
        return defaults;
    FieldReader reader = parent.child(object, key);
    RateLimit rate = defaults;
    rate.perSecond = int(reader.count(u"per_second"_s, 100000, defaults.perSecond));
    rate.burst = int(qMax<qint64>(1, reader.count(u"burst"_s, 100000, defaults.burst)));
    rate.probation = int(qMax<qint64>(1, reader.count(u"probation"_s, 64, defaults.probation)));
    rate.perDay = reader.count(u"per_day"_s, qint64(1) << 40, 0);
    rate.source = reader.text(u"source"_s, false);
    reader.rejectUnknownKeys();
    return rate;
}

std::optional<BlocklistEntry> parseEntry(FieldReader& reader, const RateLimit& defaultRate,
                                         QHash<QString, QList<AnswerCode>>* errorCodesFrom) {
    BlocklistEntry e;
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]{0,63}$"_s);
    e.id = reader.text(u"id"_s, true);
    if (!e.id.isEmpty() && !idPattern.match(e.id).hasMatch())
        reader.fail(u"id"_s, u"\"%1\" must be lower-case letters, digits and hyphens"_s.arg(e.id));
    e.name = reader.text(u"name"_s, true);
    e.aliases = reader.texts(u"aliases"_s, false);
    e.operatorName = reader.text(u"operator"_s, false, true);
    e.state = pick<ListState>(reader, u"status"_s, reader.text(u"status"_s, true),
                              {{u"active", ListState::Active},
                               {u"legacy", ListState::Legacy},
                               {u"uncertain", ListState::Uncertain},
                               {u"unverified", ListState::Unverified},
                               {u"paid_only", ListState::PaidOnly},
                               {u"defunct", ListState::Defunct}})
                  .value_or(ListState::Unverified);
    e.stateNote = reader.text(u"status_note"_s, false);
    e.defunctSince = reader.text(u"defunct_since"_s, e.state == ListState::Defunct);
    e.kind = pick<ListKind>(reader, u"kind"_s, reader.text(u"kind"_s, true),
                            {{u"blocklist", ListKind::Blocklist},
                             {u"allowlist", ListKind::Allowlist},
                             {u"reputation", ListKind::Reputation}})
                 .value_or(ListKind::Blocklist);
    if (!reader.has(u"zone"_s))
        reader.fail(u"zone"_s, u"missing (null when the list has no public zone)"_s);
    e.zone = reader.text(u"zone"_s, false, true).toLower();
    if (!e.zone.isEmpty() && !isZoneName(e.zone))
        reader.fail(u"zone"_s, u"\"%1\" is not a DNS zone name"_s.arg(e.zone));
    e.keyedZone = reader.text(u"keyed_zone"_s, false).toLower();
    e.keyKind = reader.text(u"key"_s, !e.keyedZone.isEmpty());
    if (!e.keyedZone.isEmpty()) {
        if (!e.keyedZone.startsWith(u"{key}."_s)
            || !isZoneName(QString(e.keyedZone).replace(u"{key}"_s, u"key"_s)))
            reader.fail(u"keyed_zone"_s, u"must look like \"{key}.zone.example\""_s);
        if (!e.keyKind.isEmpty() && e.keyKind != u"spamhaus_dqs" && e.keyKind != u"abusix")
            reader.fail(u"key"_s, u"\"%1\" is not one of spamhaus_dqs, abusix"_s.arg(e.keyKind));
    } else if (!e.keyKind.isEmpty()) {
        reader.fail(u"key"_s, u"a key without a keyed_zone"_s);
    }
    e.keyRequired = reader.flag(u"key_required"_s, false).value_or(false);
    if (e.keyRequired && e.keyedZone.isEmpty())
        reader.fail(u"key_required"_s, u"a required key needs a keyed_zone"_s);
    if (!e.keyRequired && e.zone.isEmpty() && e.isQueryable())
        reader.fail(u"zone"_s, u"a queryable list without a key needs a zone"_s);
    e.access = reader.text(u"access"_s, e.state != ListState::Defunct);
    e.accessNote = reader.text(u"access_note"_s, false);
    e.alsoZones = reader.texts(u"also_zones"_s, false);
    e.zoneSuffixes = reader.texts(u"zone_suffixes"_s, false);
    for (QStringList* list : {&e.alsoZones, &e.zoneSuffixes}) {
        for (QString& zone : *list) {
            zone = zone.toLower();
            if (!isZoneName(zone))
                reader.fail(u"also_zones"_s, u"\"%1\" is not a DNS zone name"_s.arg(zone));
        }
    }
    e.ipv4 = parseSupport(reader, u"ipv4"_s);
    e.ipv6 = parseSupport(reader, u"ipv6"_s);
    e.domain = parseSupport(reader, u"domain"_s);
    e.domainForm = reader.text(u"domain_form"_s, false);
    if (!e.domainForm.isEmpty() && e.domainForm != u"registered_domain" && e.domainForm != u"full_hostname")
        reader.fail(u"domain_form"_s, u"must be registered_domain or full_hostname"_s);
    e.defaultEnabled = reader.flag(u"default_enabled"_s, true).value_or(false);
    if (e.defaultEnabled && !e.isQueryable())
        reader.fail(u"default_enabled"_s, u"a list that is not queried cannot be enabled by default"_s);
    e.codes = parseCodes(reader);
    e.bits = parseBits(reader);
    const QString from = reader.text(u"error_codes_from"_s, false);
    if (!from.isEmpty()) {
        if (!errorCodesFrom->contains(from))
            reader.fail(u"error_codes_from"_s, u"\"%1\" is not an earlier list id"_s.arg(from));
        else
            e.codes += errorCodesFrom->value(from);
    }
    e.txt = reader.flag(u"txt"_s, true, true);
    FieldReader tests = reader.child(reader.object(u"tests"_s, true), u"tests"_s);
    e.ipv4Test = parseTest(tests, Family::Ipv4, e.ipv4);
    e.ipv6Test = parseTest(tests, Family::Ipv6, e.ipv6);
    e.domainTest = parseTest(tests, Family::Domain, e.domain);
    tests.rejectUnknownKeys();
    e.impact = parseImpact(reader, u"severity"_s, reader.text(u"severity"_s, true));
    e.impactReason = reader.text(u"severity_reason"_s, true);
    e.rate = parseRate(reader, u"rate"_s, defaultRate, false);
    for (const auto& [key, target] :
         {std::pair{u"lookup_url"_s, &e.lookupUrl}, std::pair{u"removal_url"_s, &e.removalUrl}}) {
        if (!reader.has(key))
            reader.fail(key, u"missing (null when not known)"_s);
        *target = reader.text(key, false, true);
        if (!target->isEmpty() && !isUrlTemplate(*target))
            reader.fail(key,
                        u"\"%1\" is not an http(s) URL (the only placeholder is {query})"_s.arg(*target));
    }
    e.delisting = reader.texts(u"delisting"_s, true);
    for (const QString& mode : e.delisting) {
        if (!delistingModes().contains(mode))
            reader.fail(u"delisting"_s,
                        u"\"%1\" is not one of %2"_s.arg(mode, delistingModes().join(u", "_s)));
    }
    e.delistingNote = reader.text(u"delisting_note"_s, false);
    e.sources = reader.texts(u"sources"_s, true);
    reader.rejectUnknownKeys();
    if (!reader.ok())
        return std::nullopt;
    QList<AnswerCode> errors;
    for (const AnswerCode& code : e.codes) {
        if (code.kind == CodeKind::Error)
            errors << code;
    }
    errorCodesFrom->insert(e.id, errors);
    return e;
}

} // namespace

CatalogDocument parseCatalogDocument(const QByteArray& json) {
    CatalogDocument document;
    if (json.size() > maxDocumentBytes) {
        document.errors << u"the catalog is larger than %1 bytes"_s.arg(maxDocumentBytes);
        return document;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        document.errors
            << u"not valid JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString());
        return document;
    }
    if (!doc.isObject()) {
        document.errors << u"the catalog must be a JSON object"_s;
        return document;
    }
    FieldReader top(doc.object(), u"catalog"_s, &document.errors);
    if (top.text(u"schema"_s, true) != u"rebound.blocklist.catalog") {
        top.fail(u"schema"_s, u"must be \"rebound.blocklist.catalog\""_s);
        return document;
    }
    const QJsonValue version = top.raw(u"version"_s);
    document.version = version.toInt(0);
    if (document.version != 1) {
        top.fail(u"version"_s, u"only version 1 is understood"_s);
        return document;
    }
    document.updated = top.text(u"updated"_s, false);
    top.text(u"comment"_s, false);
    const RateLimit defaultRate = parseRate(top, u"default_rate"_s, RateLimit{}, false);
    const QJsonArray lists = top.objects(u"lists"_s, true);
    top.rejectUnknownKeys();
    if (!top.ok() || lists.size() > maxLists) {
        if (lists.size() > maxLists)
            top.fail(u"lists"_s, u"more than %1 lists"_s.arg(maxLists));
        return document;
    }
    document.valid = true;
    QHash<QString, QList<AnswerCode>> errorCodes;
    QHash<QString, QString> zoneOwners;
    for (qsizetype i = 0; i < lists.size(); ++i) {
        if (!lists.at(i).isObject())
            continue;
        const QJsonObject object = lists.at(i).toObject();
        const QString label =
            object.value(u"id"_s).isString()
                ? u"lists[%1] (id \"%2\")"_s.arg(i).arg(object.value(u"id"_s).toString().left(64))
                : u"lists[%1]"_s.arg(i);
        FieldReader reader(object, label, &document.errors);
        std::optional<BlocklistEntry> entry = parseEntry(reader, defaultRate, &errorCodes);
        if (!entry)
            continue;
        bool duplicate = false;
        for (const BlocklistEntry& other : std::as_const(document.entries)) {
            if (other.id == entry->id) {
                reader.fail(u"id"_s, u"\"%1\" is already used"_s.arg(entry->id));
                duplicate = true;
            }
        }
        QStringList zones = entry->alsoZones;
        if (!entry->zone.isEmpty())
            zones << entry->zone;
        for (const QString& zone : std::as_const(zones)) {
            const QString owner = zoneOwners.value(zone);
            if (!owner.isEmpty() && owner != entry->id) {
                reader.fail(u"zone"_s, u"\"%1\" already belongs to \"%2\""_s.arg(zone, owner));
                duplicate = true;
            }
        }
        if (duplicate)
            continue;
        for (const QString& zone : std::as_const(zones))
            zoneOwners.insert(zone, entry->id);
        document.entries << *entry;
    }
    return document;
}

} // namespace rebound::blocklist
