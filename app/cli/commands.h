#pragma once

#include <QStringList>

namespace rebound::cli {

// Each command receives the full argument list (program name first, command name among the
// positionals) so that global options may stand before or after it. Add new commands here, in the
// table of commandtable.h and among the runners of main.cpp (bounce: Qt Core only) or modulemain.cpp
// (the commands module: all of them).
int runDnsCommand(const QStringList& arguments);
int runBounceCommand(const QStringList& arguments);
int runIpCommand(const QStringList& arguments);
int runSmtpCommand(const QStringList& arguments);
int runDiagnoseCommand(const QStringList& arguments);
int runDomainCommand(const QStringList& arguments);
int runMessageCommand(const QStringList& arguments);
int runReportsCommand(const QStringList& arguments);
int runAddressCommand(const QStringList& arguments);
int runSndsCommand(const QStringList& arguments);
int runPostmasterCommand(const QStringList& arguments);
int runWatchCommand(const QStringList& arguments);

} // namespace rebound::cli
