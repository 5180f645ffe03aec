#include "core/message/messagefindings.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::message {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("rebound::message", text);
}

void dkimFindings(const MessageReport& report, QList<Finding>* out) {
    for (const DkimReport& d : report.dkim) {
        const DkimVerification& v = d.verification;
        const QString who = QStringLiteral("d=%1 s=%2").arg(d.signature.domain, d.signature.selector);
        if (v.result == DkimResult::Pass) {
            if (v.weak)
                out->append({u"message.dkim_weak"_s,
                             Severity::Warning,
                             tr("The DKIM signature %1 is weak").arg(who),
                             v.reason.isEmpty() ? tr("The key is shorter than 2048 bits.") : v.reason,
                             {}});
            continue;
        }
        const bool bodyOnly = v.bodyHashOk == false && v.signatureOk == true;
        out->append({bodyOnly ? u"message.dkim_body_hash"_s : u"message.dkim_"_s + dkimResultName(v.result),
                     v.result == DkimResult::TempError ? Severity::Warning : Severity::Error,
                     tr("DKIM %1 for %2").arg(dkimResultName(v.result), who),
                     v.reason,
                     {}});
    }
    if (report.signaturesNotEvaluated > 0)
        out->append(
            {u"message.dkim_too_many"_s,
             Severity::Warning,
             tr("%1 DKIM signatures were not evaluated").arg(report.signaturesNotEvaluated),
             tr("Only the first %1 signatures are verified; a message with more is unusual or hostile.")
                 .arg(kMaxVerifiedSignatures),
             {}});
}

// Rebound's result for a method the receiver also reported, or empty when it has none.
QString ownResult(const MessageReport& report, const AuthMethodResult& claim) {
    if (claim.method == u"spf" && report.spf)
        return auth::spfResultName(report.spf->result);
    if (claim.method == u"dmarc")
        return report.dmarc.result;
    if (claim.method == u"dkim") {
        const QString domain = claim.property(u"header"_s, u"d"_s).toLower();
        const QString b = claim.property(u"header"_s, u"b"_s);
        for (const DkimReport& d : report.dkim) {
            const QString sig =
                QString::fromLatin1(withoutWhitespace(d.signature.tags.value("b").value_or(QByteArray())));
            if (d.signature.domain == domain && (b.isEmpty() || sig.startsWith(b)))
                return dkimResultName(d.verification.result);
        }
    }
    return {};
}

void arcFindings(const MessageReport& report, QList<Finding>* out) {
    for (const ArcComparison& c : report.arcComparisons) {
        if (c.claimed == c.own || c.own == u"temperror")
            continue;
        // A validated chain makes the sealer's record usable: the usual story is that the sealer (a
        // mailing list, a forwarder) saw a passing DKIM signature and then changed the message.
        const bool validated = report.arc.result == u"pass";
        out->append({u"message.arc_results_differ"_s,
                     validated ? Severity::Info : Severity::Warning,
                     tr("ARC i=%1 (%2) recorded %3=%4 for %5; Rebound finds %6")
                         .arg(c.instance)
                         .arg(c.authservId, c.method, c.claimed, c.subject, c.own),
                     validated
                         ? tr("The ARC chain validates, so this is what the sealer saw when the message "
                              "reached it: the message was changed after that (a mailing-list footer or "
                              "subject tag, a forwarder's rewrite). Receivers that trust this sealer may "
                              "use its result instead of their own.")
                         : tr("The ARC chain does not validate, so this record is only a claim: nobody can "
                              "tell whether the sealer wrote it."),
                     {}});
    }
}

void authResultsFindings(const MessageReport& report, QList<Finding>* out) {
    for (const AuthResults& ar : report.authResults) {
        if (!ar.trusted)
            continue;
        for (const AuthMethodResult& claim : ar.results) {
            const QString own = ownResult(report, claim);
            if (own.isEmpty() || own == claim.result || own == u"temperror")
                continue;
            out->append(
                {u"message.auth_results_disagree"_s,
                 Severity::Warning,
                 tr("%1 reported %2=%3; Rebound finds %4")
                     .arg(ar.authservId, claim.method, claim.result, own),
                 tr("The receiver checked when the message arrived; a key or record changed since, or the "
                    "message was altered after it was received."),
                 {}});
        }
    }
}

