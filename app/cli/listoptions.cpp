#include "app/cli/listoptions.h"

#include "app/cli/cli.h"
#include "app/cli/commandline.h"
#include "app/cli/output.h"
#include "core/iphealth/iphealthbatch.h"

using namespace Qt::StringLiterals;

namespace rebound::cli {

namespace {

QStringList splitIds(const QString& text) {
    QStringList ids;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts))
        ids << part.trimmed();
    return ids;
}

} // namespace

void addListOptions(QCommandLineParser& parser) {
    parser.addOption({u"dqs-key"_s, u"Spamhaus DQS key: Spamhaus lists are asked through DQS."_s, u"KEY"_s});
    parser.addOption({u"abusix-key"_s, u"Abusix Mail Intelligence key."_s, u"KEY"_s});
    parser.addOption(
        {u"lists"_s, u"Only these list ids (comma-separated; rebound-cli ip lists them)."_s, u"IDS"_s});
    parser.addOption({u"disable"_s, u"Leave these list ids out."_s, u"IDS"_s});
    parser.addOption({u"no-rdns"_s, u"Skip reverse DNS."_s});
    parser.addOption({u"concurrency"_s,
                      u"Addresses checked at once for ranges and files (1-256, default 256)."_s, u"N"_s});
    parser.addOption({u"check-documentation-ranges"_s,
                      u"Query RFC 5737/3849 documentation addresses instead of explaining them (labs)."_s});
}

std::optional<int> readListOptions(const QCommandLineParser& parser,
                                   const blocklist::BlocklistCatalog& catalog,
                                   iphealth::IpHealthOptions* check, int* concurrency) {
    check->blocklists.spamhausDqsKey = parser.value(u"dqs-key"_s).trimmed();
    check->blocklists.abusixKey = parser.value(u"abusix-key"_s).trimmed();
    if (!blocklist::CheckOptions::isValidKey(check->blocklists.spamhausDqsKey)
        || !blocklist::CheckOptions::isValidKey(check->blocklists.abusixKey))
        return fail(ExitUsage, u"a key is letters and digits only (at most 63)"_s);
    for (const QString& option : {u"lists"_s, u"disable"_s}) {
        const QStringList ids = splitIds(parser.value(option));
        for (const QString& id : ids) {
            if (!catalog.byId(id))
                return fail(ExitUsage, u"unknown list id '%1' (see rebound-cli ip --list-catalog)"_s.arg(id));
        }
        (option == u"lists" ? check->blocklists.enabledIds : check->blocklists.disabledIds) = ids;
    }
    check->reverseDns = !parser.isSet(u"no-rdns"_s);
    check->checkDocumentationRanges = parser.isSet(u"check-documentation-ranges"_s);
    if (QString error; !readIntOption(parser, u"concurrency"_s, 1, iphealth::IpHealthBatch::MaxConcurrency,
                                      u"a number"_s, concurrency, &error))
        return fail(ExitUsage, error);
    return std::nullopt;
}

} // namespace rebound::cli
