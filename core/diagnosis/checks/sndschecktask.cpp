#include "core/diagnosis/checks/sndschecktask.h"

#include "core/snds/sndsclient.h"
#include "core/snds/sndsjson.h"

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {
namespace {

class SndsCheckTask final : public CheckTask {
public:
    SndsCheckTask(const CheckRequest& request, const RunOptions& options, dns::Resolver* resolver,
                  QObject* parent)
        : CheckTask(parent)
        , m_title(request.title)
        , m_ip(request.ip) {
        snds::SndsOptions sndsOptions = options.snds;
        sndsOptions.maxCacheAgeSeconds = snds::SndsOptions::ReuseCacheSeconds;
        m_client = new snds::SndsClient(resolver, sndsOptions, this);
        connect(m_client, &snds::SndsClient::finished, this, [this] {
            const snds::SndsData& data = m_client->result();
            CheckState state = CheckState::Done;
            QString note;
            if (m_cancelled) {
                state = CheckState::Cancelled;
            } else if (!m_client->hasData()) {
                state = CheckState::Failed;
                note = tr("Microsoft SNDS could not be read: %1").arg(data.error);
            } else if (!data.error.isEmpty()) {
                note = tr("Microsoft SNDS could not be read (%1); the data of %2 from the cache is shown.")
                           .arg(data.error, data.dataDate.toString(Qt::ISODate));
            }
            emit finished(state, snds::ipJson(data, m_ip), {}, note);
        });
    }

    QString id() const override { return u"snds"_s; }
    QString title() const override { return m_title; }
    void start() override { m_client->start(); }
    void cancel() override {
        m_cancelled = true;
        m_client->cancel();
    }

private:
    QString m_title;
    QString m_ip;
    snds::SndsClient* m_client = nullptr;
    bool m_cancelled = false;
};

} // namespace

CheckTask* createSndsCheckTask(const CheckRequest& request, const RunOptions& options,
                               dns::Resolver* resolver, QObject* parent) {
    return new SndsCheckTask(request, options, resolver, parent);
}

} // namespace rebound::diagnosis