void routeFindings(const MessageReport& report, QList<Finding>* out) {
    for (const Hop& hop : report.route.hops) {
        if (hop.delaySeconds && *hop.delaySeconds > 3600)
            out->append(
                {u"message.slow_hop"_s,
                 Severity::Warning,
                 tr("%1 held the message for %2 minutes").arg(hop.by).arg(*hop.delaySeconds / 60),
                 tr("A long delay between two Received fields is a queue: greylisting, a retry after a "
                    "deferral, or a slow filter."),
                 {}});
        else if (hop.delaySeconds && *hop.delaySeconds < -300)
            out->append(
                {u"message.clock_skew"_s,
                 Severity::Info,
                 tr("%1 stamped a time before the previous hop's").arg(hop.by),
                 tr("One of the servers' clocks is wrong by %1 seconds or more.").arg(-*hop.delaySeconds),
                 {}});
    }
    if (report.route.firstExternal < 0 && !report.route.hops.isEmpty())
        out->append(
            {u"message.no_external_hop"_s,
             Severity::Info,
             tr("No hop with a public IP address"),
             tr("SPF and reverse DNS need the address the message came from; none of the Received fields "
                "names a public one."),
             {}});
}

void policyFindings(const MessageReport& report, QList<Finding>* out) {
    if (report.spf && report.spf->result != auth::SpfResult::Pass) {
        const auto r = report.spf->result;
        const bool error = r == auth::SpfResult::Fail || r == auth::SpfResult::PermError;
        out->append(
            {u"message.spf_"_s + auth::spfResultName(r),
             error ? Severity::Error : Severity::Warning,
             tr("SPF %1 for %2 sending as %3").arg(auth::spfResultName(r), report.spfIp, report.spf->domain),
             report.spf->reason,
             {report.spf->record}});
    }
    const DmarcOutcome& d = report.dmarc;
    if (d.result == u"fail")
        out->append({u"message.dmarc_fail"_s,
                     d.policy == u"none" ? Severity::Error : Severity::Critical,
                     tr("DMARC fails for %1 (policy %2)").arg(d.fromDomain, d.policy),
                     tr("Neither SPF nor DKIM passed for a domain aligned with the From domain."),
                     {}});
    else if (d.result == u"none")
        out->append({u"message.dmarc_none"_s,
                     Severity::Warning,
                     tr("No DMARC record for %1").arg(d.fromDomain),
                     tr("Gmail and Yahoo require a DMARC record from bulk senders."),
                     {}});
    else if (d.result == u"permerror")
        out->append({u"message.dmarc_permerror"_s,
                     Severity::Error,
                     tr("DMARC cannot be evaluated"),
                     d.fromDomain.isEmpty() ? tr("The message has no single From address.") : d.report.error,
                     {}});
}

