#pragma once

#include "core/snds/sndsdata.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

namespace rebound::dns {
class Resolver;
}
namespace rebound::https {
class HttpsFetcher;
}

namespace rebound::snds {

struct SndsOptions {
    QString key; // the Automated Data Access key (never shown, never written to the cache)
    // Where data.aspx and ipStatus.aspx live; tests point it at a loopback server.
    QUrl baseUrl = QUrl(QStringLiteral("https://sendersupport.olc.protection.outlook.com/snds/"));
    QString caFile;                     // tests: the lab CA
    std::optional<quint16> port;        // tests: the loopback server's port
    bool allowPrivateAddresses = false; // tests: the server is on 127.0.0.1
    qint64 maxBytes = 8 * 1024 * 1024;  // per file
    int timeoutMs = 30000;              // per file
    QString cacheFile;                  // empty: snds.json in the QStandardPaths cache directory
    // > 0: a cache younger than this is used without asking Microsoft (the diagnosis: at most a few
    // fetches a day; SNDS updates once a day).
    int maxCacheAgeSeconds = 0;
    // What the diagnosis, rebound-cli ip and the watch give maxCacheAgeSeconds.
    static constexpr int ReuseCacheSeconds = 6 * 3600;
};

// Fetches data.aspx then ipStatus.aspx with the key, parses both, and caches them (with the data's own
// date). When the network or the key fails, the last cache is returned with fromCache and the error;
// without one, only the error. finished() once per start(), never from inside it.
class SndsClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SndsClient)

public:
    SndsClient(dns::Resolver* resolver, const SndsOptions& options, QObject* parent = nullptr);
    ~SndsClient() override;

    void start();
    void cancel();
    const SndsData& result() const { return m_result; }
    // Rows were read (from the network or the cache).
    bool hasData() const { return m_hasData; }

    static QString defaultCacheFile();

signals:
    void finished();

private:
    void fetch(const QString& file);
    void onFetched();
    void fail(const QString& kind, const QString& error);
    void finish();
    QString cachePath() const;

    QPointer<dns::Resolver> m_resolver;
    SndsOptions m_options;
    SndsData m_result;
    https::HttpsFetcher* m_fetcher = nullptr;
    bool m_fetchingStatus = false;
    bool m_hasData = false;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace rebound::snds
