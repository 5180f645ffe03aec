#include "core/auth/dmarcrecord.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound::auth {
namespace {

// OpenDMARC reads a policy by its first letter; the RFC wants the whole word.
std::optional<DmarcPolicy> parsePolicy(const QString& value, bool* exact) {
    const QString v = value.toLower();
    *exact = v == u"none" || v == u"quarantine" || v == u"reject";
    if (v.startsWith(u'n'))
        return DmarcPolicy::None;
    if (v.startsWith(u'q'))
        return DmarcPolicy::Quarantine;
    if (v.startsWith(u'r'))
        return DmarcPolicy::Reject;
    return std::nullopt;
}

QList<DmarcReportUri> parseUris(const QString& value, const QString& tag, DmarcRecord* record) {
    QList<DmarcReportUri> uris;
    for (const QString& raw : value.split(u',')) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        DmarcReportUri uri;
        uri.uri = item;
        QString body = item;
        static const QRegularExpression sizeRe(u"!([0-9]+[kmgt]?)$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        const auto size = sizeRe.match(body);
        if (size.hasMatch()) {
            uri.sizeLimit = size.captured(1);
            body.chop(size.capturedLength(0));
        }
        if (body.startsWith(u"mailto:"_s, Qt::CaseInsensitive)) {
            uri.address = body.mid(7);
            while (uri.address.startsWith(u'/'))
                uri.address.remove(0, 1);
            const qsizetype at = uri.address.lastIndexOf(u'@');
            if (at > 0 && at < uri.address.size() - 1)
                uri.domain = uri.address.mid(at + 1).toLower();
            else
                record->warnings << QCoreApplication::translate(
                                        "rebound::auth",
                                        "%1: '%2' is not a mailto: address; reports cannot be sent there")
                                        .arg(tag, item);
        } else {
            record->warnings << QCoreApplication::translate(
                                    "rebound::auth", "%1: '%2' is not a mailto: URI; receivers ignore it")
                                    .arg(tag, item);
        }
        uris << uri;
    }
    return uris;
}

// The tags after v=DMARC1, one at a time, into the record: each value validated, problems said.
class TagReader {
public:
    explicit TagReader(DmarcRecord& record)
        : m_record(record) {}

    void read(const QString& tag, const QString& value) {
        if (tag == u"pct" || tag == u"rf" || tag == u"ri")
            m_record.removedTags << tag;
        if (tag == u"p" || tag == u"sp" || tag == u"np")
            policy(tag, value);
        else if (tag == u"adkim" || tag == u"aspf")
            alignment(tag, value);
        else if (tag == u"pct" || tag == u"ri")
            number(tag, value);
        else if (tag == u"rf" || tag == u"fo")
            options(tag, value);
        else if (tag == u"rua")
            m_record.aggregate = parseUris(value, tag, &m_record);
        else if (tag == u"ruf")
            m_record.failure = parseUris(value, tag, &m_record);
        else if (tag == u"psd" || tag == u"t")
            flag(tag, value);
        else
            m_record.unknownTags << tag;
    }

    void bad(const QString& message) {
        m_record.errors << message;
        if (m_record.status == DmarcParseStatus::Ok)
            m_record.status = DmarcParseStatus::BadValue;
    }

    bool sawPolicy() const { return m_sawPolicy; }

private:
    void policy(const QString& tag, const QString& value) {
        bool exact = true;
        const auto policy = parsePolicy(value, &exact);
        if (!policy) {
            bad(QCoreApplication::translate("rebound::auth", "%1: '%2' is not none, quarantine or reject")
                    .arg(tag, value));
            return;
        }
        if (!exact)
            m_record.warnings << QCoreApplication::translate(
                                     "rebound::auth",
                                     "%1: '%2' should be written in full (none, quarantine, reject); "
                                     "some receivers ignore the record")
                                     .arg(tag, value);
        if (tag == u"p") {
            m_record.policy = policy;
            m_sawPolicy = true;
        } else if (tag == u"sp") {
            m_record.subdomainPolicy = policy;
        } else {
            m_record.nonexistentPolicy = policy;
        }
    }

    void alignment(const QString& tag, const QString& value) {
        const QString v = value.toLower();
        if (v != u"r" && v != u"s") {
            bad(QCoreApplication::translate("rebound::auth", "%1: '%2' is not r (relaxed) or s (strict)")
                    .arg(tag, value));
            return;
        }
        (tag == u"adkim" ? m_record.strictDkim : m_record.strictSpf) = v == u"s";
    }

