#include "core/auth/dkimcheck.h"

#include "core/auth/authknowledge.h"
#include "core/auth/dnsfuture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rebound::auth {

using util::Task;

QString dkimStateName(DkimSelectorReport::State state) {
    switch (state) {
    case DkimSelectorReport::State::Found:
        return u"found"_s;
    case DkimSelectorReport::State::NotFound:
        return u"not-found"_s;
    case DkimSelectorReport::State::DnsError:
        return u"dns-error"_s;
    case DkimSelectorReport::State::Invalid:
        return u"invalid"_s;
    }
    return {};
}

namespace {

QJsonObject selectorData() {
    QFile file(u":/auth/dkim-selectors.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool endsWithName(const QString& host, const QString& suffix) {
    const QString h = host.toLower().chopped(host.endsWith(u'.') ? 1 : 0);
    return !suffix.isEmpty() && (h == suffix || h.endsWith(u'.' + suffix));
}

bool anyEndsWith(const QStringList& hosts, const QJsonArray& suffixes) {
    for (const QString& host : hosts)
        for (const QJsonValue& suffix : suffixes)
            if (endsWithName(host, suffix.toString().toLower()))
                return true;
    return false;
}

} // namespace

QList<KnownSelector> commonDkimSelectors() {
    static const QList<KnownSelector> selectors = [] {
        QList<KnownSelector> list;
        for (const QJsonValue& v : selectorData().value(u"selectors"_s).toArray())
            list << KnownSelector{v[u"name"_s].toString(), v[u"provider"_s].toString(), u"common"_s};
        return list;
    }();
    return selectors;
}

QList<KnownSelector> providerDkimSelectors(const QStringList& mxHosts, const QStringList& spfTargets) {
    static const QJsonArray providers = selectorData().value(u"providers"_s).toArray();
    QList<KnownSelector> list;
    for (const QJsonValue& p : providers) {
        if (!anyEndsWith(mxHosts, p[u"mx"_s].toArray()) && !anyEndsWith(spfTargets, p[u"spf"_s].toArray()))
            continue;
        const QString name = p[u"name"_s].toString();
        for (const QJsonValue& selector : p[u"selectors"_s].toArray())
            list << KnownSelector{selector.toString(), name, u"provider:"_s + name};
    }
    return list;
}

QList<KnownSelector> dkimSelectorsToTry(const QStringList& given, const QStringList& signature,
                                        const QList<KnownSelector>& providers, bool discover) {
    QList<KnownSelector> list;
    QStringList seen;
    const auto add = [&](const KnownSelector& selector) {
        const QString key = selector.name.toLower();
        if (selector.name.isEmpty() || seen.contains(key))
            return;
        seen << key;
        list << selector;
    };
    for (const QString& s : signature)
        add({s, QString(), u"signature"_s});
    for (const QString& s : given)
        add({s, QString(), u"given"_s});
    if (discover && given.isEmpty() && signature.isEmpty()) {
        for (const KnownSelector& s : providers)
            add(s);
        for (const KnownSelector& s : commonDkimSelectors())
            add(s);
    }
    return list;
}

Task<DkimSelectorReport> checkDkimSelector(dns::Resolver* resolver, QObject* context, QString domain,
                                           KnownSelector selector, bool userGiven) {
    DkimSelectorReport report;
    report.selector = selector.name;
    report.provider = selector.provider;
    report.userGiven = userGiven;
    report.foundBy = selector.foundBy;
    report.name = selector.name + u"._domainkey."_s + domain;
    const dns::DnsResult r = co_await DnsFuture(resolver, context, report.name, dns::RecordType::TXT);
    const AuthKnowledge& knowledge = AuthKnowledge::instance();
    if (!dns::isDefinite(r.outcome)) {
        report.state = DkimSelectorReport::State::DnsError;
        report.error = r.error.isEmpty() ? dns::outcomeName(r.outcome) : r.error;
        Finding finding = knowledge.finding(u"dkim.dns_error"_s, {report.name}, {report.error});
        if (!userGiven)
            finding.severity = knowledge.severity(finding.id, u"discovered"_s);
        report.findings << finding;
        co_return report;
    }
    QList<dns::DnsRecord> keys;
    for (const auto& record : r.records()) {
        if (looksLikeDkimKey(record.txtJoined()))
            keys << record;
    }
    if (keys.isEmpty()) {
        report.state = DkimSelectorReport::State::NotFound;
        if (userGiven)
            report.findings << knowledge.finding(u"dkim.key_missing"_s, {report.name}, {},
                                                 {dns::outcomeName(r.outcome)});
        co_return report;
    }
    report.state = DkimSelectorReport::State::Found;
    report.key = parseDkimKey(keys.first().txtStrings);
    if (keys.size() > 1)
        report.findings << knowledge.finding(u"dkim.multiple_keys"_s,
                                             {report.name, QString::number(keys.size())});
    const DkimKey& key = *report.key;
    if (!key.errors.isEmpty())
        report.state = DkimSelectorReport::State::Invalid;
    for (const QString& error : key.errors) {
        const bool revoked = key.revoked;
        const bool weak = key.decoded && key.bits < 1024 && key.algorithm == u"RSA";
        report.findings << knowledge.finding(revoked ? u"dkim.key_revoked"_s
                                             : weak  ? u"dkim.key_too_short"_s
                                                     : u"dkim.key_invalid"_s,
                                             {report.name, error}, {}, {key.text});
    }
    for (const QString& warning : key.warnings) {
        const bool short1024 = !key.sizeWarning.isEmpty() && warning == key.sizeWarning;
        report.findings << knowledge.finding(short1024 ? u"dkim.key_1024"_s
                                             : !key.testingWarning.isEmpty() && warning == key.testingWarning
                                                 ? u"dkim.testing"_s
                                                 : u"dkim.key_warning"_s,
                                             {report.name, warning}, {}, {key.text});
    }
    co_return report;
}

} // namespace rebound::auth
