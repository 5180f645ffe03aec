// What each detail tab leads with: the rows of its pass/warning/fail table, made from a check's JSON
// (what it found that is fine, and the deciding facts), beside that check's findings.
#pragma once

#include "ui/findingsmodel.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rebound::ui {

class TabFindings final {
    Q_DECLARE_TR_FUNCTIONS(TabFindings)

public:
    // domainResult: the domain check's JSON. Every SPF record found, the result and the term that decided it.
    static QList<FindingsModel::Row> spfRows(const QJsonObject& domainResult);
    // The DMARC record and each DKIM key found, (bad tags are the findings').
    static QList<FindingsModel::Row> dmarcDkimRows(const QJsonObject& domainResult);
    // The domain's mail servers (MX), each with its addresses or its problem.
    static QList<FindingsModel::Row> mailServerRows(const QJsonObject& domainResult);
    // The MTA-STS policy as fetched (a domain result with --mta-sts, or the mta_sts check): the policy,
    // and each MX host covered or not.
    static QList<FindingsModel::Row> mtaStsRows(const QJsonObject& result);
    // The BIMI logo and mark certificate as fetched.
    static QList<FindingsModel::Row> bimiRows(const QJsonObject& domainResult);
    // blocklistsResult: the blocklists check's JSON ({ip, ptr, fcrdns, ...}).
    static QList<FindingsModel::Row> reverseDnsRows(const QJsonObject& blocklistsResult);
    // messageResult: the message check's JSON (rebound-cli message). DKIM per signature, SPF, DMARC,
    // the ARC chain and how many bulk-sender rules pass.
    static QList<FindingsModel::Row> messageRows(const QJsonObject& messageResult);
    // An authentication result (pass, fail, softfail, neutral, none, temperror, permerror, unknown) as
    // an outcome: pass, fail, warning or note.
    static QString authResultOutcome(const QString& result);
};

} // namespace rebound::ui
