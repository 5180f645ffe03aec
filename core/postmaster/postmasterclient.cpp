#include "core/postmaster/postmasterclient.h"

#include "core/dns/resolver.h"
#include "core/https/httpsfetcher.h"
#include "core/postmaster/postmasterfindings.h"
#include "core/postmaster/postmasterjson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace rebound::postmaster {
namespace {

constexpr int MaxDomains = 100;
constexpr int MaxPages = 10;
constexpr qint64 MaxCacheBytes = 16 * 1024 * 1024;

bool plausibleDomain(const QString& domain) {
    static const QRegularExpression re(u"^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$"_s);
    return re.match(domain).hasMatch();
}

} // namespace

PostmasterClient::PostmasterClient(dns::Resolver* resolver, const PostmasterOptions& options, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_options(options) {
}

PostmasterClient::~PostmasterClient() = default;

QString PostmasterClient::defaultCacheFile() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
           + u"/Rebound/postmaster.json"_s;
}

QString PostmasterClient::cachePath() const {
    return m_options.cacheFile.isEmpty() ? defaultCacheFile() : m_options.cacheFile;
}

QUrl PostmasterClient::apiUrl(const QString& path) const {
    QUrl base = m_options.apiBaseUrl;
    if (!base.path().endsWith(u'/'))
        base.setPath(base.path() + u'/');
    QUrl url = base;
    url.setPath(base.path() + path);
    return url;
}

std::optional<DomainStats> PostmasterClient::cached(const QString& domain) const {
    QFile file(cachePath());
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxCacheBytes)
        return std::nullopt;
    const QJsonObject domains = QJsonDocument::fromJson(file.readAll()).object().value(u"domains").toObject();
    auto stats = domainFromJson(domains.value(domain).toObject());
    if (stats)
        stats->fromCache = true;
    return stats;
}

void PostmasterClient::writeCache() {
    QJsonObject root;
    {
        QFile file(cachePath());
        if (file.open(QIODevice::ReadOnly) && file.size() <= MaxCacheBytes)
            root = QJsonDocument::fromJson(file.readAll()).object();
    }
    QJsonObject domains = root.value(u"domains").toObject();
    for (const DomainStats& d : std::as_const(m_result.domains)) {
        if (!d.fromCache && d.hasData())
            domains.insert(d.domain, toJson(d));
    }
    root.insert(u"domains"_s, domains);
    QDir().mkpath(QFileInfo(cachePath()).path());
    QSaveFile cache(cachePath());
    if (cache.open(QIODevice::WriteOnly)) {
        cache.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        cache.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
        cache.commit();
    }
}

void PostmasterClient::start(const QStringList& domains) {
    if (m_started)
        return;
    m_started = true;
    for (const QString& d : domains) {
        const QString domain = d.trimmed().toLower();
        if (plausibleDomain(domain) && !m_pending.contains(domain) && m_pending.size() < MaxDomains)
            m_pending << domain;
    }
    // Fresh enough cached domains are used as they are.
    if (m_options.maxCacheAgeSeconds > 0 && !m_pending.isEmpty()) {
        QStringList rest;
        for (const QString& domain : std::as_const(m_pending)) {
            const auto c = cached(domain);
            if (c && c->fetchedAtUtc.secsTo(QDateTime::currentDateTimeUtc()) < m_options.maxCacheAgeSeconds)
                m_result.domains << *c;
            else
                rest << domain;
        }
        m_pending = rest;
        if (m_pending.isEmpty()) {
            QMetaObject::invokeMethod(this, &PostmasterClient::finish, Qt::QueuedConnection);
            return;
        }
    }
    if (!m_options.credentials.isComplete()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                fail(u"not_connected"_s,
                     u"no Google account is connected (Settings > Google Postmaster Tools > "
                     u"Connect, or a refresh token for rebound-cli)"_s);
            },
            Qt::QueuedConnection);
        return;
    }
    m_step = Step::Token;
    m_token = new TokenClient(m_resolver, m_options.endpoints, m_options.https, this);
    connect(m_token, &TokenClient::finished, this, [this] {
        if (m_finished)
            return;
        if (!m_token->ok()) {
            fail(m_token->errorKind(), m_token->error());
            return;
        }
        m_accessToken = m_token->accessToken();
        if (m_pending.isEmpty() && m_result.domains.isEmpty()) {
            m_step = Step::List;
            request(Step::List, apiUrl(u"v2/domains"_s));
            return;
        }
        nextDomain();
    });
    m_token->refresh(m_options.credentials);
}

void PostmasterClient::request(Step step, const QUrl& url, const QByteArray& body) {
    m_step = step;
    if (m_fetcher) {
        // This may run inside the old fetcher's finished(): it goes later, not now.
        m_fetcher->disconnect(this);
        m_fetcher->deleteLater();
    }
    m_fetcher = new https::HttpsFetcher(m_resolver, this);
    https::HttpsRequest r;
    r.url = url;
    if (!body.isEmpty()) {
        r.method = "POST";
        r.body = body;
        r.contentType = "application/json";
    }
    r.headers << qMakePair(QByteArray("Accept"), QByteArray("application/json"))
              << qMakePair(QByteArray("Authorization"), "Bearer " + m_accessToken.toLatin1());
    r.maxBytes = m_options.maxBytes;
    r.timeoutMs = m_options.timeoutMs;
    m_options.https.applyTo(r);
    connect(m_fetcher, &https::HttpsFetcher::finished, this, &PostmasterClient::onFetched);
    m_fetcher->start(r);
}

