#include "core/report/reportwords.h"

#include "core/blocklist/liststate.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace rebound::report::words {

// lupdate files a free tr() call under the namespace it stands in: the report's sections call this one
// from rebound::report, the words below from rebound::report::words. Both contexts are asked.
QString tr(const char* text) {
    const QString translated = QCoreApplication::translate("rebound::report", text);
    if (translated != QString::fromUtf8(text))
        return translated;
    return QCoreApplication::translate("rebound::report::words", text);
}

QString severityMark(std::optional<Severity> severity) {
    return severity ? severityName(*severity) : u"unknown"_s;
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

QString verdict(diagnosis::Verdict verdict) {
    using diagnosis::Verdict;
    switch (verdict) {
    case Verdict::InputRefused:
        return tr("Input refused: nothing was analysed");
    case Verdict::NothingRecognised:
        return tr("Nothing recognised: no bounce, reply or log line in the input");
    case Verdict::ProblemFound:
        return tr("Problem found");
    case Verdict::Incomplete:
        return tr("Could not check everything");
    case Verdict::NoProblemFound:
        return tr("No problem found");
    case Verdict::NotChecked:
        break;
    }
    return tr("Not checked");
}

QString verdictSeverity(diagnosis::Verdict verdict) {
    using diagnosis::Verdict;
    switch (verdict) {
    case Verdict::ProblemFound:
        return u"critical"_s;
    case Verdict::Incomplete:
    case Verdict::InputRefused:
    case Verdict::NothingRecognised:
        return u"warning"_s;
    case Verdict::NoProblemFound:
        return u"ok"_s;
    case Verdict::NotChecked:
        break;
    }
    return u"unknown"_s;
}

QString confidence(diagnosis::CauseBasis basis, int percent) {
    using diagnosis::CauseBasis;
    percent = qBound(0, percent, 100);
    switch (basis) {
    case CauseBasis::Live:
        return tr("verified by a live lookup");
    case CauseBasis::Bounce:
        return tr("inferred from the bounce text, confidence %1%").arg(percent);
    case CauseBasis::Checks:
        return tr("inferred from the checks, confidence %1%").arg(percent);
    case CauseBasis::Unset:
        break;
    }
    return tr("confidence %1%").arg(percent);
}

QString confidence(const QJsonObject& cause) {
    return confidence(diagnosis::causeBasisFromName(cause.value(u"basis").toString()),
                      cause.value(u"confidence").toInt());
}

QString checkState(std::optional<diagnosis::CheckState> state) {
    using diagnosis::CheckState;
    if (!state)
        return notChecked();
    switch (*state) {
    case CheckState::Done:
        return tr("Done");
    case CheckState::Failed:
        return tr("Could not run");
    case CheckState::Skipped:
        return tr("Skipped");
    case CheckState::Cancelled:
        return tr("Cancelled");
    case CheckState::Running:
    case CheckState::Pending:
        break;
    }
    return tr("Not finished");
}

QString actor(diagnosis::Actor actor) {
    using diagnosis::Actor;
    switch (actor) {
    case Actor::You:
        return tr("You");
    case Actor::Provider:
        return tr("Your ESP or host");
    case Actor::Recipient:
        return tr("The recipient's admin");
    case Actor::Unknown:
        break;
    }
    return tr("Anyone");
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