    void number(const QString& tag, const QString& value) {
        bool ok = false;
        if (tag == u"pct") {
            const int pct = value.toInt(&ok);
            if (!ok || pct < 0 || pct > 100)
                bad(QCoreApplication::translate("rebound::auth",
                                                "pct: '%1' is not a whole number from 0 to 100")
                        .arg(value));
            else
                m_record.percent = pct;
            return;
        }
        const quint32 ri = value.toUInt(&ok);
        if (!ok)
            bad(QCoreApplication::translate("rebound::auth", "ri: '%1' is not a number of seconds")
                    .arg(value));
        else
            m_record.reportInterval = ri;
    }

    void options(const QString& tag, const QString& value) {
        if (tag == u"rf") {
            for (const QString& format : value.split(u':')) {
                if (format.trimmed().toLower() != u"afrf" && format.trimmed().toLower() != u"iodef") {
                    bad(QCoreApplication::translate("rebound::auth", "rf: '%1' is not a report format (afrf)")
                            .arg(format));
                    break;
                }
            }
            return;
        }
        for (const QString& option : value.split(u':')) {
            const QString o = option.trimmed().toLower();
            if (o != u"0" && o != u"1" && o != u"d" && o != u"s") {
                bad(QCoreApplication::translate("rebound::auth", "fo: '%1' is not 0, 1, d or s").arg(option));
                break;
            }
        }
        m_record.failureOptions = value;
    }

    void flag(const QString& tag, const QString& value) {
        const QString v = value.toLower();
        if (tag == u"psd") {
            if (v != u"y" && v != u"n" && v != u"u")
                m_record.warnings
                    << QCoreApplication::translate("rebound::auth", "psd: '%1' is not y, n or u").arg(value);
            m_record.psd = v;
            return;
        }
        if (v != u"y" && v != u"n")
            m_record.warnings
                << QCoreApplication::translate("rebound::auth", "t: '%1' is not y or n").arg(value);
        m_record.testing = v == u"y";
    }

    DmarcRecord& m_record;
    bool m_sawPolicy = false;
};

} // namespace

QString dmarcPolicyName(DmarcPolicy policy) {
    switch (policy) {
    case DmarcPolicy::None:
        return u"none"_s;
    case DmarcPolicy::Quarantine:
        return u"quarantine"_s;
    case DmarcPolicy::Reject:
        return u"reject"_s;
    }
    return {};
}

QString dmarcParseStatusName(DmarcParseStatus status) {
    switch (status) {
    case DmarcParseStatus::Ok:
        return u"ok"_s;
    case DmarcParseStatus::Empty:
        return u"empty"_s;
    case DmarcParseStatus::BadVersion:
        return u"bad-version"_s;
    case DmarcParseStatus::BadValue:
        return u"bad-value"_s;
    case DmarcParseStatus::NoRequiredP:
        return u"no-policy"_s;
    }
    return {};
}

bool isDmarcRecord(const QByteArray& txt) {
    static const QRegularExpression re(u"^\\s*v\\s*=\\s*DMARC1\\s*(;|$)"_s);
    return re.match(QString::fromLatin1(txt)).hasMatch();
}

DmarcRecord parseDmarcRecord(const QString& text) {
    DmarcRecord record;
    record.text = text;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        record.status = DmarcParseStatus::Empty;
        record.errors << QCoreApplication::translate("rebound::auth", "the record is empty");
        return record;
    }
    const QStringList parts = trimmed.split(u';');
    bool first = true;
    QStringList seen;
    TagReader reader(record);
    record.status = DmarcParseStatus::Ok;
    for (const QString& part : parts) {
        const QString item = part.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf(u'=');
        const QString tag = (eq < 0 ? item : item.left(eq)).trimmed().toLower();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        if (first) {
            first = false;
            if (tag != u"v" || value != u"DMARC1") {
                record.status = DmarcParseStatus::BadVersion;
                record.errors << QCoreApplication::translate("rebound::auth",
                                                             "v: the record must start with \"v=DMARC1\"");
                return record;
            }
            continue;
        }
        if (seen.contains(tag))
            record.warnings << QCoreApplication::translate(
                                   "rebound::auth",
                                   "%1: the tag appears more than once; receivers may use either")
                                   .arg(tag);
        seen << tag;
        if (eq < 0)
            reader.bad(QCoreApplication::translate("rebound::auth", "'%1' has no '=' and value").arg(item));
        else
            reader.read(tag, value);
    }
    if (!reader.sawPolicy() && record.status == DmarcParseStatus::Ok) {
        record.status = DmarcParseStatus::NoRequiredP;
        record.errors << QCoreApplication::translate("rebound::auth",
                                                     "p: the required policy tag is missing");
    }
    return record;
}

} // namespace rebound::auth
