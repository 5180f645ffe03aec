// The adapters that put each check module behind the CheckTask interface, registered once.
#include "core/diagnosis/checkregistry.h"
#include "core/diagnosis/checks/blocklistchecktask.h"
#include "core/diagnosis/checks/blocklistrangetask.h"
#include "core/diagnosis/checks/domainchecktask.h"
#include "core/diagnosis/checks/mailboxchecktask.h"
#include "core/diagnosis/checks/messagechecktask.h"
#include "core/diagnosis/checks/mtastschecktask.h"
#include "core/diagnosis/checks/postmasterchecktask.h"
#include "core/diagnosis/checks/reportschecktask.h"
#include "core/diagnosis/checks/smtpchecktask.h"
#include "core/diagnosis/checks/sndschecktask.h"
#include "core/diagnosis/checks/watchchecktask.h"

#include <mutex>

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {

void registerBuiltinChecks() {
    static std::once_flag once;
    std::call_once(once, [] {
        registerCheckFactory(u"blocklists"_s, &createBlocklistCheckTask);
        registerCheckFactory(u"blocklist_range"_s, &createBlocklistRangeTask);
        registerCheckFactory(u"domain"_s, &createDomainCheckTask);
        registerCheckFactory(u"smtp"_s, &createSmtpCheckTask);
        registerCheckFactory(u"message"_s, &createMessageCheckTask);
        registerCheckFactory(u"mta_sts"_s, &createMtaStsCheckTask);
        registerCheckFactory(u"mailbox"_s, &createMailboxCheckTask);
        registerCheckFactory(u"snds"_s, &createSndsCheckTask);
        registerCheckFactory(u"watch"_s, &createWatchCheckTask);
        registerCheckFactory(u"postmaster"_s, &createPostmasterCheckTask);
        registerCheckFactory(u"reports"_s, &createReportsCheckTask);
    });
}

} // namespace rebound::diagnosis
