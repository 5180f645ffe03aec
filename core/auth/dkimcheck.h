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
    State state = State::NotFound;
    std::optional<DkimKey> key;
    QString error;
    QList<Finding> findings;
};

QString dkimStateName(DkimSelectorReport::State state);

struct KnownSelector {
    QString name;
    QString provider;
};
// The common selectors from the data file (empty when it cannot be read).
QList<KnownSelector> commonDkimSelectors();

util::Task<DkimSelectorReport> checkDkimSelector(dns::Resolver* resolver, QObject* context, QString domain,
                                                 KnownSelector selector, bool userGiven);

} // namespace rebound::auth
