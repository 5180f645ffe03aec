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

// A connection may only be used on the thread that made it, so a worker opens its own for each save
// (opening an SQLite file costs well under a millisecond); WAL lets the window read meanwhile.
QString HistoryStore::writeOnOwnConnection(const QString& path, const HistoryRow& row) {
    const QString connection =
        u"rebound-history-writer-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        error = db.open() ? insert(connection, row) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

void HistoryStore::saveInBackground(const QJsonObject& session, bool finished) {
    if (!isOpen()) {
        m_error = tr("The history database is not open.");
        emit saveFailed(m_error);
        return;
    }
    const QString path = m_path;
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            m_error = error;
            emit saveFailed(error);
            return;
        }
        emit changed();
    });
    watcher->setFuture(util::runInBackground(&m_writer, [path, session, finished] {
        return writeOnOwnConnection(path, encode(session, finished));
    }));
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
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT session FROM runs WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toString().toUtf8(), &parseError);
    if (!document.isObject()) {
        m_error = parseError.errorString();
        return std::nullopt;
    }
    return document.object();
}

QList<HistoryEntry> HistoryStore::list(const QString& search, int limit) const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    const QString needle = search.trimmed().toLower();
    QString sql = u"SELECT id, started_utc, detected_as, summary, verdict, top_cause, finished FROM runs"_s;
    if (!needle.isEmpty())
        sql += u" WHERE instr(search, ?) > 0"_s; // instr: no LIKE wildcards to escape
    sql += u" ORDER BY started_utc DESC LIMIT ?"_s;
    query.prepare(sql);
    if (!needle.isEmpty())
        query.addBindValue(needle);
    query.addBindValue(limit);
    QList<HistoryEntry> entries;
    if (!query.exec()) {
        m_error = query.lastError().text();
        return entries;
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
        entries.append(entry);
    }
    return entries;
}

} // namespace rebound::ui
