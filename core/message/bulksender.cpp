#include "core/message/bulksender.h"

#include "core/auth/organizationaldomain.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound::message {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("rebound::message", text);
}

struct Rule {
    QString title;
    QString source;
};

const QHash<QString, Rule>& rules() {
    static const QHash<QString, Rule> table = [] {
        QHash<QString, Rule> t;
        QFile file(u":/message/bulk-sender-rules.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return t;
        const QJsonArray array = QJsonDocument::fromJson(file.readAll()).object().value(u"rules"_s).toArray();
        for (const QJsonValue& v : array)
            t.insert(v[u"id"_s].toString(), {v[u"title"_s].toString(), v[u"source"_s].toString()});
        return t;
    }();
    return table;
}

BulkSenderItem item(const QString& id, std::optional<bool> pass, const QString& detail) {
    const Rule rule = rules().value(id);
    return {id, rule.title, pass ? (*pass ? u"pass"_s : u"fail"_s) : u"unknown"_s, detail, rule.source};
}

// "DMARC pass: SPF and DKIM aligned": one whole sentence per case, so translations never glue a word in.
QString alignmentText(const QString& result, bool spfAligned, bool dkimAligned) {
    if (spfAligned && dkimAligned)
        return tr("DMARC %1: SPF and DKIM are both aligned").arg(result);
    if (spfAligned)
        return tr("DMARC %1: SPF is aligned, DKIM is not").arg(result);
    if (dkimAligned)
        return tr("DMARC %1: DKIM is aligned, SPF is not").arg(result);
    return tr("DMARC %1: neither SPF nor DKIM is aligned").arg(result);
}

bool passingSignatureCovers(const MessageReport& report, QByteArrayView name) {
    for (const DkimReport& d : report.dkim) {
        if (d.verification.result == DkimResult::Pass && d.signature.signs(name))
            return true;
    }
    return false;
}

} // namespace

void computeDmarc(MessageReport* report) {
    DmarcOutcome& dmarc = report->dmarc;
    if (dmarc.fromDomain.isEmpty()) {
        dmarc.result = u"permerror"_s; // RFC 7489 6.6.1: no single From domain
        return;
    }
    const auth::DmarcReport& found = dmarc.report;
    dmarc.policyDomain = found.policyDomain;
    const bool strictSpf = found.record && found.record->strictSpf;
    const bool strictDkim = found.record && found.record->strictDkim;
    const QString spfDomain = report->mailFrom.contains(u'@')
                                  ? auth::normalizeForAlignment(report->mailFrom.section(u'@', -1))
                                  : auth::normalizeForAlignment(report->helo);
    dmarc.alignedSpf = report->spf && report->spf->result == auth::SpfResult::Pass
                       && auth::isDmarcAligned(found, spfDomain, strictSpf);
    for (const DkimReport& d : report->dkim) {
        if (d.verification.result == DkimResult::Pass
            && auth::isDmarcAligned(found, d.signature.domain, strictDkim))
            dmarc.alignedDkim = true;
    }
    switch (found.state) {
    case auth::DmarcReport::State::DnsError:
        dmarc.result = u"temperror"_s;
        report->couldNotCheck = true;
        return;
    case auth::DmarcReport::State::Missing:
        dmarc.result = u"none"_s;
        return;
    case auth::DmarcReport::State::Multiple:
        dmarc.result = u"permerror"_s;
        return;
    case auth::DmarcReport::State::Found:
        break;
    }
    std::optional<auth::DmarcPolicy> policy = auth::effectiveDmarcPolicy(found, &dmarc.policyTag);
    dmarc.policy = policy ? auth::dmarcPolicyName(*policy) : QString();
    dmarc.result = dmarc.alignedSpf || dmarc.alignedDkim ? u"pass"_s : u"fail"_s;
}

