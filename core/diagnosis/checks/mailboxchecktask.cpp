#include "core/diagnosis/checks/mailboxchecktask.h"

#include "core/smtp/mailboxjson.h"

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {
namespace {

class MailboxCheckTask final : public CheckTask {
public:
    MailboxCheckTask(const CheckRequest& request, const RunOptions& options, dns::Resolver* resolver,
                     QObject* parent)
        : CheckTask(parent)
        , m_title(request.title) {
        smtp::SmtpProbeOptions probeOptions;
        probeOptions.ehloName = options.ehloName;
        const int ms = qMax(1000, options.smtpTimeoutMs);
        smtp::StageDeadlines& d = probeOptions.deadlines;
        d.connectMs = d.ehloMs = d.starttlsMs = d.handshakeMs = d.ehloTlsMs = ms;
        d.bannerMs = qMax(ms, 30000);
        m_probe = new smtp::MailboxProbe(resolver, request.address, options.probeSender,
                                         quint16(options.smtpPort), probeOptions, this);
        connect(m_probe, &smtp::MailboxProbe::finished, this, [this] {
            const smtp::MailboxProbeResult& result = m_probe->result();
            CheckState state = CheckState::Done;
            QString note;
            if (m_cancelled) {
                state = CheckState::Cancelled;
                note = tr("Cancelled.");
            } else if (result.verdict == smtp::MailboxVerdict::Failed) {
                state = CheckState::Failed;
                note = tr("No SMTP conversation reached the recipient: nothing is known about the mailbox.");
            } else if (result.verdict == smtp::MailboxVerdict::RateLimited) {
                state = CheckState::Skipped;
                note = tr("Not probed: this domain was probed less than %n minute(s) ago.", nullptr,
                          int(qMax<qint64>(1, smtp::MailboxRateLimit::minIntervalSeconds() / 60)));
            }
            emit finished(state, smtp::toJson(result), result.findings, note);
        });
    }

    QString id() const override { return u"mailbox"_s; }
    QString title() const override { return m_title; }
    void start() override { m_probe->start(); }
    void cancel() override {
        m_cancelled = true;
        m_probe->cancel();
    }

private:
    QString m_title;
    smtp::MailboxProbe* m_probe = nullptr;
    bool m_cancelled = false;
};

} // namespace

CheckTask* createMailboxCheckTask(const CheckRequest& request, const RunOptions& options,
                                  dns::Resolver* resolver, QObject* parent) {
    return new MailboxCheckTask(request, options, resolver, parent);
}

} // namespace rebound::diagnosis