void PostmasterClient::nextDomain() {
    if (m_pending.isEmpty()) {
        writeCache();
        finish();
        return;
    }
    m_current = DomainStats();
    m_current.domain = m_pending.takeFirst();
    m_pageToken.clear();
    m_pages = 0;
    request(Step::Compliance,
            apiUrl(u"v2/domains/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_current.domain))
                   + u"/complianceStatus"_s));
}

void PostmasterClient::onFetched() {
    const https::HttpsResult& r = m_fetcher->result();
    const QString what = m_step == Step::List         ? u"domains.list"_s
                         : m_step == Step::Compliance ? u"domains.getComplianceStatus"_s
                                                      : u"domains.domainStats.query"_s;
    QString kind;
    QString error;
    if (!r.ok()) {
        kind = r.error == https::FetchError::TooLarge ? u"too_large"_s : u"network"_s;
        error = what + u": "_s + r.errorText;
    } else if (r.status == 401) {
        kind = u"auth"_s;
        error = what + u": HTTP 401: Google refused the access token"_s;
    } else if (r.status == 403) {
        kind = u"not_verified"_s;
        error = what
                + u": HTTP 403: the account has no access to this domain in Postmaster Tools (not "
                  u"verified, or not shared with you)"_s;
    } else if (r.status == 404) {
        kind = u"not_found"_s;
        error = what + u": HTTP 404: the domain is not registered in Postmaster Tools"_s;
    } else if (r.status != 200) {
        kind = u"http"_s;
        error = what + u": HTTP "_s + QString::number(r.status);
    }
    if (!kind.isEmpty()) {
        if (m_step == Step::List || kind == u"auth")
            fail(kind, error);
        else
            domainFailed(kind, error);
        return;
    }
    QString nextPage;
    ParseOutcome parsed;
    switch (m_step) {
    case Step::List:
        parsed = parseDomainList(r.body, &m_pending, &nextPage);
        break;
    case Step::Compliance:
        parsed = parseComplianceStatus(r.body, &m_current);
        break;
    case Step::Stats:
        parsed = parseDomainStats(r.body, &m_current, &nextPage);
        break;
    case Step::Token:
        return;
    }
    if (!parsed.ok) {
        if (m_step == Step::List)
            fail(parsed.errorKind, what + u": "_s + parsed.error);
        else
            domainFailed(parsed.errorKind, what + u": "_s + parsed.error);
        return;
    }
    if (m_step == Step::List) {
        if (!nextPage.isEmpty() && ++m_pages < MaxPages && m_pending.size() < MaxDomains) {
            QUrl url = apiUrl(u"v2/domains"_s);
            url.setQuery(QUrlQuery{{u"pageToken"_s, nextPage}});
            request(Step::List, url);
            return;
        }
        m_pending = m_pending.mid(0, MaxDomains);
        nextDomain();
        return;
    }
    if (m_step == Step::Compliance || (!nextPage.isEmpty() && ++m_pages < MaxPages)) {
        const QDate end = QDate::currentDate().addDays(-1);
        QJsonObject body =
            QJsonDocument::fromJson(statsQueryBody(end.addDays(1 - qMax(1, m_options.days)), end)).object();
        if (m_step == Step::Stats)
            body.insert(u"pageToken"_s, nextPage);
        request(Step::Stats,
                apiUrl(u"v2/domains/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_current.domain))
                       + u"/domainStats:query"_s),
                QJsonDocument(body).toJson(QJsonDocument::Compact));
        return;
    }
    m_current.fetchedAtUtc = QDateTime::currentDateTimeUtc();
    evaluateFindings(&m_current);
    m_result.domains << m_current;
    nextDomain();
}

void PostmasterClient::domainFailed(const QString& kind, const QString& error) {
    DomainStats stats = cached(m_current.domain).value_or(DomainStats());
    stats.domain = m_current.domain;
    stats.error = error;
    stats.errorKind = kind;
    m_result.domains << stats;
    nextDomain();
}

void PostmasterClient::fail(const QString& kind, const QString& error) {
    m_result.error = error;
    m_result.errorKind = kind;
    // Every domain not read yet: the cache, marked with the same error.
    QStringList rest = m_pending;
    if (!m_current.domain.isEmpty()
        && std::none_of(m_result.domains.begin(), m_result.domains.end(),
                        [&](const DomainStats& d) { return d.domain == m_current.domain; }))
        rest.prepend(m_current.domain);
    m_pending.clear();
    for (const QString& domain : std::as_const(rest)) {
        DomainStats stats = cached(domain).value_or(DomainStats());
        stats.domain = domain;
        stats.error = error;
        stats.errorKind = kind;
        m_result.domains << stats;
    }
    finish();
}

void PostmasterClient::cancel() {
    if (m_finished || !m_started)
        return;
    if (m_fetcher)
        m_fetcher->disconnect(this);
    if (m_token)
        m_token->disconnect(this);
    fail(u"network"_s, u"cancelled"_s);
}

void PostmasterClient::finish() {
    if (m_finished)
        return;
    m_finished = true;
    if (m_fetcher)
        m_fetcher->disconnect(this);
    // finish() may run inside a fetcher's finished(): the signal goes out queued.
    QMetaObject::invokeMethod(this, &PostmasterClient::finished, Qt::QueuedConnection);
}

} // namespace rebound::postmaster
