#include "ui/watchcontroller.h"

#include "core/blocklist/blocklistcatalog.h"
#include "core/dns/resolver.h"
#include "core/watch/watchlist.h"
#include "core/watch/watchpass.h"
#include "core/watch/watchrecorder.h"
#include "ui/appsettings.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace rebound::ui {

WatchController::WatchController(const QString& databasePath, QObject* parent)
    : QObject(parent) {
    if (!m_store.open(databasePath, &m_error))
        qWarning("watch: %s", qPrintable(m_error));
    else
        m_recorder = new watch::WatchRecorder(databasePath, this);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { runPass(false); });
}

WatchController::~WatchController() {
    delete m_pass; // drops the pass: nothing is emitted afterwards
    delete m_resolver;
    delete m_recorder; // waits for the writes already sent
}

QStringList WatchController::entries() const {
    return m_store.watchEntries();
}

bool WatchController::addEntry(const QString& text, QString* error) {
    const auto target = watch::parseWatchTarget(text, error);
    if (!target)
        return false;
    const QString line = target->intervalSeconds > 0
                             ? u"%1 %2"_s.arg(target->entry).arg(target->intervalSeconds)
                             : target->entry;
    for (const QString& existing : entries()) {
        QString ignored;
        const auto other = watch::parseWatchTarget(existing, &ignored);
        if (other && other->entry == target->entry) {
            *error = tr("%1 is already watched.").arg(target->entry);
            return false;
        }
    }
    if (!m_store.addWatchEntry(line, error))
        return false;
    emit entriesChanged();
    return true;
}

void WatchController::removeEntry(const QString& line) {
    if (m_store.removeWatchEntry(line))
        emit entriesChanged();
}

void WatchController::startSchedule() {
    m_timer.start();
    runPass(false);
}

void WatchController::runPass(bool force) {
    if (m_pass || !m_store.isOpen() || !m_recorder)
        return;
    QString error;
    const auto list = watch::parseWatchList(entries().join(u'\n').toUtf8(), &error);
    if (!list || list->targets.isEmpty())
        return;
    const AppSettings settings = AppSettings::load();
    const auto run = settings.runOptions(&error);
    if (!run) {
        emit passFinished({}, tr("The resolver settings are not valid: %1").arg(error));
        return;
    }
    m_resolver = new dns::Resolver(run->resolver, this);
    if (!m_resolver->isValid()) {
        const QString initError = m_resolver->initError();
        delete m_resolver;
        m_resolver = nullptr;
        emit passFinished({}, tr("Cannot start the resolver: %1").arg(initError));
        return;
    }
    watch::WatchOptions options;
    options.force = force;
    options.ip.blocklists.spamhausDqsKey = run->spamhausDqsKey;
    options.ip.blocklists.abusixKey = run->abusixKey;
    options.ip.blocklists.disabledIds = run->disabledLists;
    options.ip.checkDocumentationRanges = run->checkDocumentationRanges;
    if (!run->snds.key.isEmpty()) {
        snds::SndsOptions sndsOptions = run->snds;
        sndsOptions.maxCacheAgeSeconds = snds::SndsOptions::ReuseCacheSeconds;
        options.snds = sndsOptions;
    }
    // The MX certificates and MTA-STS policies follow the "connect to mail servers" setting.
    options.probeCertificates = run->smtpProbe;
    options.mtaSts = run->smtpProbe;
    options.smtpPort = quint16(run->smtpPort);
    options.https = run->https;
    m_pass =
        new watch::WatchPass(m_resolver, blocklist::BlocklistCatalog::builtin(), &m_store, options, this);
    m_pass->setRecorder(m_recorder);
    connect(m_pass, &watch::WatchPass::finished, this, &WatchController::onPassFinished);
    emit passStarted();
    m_pass->start(*list, QDateTime::currentDateTimeUtc());
}

void WatchController::onPassFinished() {
    const watch::WatchPassResult result = m_pass->result();
    // Not deleted from inside its own signal.
    m_pass->deleteLater();
    m_pass = nullptr;
    m_resolver->deleteLater();
    m_resolver = nullptr;
    emit passFinished(result.changes, result.errors.join(u"; "_s));
}

} // namespace rebound::ui
