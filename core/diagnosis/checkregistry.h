#pragma once

#include "core/diagnosis/checktask.h"
#include "core/diagnosis/diagnosisrun.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace rebound::dns {
class Resolver;
}

namespace rebound::diagnosis {

// What the planner asks for: a check id, its title, and the parameters that check reads (the others stay
// empty).
struct CheckRequest {
    QString id; // "blocklists", "blocklist_range", "domain", "smtp", "message", "mta_sts", "mailbox", "snds",
                // "postmaster", "reports", "watch"
    QString title;         // for people, translated
    QString ip;            // blocklists, snds: the address; domain: the sending IP that SPF is evaluated for
    QString domain;        // domain, smtp, mta_sts, postmaster
    QStringList selectors; // domain: DKIM selectors to try
    QStringList signatureSelectors; // domain: the selectors of the message's own DKIM signatures
    QString sender;                 // domain: the envelope sender, when known
    QString range;                  // blocklist_range: a CIDR
    QStringList ips;           // blocklist_range: a list of addresses (when no range); watch: the targets
    bool httpsFetches = false; // domain: also fetch the MTA-STS policy and the BIMI logo and certificate
    QByteArray message;        // message: the message's bytes
    bool returnedCopy = false; // message: the copy a bounce returned (its DKIM is not counted)
    bool headersOnly = false;  // message: a header block without a body
    QString address;           // mailbox: the recipient address probed
    QByteArray report;         // reports: the report's bytes (XML, JSON, gzip, zip or a message)
};

using CheckFactory = std::function<CheckTask*(const CheckRequest& request, const RunOptions& options,
                                              dns::Resolver* resolver, QObject* parent)>;

// Check ids the planner may ask for; each module's adapter registers its factory under one.
void registerCheckFactory(const QString& id, CheckFactory factory);
// nullptr-like empty function when no module provides that check in this build.
CheckFactory checkFactory(const QString& id);

// Registers the adapters of every check module linked into this build (idempotent).
void registerBuiltinChecks();

} // namespace rebound::diagnosis
