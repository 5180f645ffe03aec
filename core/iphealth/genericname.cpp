#include "core/iphealth/genericname.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound::iphealth {

namespace {

struct WordRule {
    QString why;
    bool strong = false;
};

const QHash<QString, WordRule>& wordRules() {
    static const QHash<QString, WordRule> rules = [] {
        QHash<QString, WordRule> result;
        QFile file(u":/rebound/iphealth/rdns-generic.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return result;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue group : root.value(u"groups"_s).toArray()) {
            const QJsonObject object = group.toObject();
            const WordRule rule{object.value(u"why"_s).toString(),
                                object.value(u"strength"_s).toString() == u"strong"};
            for (const QJsonValue word : object.value(u"words"_s).toArray())
                result.insert(word.toString().toLower(), rule);
        }
        return result;
    }();
    return rules;
}

// The address's octets in order or reversed, joined by any of "-", ".", "_" or nothing (zero-padded).
std::optional<QString> embeddedAddress(const QString& host, const QHostAddress& address) {
    if (address.protocol() != QAbstractSocket::IPv4Protocol)
        return std::nullopt;
    const quint32 v4 = address.toIPv4Address();
    QStringList octets;
    for (int shift = 24; shift >= 0; shift -= 8)
        octets << QString::number((v4 >> shift) & 0xff);
    QStringList reversed(octets.rbegin(), octets.rend());
    for (const QStringList& order : {octets, reversed}) {
        QStringList escaped;
        for (const QString& o : order)
            escaped << QRegularExpression::escape(o);
        const QRegularExpression separated(u"(^|[^0-9])"_s + escaped.join(u"[-._]"_s) + u"([^0-9]|$)"_s);
        const QRegularExpression match = separated;
        if (const auto m = match.match(host); m.hasMatch())
            return order.join(u'-');
        QStringList padded;
        for (const QString& o : order)
            padded << o.rightJustified(3, u'0');
        if (host.contains(padded.join(QString())))
            return padded.join(QString());
    }
    const QString hex = QString::number(v4, 16).rightJustified(8, u'0');
    if (host.contains(hex))
        return hex;
    return std::nullopt;
}

} // namespace

GenericNameVerdict assessGenericName(const QString& name, const QHostAddress& address) {
    GenericNameVerdict verdict;
    QString host = name.toLower();
    while (host.endsWith(u'.'))
        host.chop(1);
    // The host part: everything before the registered domain (the last two labels, as an approximation).
    QStringList labels = host.split(u'.');
    const QString hostPart = labels.size() > 2 ? labels.mid(0, labels.size() - 2).join(u'.') : QString();
    const std::optional<QString> digits = embeddedAddress(host, address);
    if (digits)
        verdict.reasons << QCoreApplication::translate("rebound::iphealth",
                                                       "contains the address's digits (%1)")
                               .arg(*digits);
    static const QRegularExpression splitter(u"[^a-z]+"_s);
    bool strong = false, weak = false;
    QStringList seen;
    for (const QString& word : hostPart.split(splitter, Qt::SkipEmptyParts)) {
        const auto rule = wordRules().constFind(word);
        if (rule == wordRules().constEnd() || seen.contains(word))
            continue;
        seen << word;
        // The group's why is a text of rdns-generic.json, listed for the translators by
        // translations/extract_data_strings.py.
        verdict.reasons << QCoreApplication::translate("rebound::iphealth", "word '%1': %2")
                               .arg(word, QCoreApplication::translate("rebound::data::blocklist",
                                                                      rule->why.toUtf8().constData()));
        (rule->strong ? strong : weak) = true;
    }
    verdict.generic = strong || digits.has_value();
    Q_UNUSED(weak)
    return verdict;
}

} // namespace rebound::iphealth
