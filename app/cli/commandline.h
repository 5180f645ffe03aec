#pragma once

#include "app/cli/globaloptions.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace rebound::cli {

// The start every command shares: parse its arguments, answer --help, read the global options and
// check how many positional arguments there are (the command's own name counts as the first; -1: any).
// Returns the exit code to stop with (0 after --help, 64 with the error said), or nothing to go on
// with *globals and *positional filled.
std::optional<int> parseCommand(QCommandLineParser& parser, const QStringList& arguments,
                                GlobalOptions* globals, QStringList* positional, qsizetype minPositional = -1,
                                qsizetype maxPositional = -1, const QString& usage = {});

// An integer option within [min, max]: *value is left as it is when the option is not given; a value that
// is not a number or out of range is false with *error "--NAME takes UNIT from MIN to MAX".
bool readIntOption(const QCommandLineParser& parser, const QString& name, int min, int max,
                   const QString& unit, int* value, QString* error);

} // namespace rebound::cli
