// rebound-cli bounce FILE|DIR|-: analyses bounces, replies and log lines offline and prints, for each
// failed recipient, the codes, the reason, the sending IP and blocklists named, and the evidence.
#include "core/bounce/bounceanalyzer.h"
#include "core/bounce/bouncejson.h"
#include "core/bounce/bounceknowledge.h"
#include "core/cli/cli.h"
#include "core/cli/commands.h"
#include "core/cli/globaloptions.h"
#include "core/cli/output.h"
#include "core/util/jsonutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

namespace rebound::cli {
namespace {

// Exit codes of this command (docs/CLI.md).
enum BounceExit : int {
    BounceAnalysed = 0,     // every input held a bounce, reply, log line, report or auto-reply
    BounceUnrecognised = 1, // an input was empty or held nothing recognisable
    BounceRefused = 2,      // an input was refused: too large or binary
};

constexpr int kMaxDirectoryFiles = 100000;

struct LoadedInput {
    QByteArray bytes;
    bool tooLarge = false;
    QString error;
};

// Reads at most one byte more than the analyser accepts, so a huge file is refused without being
// read whole.
LoadedInput load(QIODevice& device) {
    LoadedInput input;
    input.bytes = device.read(bounce::kMaxInputBytes + 1);
    input.tooLarge = input.bytes.size() > bounce::kMaxInputBytes;
    return input;
}

LoadedInput loadPath(const QString& path) {
    if (path == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return {{}, false, u"cannot read standard input"_qs};
        return load(in);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, false, u"cannot read %1: %2"_qs.arg(path, file.errorString())};
    return load(file);
}

bounce::BounceAnalysis analyse(const LoadedInput& input) {
    if (input.tooLarge) {
        bounce::BounceAnalysis refused;
        refused.kind = bounce::InputKind::TooLarge;
        refused.error = u"The input is larger than %1 MB; paste only the bounce message."_qs.arg(
            bounce::kMaxInputBytes / (1024 * 1024));
        return refused;
    }
    return bounce::analyzeBounce(input.bytes);
}

int exitCodeFor(const bounce::BounceAnalysis& a) {
    switch (a.kind) {
    case bounce::InputKind::TooLarge:
    case bounce::InputKind::Binary:
        return BounceRefused;
    case bounce::InputKind::Empty:
    case bounce::InputKind::Unrecognised:
        return BounceUnrecognised;
    default:
        return a.error.isEmpty() ? BounceAnalysed : BounceRefused;
    }
}

void printText(const bounce::BounceAnalysis& a, const QString& file) {
    QTextStream& s = out();
    if (!file.isEmpty())
        s << "== " << util::escapeControls(file) << '\n';
    s << "Input: " << bounce::inputKindName(a.kind);
    if (a.messageCount > 1)
        s << " (" << a.messageCount << " messages)";
    s << '\n';
    if (!a.error.isEmpty())
        s << "Error: " << a.error << '\n';
    for (const QString& w : a.warnings)
        s << "Warning: " << util::escapeControls(w) << '\n';
    if (a.original.present) {
        s << "Original message: From " << util::escapeControls(a.original.from, 200) << ", To "
          << util::escapeControls(a.original.to, 200) << ", Subject "
          << util::escapeControls(a.original.subject, 200);
        if (!a.original.dkimDomain.isEmpty())
            s << ", DKIM d=" << util::escapeControls(a.original.dkimDomain, 200)
              << " s=" << util::escapeControls(a.original.dkimSelector, 200);
        s << '\n';
    }
    for (const bounce::BounceRecipient& r : a.recipients) {
        s << "\nRecipient: "
          << (r.recipient.isEmpty() ? u"(not named)"_qs : util::escapeControls(r.recipient, 300)) << '\n';
        // Sisimai's name (what scripts match) and what it means ("blocked: Sender blocked").
        s << "  Reason: " << r.reason << ": " << bounce::reasonLabel(r.reason)
          << (r.hardBounce ? " (hard bounce)" : " (soft)") << '\n';
        if (r.replyCode || !r.status.isEmpty())
            s << "  Reply: " << (r.replyCode ? QString::number(r.replyCode) : u"-"_qs)
              << "  Status: " << (r.status.isEmpty() ? u"-"_qs : r.status) << '\n';
        if (!r.action.isEmpty())
            s << "  Action: " << util::escapeControls(r.action, 100) << '\n';
        if (!r.command.isEmpty())
            s << "  Failed at: " << r.command << '\n';
        if (!r.remoteMta.isEmpty() || !r.remoteIp.isEmpty())
            s << "  Remote MTA: " << util::escapeControls(r.remoteMta, 300)
              << (r.remoteIp.isEmpty() ? "" : " [") << util::escapeControls(r.remoteIp, 100)
              << (r.remoteIp.isEmpty() ? "" : "]") << '\n';
        if (!r.reportingMta.isEmpty())
            s << "  Reporting MTA: " << util::escapeControls(r.reportingMta, 300) << '\n';
        if (!r.senderIp.isEmpty())
            s << "  Sending IP named: " << util::escapeControls(r.senderIp, 100) << '\n';
        if (!r.blocklists.isEmpty())
            s << "  Blocklists: " << util::escapeControls(r.blocklists.join(u", "_qs), 500) << '\n';
        if (!r.provider.isEmpty()) {
            s << "  Provider: " << r.provider;
            if (!r.providerCode.isEmpty())
                s << "  code " << util::escapeControls(r.providerCode, 100) << ": " << r.providerCodeMeaning;
            s << '\n';
        }
        if (!r.feedbackType.isEmpty())
            s << "  Feedback type: " << util::escapeControls(r.feedbackType, 100) << '\n';
        if (!r.diagnostic.isEmpty())
            s << "  Diagnostic: " << util::escapeControls(r.diagnostic, 600) << '\n';
    }
    if (a.recipients.isEmpty() && a.error.isEmpty())
        s << "No bounce, reply or log line recognised.\n";
    s.flush();
}

int runOnDirectory(const QString& path, const GlobalOptions& globals) {
    QDir dir(path);
    const QStringList names = dir.entryList(QDir::Files | QDir::Readable, QDir::Name);
    int code = BounceAnalysed;
    QJsonArray results;
    int count = 0;
    for (const QString& name : names) {
        if (++count > kMaxDirectoryFiles) {
            err() << "rebound-cli: only the first " << kMaxDirectoryFiles << " files were read" << Qt::endl;
            break;
        }
        const QString filePath = dir.filePath(name);
        const LoadedInput input = loadPath(filePath);
        if (!input.error.isEmpty()) {
            err() << "rebound-cli: " << input.error << Qt::endl;
            code = qMax(code, int(ExitNoInput));
            continue;
        }
        const bounce::BounceAnalysis a = analyse(input);
        code = qMax(code, exitCodeFor(a));
        if (globals.json || globals.jsonLines) {
            QJsonObject object = bounce::toJson(a);
            object.insert(u"file"_qs, name);
            if (globals.jsonLines)
                printJson(object, true);
            else
                results.append(object);
        } else {
            printText(a, name);
            out() << '\n';
        }
    }
    if (globals.json && !globals.jsonLines) {
        printJson(QJsonObject{{u"schema"_qs, u"rebound.bounce.batch"_qs},
                              {u"version"_qs, bounce::kBounceJsonVersion},
                              {u"directory"_qs, path},
                              {u"results"_qs, results}});
    }
    out().flush();
    return code;
}

} // namespace

int runBounceCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Analyse a bounce, an SMTP reply or MTA log lines offline: recipient, codes, reason, sending IP, "
        "blocklists, provider and the evidence for each."_qs);
    GlobalOptions::addTo(parser);
    parser.addPositionalArgument(u"bounce"_qs, u"The command."_qs);
    parser.addPositionalArgument(
        u"FILE|DIR|-"_qs,
        u"A bounce (.eml, .mbox, pasted text) file, a directory of them, or - for standard input."_qs);
    if (!parser.parse(arguments))
        return fail(ExitUsage, parser.errorText());
    if (parser.isSet(u"help"_qs)) {
        out() << parser.helpText();
        return ExitOk;
    }
    GlobalOptions globals;
    QString error;
    if (!globals.readFrom(parser, &error))
        return fail(ExitUsage, error);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return fail(ExitUsage, u"usage: rebound-cli bounce FILE|DIR|- [--json]"_qs);

    const QString path = positional.at(1);
    if (path != u"-") {
        const QFileInfo info(path);
        if (!info.exists())
            return fail(ExitNoInput, u"no such file or directory: %1"_qs.arg(path));
        if (info.isDir())
            return runOnDirectory(path, globals);
    }
    const LoadedInput input = loadPath(path);
    if (!input.error.isEmpty())
        return fail(ExitNoInput, input.error);
    const bounce::BounceAnalysis a = analyse(input);
    if (globals.json || globals.jsonLines) {
        QJsonObject object = bounce::toJson(a);
        if (path != u"-")
            object.insert(u"file"_qs, path);
        printJson(object, globals.jsonLines);
    } else {
        printText(a, {});
    }
    if (!a.error.isEmpty())
        err() << "rebound-cli: " << a.error << Qt::endl;
    return exitCodeFor(a);
}

} // namespace rebound::cli
