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

} // namespace rebound::cli
