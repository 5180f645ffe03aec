// rebound-cli's shipped documentation matches the program: the bash completion offers exactly the
// commands and options that `rebound-cli [COMMAND] --help` prints (run as real completions in
// bash with bash-completion), and the man page describes each of them in the right section
// together with every exit code.
#include "lab/clirun.h"
#include "toolrun.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::packaging;

namespace {

const QString kPackagingDir = QStringLiteral(REBOUND_SOURCE_DIR "/packaging");
const QString kCompletion = kPackagingDir + u"/completion/rebound-cli"_s;
const QString kManPage = kPackagingDir + u"/man/rebound-cli.1"_s;
const QString kBashCompletion = u"/usr/share/bash-completion/bash_completion"_s;

QString readText(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

using Names = QSet<QString>;

QString describe(const Names& names) {
    QStringList sorted(names.begin(), names.end());
    sorted.sort();
    return sorted.join(u' ');
}

// The long options a --help text lists ("  -h, --help", "  --dns <HOST>"), without the leading
// dashes. --help-all is QCommandLineParser's own (Qt's options) and left out.
Names helpOptions(const QString& help) {
    static const QRegularExpression option(u"^ +(?:-\\w, )?--([a-z][a-z-]*)"_s,
                                           QRegularExpression::MultilineOption);
    Names names;
    for (const auto& match : option.globalMatch(help))
        names.insert(match.captured(1));
    names.remove(u"help-all"_s);
    return names;
}

QString cliHelp(const QStringList& args) {
    const auto run = rebound::lab::runCli(args);
    if (run.exitCode != 0)
        qFatal("rebound-cli %s --help failed", qPrintable(args.join(u' ')));
    return QString::fromUtf8(run.out);
}

// The command names of `rebound-cli --help`: the indented words of the "Commands:" block.
Names cliCommands() {
    const QString help = cliHelp({u"--help"_s});
    const QString block = help.section(u"Commands:\n"_s, 1).section(u"\n\n"_s, 0, 0);
    static const QRegularExpression command(u"^  ([a-z]+) "_s, QRegularExpression::MultilineOption);
    Names names;
    for (const auto& match : command.globalMatch(block))
        names.insert(match.captured(1));
    return names;
}

const Names kGlobalOptions{u"dns"_s,       u"timeout"_s,      u"json"_s, u"json-lines"_s,
                           u"smtp-port"_s, u"trust-anchor"_s, u"help"_s};

// What bash completes for the command line `words` (the last word is being completed).
Names complete(const QStringList& words) {
    static const QString driver = uR"(source "$1"; source "$2"; shift 2
COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
_rebound_cli rebound-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
printf '%s\n' "${COMPREPLY[@]}")"_s;
    const ToolRun run =
        runTool(u"bash"_s,
                QStringList{u"--norc"_s, u"-c"_s, driver, u"bash"_s, kBashCompletion, kCompletion} + words);
    if (!run.started || run.exitCode != 0)
        qFatal("bash completion failed: %s", run.err.constData());
    Names names;
    for (const QByteArray& line : run.out.split('\n')) {
        if (!line.isEmpty())
            names.insert(QString::fromUtf8(line));
    }
    return names;
}

Names withDashes(const Names& options) {
    Names names;
    for (const QString& option : options)
        names.insert(u"--"_s + option);
    return names;
}

// The man page text from the line starting with `start` to the next section or subsection.
QString manSection(const QString& start) {
    const QString page = readText(kManPage);
    const qsizetype from = page.indexOf(u'\n' + start);
    if (from < 0)
        return {};
    static const QRegularExpression next(u"\\n\\.S[HS] "_s);
    const qsizetype to = page.indexOf(next, from + 1);
    return page.mid(from, to < 0 ? -1 : to - from);
}

// The options a man page section names (written "\-\-name" in roff).
Names manOptions(const QString& section) {
    static const QRegularExpression option(u"\\\\-\\\\-([a-z](?:[a-z]|\\\\-)*)"_s);
    Names names;
    for (const auto& match : option.globalMatch(section))
        names.insert(match.captured(1).replace(u"\\-"_s, u"-"_s));
    return names;
}

} // namespace

