#include "core/report/reportbuilder.h"

#include "core/report/blocks.h"
#include "core/report/jsonread.h"
#include "core/report/plaintextwriter.h"
#include "core/report/redactor.h"
#include "core/report/reportsections.h"
#include "core/report/reportwords.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace rebound::report {

QJsonObject exportedSession(const QJsonObject& session, const ReportOptions& options) {
    return options.redact ? Redactor::redacted(session) : session;
}

namespace {

ReportDocument frame(const QJsonObject& exported) {
    ReportDocument document;
    document.title = words::tr("Email deliverability report");
    QString subject = json::text(exported, u"detected_value");
    if (subject.isEmpty()) {
        const QJsonObject bounce = json::object(exported, u"bounce");
        const QList<QJsonObject> recipients = json::objects(bounce, u"recipients");
        const QString ip = recipients.isEmpty() ? QString() : json::text(recipients.first(), u"sender_ip");
        subject = ip.isEmpty() ? json::text(exported, u"detected_explanation")
                               : words::tr("Bounce for mail sent from %1").arg(ip);
    }
    document.subtitle = blocks::oneLine(subject, 300);
    document.footer =
        words::tr("Rebound %1 · session %2 · generated %3")
            .arg(json::text(exported, u"app_version").isEmpty() ? QCoreApplication::applicationVersion()
                                                                : json::text(exported, u"app_version"),
                 json::text(exported, u"id").left(8),
                 QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
    return document;
}

} // namespace

ReportDocument buildReport(const QJsonObject& exported, const ReportOptions& options,
                           const QString& attachmentName) {
    ReportDocument document = frame(exported);
    document.sections = {sections::summary(exported, attachmentName),
                         sections::diagnosis(exported),
                         sections::findings(exported),
                         sections::blocklists(exported),
                         sections::authentication(exported),
                         sections::smtp(exported)};
    if (Section mailbox = sections::mailbox(exported); !mailbox.blocks.isEmpty())
        document.sections << mailbox;
    if (Section snds = sections::snds(exported); !snds.blocks.isEmpty())
        document.sections << snds;
    if (Section watch = sections::watchHistory(exported); !watch.blocks.isEmpty())
        document.sections << watch;
    if (Section postmaster = sections::postmaster(exported); !postmaster.blocks.isEmpty())
        document.sections << postmaster;
    if (Section message = sections::message(exported); !message.blocks.isEmpty())
        document.sections.insert(3, message); // after the findings, before the live checks
    if (Section reports = sections::dmarcReports(exported); !reports.blocks.isEmpty())
        document.sections << reports;
    if (options.appendices)
        document.sections << sections::pastedText(exported, options.maxPastedChars)
                          << sections::dnsAnswers(exported) << sections::transcripts(exported);
    // The body flows from page to page (a section ending high on a page left it near empty);
    // only the appendices start on a page of their own.
    for (Section& section : document.sections)
        section.newPage = section.newPage && section.id.startsWith(u"appendix"_s);
    return document;
}

ReportDocument buildSummary(const QJsonObject& exported) {
    ReportDocument document = frame(exported);
    document.sections = {sections::summary(exported, {})};
    return document;
}

ReportDocument buildDiagnosisSummary(const QJsonObject& exported) {
    ReportDocument document = frame(exported);
    document.sections = {sections::summary(exported, {}), sections::diagnosis(exported)};
    return document;
}

QString reverseDnsText(const QJsonObject& session) {
    return toPlainText(QList<Section>{sections::reverseDns(session)});
}

QString mailServersText(const QJsonObject& session) {
    Section transcripts = sections::transcripts(session);
    transcripts.title = words::tr("SMTP transcripts");
    QList<Section> shown{sections::mxRecords(session), sections::smtp(session)};
    if (Section mailbox = sections::mailbox(session); !mailbox.blocks.isEmpty())
        shown << mailbox;
    shown << transcripts;
    return toPlainText(shown, PlainTextStyle::DetailView);
}

} // namespace rebound::report
