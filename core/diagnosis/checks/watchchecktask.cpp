#include "core/diagnosis/checks/watchchecktask.h"

#include "core/util/backgroundwork.h"
#include "core/watch/watchhistory.h"
#include "core/watch/watchstore.h"

#include <QFileInfo>
#include <QFutureWatcher>

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {
namespace {

struct HistoryRead {
    bool ok = false;
    QJsonObject result;
    QString error;
};

class WatchCheckTask final : public CheckTask {
public:
    WatchCheckTask(const CheckRequest& request, const RunOptions& options, QObject* parent)
        : CheckTask(parent)
        , m_title(request.title)
        , m_path(options.watchState)
        , m_targets(request.ips) {}

    QString id() const override { return u"watch"_s; }
    QString title() const override { return m_title; }

    void start() override {
        if (!QFileInfo(m_path).isFile()) {
            finishLater(CheckState::Failed, {}, tr("There is no watch database at %1.").arg(m_path));
            return;
        }
        m_watcher = new QFutureWatcher<HistoryRead>(this);
        connect(m_watcher, &QFutureWatcher<HistoryRead>::finished, this, [this] {
            const HistoryRead read = m_watcher->result();
            // A cancel does not drop a read that took milliseconds: what was read is complete.
            if (!read.ok)
                emit finished(CheckState::Failed, {}, {},
                              tr("The watch database could not be read: %1").arg(read.error));
            else
                emit finished(CheckState::Done, read.result, {}, {});
        });
        const QString path = m_path;
        const QStringList targets = m_targets;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // The store's connection is opened, used and closed in the pool's thread.
        m_watcher->setFuture(util::runInBackground([path, targets, now] {
            HistoryRead read;
            watch::WatchStore store;
            if (!store.open(path, &read.error))
                return read;
            read.result = watch::watchHistoryJson(store, targets, now);
            read.ok = true;
            return read;
        }));
    }

    void cancel() override {}

private:
    QString m_title;
    QString m_path;
    QStringList m_targets;
    QFutureWatcher<HistoryRead>* m_watcher = nullptr;
};

} // namespace

CheckTask* createWatchCheckTask(const CheckRequest& request, const RunOptions& options, dns::Resolver*,
                                QObject* parent) {
    return new WatchCheckTask(request, options, parent);
}

} // namespace rebound::diagnosis
