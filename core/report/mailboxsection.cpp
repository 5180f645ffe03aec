// The opt-in mailbox probes (core/smtp MailboxProbe, rebound-cli address --probe --json under "probe"):
// what the recipient's server answered at MAIL FROM, at RCPT TO for the address and for a made-up
// address at the same domain. Replies come from the network: oneLine() escapes and bounds them.
#include "core/report/blocks.h"
#include "core/report/jsonread.h"
#include "core/report/reportsections.h"
#include "core/report/reportwords.h"

using namespace Qt::StringLiterals;

namespace rebound::report::sections {

using namespace blocks;
using words::tr;

Section mailbox(const QJsonObject& session) {
    Section section;
    section.id = u"mailbox"_s;
    section.title = tr("Mailbox probe");
    for (const QJsonObject& check : checksWith(session, u"mailbox"_s, u"random_address"_s)) {
        const QJsonObject result = json::object(check, u"result");
        section.blocks.append(heading(oneLine(json::text(check, u"title"), 255), 3));
        if (json::checkState(check) != diagnosis::CheckState::Done)
            section.blocks.append(notDoneCallout(check, tr("Nothing is known about the mailbox.")));
        for (const QJsonObject& finding : json::objects(result, u"findings")) {
            const QString severity = words::severityMark(json::severity(finding));
            section.blocks.append(
                callout(severity, {words::strong(oneLine(json::text(finding, u"title"), 500))}));
            section.blocks.append(paragraph(oneLine(json::text(finding, u"detail"), 3000)));
        }
        QList<QList<RichText>> rows;
        rows.append(row(tr("Mail server"), oneLine(json::text(result, u"mx_host"), 255)));
        rows.append(row(tr("MAIL FROM"), oneLine(json::text(result, u"sender"), 320) + u" → "_s
                                             + oneLine(replyText(result.value(u"mail")), 600)));
        rows.append(row(tr("RCPT TO"), oneLine(json::text(result, u"address"), 320) + u" → "_s
                                           + oneLine(replyText(result.value(u"rcpt")), 600)));
        rows.append(row(tr("RCPT TO (made-up address)"),
                        oneLine(json::text(result, u"random_address"), 320) + u" → "_s
                            + oneLine(replyText(result.value(u"random_rcpt")), 600)));
        const QJsonObject provider = json::object(result, u"provider");
        if (!provider.isEmpty())
            rows.append(row(tr("Accepts every address"), oneLine(json::text(provider, u"name"), 200) + u" ("_s
                                                             + oneLine(json::text(provider, u"source"), 500)
                                                             + u')'));
        section.blocks.append(keyValues(rows));
    }
    if (!section.blocks.isEmpty())
        section.blocks.prepend(paragraph(tr("Rebound asked the recipient's mail server about the address "
                                            "(MAIL FROM with your address, RCPT TO, then RSET): no message "
                                            "was sent. An accepted address is what the server said at that "
                                            "moment, not a promise of delivery.")));
    return section;
}

} // namespace rebound::report::sections
