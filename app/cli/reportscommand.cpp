// rebound-cli reports PATH...: DMARC aggregate and SMTP TLS reports (files, folders, zip, gzip,
// mail messages) read offline, summarised per domain and source, with findings. --live adds the
// domain's own SPF check and the reverse DNS of each source.
#include "app/cli/cli.h"
#include "app/cli/commandline.h"
#include "app/cli/commands.h"
#include "app/cli/globaloptions.h"
#include "app/cli/output.h"
#include "core/dns/resolver.h"
#include "core/reports/reportreader.h"
#include "core/reports/reportsanalysis.h"
#include "core/reports/reportsjson.h"
#include "core/reports/sourcechecker.h"
#include "core/util/jsonutil.h"

#include <QEventLoop>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace rebound::cli {
namespace {

using util::escapeControls;

constexpr int kTextSources = 50; // per domain in the text output; JSON has all

QString day(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(u"yyyy-MM-dd"_s) : u"?"_s;
}

void printSources(QTextStream& o, const reports::DomainSummary& d) {
    o << "  source IP                                 messages  DMARC pass  SPF al.  DKIM al.  who / "
         "verdict\n";
    for (const reports::SourceSummary& s : d.sources.first(qMin<qsizetype>(d.sources.size(), kTextSources))) {
        const QString who = s.senderName.isEmpty() ? reports::sourceKindName(s.who) : s.senderName;
        o << "  " << escapeControls(s.ip, 40).leftJustified(40) << ' '
          << QString::number(s.messages).rightJustified(9) << "  "
          << reports::passRateText(s.dmarcPass, s.messages).rightJustified(10) << "  "
          << QString::number(s.spfAligned).rightJustified(7) << "  "
          << QString::number(s.dkimAligned).rightJustified(8) << "  " << who << " / "
          << reports::sourceVerdictName(s.verdict);
        if (!s.ptr.isEmpty())
            o << "  (" << escapeControls(s.ptr, 100) << ')';
        o << '\n';
    }
    if (d.sources.size() > kTextSources)
        o << "  ... and " << (d.sources.size() - kTextSources) << " more sources (see --json)\n";
}

void printText(const reports::ReportSet& set, const reports::ReportsSummary& summary) {
    QTextStream& o = out();
    o << "Read " << set.dmarc.size() << " DMARC aggregate and " << set.tlsrpt.size() << " TLS reports from "
      << set.filesRead << " files";
    if (set.duplicates)
        o << " (" << set.duplicates << " duplicates counted once)";
    o << ".\n";
    for (const reports::DomainSummary& d : summary.domains) {
        o << "\nDMARC for " << escapeControls(d.domain, 200) << ", " << day(d.begin) << " to " << day(d.end)
          << ": " << d.reports << " reports, " << d.messages << " messages, "
          << reports::passRateText(d.passed, d.messages)
          << " pass DMARC (policy p=" << (d.policy.isEmpty() ? u"?"_s : escapeControls(d.policy, 20))
          << ")\n";
        printSources(o, d);
    }
    for (const reports::TlsPolicySummary& p : summary.tls) {
        o << "\nTLS to " << escapeControls(p.domain, 200) << " (" << escapeControls(p.policyType, 40)
          << "): " << p.successful << " sessions succeeded, " << p.failed << " failed\n";
        for (const reports::TlsResultCount& r : p.results)
            o << "  " << escapeControls(r.resultType, 60) << ": " << r.sessions << "\n      " << r.meaning
              << '\n';
    }
    o << "\nFindings:\n";
    if (summary.findings.isEmpty())
        o << "  none\n";
    for (const Finding& f : summary.findings) {
        o << "  [" << severityName(f.severity) << "] " << escapeControls(f.title) << "\n      "
          << escapeControls(f.detail) << '\n';
        for (const QString& line : f.evidence)
            o << "      - " << escapeControls(line, 300) << '\n';
    }
    if (!set.errors.isEmpty()) {
        o << "\nNot read:\n";
        for (const reports::ReportError& e : set.errors)
            o << "  " << escapeControls(e.file, 300) << ": " << escapeControls(e.reason, 500) << '\n';
    }
    o.flush();
}

} // namespace

// Exit codes: 0 every message passed DMARC and every TLS session succeeded; 1 failures present; 3
// nothing readable; 64 usage; 66 a path cannot be read.
int runReportsCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Read DMARC aggregate and SMTP TLS reports: who sends as the domain, "
                                     "what passes DMARC, which TLS sessions fail."_s);
    GlobalOptions::addTo(parser);
    parser.addPositionalArgument(u"reports"_s, u"The command."_s);
    parser.addPositionalArgument(
        u"PATH"_s, u"Report files (.xml, .xml.gz, .zip, .json, .json.gz, .eml) or folders."_s, u"PATH..."_s);
    parser.addOption(
        {u"live"_s, u"Check each source live: the domain's own SPF record and its reverse DNS."_s});
    GlobalOptions options;
    QStringList positional;
    if (const auto exit = parseCommand(parser, arguments, &options, &positional, 2, -1,
                                       u"usage: rebound-cli reports PATH... [--live] [--json]"_s))
        return *exit;
    const QStringList paths = positional.mid(1);
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists() || !info.isReadable())
            return fail(ExitNoInput, u"cannot read %1: no such file or folder, or no permission"_s.arg(path));
    }
    const reports::ReportSet set = reports::readReports(paths);
    reports::LiveFacts live;
    if (parser.isSet(u"live"_s) && !set.dmarc.isEmpty()) {
        dns::Resolver resolver(options.resolver);
        if (!resolver.isValid())
            return fail(3, u"cannot start the resolver: "_s + resolver.initError());
        reports::SourceChecker checker(&resolver);
        QEventLoop loop;
        QObject::connect(&checker, &reports::SourceChecker::finished, &loop, &QEventLoop::quit);
        checker.start(reports::analyseReports(set));
        loop.exec();
        live = checker.facts();
    }
    const reports::ReportsSummary summary = reports::analyseReports(set, live);
    if (options.json || options.jsonLines)
        printJson(reports::toJson(set, summary), options.jsonLines);
    else
        printText(set, summary);
    if (set.isEmpty())
        return 3;
    return summary.hasFailures() ? 1 : ExitOk;
}

} // namespace rebound::cli