QList<BulkSenderItem> checkBulkSender(const RawMessage& raw, const MessageReport& report) {
    QList<BulkSenderItem> items;
    const QString unsubscribe = raw.value("list-unsubscribe");
    static const QRegularExpression uriRe(u"<\\s*((?:https|mailto):[^>]*)>"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    QStringList uris;
    for (auto it = uriRe.globalMatch(unsubscribe.left(8192)); it.hasNext();)
        uris << it.next().captured(1);
    items << item(u"list_unsubscribe"_s, !uris.isEmpty(),
                  unsubscribe.isEmpty() ? tr("no List-Unsubscribe field") : uris.join(u", "_s).left(500));
    const bool oneClickPost = raw.value("list-unsubscribe-post")
                                  .simplified()
                                  .compare(u"List-Unsubscribe=One-Click"_s, Qt::CaseInsensitive)
                              == 0;
    const bool httpsUri = std::any_of(uris.cbegin(), uris.cend(), [](const QString& u) {
        return u.startsWith(u"https:", Qt::CaseInsensitive);
    });
    items << item(u"one_click"_s, oneClickPost && httpsUri,
                  !oneClickPost ? tr("no List-Unsubscribe-Post: List-Unsubscribe=One-Click field")
                  : httpsUri    ? tr("List-Unsubscribe-Post is present with an https: URI")
                                : tr("List-Unsubscribe-Post needs an https: URI in List-Unsubscribe"));
    const bool signedBoth = passingSignatureCovers(report, "list-unsubscribe")
                            && passingSignatureCovers(report, "list-unsubscribe-post");
    items << item(u"unsubscribe_signed"_s, unsubscribe.isEmpty() ? std::nullopt : std::optional(signedBoth),
                  unsubscribe.isEmpty() ? tr("no List-Unsubscribe field")
                  : signedBoth          ? tr("a passing DKIM signature's h= lists both fields")
                               : tr("no passing DKIM signature covers both List-Unsubscribe fields"));
    const bool dmarcKnown = report.dmarc.result != u"temperror";
    items << item(
        u"dmarc_record"_s, dmarcKnown ? std::optional(report.dmarc.report.record.has_value()) : std::nullopt,
        report.dmarc.report.recordName.isEmpty() ? tr("no From domain") : report.dmarc.report.recordName);
    items << item(u"dmarc_aligned"_s,
                  dmarcKnown ? std::optional(report.dmarc.result == u"pass") : std::nullopt,
                  alignmentText(report.dmarc.result, report.dmarc.alignedSpf, report.dmarc.alignedDkim));
    if (report.reverseDns) {
        const auto status = report.reverseDns->fcrdns;
        items << item(u"ptr_fcrdns"_s,
                      status == iphealth::FcrdnsStatus::Unavailable
                          ? std::nullopt
                          : std::optional(status == iphealth::FcrdnsStatus::Pass),
                      tr("%1: %2").arg(report.spfIp, iphealth::fcrdnsStatusName(status)));
    } else {
        items << item(u"ptr_fcrdns"_s, std::nullopt,
                      tr("no external hop with an IP address in the Received fields"));
    }
    if (report.route.firstExternal >= 0) {
        const Hop& hop = report.route.hops.at(report.route.firstExternal);
        items << item(u"tls"_s, hop.tls,
                      tr("with %1 from %2").arg(hop.protocol.isEmpty() ? u"?"_s : hop.protocol, hop.ip));
    } else {
        items << item(u"tls"_s, std::nullopt, tr("no external hop found in the Received fields"));
    }
    const QStringList ids = raw.values("message-id");
    static const QRegularExpression msgId(u"^<[^<>@\\s]+@[^<>@\\s]+>$"_s);
    items << item(u"message_id"_s, ids.size() == 1 && msgId.match(ids.first()).hasMatch(),
                  ids.isEmpty()    ? tr("no Message-ID")
                  : ids.size() > 1 ? tr("%1 Message-ID fields").arg(ids.size())
                                   : ids.first().left(200));
    const QStringList dates = raw.values("date");
    const QDateTime date = dates.size() == 1 ? parseReceived(u"; "_s + dates.first()).time : QDateTime();
    QDateTime received;
    for (const Hop& hop : report.route.hops) {
        if (hop.time.isValid())
            received = hop.time;
    }
    const QDateTime reference = received.isValid() ? received : QDateTime::currentDateTimeUtc();
    const bool future = date.isValid() && date.secsTo(reference) < -24 * 3600;
    items << item(u"date"_s, dates.size() == 1 && date.isValid() && !future,
                  dates.isEmpty()    ? tr("no Date field")
                  : dates.size() > 1 ? tr("%1 Date fields").arg(dates.size())
                  : !date.isValid()  ? tr("the Date does not parse: %1").arg(dates.first().left(100))
                  : future           ? tr("the Date is more than a day after the message was received")
                                     : date.toUTC().toString(Qt::ISODate));
    return items;
}

} // namespace rebound::message