// The copy a bounce returned: the reporting MTA often re-encodes it (8bit to quoted-printable, long
// lines wrapped) or returns the header block alone, which breaks DKIM without the sent message being at
// fault. What rests on DKIM verification is told, not counted against the sender.
void markReturnedCopy(const MessageReport& report, QList<Finding>* out) {
    for (Finding& f : *out) {
        const bool restsOnDkim =
            f.id.startsWith(u"message.dkim_") || f.id == u"message.dmarc_fail" || f.id == u"message.arc_fail"
            || f.id == u"message.auth_results_disagree" || f.id == u"message.arc_results_differ"
            || f.id == u"message.bulk_dmarc_aligned" || f.id == u"message.bulk_unsubscribe_signed";
        if (!restsOnDkim || f.severity == Severity::Info)
            continue;
        f.severity = Severity::Info;
        f.detail += u' '
                    + tr("This is the copy the bounce returned; the reporting server may have altered it, so "
                         "this does not show that the message as sent failed.");
    }
    out->prepend({u"message.returned_copy"_s,
                  Severity::Info,
                  report.headersOnly ? tr("The bounce returned only the message's header fields")
                                     : tr("The bounce returned a copy of the message"),
                  report.headersOnly
                      ? tr("The route, the From domain, the DKIM signatures' domains and selectors and the "
                           "sending address can be trusted. No DKIM signature can pass without the body: "
                           "verify a copy from the Sent folder instead.")
                      : tr("The route, the From domain, the DKIM signatures' domains and selectors and the "
                           "sending address can be trusted. A DKIM pass shows the copy is intact; a failure "
                           "may come from the reporting server re-encoding the copy: verify a copy from the "
                           "Sent folder to be sure."),
                  {}});
}

} // namespace

QList<ArcComparison> compareArcResults(const MessageReport& report) {
    QList<ArcComparison> out;
    for (const ArcInstance& set : report.arc.instances) {
        for (const AuthMethodResult& claim : set.aarResults) {
            const bool perSignature = claim.method == u"dkim";
            const bool firstHopOnly = claim.method == u"spf" || claim.method == u"dmarc";
            if (!perSignature && !(firstHopOnly && set.instance == 1))
                continue;
            const QString own = ownResult(report, claim);
            if (own.isEmpty())
                continue;
            const QString subject = claim.method == u"dkim"  ? claim.property(u"header"_s, u"d"_s)
                                    : claim.method == u"spf" ? (report.spf ? report.spf->domain : QString())
                                                             : report.dmarc.fromDomain;
            out << ArcComparison{set.instance,      set.authservId, claim.method,
                                 subject.toLower(), claim.result,   own};
            if (out.size() >= kMaxAuthMethods)
                return out;
        }
    }
    return out;
}

QList<Finding> messageFindings(const RawMessage& raw, const MessageReport& report) {
    QList<Finding> out;
    if (raw.fields.isEmpty())
        out.append({u"message.not_a_message"_s,
                    Severity::Error,
                    tr("No header fields"),
                    tr("The input does not start with a header block."),
                    {}});
    dkimFindings(report, &out);
    if (report.dkim.isEmpty() && raw.count("domainkey-signature") > 0)
        out.append(
            {u"message.domainkeys_only"_s,
             Severity::Warning,
             tr("Signed with DomainKeys only, not DKIM"),
             tr("DomainKey-Signature (RFC 4870) is historic and no receiver verifies it; sign with DKIM."),
             {}});
    if (report.arc.result == u"fail")
        out.append({u"message.arc_fail"_s,
                    Severity::Warning,
                    tr("The ARC chain does not validate"),
                    report.arc.reason,
                    {}});
    authResultsFindings(report, &out);
    arcFindings(report, &out);
    routeFindings(report, &out);
    policyFindings(report, &out);
    // The unsubscribe rules bind bulk mail; a personal message that fails them is only told.
    const QString precedence = raw.value("precedence").trimmed().toLower();
    const bool looksBulk = raw.count("list-unsubscribe") > 0 || raw.count("list-id") > 0
                           || precedence == u"bulk" || precedence == u"list";
    for (const BulkSenderItem& item : report.bulkSender) {
        if (item.result != u"fail")
            continue;
        const bool unsubscribeRule = item.id == u"list_unsubscribe" || item.id == u"one_click";
        out.append({u"message.bulk_"_s + item.id,
                    unsubscribeRule && !looksBulk ? Severity::Info : Severity::Warning,
                    tr("Bulk-sender rule not met: %1").arg(item.title),
                    item.detail,
                    {item.source}});
    }
    if (report.returnedCopy)
        markReturnedCopy(report, &out);
    std::stable_sort(out.begin(), out.end(),
                     [](const Finding& a, const Finding& b) { return a.severity > b.severity; });
    return out;
}

} // namespace rebound::message
