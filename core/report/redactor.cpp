#include "core/report/redactor.h"

#include "core/report/jsonread.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::report {

namespace {

// RFC 5322 dot-atom local part and a domain with at least one dot, internationalised as RFC 6531
// allows: any non-ASCII character that is not a space or a control may stand in the local part
// (王小明@example.cn, jürgen@example.de), and domain labels may be U-labels (用户@例え.jp). Quoted local
// parts are rare in bounces and are left as they are.
const QRegularExpression& addressPattern() {
    static const QRegularExpression re(
        uR"(((?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]|[^\x00-\x7F\s\p{C}\p{Z}]){1,64})@([\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,62}[\p{L}\p{M}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,62}[\p{L}\p{M}\p{N}])?)+))"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Header lines whose display names are personal. Folded continuation lines are not followed.
const QRegularExpression& personHeaderPattern() {
    static const QRegularExpression re(
        uR"(^((?:resent-)?(?:from|to|cc|bcc|reply-to|sender|delivered-to|x-original-to|x-rcpt-to)[ \t]*:)(.*)$)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    return re;
}

// RFC 2142 role accounts and bounce senders: not personal, and useful to the reader.
bool isRoleAccount(QStringView localPart) {
    static const QStringList roles{u"postmaster"_s, u"abuse"_s,     u"mailer-daemon"_s,
                                   u"hostmaster"_s, u"webmaster"_s, u"noc"_s,
                                   u"security"_s,   u"root"_s,      u"double-bounce"_s};
    return roles.contains(localPart.toString(), Qt::CaseInsensitive);
}

QString mask(QStringView text) {
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text)
        out += ch.isSpace() ? ch : Redactor::MaskChar;
    return out;
}

void maskRange(QString& text, qsizetype start, qsizetype length) {
    for (qsizetype i = start; i < start + length && i < text.size(); ++i) {
        if (!text[i].isSpace())
            text[i] = Redactor::MaskChar;
    }
}

// The display-name parts of a header value: everything outside <...> that is not an address.
QList<std::pair<qsizetype, qsizetype>> displayNameRanges(QStringView value) {
    QList<std::pair<qsizetype, qsizetype>> ranges;
    qsizetype start = -1;
    int depth = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        const QChar ch = i < value.size() ? value[i] : QChar(u',');
        if (ch == u'<')
            ++depth;
        const bool separator = depth > 0 || ch == u',' || ch == u'"' || ch == u'(' || ch == u')';
        if (ch == u'>' && depth > 0)
            --depth;
        const bool nameChar = !separator && !ch.isSpace();
        if (nameChar && start < 0)
            start = i;
        if ((separator || i == value.size()) && start >= 0) {
            ranges.append({start, i - start});
            start = -1;
        }
    }
    return ranges;
}

} // namespace

void Redactor::learnText(const QString& text) {
    auto it = addressPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString local = match.captured(1);
        if (!isRoleAccount(local)) {
            m_known.insert(match.captured(0));
            if (local.size() >= 4)
                m_known.insert(local);
        }
    }
    auto headers = personHeaderPattern().globalMatch(text);
    while (headers.hasNext()) {
        const auto match = headers.next();
        const QString value = match.captured(2);
        bool personal = false;
        auto addresses = addressPattern().globalMatch(value);
        while (addresses.hasNext())
            personal = personal || !isRoleAccount(addresses.next().captured(1));
        if (!personal)
            continue;
        for (const auto& [start, length] : displayNameRanges(value)) {
            const QString name = value.mid(start, length).trimmed();
            if (name.size() >= 2 && !name.contains(u'@') && !name.contains(u':'))
                m_known.insert(name);
        }
        // Whole names too, so "Bob Smith" is masked as a unit elsewhere in the text.
        const qsizetype angle = value.indexOf(u'<');
        if (angle > 0) {
            QString whole = value.left(angle).trimmed();
            whole.remove(u'"');
            if (whole.size() >= 2 && !whole.contains(u'@'))
                m_known.insert(whole);
        }
    }
}

