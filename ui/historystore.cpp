#include "ui/historystore.h"

#include "core/util/backgroundwork.h"

#include <QDir>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace rebound::ui {

namespace {

constexpr qsizetype kMaxSummary = 200;

QString summaryOf(const QJsonObject& session) {
    // A bounce reads best as who bounced and how: "alice@example.com 5.7.1".
    const QJsonObject recipient = session[u"bounce"][u"recipients"][0].toObject();
    if (!recipient.isEmpty()) {
        const QString code = recipient[u"status"].toString(QString::number(recipient[u"reply_code"].toInt()));
        return QString(recipient[u"recipient"].toString() + u' ' + code).trimmed().left(kMaxSummary);
    }
    QString value = session[u"detected_value"].toString();
    if (value.isEmpty()) {
        const QString input = session[u"input"].toString().trimmed();
        value = input.left(input.indexOf(u'\n') < 0 ? input.size() : input.indexOf(u'\n'));
    }
    return value.left(kMaxSummary);
}

// Everything searchable, lower-cased: the input, the value and the causes.
QString searchTextOf(const QJsonObject& session) {
    QStringList parts{session[u"input"].toString().left(100000), session[u"detected_value"].toString()};
    for (const QJsonValue& cause : session[u"diagnosis"].toArray())
        parts << cause[u"title"].toString();
    return parts.join(u'\n').toLower();
}

// A connection may only be used on the thread that made it, so a worker opens its own for each task
// (opening an SQLite file costs well under a millisecond); WAL lets the window read meanwhile.
class OwnConnection {
    Q_DISABLE_COPY_MOVE(OwnConnection)

public:
    explicit OwnConnection(const QString& path)
        : m_name(u"rebound-history-worker-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~OwnConnection() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QString name() const { return m_name; }
    QString error() const { return m_error; } // empty: open

private:
    QString m_name;
    QString m_error;
};

// Hands the future's result to done on context's thread; the watcher is context's child, so
// destroying context drops done.
template <typename T> void deliver(QFuture<T> future, QObject* context, std::function<void(const T&)> done) {
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(future);
}

} // namespace

HistoryStore::HistoryStore(const QString& path, QObject* parent)
    : QObject(parent)
    , m_connection(u"rebound-history-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_path(path) {
    m_writer.setMaxThreadCount(1);
    if (m_path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        m_path = dir + u"/history.sqlite"_s;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    createSchema();
}

HistoryStore::~HistoryStore() {
    waitForSaves();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool HistoryStore::isOpen() const {
    return QSqlDatabase::database(m_connection, false).isOpen();
}

bool HistoryStore::createSchema() {
    QSqlQuery query(QSqlDatabase::database(m_connection));
    // WAL: a reader never waits for the writer, and a crash mid-write loses only that transaction.
    query.exec(u"PRAGMA journal_mode=WAL"_s);
    const bool ok = query.exec(u"CREATE TABLE IF NOT EXISTS runs ("
                               "id TEXT PRIMARY KEY, started_utc TEXT, detected_as TEXT, summary TEXT,"
                               "verdict TEXT, top_cause TEXT, finished INTEGER, search TEXT, session TEXT)"_s)
                    && query.exec(u"CREATE INDEX IF NOT EXISTS runs_started ON runs(started_utc)"_s);
    if (!ok)
        m_error = query.lastError().text();
    return ok;
}

bool HistoryStore::save(const QJsonObject& session, bool finished) {
    return write(encode(session, finished));
}

HistoryRow HistoryStore::encode(const QJsonObject& session, bool finished) {
    HistoryRow row;
    row.id = session[u"id"].toString();
    row.startedUtc = session[u"started_utc"].toString();
    row.detectedAs = session[u"detected_as"].toString();
    row.summary = summaryOf(session);
    row.verdict = finished ? session[u"verdict"].toString() : QString();
    row.topCause = session[u"diagnosis"].toArray().at(0)[u"title"].toString();
    row.finished = finished;
    row.search = searchTextOf(session);
    row.sessionJson = QString::fromUtf8(QJsonDocument(session).toJson(QJsonDocument::Compact));
    return row;
}

bool HistoryStore::write(const HistoryRow& row) {
    m_error = insert(m_connection, row);
    if (!m_error.isEmpty())
        return false;
    emit changed();
    return true;
}

// One transaction on the named connection, which must belong to the calling thread. Returns the error.
QString HistoryStore::insert(const QString& connection, const HistoryRow& row) {
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (!db.isOpen() || row.id.isEmpty())
        return row.id.isEmpty() ? tr("The run has no id.") : tr("The history database is not open.");
    if (!db.transaction())
        return db.lastError().text();
    QSqlQuery query(db);
    query.prepare(u"INSERT OR REPLACE INTO runs (id, started_utc, detected_as, summary, verdict, top_cause, "
                  "finished, search, session) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(row.id);
    query.addBindValue(row.startedUtc);
    query.addBindValue(row.detectedAs);
    query.addBindValue(row.summary);
    query.addBindValue(row.verdict);
    query.addBindValue(row.topCause);
    query.addBindValue(row.finished ? 1 : 0);
    query.addBindValue(row.search);
    query.addBindValue(row.sessionJson);
    if (!query.exec() || !db.commit()) {
        const QString error = query.lastError().text();
        db.rollback();
        return error.isEmpty() ? db.lastError().text() : error;
    }
    return {};
}

void HistoryStore::saveInBackground(const QJsonObject& session, bool finished) {
    if (!isOpen()) {
        m_error = tr("The history database is not open.");
        emit saveFailed(m_error);
        return;
    }
    const QString path = m_path;
    deliver<QString>(util::runInBackground(&m_writer,
                                           [path, session, finished] {
                                               const OwnConnection connection(path);
                                               return connection.error().isEmpty() ? insert(
                                                          connection.name(), encode(session, finished))
                                                                                   : connection.error();
                                           }),
                     this, [this](const QString& error) {
                         if (!error.isEmpty()) {
                             m_error = error;
                             emit saveFailed(error);
                             return;
                         }
                         emit changed();
                     });
}

void HistoryStore::listInBackground(const QString& search, QObject* context,
                                    std::function<void(const HistoryList&)> done, int limit) {
    const QString path = m_path;
    deliver<HistoryList>(util::runInBackground(&m_writer,
                                               [path, search, limit] {
                                                   const OwnConnection connection(path);
                                                   return connection.error().isEmpty()
                                                              ? listOn(connection.name(), search, limit)
                                                              : HistoryList{{}, connection.error()};
                                               }),
                         context, std::move(done));
}

void HistoryStore::loadInBackground(const QString& id, QObject* context,
                                    std::function<void(const HistoryRun&)> done) {
    const QString path = m_path;
    deliver<HistoryRun>(util::runInBackground(&m_writer,
                                              [path, id] {
                                                  const OwnConnection connection(path);
                                                  return connection.error().isEmpty()
                                                             ? loadOn(connection.name(), id)
                                                             : HistoryRun{std::nullopt, connection.error()};
                                              }),
                        context, std::move(done));
}

void HistoryStore::waitForSaves() {
    m_writer.waitForDone();
}

bool HistoryStore::remove(const QString& id) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM runs WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    emit changed();
    return true;
}

std::optional<QJsonObject> HistoryStore::load(const QString& id) const {
    HistoryRun run = loadOn(m_connection, id);
    m_error = run.error;
    return run.session;
}

QList<HistoryEntry> HistoryStore::list(const QString& search, int limit) const {
    HistoryList list = listOn(m_connection, search, limit);
    m_error = list.error;
    return list.entries;
}

// The session of one run, read and decoded on the named connection (of the calling thread).
HistoryRun HistoryStore::loadOn(const QString& connection, const QString& id) {
    QSqlQuery query(QSqlDatabase::database(connection, false));
    query.prepare(u"SELECT session FROM runs WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {std::nullopt, query.lastError().text()};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toString().toUtf8(), &parseError);
    if (!document.isObject())
        return {std::nullopt, parseError.errorString()};
    return {document.object(), {}};
}

// The list, queried and decoded on the named connection (of the calling thread).
HistoryList HistoryStore::listOn(const QString& connection, const QString& search, int limit) {
    QSqlQuery query(QSqlDatabase::database(connection, false));
    const QString needle = search.trimmed().toLower();
    QString sql = u"SELECT id, started_utc, detected_as, summary, verdict, top_cause, finished FROM runs"_s;
    if (!needle.isEmpty())
        sql += u" WHERE instr(search, ?) > 0"_s; // instr: no LIKE wildcards to escape
    sql += u" ORDER BY started_utc DESC LIMIT ?"_s;
    query.prepare(sql);
    if (!needle.isEmpty())
        query.addBindValue(needle);
    query.addBindValue(limit);
    HistoryList list;
    if (!query.exec()) {
        list.error = query.lastError().text();
        return list;
    }
    while (query.next()) {
        HistoryEntry entry;
        entry.id = query.value(0).toString();
        entry.startedUtc = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.detectedAs = query.value(2).toString();
        entry.summary = query.value(3).toString();
        entry.verdict = query.value(4).toString();
        entry.topCause = query.value(5).toString();
        entry.finished = query.value(6).toInt() != 0;
        list.entries.append(entry);
    }
    return list;
}

} // namespace rebound::ui
