// The node_exporter textfile of a watch (Prometheus exposition format 0.0.4), written atomically.
#pragma once

#include "core/watch/watchpass.h"
#include "core/watch/watchstore.h"

#include <QByteArray>
#include <QList>

namespace rebound::watch {

// A label value as the exposition format wants it: backslash, double quote and line feed escaped.
QString escapeLabelValue(const QString& value);

// The metrics for these states and targets:
//   rebound_blocklist_listed{target,zone} 0|1        the last usable answer of each blocklist
//   rebound_check_ok{target,check,zone} 0|1           1 when the last pass answered and all is well
//   rebound_check_could_not_check{target,check,zone}  1 when the last pass could not check
//   rebound_certificate_expiry_seconds{target,host}   an MX host's certificate notAfter (Unix time)
//   rebound_watch_last_run_timestamp_seconds{target}  per watch-list entry
//   rebound_watch_pass_timestamp_seconds, rebound_watch_changes (this pass)
QByteArray prometheusText(const QList<StateRow>& states, const WatchPassResult& pass);

// Writes text to path through QSaveFile (a reader never sees half a file); false with *error.
bool writePrometheusFile(const QString& path, const QByteArray& text, QString* error);

} // namespace rebound::watch