void Redactor::learn(const QJsonObject& session) {
    learnText(json::text(session, u"input"));
    const QJsonObject bounce = json::object(session, u"bounce");
    learnText(json::text(bounce, u"text"));
    for (const QJsonObject& recipient : json::objects(bounce, u"recipients")) {
        learnText(json::text(recipient, u"recipient"));
        learnText(json::text(recipient, u"original_recipient"));
    }
    const QJsonObject original = json::object(bounce, u"original");
    for (const auto key : {u"from", u"to"})
        learnText(u"To: "_s + json::text(original, key));
    if (json::text(session, u"detected_as") == u"address")
        learnText(json::text(session, u"detected_value"));
    // The opt-in mailbox probe names the user's own MAIL FROM address and the address probed.
    for (const QJsonObject& check : json::objects(session, u"checks")) {
        if (json::text(check, u"id") != u"mailbox")
            continue;
        const QJsonObject result = json::object(check, u"result");
        for (const auto key : {u"sender", u"address"})
            learnText(json::text(result, key));
    }
}

QString Redactor::maskKnown(const QString& text) const {
    if (m_known.isEmpty() || text.isEmpty())
        return text;
    // Longest first, so "Bob Smith" is masked before "Bob".
    QStringList known(m_known.begin(), m_known.end());
    std::sort(known.begin(), known.end(), [](const QString& a, const QString& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    QString out = text;
    for (const QString& needle : std::as_const(known)) {
        qsizetype from = 0;
        while ((from = out.indexOf(needle, from, Qt::CaseInsensitive)) >= 0) {
            // Whole words only: "anna" must not mask "savannah".
            const bool startOk = from == 0 || !out[from - 1].isLetterOrNumber();
            const qsizetype end = from + needle.size();
            const bool endOk = end >= out.size() || !out[end].isLetterOrNumber();
            if (startOk && endOk)
                out.replace(from, needle.size(), mask(needle));
            from = end;
        }
    }
    return out;
}

QString Redactor::redactText(const QString& text) const {
    QString out = text;
    auto it = addressPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        if (!isRoleAccount(match.captured(1)))
            maskRange(out, match.capturedStart(1), match.capturedLength(1));
    }
    auto headers = personHeaderPattern().globalMatch(text);
    while (headers.hasNext()) {
        const auto match = headers.next();
        const QString value = match.captured(2);
        bool personal = false;
        auto addresses = addressPattern().globalMatch(value);
        while (addresses.hasNext())
            personal = personal || !isRoleAccount(addresses.next().captured(1));
        if (!personal)
            continue;
        for (const auto& [start, length] : displayNameRanges(value))
            maskRange(out, match.capturedStart(2) + start, length);
    }
    return maskKnown(out);
}

QJsonValue Redactor::redactValue(const QJsonValue& value, bool patterns) const {
    switch (value.type()) {
    case QJsonValue::String:
        return patterns ? redactText(value.toString()) : maskKnown(value.toString());
    case QJsonValue::Array: {
        QJsonArray out;
        const QJsonArray items = value.toArray();
        for (const QJsonValue& item : items)
            out.append(redactValue(item, patterns));
        return out;
    }
    case QJsonValue::Object: {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), redactValue(it.value(), patterns));
        return out;
    }
    default:
        return value;
    }
}

QJsonObject Redactor::redactSession(const QJsonObject& session) const {
    QJsonObject out;
    for (auto it = session.begin(); it != session.end(); ++it) {
        const QString& key = it.key();
        if (key == u"checks" && it.value().isArray()) {
            QJsonArray checks;
            const QJsonArray items = it.value().toArray();
            for (const QJsonValue& item : items) {
                QJsonObject check = item.toObject();
                for (auto c = check.begin(); c != check.end(); ++c) {
                    // Findings and notes may quote the bounce; results are public DNS data.
                    const bool patterns = c.key() != u"result";
                    c.value() = redactValue(c.value(), patterns);
                }
                checks.append(item.isObject() ? QJsonValue(check) : redactValue(item, true));
            }
            out.insert(key, checks);
        } else if (key == u"input" || key == u"bounce" || key == u"diagnosis" || key == u"detected_value") {
            out.insert(key, redactValue(it.value(), true));
        } else {
            out.insert(key, redactValue(it.value(), false));
        }
    }
    out.insert(u"redacted"_s, true);
    return out;
}

QJsonObject Redactor::redacted(const QJsonObject& session) {
    Redactor redactor;
    redactor.learn(session);
    return redactor.redactSession(session);
}

} // namespace rebound::report
