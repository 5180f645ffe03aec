#include "core/report/reportwords.h"

#include "core/blocklist/liststate.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace rebound::report::words {

QString tr(const char* text) {
    return QCoreApplication::translate("rebound::report", text);
}

QString severity(const QString& severity) {
    if (severity == u"critical")
        return tr("Critical");
    if (severity == u"error")
        return tr("Error");
    if (severity == u"warning")
        return tr("Warning");
    if (severity == u"info")
        return tr("Info");
    if (severity == u"ok")
        return tr("OK");
    return tr("Unknown");
}

QString verdict(const QString& verdict) {
    if (verdict == u"input_refused")
        return tr("Input refused: nothing was analysed");
    if (verdict == u"nothing_recognised")
        return tr("Nothing recognised: no bounce, reply or log line in the input");
    if (verdict == u"problem_found")
        return tr("Problem found");
    if (verdict == u"incomplete")
        return tr("Could not check everything");
    if (verdict == u"no_problem_found")
        return tr("No problem found");
    return tr("Not checked");
}

QString verdictSeverity(const QString& verdict) {
    if (verdict == u"problem_found")
        return u"critical"_s;
    if (verdict == u"incomplete" || verdict == u"input_refused" || verdict == u"nothing_recognised")
        return u"warning"_s;
    if (verdict == u"no_problem_found")
        return u"ok"_s;
    return u"unknown"_s;
}

QString confidence(const QJsonObject& cause) {
    const QString basis = cause.value(u"basis").toString();
    if (basis == u"live")
        return tr("verified by a live lookup");
    const int percent = qBound(0, cause.value(u"confidence").toInt(), 100);
    if (basis == u"bounce")
        return tr("inferred from the bounce text, confidence %1%").arg(percent);
    if (basis == u"checks")
        return tr("inferred from the checks, confidence %1%").arg(percent);
    return tr("confidence %1%").arg(percent);
}

QString checkState(const QString& state) {
    if (state == u"done")
        return tr("Done");
    if (state == u"failed")
        return tr("Could not run");
    if (state == u"skipped")
        return tr("Skipped");
    if (state == u"cancelled")
        return tr("Cancelled");
    if (state == u"running" || state == u"pending")
        return tr("Not finished");
    return notChecked();
}

QString actor(const QString& actor) {
    if (actor == u"you")
        return tr("You");
    if (actor == u"provider")
        return tr("Your ESP or host");
    if (actor == u"recipient")
        return tr("The recipient's admin");
    return actor.isEmpty() ? tr("Anyone") : actor;
}

QString bounceField(const QString& what) {
    if (what == u"recipient")
        return tr("Recipient");
    if (what == u"reply_code")
        return tr("Reply code");
    if (what == u"status")
        return tr("Enhanced status");
    if (what == u"diagnostic")
        return tr("Server's words");
    if (what == u"reason")
        return tr("Reason");
    if (what == u"command")
        return tr("SMTP command");
    if (what == u"remote_mta")
        return tr("Refusing server");
    if (what == u"sender_ip")
        return tr("Sending IP");
    if (what == u"blocklist")
        return tr("Blocklist named");
    if (what == u"blocklists")
        return tr("Blocklists named");
    if (what == u"provider")
        return tr("Provider");
    if (what == u"provider_code")
        return tr("Provider code");
    if (what == u"hard_bounce")
        return tr("Permanent");
    return what;
}

QString blocklistStatus(const QString& status) {
    return blocklist::listStateWords(status);
}

QString blocklistSeverity(const QString& status) {
    if (status == u"listed")
        return u"critical"_s;
    if (status == u"clean")
        return u"ok"_s;
    if (status == u"skipped" || status.isEmpty())
        return u"unknown"_s;
    return u"warning"_s;
}

int blocklistRank(const QString& status) {
    return blocklist::listStateRank(status);
}

QString notChecked() {
    return tr("not checked");
}

bool isSafeLink(const QString& url) {
    if (url.size() > 2048)
        return false;
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && (parsed.scheme() == u"https" || parsed.scheme() == u"http")
           && !parsed.host().isEmpty();
}

RichText link(const QString& title, const QString& url, bool showUrl) {
    RichText out;
    const QString shown = title.isEmpty() ? url : title;
    if (isSafeLink(url)) {
        Run run = plain(shown);
        run.href = url;
        out.append(run);
        if (showUrl && shown != url)
            out.append(muted(u" "_s + url));
    } else {
        out.append(plain(shown));
        if (!url.isEmpty() && shown != url)
            out.append(muted(u" "_s + url + u" "_s + tr("(not a web link, not clickable)")));
    }
    return out;
}

Run plain(const QString& text) {
    Run run;
    run.text = text;
    return run;
}

Run strong(const QString& text) {
    Run run = plain(text);
    run.strong = true;
    return run;
}

Run code(const QString& text) {
    Run run = plain(text);
    run.code = true;
    return run;
}

Run muted(const QString& text) {
    Run run = plain(text);
    run.muted = true;
    return run;
}

Run icon(const QString& severity) {
    Run run;
    run.severity = severity.isEmpty() ? u"unknown"_s : severity;
    return run;
}

} // namespace rebound::report::words
