// DKIM key lookup for one selector (<selector>._domainkey.<domain>) and the list of common selectors
// tried when the user gives none (resources/auth/dkim-selectors.json).
#pragma once

#include "core/auth/dkimkey.h"
#include "core/util/finding.h"
#include "core/util/task.h"

#include <optional>

namespace rebound::dns {
class Resolver;
}

namespace rebound::auth {

struct DkimSelectorReport {
    enum class State { Found, NotFound, DnsError, Invalid };
    QString selector;
    QString name;     // <selector>._domainkey.<domain>
    QString provider; // from the list of common selectors, when known
    bool userGiven = false;
    QString foundBy; // "given", "signature", "provider:<name>", "common"
    State state = State::NotFound;
    std::optional<DkimKey> key;
    QString error;
    QList<Finding> findings;
};

QString dkimStateName(DkimSelectorReport::State state);

struct KnownSelector {
    QString name;
    QString provider;
    QString foundBy; // as DkimSelectorReport::foundBy
};
// The common selectors from the data file (empty when it cannot be read), found by "common".
QList<KnownSelector> commonDkimSelectors();

// The selectors of the sending providers whose MX host names or SPF include/redirect targets the
// domain's point to (resources/auth/dkim-selectors.json "providers"), found by "provider:<name>".
QList<KnownSelector> providerDkimSelectors(const QStringList& mxHosts, const QStringList& spfTargets);

// The selectors to try, in order and each once: the given ones, the signatures', then (when
// discovering, and with neither given nor signature selectors) the providers', then the common ones.
QList<KnownSelector> dkimSelectorsToTry(const QStringList& given, const QStringList& signature,
                                        const QList<KnownSelector>& providers, bool discover);

util::Task<DkimSelectorReport> checkDkimSelector(dns::Resolver* resolver, QObject* context, QString domain,
                                                 KnownSelector selector, bool userGiven);

} // namespace rebound::auth