class TestCliDocs final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(QFile::exists(kBashCompletion), "bash-completion is not installed (scripts/deps.sh)");
        QVERIFY(cliCommands().size() >= 6);
    }

    void completesCommands() {
        const Names expected = cliCommands();
        QCOMPARE(describe(complete({u"rebound-cli"_s, QString()})), describe(expected));
        QCOMPARE(describe(complete({u"rebound-cli"_s, u"--json"_s, u"--dns"_s, u"127.0.0.1"_s, u"d"_s})),
                 describe(Names{u"diagnose"_s, u"dns"_s, u"domain"_s}));
    }

    void completesGlobalOptions() {
        const Names expected = withDashes(helpOptions(cliHelp({u"--help"_s})));
        QCOMPARE(describe(complete({u"rebound-cli"_s, u"--"_s})), describe(expected));
    }

    void commandOptions_data() {
        QTest::addColumn<QString>("command");
        for (const QString& command : cliCommands())
            QTest::newRow(qPrintable(command)) << command;
    }

    // After the command, completion offers exactly the options the command accepts.
    void commandOptions() {
        QFETCH(QString, command);
        const Names accepted = helpOptions(cliHelp({command, u"--help"_s}));
        QVERIFY(accepted.contains(kGlobalOptions));
        QCOMPARE(describe(complete({u"rebound-cli"_s, command, u"--"_s})), describe(withDashes(accepted)));
        // Options given before the command do not hide it.
        QCOMPARE(describe(complete({u"rebound-cli"_s, u"--timeout"_s, u"900"_s, command, u"--"_s})),
                 describe(withDashes(accepted)));
    }

    // The man page's subsection for the command describes exactly its own options.
    void manPageCommand() {
        QFETCH(QString, command);
        const QString section = manSection(u".SS \""_s + command + u' ');
        QVERIFY2(!section.isEmpty(), qPrintable(u"no .SS for "_s + command));
        const Names own = helpOptions(cliHelp({command, u"--help"_s})) - kGlobalOptions;
        // Global options may be mentioned in the text; any other option must be the command's own.
        QCOMPARE(describe(manOptions(section) - kGlobalOptions), describe(own));
        QVERIFY2(section.contains(u"Exit status"_s), qPrintable(command + u": exit status not described"_s));
    }
    void manPageCommand_data() { commandOptions_data(); }

    void manPageGlobalOptions() {
        QCOMPARE(describe(manOptions(manSection(u".SH GLOBAL OPTIONS"_s))),
                 describe(helpOptions(cliHelp({u"--help"_s}))));
    }

    void manPageExitCodes_data() {
        QTest::addColumn<int>("code");
        // The codes of app/cli/cli.h and the Nagios verdicts 1, 2 and 3 (docs/CLI.md).
        static const QRegularExpression enumValue(u"^ *Exit\\w+ = (\\d+),"_s,
                                                  QRegularExpression::MultilineOption);
        QList<int> codes{1, 2, 3};
        for (const auto& match :
             enumValue.globalMatch(readText(QStringLiteral(REBOUND_SOURCE_DIR "/app/cli/cli.h"))))
            codes << match.captured(1).toInt();
        QVERIFY(codes.size() >= 7);
        for (int code : codes)
            QTest::addRow("%d", code) << code;
    }
    void manPageExitCodes() {
        QFETCH(int, code);
        QVERIFY(manSection(u".SH EXIT STATUS"_s).contains(u"\n.B "_s + QString::number(code) + u'\n'));
    }

    // A value option's argument is not completed as a command or an option.
    void completesValues_data() {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("expected");
        QTest::newRow("record type") << QStringList{u"rebound-cli"_s, u"dns"_s, u"example.com"_s, u"m"_s}
                                     << u"MX"_s;
        QTest::newRow("list ids from the catalog")
            << QStringList{QStringLiteral(REBOUND_CLI_PATH), u"ip"_s, u"--lists"_s, u"spamhaus-ze"_s}
            << u"spamhaus-zen"_s;
        QTest::newRow("second list id") << QStringList{QStringLiteral(REBOUND_CLI_PATH), u"ip"_s,
                                                       u"--disable"_s, u"spamhaus-zen,spamhaus-ze"_s}
                                        << u"spamhaus-zen,spamhaus-zen"_s;
        QTest::newRow("timeout value")
            << QStringList{u"rebound-cli"_s, u"--timeout"_s, QString()} << QString();
        QTest::newRow("ehlo value") << QStringList{u"rebound-cli"_s, u"smtp"_s, u"--ehlo"_s, QString()}
                                    << QString();
    }
    void completesValues() {
        QFETCH(QStringList, words);
        QFETCH(QString, expected);
        const Names completions = complete(words);
        if (expected.isEmpty())
            QVERIFY2(completions.isEmpty(), qPrintable(describe(completions)));
        else
            QCOMPARE(describe(completions), expected);
    }
};

QTEST_GUILESS_MAIN(TestCliDocs)
#include "test_clidocs.moc"
