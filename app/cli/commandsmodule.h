// The contract between rebound-cli and its commands module (rebound-cli-commands, app/CMakeLists.txt):
// the module exports one C function that does what main() does, for every command, and one that names its
// version. rebound-cli finds the module from its own path (moduleloader.h) and calls it, before any
// application object exists, with its argc and argv; the function returns the exit status.
#pragma once

namespace rebound::cli {

inline constexpr char kCommandsModuleEntry[] = "rebound_cli_commands_main";
using CommandsModuleEntry = int (*)(int argc, char* argv[]);

// The version the module was built as (REBOUND_VERSION). rebound-cli calls the entry only of a module of
// its own version: another version's (a half-upgraded install, a stale build) may not share its
// command-line contract.
inline constexpr char kCommandsModuleVersion[] = "rebound_cli_commands_version";
using CommandsModuleVersion = const char* (*)();

} // namespace rebound::cli
