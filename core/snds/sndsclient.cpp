#include "core/snds/sndsclient.h"

#include "core/dns/resolver.h"
#include "core/https/httpsfetcher.h"
#include "core/snds/sndsjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace rebound::snds {

SndsClient::SndsClient(dns::Resolver* resolver, const SndsOptions& options, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_options(options) {
}

SndsClient::~SndsClient() = default;

QString SndsClient::defaultCacheFile() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + u"/Rebound/snds.json"_s;
}

QString SndsClient::cachePath() const {
    return m_options.cacheFile.isEmpty() ? defaultCacheFile() : m_options.cacheFile;
}

void SndsClient::start() {
    if (m_started)
        return;
    m_started = true;
    if (m_options.maxCacheAgeSeconds > 0) {
        QFile file(cachePath());
        if (file.open(QIODevice::ReadOnly) && file.size() < 64 * 1024 * 1024) {
            if (const auto cached = fromJson(QJsonDocument::fromJson(file.readAll()).object());
                cached
                && cached->fetchedAtUtc.secsTo(QDateTime::currentDateTimeUtc())
                       < m_options.maxCacheAgeSeconds) {
                m_result = *cached;
                m_result.fromCache = true;
                m_hasData = true;
                QMetaObject::invokeMethod(this, &SndsClient::finish, Qt::QueuedConnection);
                return;
            }
        }
    }
    if (m_options.key.trimmed().isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { fail(u"bad_key"_s, u"no SNDS key"_s); }, Qt::QueuedConnection);
        return;
    }
    fetch(u"data.aspx"_s);
}

void SndsClient::fetch(const QString& file) {
    if (m_fetcher) {
        // This may run inside the old fetcher's finished(): it goes later, not now.
        m_fetcher->disconnect(this);
        m_fetcher->deleteLater();
    }
    m_fetcher = new https::HttpsFetcher(m_resolver, this);
    https::HttpsRequest request;
    QUrl url = m_options.baseUrl.resolved(QUrl(file));
    QUrlQuery query;
    query.addQueryItem(u"key"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_options.key.trimmed())));
    url.setQuery(query);
    request.url = url;
    request.maxBytes = m_options.maxBytes;
    request.timeoutMs = m_options.timeoutMs;
    request.caFile = m_options.caFile;
    request.port = m_options.port;
    request.allowPrivateAddresses = m_options.allowPrivateAddresses;
    request.headers << qMakePair(QByteArray("Accept"), QByteArray("text/csv, text/plain"));
    connect(m_fetcher, &https::HttpsFetcher::finished, this, &SndsClient::onFetched);
    m_fetcher->start(request);
}

void SndsClient::onFetched() {
    const https::HttpsResult& r = m_fetcher->result();
    const QString file = m_fetchingStatus ? u"ipStatus.aspx"_s : u"data.aspx"_s;
    if (!r.ok()) {
        // The key is in the URL: never let it reach a message.
        QString text = r.errorText;
        text.replace(m_options.key.trimmed(), u"…"_s);
        fail(r.error == https::FetchError::TooLarge ? u"too_large"_s : u"network"_s, file + u": "_s + text);
        return;
    }
    if (r.status == 401 || r.status == 403) {
        fail(u"bad_key"_s, QStringLiteral("%1: HTTP %2: Microsoft refused the key").arg(file).arg(r.status));
        return;
    }
    if (r.status != 200) {
        fail(u"http"_s, QStringLiteral("%1: HTTP %2").arg(file).arg(r.status));
        return;
    }
    ParseOutcome parsed;
    if (m_fetchingStatus) {
        parsed = parseIpStatusCsv(r.body, &m_result.ranges);
    } else {
        parsed = parseDataCsv(r.body, &m_result.activity);
    }
    if (!parsed.ok) {
        fail(parsed.errorKind, file + u": "_s + parsed.error);
        return;
    }
    if (!m_fetchingStatus) {
        m_fetchingStatus = true;
        fetch(u"ipStatus.aspx"_s);
        return;
    }
    m_result.dataDate = latestDate(m_result.activity);
    m_result.fetchedAtUtc = QDateTime::currentDateTimeUtc();
    m_hasData = true;
    QDir().mkpath(QFileInfo(cachePath()).path());
    QSaveFile cache(cachePath());
    if (cache.open(QIODevice::WriteOnly)) {
        cache.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        cache.write(QJsonDocument(toJson(m_result)).toJson(QJsonDocument::Compact));
        cache.commit();
    }
    finish();
}

void SndsClient::fail(const QString& kind, const QString& error) {
    m_result = {};
    QFile file(cachePath());
    if (file.open(QIODevice::ReadOnly) && file.size() < 64 * 1024 * 1024) {
        if (const auto cached = fromJson(QJsonDocument::fromJson(file.readAll()).object())) {
            m_result = *cached;
            m_result.fromCache = true;
            m_hasData = true;
        }
    }
    m_result.error = error;
    m_result.errorKind = kind;
    finish();
}

void SndsClient::cancel() {
    if (m_finished || !m_started)
        return;
    if (m_fetcher)
        m_fetcher->disconnect(this);
    fail(u"network"_s, u"cancelled"_s);
}

void SndsClient::finish() {
    if (m_finished)
        return;
    m_finished = true;
    if (m_fetcher)
        m_fetcher->disconnect(this);
    // finish() may run inside the fetcher's finished(): the signal goes out queued.
    QMetaObject::invokeMethod(this, &SndsClient::finished, Qt::QueuedConnection);
}

} // namespace rebound::snds
