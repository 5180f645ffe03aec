#include "core/watch/prometheus.h"

#include "core/watch/certificatewatch.h"
#include "core/watch/sndsobserve.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace rebound::watch {

namespace {

QString labels(const StateRow& row) {
    return u"{target=\"%1\",check=\"%2\",zone=\"%3\"}"_s.arg(
        escapeLabelValue(row.target), escapeLabelValue(row.check), escapeLabelValue(row.zone));
}

void header(QString& text, const QString& name, const QString& help) {
    text += u"# HELP %1 %2\n# TYPE %1 gauge\n"_s.arg(name, help);
}

bool isWell(CheckState state) {
    return state == CheckState::Ok || state == CheckState::SndsGreen || state == CheckState::SndsNone;
}

} // namespace

QString escapeLabelValue(const QString& value) {
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\')
            escaped += u"\\\\"_s;
        else if (c == u'"')
            escaped += u"\\\""_s;
        else if (c == u'\n')
            escaped += u"\\n"_s;
        else
            escaped += c;
    }
    return escaped;
}

QByteArray prometheusText(const QList<StateRow>& states, const WatchPassResult& pass) {
    QString text;
    header(text, u"rebound_blocklist_listed"_s,
           u"1 when the target is listed on the zone, 0 when not (the last usable answer)."_s);
    for (const StateRow& row : states) {
        if (row.check != u"blocklist" || !row.state.known)
            continue;
        text += u"rebound_blocklist_listed{target=\"%1\",zone=\"%2\"} %3\n"_s.arg(
            escapeLabelValue(row.target), escapeLabelValue(row.zone),
            *row.state.known == CheckState::Listed ? u"1"_s : u"0"_s);
    }
    header(text, u"rebound_check_ok"_s,
           u"1 when the check answered in its last pass and all is well (not listed, record sound)."_s);
    for (const StateRow& row : states) {
        if (row.state.state != CheckState::NotAsked)
            text += u"rebound_check_ok%1 %2\n"_s.arg(labels(row), isWell(row.state.state) ? u"1"_s : u"0"_s);
    }
    header(text, u"rebound_check_could_not_check"_s,
           u"1 when the check could not be made in its last pass (refused, timeout, key needed)."_s);
    for (const StateRow& row : states) {
        if (row.state.state != CheckState::NotAsked)
            text += u"rebound_check_could_not_check%1 %2\n"_s.arg(
                labels(row), row.state.state == CheckState::CouldNotCheck ? u"1"_s : u"0"_s);
    }
    text += sndsPrometheusText(states);
    header(text, u"rebound_certificate_expiry_seconds"_s,
           u"When the MX host's STARTTLS certificate expires (its notAfter, Unix time)."_s);
    for (const StateRow& row : states) {
        if (row.check == certificateCheck && row.state.expiresAt.isValid())
            text += u"rebound_certificate_expiry_seconds{target=\"%1\",host=\"%2\"} %3\n"_s.arg(
                escapeLabelValue(row.target), escapeLabelValue(row.zone),
                QString::number(row.state.expiresAt.toSecsSinceEpoch()));
    }
    header(text, u"rebound_watch_last_run_timestamp_seconds"_s,
           u"When the watch-list entry was last checked (Unix time)."_s);
    for (const TargetOutcome& target : pass.targets) {
        if (target.lastRun.isValid())
            text += u"rebound_watch_last_run_timestamp_seconds{target=\"%1\"} %2\n"_s.arg(
                escapeLabelValue(target.entry), QString::number(target.lastRun.toSecsSinceEpoch()));
    }
    header(text, u"rebound_watch_pass_timestamp_seconds"_s, u"When this watch pass ran (Unix time)."_s);
    text += u"rebound_watch_pass_timestamp_seconds %1\n"_s.arg(pass.at.toSecsSinceEpoch());
    header(text, u"rebound_watch_changes"_s, u"Changes reported by this watch pass."_s);
    text += u"rebound_watch_changes %1\n"_s.arg(pass.changes.size());
    return text.toUtf8();
}

bool writePrometheusFile(const QString& path, const QByteArray& text, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace rebound::watch
