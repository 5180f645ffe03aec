#include "core/watch/certificatewatch.h"

#include "core/smtp/smtpdomainprobe.h"
#include "core/smtp/smtpknowledge.h"
#include "core/util/jsonutil.h"

using namespace Qt::StringLiterals;

namespace rebound::watch {

namespace {

constexpr qsizetype maxDetailChars = 512;

Observation observeHost(const QString& domain, const smtp::SmtpHostResult& host, const QDateTime& now,
                        int warningDays) {
    Observation o;
    o.target = domain;
    o.check = certificateCheck.toString();
    o.zone = util::escapeControls(host.host, 255);
    o.state = CheckState::CouldNotCheck;
    const auto finish = [&](CheckState state, const QString& detail) {
        o.state = state;
        o.detail = util::escapeControls(u"%1: %2"_s.arg(host.host, detail), maxDetailChars);
        return o;
    };
    if (host.probes.isEmpty())
        return finish(CheckState::CouldNotCheck, u"no address to connect to"_s);
    const smtp::SmtpProbeResult& probe = host.probes.at(host.primaryIndex());
    const smtp::StartTlsResult& tls = probe.starttls;
    using Handshake = smtp::StartTlsResult::Handshake;
    if (tls.handshake == Handshake::Succeeded && !tls.chainSent.isEmpty()) {
        const smtp::CertificateInfo& leaf = tls.chainSent.first();
        o.expiresAt = leaf.notAfter.toUTC();
        const QString notAfter = u"notAfter %1"_s.arg(o.expiresAt.toString(Qt::ISODate));
        const qint64 days = now.secsTo(o.expiresAt) / 86400;
        if (o.expiresAt.isValid() && o.expiresAt <= now)
            return finish(CheckState::Expired, notAfter + u", expired"_s);
        if (!tls.chainTrusted) {
            const QString why =
                tls.verifyErrors.isEmpty() ? u"the chain does not verify"_s : tls.verifyErrors.first().text;
            return finish(CheckState::Invalid, u"%1, %2"_s.arg(notAfter, why));
        }
        if (!tls.nameMatch)
            return finish(CheckState::Invalid,
                          u"%1, not valid for %2 or %3"_s.arg(notAfter, host.host, domain));
        if (days < warningDays)
            return finish(CheckState::NearExpiry, u"%1, %2 days left"_s.arg(notAfter).arg(days));
        return finish(CheckState::Ok, notAfter);
    }
    if (probe.end == smtp::ProbeEnd::Completed && (!tls.offered || tls.handshake == Handshake::Refused))
        return finish(CheckState::NoStartTls,
                      tls.offered ? u"STARTTLS refused"_s : u"STARTTLS not offered"_s);
    if (tls.handshake == Handshake::Failed || tls.handshake == Handshake::TimedOut)
        return finish(CheckState::CouldNotCheck, u"TLS handshake failed: "_s + tls.error);
    return finish(CheckState::CouldNotCheck, u"%1 (%2)"_s.arg(smtp::endName(probe.end), probe.endText));
}

} // namespace

int defaultCertificateWarningDays() {
    return smtp::SmtpKnowledge::instance().expiringDays;
}

QList<Observation> observeCertificates(const smtp::SmtpDomainResult& result, const QDateTime& now,
                                       int warningDays) {
    QList<Observation> observations;
    if (result.nullMx)
        return observations;
    for (const smtp::SmtpHostResult& host : result.hosts)
        observations << observeHost(result.domain, host, now, warningDays);
    return observations;
}

} // namespace rebound::watch
