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

QList<KnownSelector> commonDkimSelectors() {
    static const QList<KnownSelector> selectors = [] {
        QList<KnownSelector> list;
        QFile file(u":/auth/dkim-selectors.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return list;
        const QJsonArray array =
            QJsonDocument::fromJson(file.readAll()).object().value(u"selectors"_s).toArray();
        for (const QJsonValue& v : array)
            list << KnownSelector{v[u"name"_s].toString(), v[u"provider"_s].toString()};
        return list;
    }();
    return selectors;
}

Task<DkimSelectorReport> checkDkimSelector(dns::Resolver* resolver, QObject* context, QString domain,
                                           KnownSelector selector, bool userGiven) {
    DkimSelectorReport report;
    report.selector = selector.name;
    report.provider = selector.provider;
    report.userGiven = userGiven;
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
