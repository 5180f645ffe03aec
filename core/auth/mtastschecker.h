// The MTA-STS check of one domain on its own (the diagnosis's "mta_sts" check, for the recipient domain
// of a bounce): its MX hosts, the _mta-sts and _smtp._tls TXT records and the policy over HTTPS, judged
// by analyseMtaSts(). DomainChecker does the same as one part of its run (domain --mta-sts).
#pragma once

#include "core/auth/mtasts.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace rebound::dns {
class Resolver;
}

namespace rebound::auth {

// The fetch of a domain's policy, as RFC 8461 3.3 bounds it (64 KB, a minute), with the user's options.
https::HttpsRequest mtaStsFetchRequest(const QString& domain, const https::HttpsOptions& options);

struct MtaStsCheckResult {
    QString domain;
    MxReport mx;
    PolicyTxtReport txt;
    PolicyTxtReport tlsRpt;
    MtaStsReport report;
};

// {domain, mta_sts: {name, state, record, tags, fetch, policy, mx_match, findings}, tls_rpt}: the keys of
// domain --json.
QJsonObject toJson(const MtaStsCheckResult& result);

// finished() once per start(), never from inside it; result() then holds the check.
class MtaStsChecker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MtaStsChecker)

public:
    explicit MtaStsChecker(dns::Resolver* resolver, QObject* parent = nullptr);
    ~MtaStsChecker() override;

    void start(const QString& domain, const https::HttpsOptions& options);
    const MtaStsCheckResult& result() const { return m_result; }

signals:
    void finished();

private:
    struct Run;
    void partDone(quint64 generation);

    dns::Resolver* m_resolver;
    std::unique_ptr<Run> m_run;
    quint64 m_generation = 0;
    MtaStsCheckResult m_result;
};

} // namespace rebound::auth
