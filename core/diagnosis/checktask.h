#pragma once

#include "core/util/finding.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <optional>

namespace rebound::diagnosis {

enum class CheckState { Pending, Running, Done, Failed, Skipped, Cancelled };
QString checkStateName(CheckState state); // "pending", "running", "done", "failed", "skipped", "cancelled"
std::optional<CheckState> parseCheckState(const QString& name);

// One live check inside a diagnosis run (blocklists for an IP, SPF for a domain, an SMTP probe...).
// It starts when asked, reports progress, and ends exactly once with finished(), carrying the check's
// JSON (the same object the matching rebound-cli command prints) and its findings.
class CheckTask : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    ~CheckTask() override = default;

    virtual QString id() const = 0;    // "blocklists", "rdns", "domain", "smtp"...
    virtual QString title() const = 0; // for people, translated
    virtual void start() = 0;
    // Stops now; finished() still follows, with what was complete.
    virtual void cancel() = 0;

signals:
    void progress(int done, int total);
    // What the check knows so far, while it still runs, in the final result's shape (the blocklists
    // answered yet, a live listing before the slowest list has answered): views fill row by row and the
    // diagnosis can use a listing at once; finished() still follows with the whole result.
    void partial(const QJsonObject& result, const QList<rebound::Finding>& findings);
    // state is Done, Failed or Cancelled; note says why when it is not Done.
    void finished(rebound::diagnosis::CheckState state, const QJsonObject& result,
                  const QList<rebound::Finding>& findings, const QString& note);

protected:
    // Ends the check from inside cancel() (or start()): finished() is queued, never emitted from inside
    // the caller's call, as the async contract says.
    void finishLater(CheckState state, const QJsonObject& result, const QString& note) {
        QMetaObject::invokeMethod(
            this, [this, state, result, note] { emit finished(state, result, {}, note); },
            Qt::QueuedConnection);
    }
};

} // namespace rebound::diagnosis
