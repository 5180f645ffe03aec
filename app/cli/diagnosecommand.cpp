// rebound-cli diagnose INPUT: runs everything the input calls for and prints the guided diagnosis.
#include "app/cli/cli.h"
#include "app/cli/commandline.h"
#include "app/cli/commands.h"
#include "app/cli/diagnoseexport.h"
#include "app/cli/globaloptions.h"
#include "app/cli/httpsoptions.h"
#include "app/cli/inputargument.h"
#include "app/cli/output.h"
#include "app/cli/sndsoptions.h"
#include "core/diagnosis/diagnosisrun.h"
#include "core/report/reportwords.h"
#include "core/util/jsonutil.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace rebound::cli {
namespace {

// Nagios-style verdict: 0 nothing wrong found, 1 a warning, 2 an error or critical cause,
// 3 nothing definite and some check could not run, or the input was refused or held nothing recognised.
// A cause about Rebound being unable to check (DNS unreachable) is never a problem found.
int verdictExitCode(const diagnosis::Session& session) {
    const diagnosis::Verdict verdict = session.verdict();
    if (verdict == diagnosis::Verdict::InputRefused || verdict == diagnosis::Verdict::NothingRecognised)
        return 3;
    int code = 0;
    for (const diagnosis::Cause& cause : session.diagnosis) {
        if (diagnosis::Session::isCouldNotCheck(cause))
            continue;
        if (cause.severity >= Severity::Error)
            code = qMax(code, 2);
        else if (cause.severity == Severity::Warning)
            code = qMax(code, 1);
    }
    if (code == 0 && verdict == diagnosis::Verdict::Incomplete)
        return 3;
    return code;
}

bool hasEnded(const diagnosis::CheckRecord& check) {
    return check.state != diagnosis::CheckState::Pending && check.state != diagnosis::CheckState::Running;
}

// The text header, printed as soon as the input is recognised.
void printTextHeader(const diagnosis::Session& session) {
    QTextStream& s = out();
    s << "Input: " << session.detected.explanation;
    if (!session.detected.value.isEmpty())
        s << " (" << session.detected.value << ')';
    s << "\nResolver: " << session.resolver << '\n';
    s << '\n' << Qt::flush;
}

// One line per check, printed when the check ends.
void printTextCheck(const diagnosis::CheckRecord& check) {
    QTextStream& s = out();
    s << "[" << diagnosis::checkStateName(check.state) << "] " << check.title;
    if (!check.note.isEmpty())
        s << " - " << check.note;
    s << '\n' << Qt::flush;
}

// What had not answered when the verdict was given.
struct Pending {
    QStringList notAnswering;   // lists the run gave up on (their deadline passed without an answer)
    bool settledEarly = false;  // the verdict was final before every check ended
    QStringList listsAtVerdict; // lists still waiting for an answer then
    QStringList checksAtVerdict;
};

// The verdict and the ranked causes, once the run is over.
void printTextVerdict(const diagnosis::Session& session, const Pending& pending) {
    QTextStream& s = out();
    const diagnosis::Verdict verdict = session.verdict();
    s << "\nVerdict: " << diagnosis::verdictName(verdict) << " (" << report::words::verdict(verdict) << ")\n";
    // A refused input says why: the analyser's own reason (too large, binary).
    if (const QString why = session.bounce.value(u"error").toString(); !why.isEmpty())
        s << "Input refused: " << util::escapeControls(why, 1000) << '\n';
    if (!pending.notAnswering.isEmpty())
        s << "Lists not answering by the deadline (could not check): " << pending.notAnswering.join(u", "_s)
          << '\n';
    if (pending.settledEarly) {
        s << "The verdict was final before every check ended; still running: "
          << pending.checksAtVerdict.join(u", "_s) << '\n';
        if (!pending.listsAtVerdict.isEmpty())
            s << "Lists still pending then: " << pending.listsAtVerdict.join(u", "_s) << '\n';
    }
    if (session.diagnosis.isEmpty()) {
        s << "\nNo cause found.\n";
        return;
    }
    int rank = 1;
    for (const diagnosis::Cause& cause : session.diagnosis) {
        // Titles, summaries and steps carry placeholders filled from the bounce and DNS: escaped too.
        s << "\n"
          << rank++ << ". " << util::escapeControls(cause.title) << "  [" << severityName(cause.severity)
          << ", " << report::words::confidence(cause.basis, cause.confidence) << "]\n   "
          << util::escapeControls(cause.summary) << '\n';
        if (!cause.confidenceNote.isEmpty())
            s << "   Why not certain: " << util::escapeControls(cause.confidenceNote) << '\n';
        // Evidence quotes the bounce and DNS answers: control characters are shown escaped.
        for (const diagnosis::Evidence& e : cause.evidence)
            s << "   - evidence (" << diagnosis::evidenceSourceName(e.source)
              << "): " << util::escapeControls(e.text) << '\n';
        for (const QString& against : cause.against)
            s << "   - against the alternatives: " << util::escapeControls(against) << '\n';
        int step = 1;
        for (const diagnosis::Step& st : cause.steps) {
            s << "   " << step++ << ") [" << diagnosis::actorName(st.actor) << "] "
              << util::escapeControls(st.text) << '\n';
            for (const diagnosis::Link& link : st.links)
                s << "      " << util::escapeControls(link.title) << ": " << util::escapeControls(link.url)
                  << '\n';
        }
        for (const QString& dont : cause.dontDo)
            s << "   Don't: " << util::escapeControls(dont) << '\n';
        if (!cause.recovery.isEmpty())
            s << "   Recovery: " << cause.recovery << '\n';
    }
    s.flush();
}

// --json-lines: the first record, as soon as the input is recognised.
QJsonObject inputRecord(const diagnosis::Session& session) {
    return QJsonObject{{u"type"_s, u"input"_s},
                       {u"detected_as"_s, diagnosis::inputKindName(session.detected.kind)},
                       {u"detected_value"_s, session.detected.value},
                       {u"detected_explanation"_s, session.detected.explanation},
                       {u"resolver"_s, session.resolver},
                       {u"resolver_servers"_s, util::toJsonArray(session.resolverServers)}};
}

// --json-lines: one record per check as it ends (the session's check object, with its index).
QJsonObject checkRecord(const diagnosis::CheckRecord& check, int index) {
    QJsonObject record = diagnosis::toJson(check);
    record.insert(u"type"_s, u"check"_s);
    record.insert(u"index"_s, index);
    return record;
}

// The command's own options, beside the global ones and the exports.
void addDiagnoseOptions(QCommandLineParser& parser) {
    parser.setApplicationDescription(u"Run every check an input calls for and print the guided diagnosis."_s);
    GlobalOptions::addTo(parser);
    parser.addPositionalArgument(u"diagnose"_s, u"The command."_s);
    parser.addPositionalArgument(u"INPUT"_s,
                                 u"A bounce file, - for standard input, an IP, range, domain or address."_s);
    DiagnoseExports::addTo(parser);
    parser.addOption({u"no-smtp"_s, u"Do not connect to mail servers."_s});
    parser.addOption(
        {u"dqs-key"_s, u"Spamhaus DQS key: query the DQS zones instead of the public mirrors."_s, u"KEY"_s});
    parser.addOption({u"abusix-key"_s,
                      u"Abusix Mail Intelligence key (without it those lists are not asked)."_s, u"KEY"_s});
    parser.addOption({u"selector"_s, u"A DKIM selector to check (repeatable)."_s, u"S"_s});
    parser.addOption({u"ehlo"_s, u"The EHLO name for SMTP probes."_s, u"NAME"_s});
    parser.addOption({u"check-documentation-ranges"_s,
                      u"Query RFC 5737/3849 documentation addresses instead of explaining them (labs)."_s});
    parser.addOption({u"watch-state"_s,
                      u"A watch's database (rebound-cli watch --state DB): use what it remembers of the IPs "
                      "and domain (listed since, records changed on)."_s,
                      u"DB"_s});
    addHttpsOptions(parser);
    addSndsOptions(parser, u"snds-"_s);
}

diagnosis::RunOptions readRunOptions(const QCommandLineParser& parser, const GlobalOptions& globals) {
    diagnosis::RunOptions options;
    options.resolver = globals.resolver;
    options.smtpPort = globals.smtpPort;
    options.smtpProbe = !parser.isSet(u"no-smtp"_s);
    options.spamhausDqsKey = parser.value(u"dqs-key"_s);
    options.abusixKey = parser.value(u"abusix-key"_s);
    options.dkimSelectors = parser.values(u"selector"_s);
    options.ehloName = parser.value(u"ehlo"_s);
    options.checkDocumentationRanges = parser.isSet(u"check-documentation-ranges"_s);
    options.watchState = parser.value(u"watch-state"_s);
    options.settleEarly = true; // the verdict waits only for checks that can still change it
    return options;
}

// How the run is shown while it goes: text and --json-lines stream the input, then each check as it
// ends; the verdict follows the run.
struct Streaming {
    bool text = false;
    bool lines = false;
    QList<bool> printed; // the checks already printed, by index
};

// Runs the diagnosis of input to its end, streaming as it goes.
void runStreaming(diagnosis::DiagnosisRun& run, const QString& input, Streaming* streaming) {
    QObject::connect(&run, &diagnosis::DiagnosisRun::inputDetected, &run,
                     [&run, streaming](const diagnosis::DetectedInput& detected) {
                         if (detected.kind == diagnosis::InputKind::Empty)
                             return;
                         if (streaming->text)
                             printTextHeader(run.session());
                         else if (streaming->lines)
                             printJson(inputRecord(run.session()), true);
                     });
    QObject::connect(&run, &diagnosis::DiagnosisRun::checkChanged, &run, [&run, streaming](int index) {
        const diagnosis::CheckRecord& check = run.session().checks.at(index);
        QList<bool>& printed = streaming->printed;
        printed.resize(qMax(printed.size(), run.session().checks.size()));
        if (!hasEnded(check) || printed.at(index))
            return;
        printed[index] = true;
        if (streaming->text)
            printTextCheck(check);
        else if (streaming->lines)
            printJson(checkRecord(check, index), true);
    });
    QEventLoop loop;
    QObject::connect(&run, &diagnosis::DiagnosisRun::finished, &loop, &QEventLoop::quit);
    run.start(input);
    loop.exec();
}

// The session JSON with what had not answered when the verdict was given.
QJsonObject sessionJson(const diagnosis::Session& session, const Pending& pending) {
    QJsonObject json = diagnosis::toJson(session);
    json.insert(u"lists_not_answering"_s, util::toJsonArray(pending.notAnswering));
    json.insert(u"settled_early"_s, pending.settledEarly);
    json.insert(u"lists_pending_at_verdict"_s,
                util::toJsonArray(pending.settledEarly ? pending.listsAtVerdict : QStringList()));
    json.insert(u"checks_pending_at_verdict"_s,
                util::toJsonArray(pending.settledEarly ? pending.checksAtVerdict : QStringList()));
    return json;
}

// The end of the output: the session record, the JSON document, the Markdown or the text verdict.
void printResult(const diagnosis::Session& session, const Pending& pending, const QJsonObject& json,
                 const GlobalOptions& globals, const DiagnoseExports& exports, const Streaming& streaming) {
    if (streaming.lines) {
        QJsonObject record = json;
        record.insert(u"type"_s, u"session"_s);
        printJson(record, true);
    } else if (globals.json) {
        printJson(json);
    } else if (exports.printsMarkdown()) {
        out() << exports.markdown(json) << Qt::flush;
    } else {
        for (int i = 0; i < session.checks.size(); ++i) {
            if (!streaming.printed.value(i)) // ended without a change signal (cancelled before it started)
                printTextCheck(session.checks.at(i));
        }
        printTextVerdict(session, pending);
    }
}

} // namespace

int runDiagnoseCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    addDiagnoseOptions(parser);
    GlobalOptions globals;
    QStringList positional;
    if (const auto exit = parseCommand(parser, arguments, &globals, &positional, 2, 2,
                                       u"usage: rebound-cli diagnose FILE|-|IP|DOMAIN|ADDRESS"_s))
        return *exit;
    QString error;
    DiagnoseExports exports;
    if (!exports.readFrom(parser, &error))
        return fail(ExitUsage, error);

    const InputText input = readInputArgument(positional.at(1));
    if (!input.error.isEmpty())
        return fail(ExitNoInput, input.error);

    diagnosis::RunOptions options = readRunOptions(parser, globals);
    if (!readHttpsOptions(parser, &options.https, &error))
        return fail(ExitUsage, error);
    // As for ip: with a key (--snds-key-file, $REBOUND_SNDS_KEY, the desktop app's keychain entry) each
    // sending IP also gets the check "snds"; without one it is not planned.
    SndsRequest snds;
    if (const auto exit = readSndsOptions(parser, u"snds-"_s, parser.isSet(u"snds-key-file"_s), &snds))
        return *exit;
    if (snds.enabled)
        options.snds = snds.options;
    diagnosis::DiagnosisRun run(options);
    Streaming streaming;
    streaming.text = !globals.json && !globals.jsonLines && !exports.printsMarkdown();
    streaming.lines = globals.jsonLines;
    runStreaming(run, input.text, &streaming);

    const diagnosis::Session& session = run.session();
    if (session.detected.kind == diagnosis::InputKind::Empty)
        return fail(ExitUsage, u"the input is empty"_s);
    const Pending pending{diagnosis::listsNotAnswering(session), run.settledEarly(),
                          diagnosis::listsPendingAtVerdict(session),
                          diagnosis::checksPendingAtVerdict(session)};
    const QJsonObject json = sessionJson(session, pending);
    printResult(session, pending, json, globals, exports, streaming);
    if (!exports.writeFiles(json, &error))
        return fail(ExitCantCreate, error);
    return verdictExitCode(session);
}

} // namespace rebound::cli
