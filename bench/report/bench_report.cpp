// Report export benchmark: a full session (the XBL sample: every section, 13 pages) and two heavier
// ones (the blocklist table four times as long; the hostile 5,000-line bounce) exported to PDF, HTML,
// Markdown and JSON. Prints the median of several runs per format. Target (issue 9): a full session in under
// one second.
#include "core/pdf/pdfreport.h"
#include "core/report/reportbuilder.h"
#include "core/report/sessionexport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

using namespace rebound;

namespace {

QJsonObject loadSession(const QString& name) {
    QFile file(QStringLiteral(REPORT_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject longTable(QJsonObject session, int times) {
    QJsonArray checks = session[u"checks"].toArray();
    QJsonObject blocklists = checks[0].toObject();
    QJsonObject result = blocklists[u"result"].toObject();
    QJsonArray lists = result[u"blocklists"].toArray();
    const QJsonArray copy = lists;
    for (int i = 1; i < times; ++i)
        for (const QJsonValue& list : copy)
            lists.append(list);
    result[u"blocklists"] = lists;
    blocklists[u"result"] = result;
    checks[0] = blocklists;
    session[u"checks"] = checks;
    return session;
}

double medianMs(int runs, const std::function<void()>& work) {
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = app.arguments().contains(u"--quick"_s) ? 1 : 5;
    const QJsonObject xbl = loadSession(u"xbl-session.json"_s);
    const QList<std::pair<QString, QJsonObject>> sessions{
        {u"full session (xbl)"_s, xbl},
        {u"blocklist table x4"_s, longTable(xbl, 4)},
        {u"hostile 5,000-line bounce"_s, loadSession(u"hostile-session.json"_s)}};
    for (const auto& [name, session] : sessions) {
        report::ReportOptions options;
        qsizetype bytes = 0;
        const double pdf = medianMs(runs, [&] {
            const auto rendered = pdf::renderPdfReport(session, options);
            bytes = rendered ? rendered->size() : -1;
        });
        out << name << u": PDF "_s << QString::number(pdf, 'f', 0) << u" ms ("_s << bytes / 1024
            << u" KiB)"_s;
        for (const auto format :
             {report::ExportFormat::Html, report::ExportFormat::Markdown, report::ExportFormat::Json}) {
            const double ms = medianMs(runs, [&] { report::exportSessionJson(session, format, options); });
            out << u", "_s << report::exportFormatName(format) << u' ' << QString::number(ms, 'f', 1)
                << u" ms"_s;
        }
        out << Qt::endl;
    }
    return 0;
}
