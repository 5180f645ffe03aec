// Every rebound-cli command with its one-line summary, in the order --help lists them, and the runners
// that a program holds for them. The table is known to rebound-cli itself, which runs only some commands
// (main.cpp), and to the commands module, which runs them all (modulemain.cpp); both check their runners
// against it at compile time. A new command goes here, in commands.h and in one of the two runner lists.
#pragma once

#include <QLatin1StringView>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <array>
#include <span>
#include <string_view>

namespace rebound::cli {

struct CommandInfo {
    std::string_view name;
    std::string_view summary;
};

inline constexpr std::array kCommands{
    CommandInfo{"diagnose", "Run every check an input calls for and print the guided diagnosis."},
    CommandInfo{"bounce",
                "Analyse a bounce, SMTP reply or log lines offline: codes, reason, sending IP, blocklists."},
    CommandInfo{"dns", "Query one DNS name and type: records, outcome, flags, server and time."},
    CommandInfo{"ip", "Check IP addresses (one, a CIDR or a file): reverse DNS, FCrDNS and every blocklist."},
    CommandInfo{
        "domain",
        "Check a domain's MX, SPF (with --ip: the result), DMARC, DKIM keys, MTA-STS, TLS-RPT, BIMI."},
    CommandInfo{"message",
                "Analyse a delivered message: route, DKIM/ARC verification, Authentication-Results, "
                "SPF, DMARC, bulk-sender rules."},
    CommandInfo{"reports",
                "Read DMARC aggregate and TLS reports (files, folders, zip, gzip, mail): who sends as "
                "you, what fails."},
    CommandInfo{"address", "Check an email address (syntax, disposable domain); with --probe, ask its mail "
                           "server at RCPT. Sends no mail."},
    CommandInfo{"snds",
                "Fetch Microsoft SNDS data for your IPs (filter colour, complaints, trap hits, blocks) "
                "with your Automated Data Access key."},
    CommandInfo{"postmaster",
                "Read Google Postmaster Tools for your domains (spam rate, authentication and TLS "
                "rates, compliance) with your own OAuth client."},
    CommandInfo{"smtp", "Probe an SMTP server: banner, EHLO, STARTTLS, certificate and TLS. Sends no mail."},
    CommandInfo{"watch", "One pass of a watch over IPs, ranges and domains: print what changed since the "
                         "previous pass (state in SQLite), Prometheus textfile."},
};

// A command's runner: it receives the full argument list (commands.h).
struct CommandRunner {
    std::string_view name;
    int (*run)(const QStringList& arguments);
};

constexpr bool isCommand(std::string_view name) {
    return std::ranges::any_of(kCommands, [&](const CommandInfo& command) { return command.name == name; });
}

// Runners for commands of the table only, each once. (Whether a runner is null is no constant
// expression where functions may be interposed, as in the sanitizer build's -fPIC module.)
constexpr bool runnersAreCommands(std::span<const CommandRunner> runners) {
    for (auto it = runners.begin(); it != runners.end(); ++it) {
        if (!isCommand(it->name)
            || std::any_of(runners.begin(), it, [&](const CommandRunner& r) { return r.name == it->name; }))
            return false;
    }
    return true;
}

// Those, and one for every command of the table.
constexpr bool runnersCoverEveryCommand(std::span<const CommandRunner> runners) {
    return runnersAreCommands(runners) && runners.size() == kCommands.size();
}

// The same for a name read from the command line, and the runner for it among runners (null when none).
inline bool isCommand(QStringView name) {
    return std::ranges::any_of(kCommands, [&](const CommandInfo& command) {
        return name == QLatin1StringView(command.name.data(), qsizetype(command.name.size()));
    });
}
inline const CommandRunner* findRunner(std::span<const CommandRunner> runners, QStringView name) {
    const auto found = std::ranges::find_if(runners, [&](const CommandRunner& runner) {
        return name == QLatin1StringView(runner.name.data(), qsizetype(runner.name.size()));
    });
    return found == runners.end() ? nullptr : &*found;
}

} // namespace rebound::cli
