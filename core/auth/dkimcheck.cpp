#include "core/auth/dkimcheck.h"

#include "core/auth/dnsfuture.h"

#include <QCoreApplication>
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
    if (!dns::isDefinite(r.outcome)) {
        report.state = DkimSelectorReport::State::DnsError;
        report.error = r.error.isEmpty() ? dns::outcomeName(r.outcome) : r.error;
        report.findings << Finding{
            u"dkim.dns_error"_s,
            userGiven ? Severity::Error : Severity::Warning,
            QCoreApplication::translate("rebound::auth", "The DKIM key %1 could not be checked")
                .arg(report.name),
            QCoreApplication::translate("rebound::auth",
                                        "The lookup ended with %1; receivers get a temporary DKIM error.")
                .arg(report.error),
            {}};
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
            report.findings << Finding{
                u"dkim.key_missing"_s,
                Severity::Error,
                QCoreApplication::translate("rebound::auth", "No DKIM key at %1").arg(report.name),
                QCoreApplication::translate(
                    "rebound::auth",
                    "Signatures with this selector fail with \"no key for signature\". Publish "
                    "the key your signer uses, or check the selector name."),
                {dns::outcomeName(r.outcome)}};
        co_return report;
    }
    report.state = DkimSelectorReport::State::Found;
    report.key = parseDkimKey(keys.first().txtStrings);
    if (keys.size() > 1)
        report.findings << Finding{
            u"dkim.multiple_keys"_s,
            Severity::Error,
            QCoreApplication::translate("rebound::auth", "%1 publishes %2 key records")
                .arg(report.name)
                .arg(keys.size()),
            QCoreApplication::translate(
                "rebound::auth", "Receivers pick one at random, so verification fails part of the time."),
            {}};
    const DkimKey& key = *report.key;
    if (!key.errors.isEmpty())
        report.state = DkimSelectorReport::State::Invalid;
    for (const QString& error : key.errors) {
        const bool revoked = key.revoked;
        const bool weak = key.decoded && key.bits < 1024 && key.algorithm == u"RSA";
        report.findings << Finding{
            revoked ? u"dkim.key_revoked"_s
            : weak  ? u"dkim.key_too_short"_s
                    : u"dkim.key_invalid"_s,
            Severity::Error,
            QCoreApplication::translate("rebound::auth", "DKIM key %1: %2").arg(report.name, error),
            QString(),
            {key.text}};
    }
    for (const QString& warning : key.warnings) {
        const bool short1024 = !key.sizeWarning.isEmpty() && warning == key.sizeWarning;
        report.findings << Finding{
            short1024                                                        ? u"dkim.key_1024"_s
            : !key.testingWarning.isEmpty() && warning == key.testingWarning ? u"dkim.testing"_s
                                                                             : u"dkim.key_warning"_s,
            short1024 ? Severity::Warning : Severity::Info,
            QCoreApplication::translate("rebound::auth", "DKIM key %1: %2").arg(report.name, warning),
            QString(),
            {key.text}};
    }
    co_return report;
}

} // namespace rebound::auth
