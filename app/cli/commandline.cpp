#include "app/cli/commandline.h"

#include "app/cli/cli.h"
#include "app/cli/output.h"

using namespace Qt::StringLiterals;

namespace rebound::cli {

std::optional<int> parseCommand(QCommandLineParser& parser, const QStringList& arguments,
                                GlobalOptions* globals, QStringList* positional, qsizetype minPositional,
                                qsizetype maxPositional, const QString& usage) {
    if (!parser.parse(arguments))
        return fail(ExitUsage, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    QString error;
    if (!globals->readFrom(parser, &error))
        return fail(ExitUsage, error);
    *positional = parser.positionalArguments();
    if ((minPositional >= 0 && positional->size() < minPositional)
        || (maxPositional >= 0 && positional->size() > maxPositional))
        return fail(ExitUsage, usage);
    return std::nullopt;
}

bool readIntOption(const QCommandLineParser& parser, const QString& name, int min, int max,
                   const QString& unit, int* value, QString* error) {
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int read = parser.value(name).toInt(&ok);
    if (!ok || read < min || read > max) {
        *error = u"--%1 takes %2 from %3 to %4"_s.arg(name, unit).arg(min).arg(max);
        return false;
    }
    *value = read;
    return true;
}

} // namespace rebound::cli
