// Every run in an SQLite database under the app-data location. A run is written when it starts and
// again when it ends, each write one transaction, so a run survives the app being killed mid-way
// (it then reads as unfinished). The database holds the session JSON (docs/session-json-schema.md)
// plus a few columns to list and search by.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <optional>

namespace rebound::ui {

struct HistoryEntry {
    QString id;
    QDateTime startedUtc;
    QString detectedAs;
    QString summary;  // the detected value, or the first line of the input
    QString verdict;  // "" while unfinished
    QString topCause; // title of the most likely cause
    bool finished = false;
};

// One run as its database row: made from the session JSON by HistoryStore::encode, which needs no
// database and can run on a worker thread (a 5 MB mbox session takes a third of a second to encode).
struct HistoryRow {
    QString id, startedUtc, detectedAs, summary, verdict, topCause, search, sessionJson;
    bool finished = false;
};

// What a read on the store's thread hands back: the runs, or why there are none.
struct HistoryList {
    QList<HistoryEntry> entries;
    QString error;
};
struct HistoryRun {
    std::optional<QJsonObject> session;
    QString error;
};

class HistoryStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryStore)

public:
    // path: the database file; empty means AppDataLocation/history.sqlite.
    explicit HistoryStore(const QString& path = {}, QObject* parent = nullptr);
    ~HistoryStore() override;

    bool isOpen() const;
    QString lastError() const { return m_error; }
    QString path() const { return m_path; }

    // Inserts or replaces the run (keyed by its "id"). finished: the run has ended.
    bool save(const QJsonObject& session, bool finished);
    static HistoryRow encode(const QJsonObject& session, bool finished);
    bool write(const HistoryRow& row);
    // The same, encoded and written on the store's own writer thread (a 5 MB mbox session takes a
    // third of a second to encode and 50 ms to write), one save after another in the order asked;
    // changed() or saveFailed() follow on this object's thread.
    void saveInBackground(const QJsonObject& session, bool finished);
    // Blocks until every background save is written: before quitting.
    void waitForSaves();
    bool remove(const QString& id);
    std::optional<QJsonObject> load(const QString& id) const;
    // Newest first; search matches the input, the detected value and the cause titles.
    QList<HistoryEntry> list(const QString& search = {}, int limit = kListLimit) const;

    // The same reads, queried and decoded on the store's writer thread (after every save asked
    // before them), so the window never waits for the database. done runs later on context's
    // thread, never before this returns; it is dropped when context is destroyed first.
    void listInBackground(const QString& search, QObject* context,
                          std::function<void(const HistoryList&)> done, int limit = kListLimit);
    void loadInBackground(const QString& id, QObject* context, std::function<void(const HistoryRun&)> done);

    static constexpr int kListLimit = 500;

signals:
    void changed();
    void saveFailed(const QString& error);

private:
    bool createSchema();
    static QString insert(const QString& connection, const HistoryRow& row);
    static HistoryList listOn(const QString& connection, const QString& search, int limit);
    static HistoryRun loadOn(const QString& connection, const QString& id);

    QString m_connection;
    QString m_path;
    QThreadPool m_writer; // one thread: saves land in the order they were asked for
    mutable QString m_error;
};

} // namespace rebound::ui
