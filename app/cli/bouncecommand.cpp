// rebound-cli bounce FILE|DIR|-: analyses bounces, replies and log lines offline and prints, for each
// failed recipient, the codes, the reason, the sending IP and blocklists named, and the evidence.
#include "app/cli/cli.h"
#include "app/cli/commandline.h"
#include "app/cli/commands.h"
#include "app/cli/globaloptions.h"
#include "app/cli/inputfile.h"
#include "app/cli/jsonstream.h"
#include "app/cli/orderedworkers.h"
#include "app/cli/output.h"
#include "core/bounce/bounceanalyzer.h"
#include "core/bounce/bouncejson.h"
#include "core/bounce/bounceknowledge.h"
#include "core/bounce/inputbytes.h"
#include "core/util/jsonutil.h"
#include "core/util/jsonwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

#include <thread>

using namespace Qt::StringLiterals;

namespace rebound::cli {
namespace {

// Exit codes of this command (docs/CLI.md).
enum BounceExit : int {
    BounceAnalysed = 0,     // every input held a bounce, reply, log line, report or auto-reply
    BounceUnrecognised = 1, // an input was empty or held nothing recognisable
    BounceRefused = 2,      // an input was refused: too large or binary
};

constexpr int kMaxDirectoryFiles = 100000;

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

enum class Format { Text, Json, JsonLines };

Format formatOf(const GlobalOptions& globals) {
    if (globals.jsonLines)
        return Format::JsonLines;
    return globals.json ? Format::Json : Format::Text;
}

// Both cores (or more) for directories and mboxes; a few jobs queued per thread keep them busy while
// the calling thread prints, and bound what is held at once. A job is a batch of files or messages
// (one wake-up of a thread per batch, not per item): at most kBatchItems, and an mbox's batch closes
// once it holds kBatchBytes.
int workerThreads() {
    return int(qBound(1u, std::thread::hardware_concurrency(), 8u));
}
int jobWindow() {
    return 3 * workerThreads();
}
constexpr size_t kBatchItems = 8;
constexpr qsizetype kBatchBytes = 256 * 1024;

// stdout gathered into pieces of about 64 KiB: one write for many files or messages. Flushed before
// anything goes to stderr, so that the two stay in order on a terminal.
class OutputBuffer final {
public:
    void add(QByteArrayView bytes) {
        m_pending += bytes;
        if (m_pending.size() >= kPiece)
            flush();
    }
    void flush() {
        if (!m_pending.isEmpty())
            writeBytes(m_pending);
        m_pending.resize(0);
    }

private:
    static constexpr qsizetype kPiece = 64 * 1024;
    QByteArray m_pending;
};

bounce::BounceAnalysis tooLarge() {
    bounce::BounceAnalysis refused;
    refused.kind = bounce::InputKind::TooLarge;
    refused.error = u"The input is larger than %1 MB; paste only the bounce message."_s.arg(
        bounce::kMaxInputBytes / (1024 * 1024));
    return refused;
}

void printRecipientText(QTextStream& s, const bounce::BounceRecipient& r);

void printOriginal(QTextStream& s, const bounce::OriginalHeaders& o) {
    if (!o.present)
        return;
    s << "Original message: From " << util::escapeControls(o.from, 200) << ", To "
      << util::escapeControls(o.to, 200) << ", Subject " << util::escapeControls(o.subject, 200);
    if (!o.dkimDomain.isEmpty())
        s << ", DKIM d=" << util::escapeControls(o.dkimDomain, 200)
          << " s=" << util::escapeControls(o.dkimSelector, 200);
    s << '\n';
}

// The text form of an analysis.
QByteArray textFor(const bounce::BounceAnalysis& a, const QString& file) {
    QByteArray bytes;
    QTextStream s(&bytes);
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
    printOriginal(s, a.original);
    for (const bounce::BounceRecipient& r : a.recipients)
        printRecipientText(s, r);
    if (a.recipients.isEmpty() && a.error.isEmpty())
        s << "No bounce, reply or log line recognised.\n";
    s.flush();
    return bytes;
}

void printRecipientText(QTextStream& s, const bounce::BounceRecipient& r) {
    s << "\nRecipient: "
      << (r.recipient.isEmpty() ? u"(not named)"_s : util::escapeControls(r.recipient, 300)) << '\n';
    // Sisimai's name (what scripts match) and what it means ("blocked: Sender blocked").
    s << "  Reason: " << r.reason << ": " << bounce::reasonLabel(r.reason)
      << (r.hardBounce ? " (hard bounce)" : " (soft)") << '\n';
    if (r.replyCode || !r.status.isEmpty())
        s << "  Reply: " << (r.replyCode ? QString::number(r.replyCode) : u"-"_s)
          << "  Status: " << (r.status.isEmpty() ? u"-"_s : r.status) << '\n';
    if (!r.action.isEmpty())
        s << "  Action: " << util::escapeControls(r.action, 100) << '\n';
    if (!r.command.isEmpty())
        s << "  Failed at: " << r.command << '\n';
    if (!r.remoteMta.isEmpty() || !r.remoteIp.isEmpty())
        s << "  Remote MTA: " << util::escapeControls(r.remoteMta, 300) << (r.remoteIp.isEmpty() ? "" : " [")
          << util::escapeControls(r.remoteIp, 100) << (r.remoteIp.isEmpty() ? "" : "]") << '\n';
    if (!r.reportingMta.isEmpty())
        s << "  Reporting MTA: " << util::escapeControls(r.reportingMta, 300) << '\n';
    if (!r.senderIp.isEmpty())
        s << "  Sending IP named: " << util::escapeControls(r.senderIp, 100) << '\n';
    if (!r.blocklists.isEmpty())
        s << "  Blocklists: " << util::escapeControls(r.blocklists.join(u", "_s), 500) << '\n';
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

// A whole analysis as a JSON document: one line in compact form, QJsonDocument's layout otherwise.
QByteArray documentFor(const bounce::BounceAnalysis& a, const QString& file, bool compact) {
    QByteArray bytes = bounce::toJsonBytes(a, compact, file);
    if (compact)
        bytes += '\n';
    return bytes;
}

// ---- one file of a directory: read, analysed and formatted on a worker ----

struct FileResult {
    QByteArray output;
    QString error;        // could not be read
    bool skipped = false; // not readable: a directory's unreadable files are not its bounces
    int code = BounceAnalysed;
};

FileResult analyseFile(const QString& dirPath, const QString& name, Format format) {
    FileResult result;
    // Unbuffered: the file is read in one read(2) of its size into the analysed bytes.
    QFile file(QDir(dirPath).filePath(name));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        result.skipped = !QFileInfo(file.fileName()).isReadable();
        result.error = u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString());
        result.code = ExitNoInput;
        return result;
    }
    QByteArray bytes;
    const bool complete = readRegularFile(file, bounce::kMaxInputBytes, &bytes);
    const bounce::BounceAnalysis a = complete ? bounce::analyzeBounce(bytes) : tooLarge();
    result.code = exitCodeFor(a);
    if (format == Format::Text) {
        result.output = textFor(a, name) + '\n';
        return result;
    }
    result.output = format == Format::JsonLines
                        ? documentFor(a, name, true)
                        : JsonArrayStream(QString(), false).item([&](util::JsonWriter& json) {
                              bounce::writeJson(json, a, name); // placed in "results"
                          });
    return result;
}

int runOnDirectory(const QString& path, Format format) {
    // The knowledge loads while the directory is listed (the workers wait for it otherwise).
    std::thread preload([] { bounce::BounceKnowledge::instance(); });
    QDir dir(path);
    // Every file; one that cannot be read is skipped when it is opened (asking each one's access
    // while listing cost a system call per file).
    QStringList names = dir.entryList(QDir::Files, QDir::Name);
    if (names.size() > kMaxDirectoryFiles) {
        err() << "rebound-cli: only the first " << kMaxDirectoryFiles << " files were read" << Qt::endl;
        names.resize(kMaxDirectoryFiles);
    }
    int code = BounceAnalysed;
    OutputBuffer output;
    JsonArrayStream results(u"results"_s, false);
    if (format == Format::Json)
        output.add(results.begin(QJsonObject{{u"directory"_s, path}}));
    qsizetype nextName = 0;
    bool first = true;
    runOrderedBatches<QString, FileResult>(
        workerThreads(), jobWindow(), kBatchItems,
        [&]() -> std::optional<QString> {
            if (nextName >= names.size())
                return std::nullopt;
            return names.at(nextName++);
        },
        [&](QString& name) { return analyseFile(path, name, format); },
        [&](FileResult& result) {
            if (result.skipped)
                return;
            code = qMax(code, result.code);
            if (!result.error.isEmpty()) {
                output.flush();
                err() << "rebound-cli: " << result.error << Qt::endl;
                return;
            }
            if (format == Format::Json && !first)
                output.add(","); // the item was made as the first of its array
            first = false;
            output.add(result.output);
        });
    if (format == Format::Json)
        output.add(results.end(QJsonObject{{u"schema"_s, u"rebound.bounce.batch"_s},
                                           {u"version"_s, bounce::kBounceJsonVersion}}));
    output.flush();
    flushBytes();
    preload.join();
    return code;
}

// ---- one input (a file or standard input): a single message, or an mbox message by message ----

// What an mbox's object holds besides its recipients, gathered while they are printed.
struct MboxSummary {
    int messages = 0;
    int recipients = 0;
    bounce::OriginalHeaders original;
    QStringList warnings;
    qsizetype textSize = 0; // of the mbox's text so far: the base of the next message's offsets
};

QJsonObject headOf(const bounce::BounceAnalysis& first, const QString& file) {
    QJsonObject head = bounce::toJson(first);
    for (const QString& key :
         {u"recipients"_s, u"message_count"_s, u"original"_s, u"warnings"_s, u"schema"_s, u"version"_s})
        head.remove(key);
    head.insert(u"kind"_s, bounce::inputKindName(bounce::InputKind::Mbox));
    if (!file.isEmpty())
        head.insert(u"file"_s, file);
    return head;
}

QJsonObject tailOf(const MboxSummary& summary) {
    bounce::BounceAnalysis whole;
    whole.kind = bounce::InputKind::Mbox;
    whole.messageCount = summary.messages;
    whole.original = summary.original;
    whole.warnings = summary.warnings;
    QJsonObject tail = bounce::toJson(whole);
    for (const QString& key :
         {u"recipients"_s, u"kind"_s, u"error"_s, u"bounce_from"_s, u"bounce_subject"_s, u"bounce_to"_s})
        tail.remove(key);
    return tail;
}

// Prints an mbox's messages as they are analysed, in order, on the worker threads: memory holds the
// messages in flight, not the mbox. The JSON object is the one analyzeBounce() gives for the whole
// mbox, except that message_count, original and warnings follow recipients (docs/bounce-json-schema.md).
int streamMbox(bounce::MboxReader& reader, QByteArray first, bool firstCut, QByteArray second, bool secondCut,
               const QString& file, Format format) {
    MboxSummary summary;
    const auto noteCut = [&](int index) {
        summary.warnings.append(
            u"message %1: cut at %2 MB"_s.arg(index + 1).arg(bounce::kMaxInputBytes / (1024 * 1024)));
    };
    if (firstCut)
        noteCut(0);
    if (secondCut)
        noteCut(1);
    JsonArrayStream recipients(u"recipients"_s, format == Format::JsonLines);
    QList<QByteArray> pending{std::move(first), std::move(second)};
    bool moreMessages = false;
    int issued = 0;
    OutputBuffer output;
    runOrderedBatches<QByteArray, bounce::BounceAnalysis>(
        workerThreads(), jobWindow(), kBatchItems,
        [&]() -> std::optional<QByteArray> {
            if (issued >= bounce::kMaxMessages) {
                QByteArray ignored;
                bool cut = false;
                moreMessages = moreMessages || reader.next(&ignored, bounce::kMaxInputBytes, &cut);
                return std::nullopt;
            }
            QByteArray message;
            if (!pending.isEmpty()) {
                message = pending.takeFirst();
            } else {
                bool cut = false;
                if (!reader.next(&message, bounce::kMaxInputBytes, &cut))
                    return std::nullopt;
                if (cut)
                    noteCut(issued);
            }
            ++issued;
            return message;
        },
        [](QByteArray& message) {
            bounce::BounceAnalysis a = bounce::analyzeMessage(message);
            message.clear(); // the text is all that is kept
            return a;
        },
        [&](bounce::BounceAnalysis& a) {
            const int index = summary.messages++;
            bounce::placeInMbox(a, index, summary.textSize);
            if (index == 0) {
                if (format == Format::Text)
                    output.add("Input: mbox\n");
                else
                    output.add(recipients.begin(headOf(a, file)));
            }
            if (!summary.original.present && a.original.present)
                summary.original = a.original;
            summary.warnings += a.warnings;
            QByteArray out;
            QTextStream text(&out);
            for (const bounce::BounceRecipient& r : std::as_const(a.recipients)) {
                if (summary.recipients >= bounce::kMaxRecipients) {
                    summary.warnings.append(bounce::recipientCapWarning());
                    break;
                }
                ++summary.recipients;
                if (format == Format::Text)
                    printRecipientText(text, r);
                else
                    out += recipients.item([&](util::JsonWriter& json) {
                        bounce::writeJson(json, r, a.text, summary.textSize);
                    });
            }
            text.flush();
            output.add(out);
            summary.textSize += a.text.size() + 1;
        },
        [](const std::vector<QByteArray>& batch) {
            qsizetype bytes = 0;
            for (const QByteArray& message : batch)
                bytes += message.size();
            return bytes >= kBatchBytes;
        });
    summary.warnings.removeDuplicates();
    if (moreMessages)
        summary.warnings.append(bounce::mboxCapWarning());
    if (format == Format::Text) {
        QByteArray out;
        QTextStream s(&out);
        if (summary.recipients == 0)
            s << "No bounce, reply or log line recognised.\n";
        s << "\nMessages: " << summary.messages << '\n';
        for (const QString& w : std::as_const(summary.warnings))
            s << "Warning: " << util::escapeControls(w) << '\n';
        printOriginal(s, summary.original);
        s.flush();
        output.add(out);
    } else {
        output.add(recipients.end(tailOf(summary)));
    }
    output.flush();
    flushBytes();
    return BounceAnalysed;
}

int runOnInput(QIODevice& device, const QString& file, Format format) {
    bounce::MboxReader reader(device);
    const bounce::BounceAnalysis refused = bounce::refusal(0);
    bounce::BounceAnalysis a;
    QByteArray first;
    QByteArray second;
    bool cut = false;
    if (!refused.error.isEmpty()) {
        a = refused;
    } else if (bounce::looksBinary(reader.head())) {
        a = bounce::refuseBinary(reader.head());
    } else if (!reader.next(&first, bounce::kMaxInputBytes, &cut)) {
        a = bounce::analyzeMessage({}); // empty
    } else if (bool secondCut = false;
               reader.isMbox() && reader.next(&second, bounce::kMaxInputBytes, &secondCut)) {
        return streamMbox(reader, std::move(first), cut, std::move(second), secondCut, file, format);
    } else if (cut) {
        a = tooLarge();
    } else {
        a = bounce::analyzeMessage(first);
    }
    if (format == Format::Text) {
        writeBytes(textFor(a, {}));
    } else {
        writeBytes(documentFor(a, file, format == Format::JsonLines));
    }
    flushBytes();
    if (!a.error.isEmpty())
        err() << "rebound-cli: " << a.error << Qt::endl;
    return exitCodeFor(a);
}

} // namespace

int runBounceCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Analyse a bounce, an SMTP reply or MTA log lines offline: recipient, codes, reason, sending IP, "
        "blocklists, provider and the evidence for each."_s);
    GlobalOptions::addTo(parser);
    parser.addPositionalArgument(u"bounce"_s, u"The command."_s);
    parser.addPositionalArgument(
        u"FILE|DIR|-"_s,
        u"A bounce (.eml, .mbox, pasted text) file, a directory of them, or - for standard input."_s);
    GlobalOptions globals;
    QStringList positional;
    if (const auto exit = parseCommand(parser, arguments, &globals, &positional, 2, 2,
                                       u"usage: rebound-cli bounce FILE|DIR|- [--json]"_s))
        return *exit;
    QString error;

    const QString path = positional.at(1);
    const Format format = formatOf(globals);
    QFile file;
    if (path == u"-") {
        if (!openStandardInput(file))
            return fail(ExitNoInput, u"cannot read standard input"_s);
        return runOnInput(file, {}, format);
    }
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ExitNoInput, u"no such file or directory: %1"_s.arg(path));
    if (info.isDir())
        return runOnDirectory(path, format);
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ExitNoInput, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    return runOnInput(file, path, format);
}

} // namespace rebound::cli
