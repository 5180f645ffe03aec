#include "core/reports/reportsknowledge.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rebound::reports {
namespace {

QJsonObject loadJson(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing resource %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString translated(const QString& text) {
    return QCoreApplication::translate("rebound::data::reports", text.toUtf8().constData());
}

QString fill(QString text, const QHash<QString, QString>& args) {
    for (auto it = args.begin(); it != args.end(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}

bool endsWithDomain(const QString& name, const QString& suffix) {
    return name == suffix || name.endsWith(u'.' + suffix);
}

} // namespace

const ReportsKnowledge& ReportsKnowledge::instance() {
    static const ReportsKnowledge knowledge;
    return knowledge;
}

ReportsKnowledge::ReportsKnowledge() {
    for (const QJsonValue& value : loadJson(u":/reports/senders.json"_s).value(u"senders").toArray()) {
        const QJsonObject o = value.toObject();
        KnownSender s;
        s.id = o.value(u"id").toString();
        s.name = o.value(u"name").toString();
        s.kind = o.value(u"kind").toString();
        for (const QJsonValue& range : o.value(u"ranges").toArray()) {
            const auto subnet = QHostAddress::parseSubnet(range.toString());
            if (subnet.second < 0)
                qFatal("senders.json: bad range %s", qPrintable(range.toString()));
            s.ranges.append(subnet);
        }
        for (const QJsonValue& suffix : o.value(u"ptr_suffixes").toArray())
            s.ptrSuffixes.append(suffix.toString());
        for (const QJsonValue& domain : o.value(u"dkim_domains").toArray())
            s.dkimDomains.append(domain.toString());
        m_senders.append(s);
    }
    const QJsonObject results = loadJson(u":/reports/tlsrpt-results.json"_s).value(u"results").toObject();
    for (auto it = results.begin(); it != results.end(); ++it)
        m_tlsResults.insert(it.key(), it.value().toString());
    const QJsonObject findings = loadJson(u":/reports/findings.json"_s).value(u"findings").toObject();
    for (auto it = findings.begin(); it != findings.end(); ++it) {
        const QJsonObject f = it.value().toObject();
        m_findings.insert(it.key(), {severityFromName(f.value(u"severity").toString()),
                                     {f.value(u"title").toString(), f.value(u"detail").toString()}});
    }
}

const KnownSender* ReportsKnowledge::matchSender(const QString& ip, const QString& ptr,
                                                 const QStringList& dkimDomains) const {
    const QHostAddress address(ip);
    for (const KnownSender& s : m_senders) {
        for (const auto& range : s.ranges) {
            if (!address.isNull() && address.isInSubnet(range))
                return &s;
        }
        for (const QString& suffix : s.ptrSuffixes) {
            if (!ptr.isEmpty() && endsWithDomain(ptr.toLower(), suffix))
                return &s;
        }
    }
    // A signature alone does not say where the mail came from; it is the weakest of the three.
    for (const KnownSender& s : m_senders) {
        for (const QString& signer : dkimDomains) {
            for (const QString& domain : s.dkimDomains) {
                if (endsWithDomain(signer, domain))
                    return &s;
            }
        }
    }
    return nullptr;
}

QString ReportsKnowledge::tlsResultMeaning(const QString& resultType) const {
    return translated(m_tlsResults.value(resultType, m_tlsResults.value(u"unknown"_s)));
}

Finding ReportsKnowledge::finding(const QString& id, const QHash<QString, QString>& args,
                                  const QStringList& evidence) const {
    const auto entry = m_findings.value(id);
    return Finding{id, entry.first, fill(translated(entry.second.first), args),
                   fill(translated(entry.second.second), args), evidence};
}

} // namespace rebound::reports
