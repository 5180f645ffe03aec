#include "core/diagnosis/checks/postmasterchecktask.h"

#include "core/postmaster/postmasterclient.h"
#include "core/postmaster/postmasterjson.h"

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {
namespace {

constexpr int CacheSeconds = 6 * 3600; // Postmaster Tools updates once a day

class PostmasterCheckTask final : public CheckTask {
public:
    PostmasterCheckTask(const CheckRequest& request, const RunOptions& options, dns::Resolver* resolver,
                        QObject* parent)
        : CheckTask(parent)
        , m_title(request.title)
        , m_domain(request.domain) {
        postmaster::PostmasterOptions pmOptions;
        pmOptions.credentials = options.postmaster;
        pmOptions.maxCacheAgeSeconds = CacheSeconds;
        m_client = new postmaster::PostmasterClient(resolver, pmOptions, this);
        connect(m_client, &postmaster::PostmasterClient::finished, this, [this] {
            const postmaster::PostmasterData& data = m_client->result();
            postmaster::DomainStats stats = data.domains.value(0);
            stats.domain = m_domain;
            const QString error = stats.error.isEmpty() ? data.error : stats.error;
            CheckState state = CheckState::Done;
            QString note;
            if (m_cancelled) {
                state = CheckState::Cancelled;
            } else if (!stats.hasData()) {
                state = CheckState::Failed;
                note = tr("Google Postmaster Tools could not be read: %1")
                           .arg(error.isEmpty() ? tr("Google has no data for this domain yet.") : error);
            } else if (!error.isEmpty()) {
                note = tr("Google Postmaster Tools could not be read (%1); the data of %2 from the cache is "
                          "shown.")
                           .arg(error, stats.fetchedAtUtc.toString(Qt::ISODate));
            }
            emit finished(state, postmaster::toJson(stats), stats.findings, note);
        });
    }

    QString id() const override { return u"postmaster"_s; }
    QString title() const override { return m_title; }
    void start() override { m_client->start({m_domain}); }
    void cancel() override {
        m_cancelled = true;
        m_client->cancel();
    }

private:
    QString m_title;
    QString m_domain;
    postmaster::PostmasterClient* m_client = nullptr;
    bool m_cancelled = false;
};

} // namespace

CheckTask* createPostmasterCheckTask(const CheckRequest& request, const RunOptions& options,
                                     dns::Resolver* resolver, QObject* parent) {
    return new PostmasterCheckTask(request, options, resolver, parent);
}

} // namespace rebound::diagnosis
