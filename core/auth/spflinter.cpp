#include "core/auth/spflinter.h"

#include "core/auth/spfrecord.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rebound::auth {
namespace {

// Every text for people here is one whole sentence in the context rebound::auth, translated when the
// check runs (rebound-cli installs no translator and stays English); ids never are.

Finding make(const QString& id, Severity severity, const QString& title, const QString& detail,
             const QStringList& evidence = {}) {
    return Finding{id, severity, title, detail, evidence};
}

bool hasAncestor(const SpfEvaluation& e, int node, const QString& domain) {
    for (int n = e.nodes.at(node).parent; n >= 0; n = e.nodes.at(n).parent) {
        if (e.nodes.at(n).domain.compare(domain, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void lintTerms(const SpfEvaluation& e, int index, QList<Finding>& findings) {
    const SpfNode& node = e.nodes.at(index);
    if (node.record.isEmpty() || node.syntaxError)
        return;
    const SpfParseResult parsed = parseSpfRecord(node.record.toLatin1());
    if (!parsed.record)
        return;
    for (const SpfTerm& term : parsed.record->directives) {
        if (term.mechanism == SpfMechanism::Ptr) {
            findings << make(
                u"spf.deprecated_ptr"_s, Severity::Warning,
                QCoreApplication::translate("rebound::auth", "%1 uses the deprecated 'ptr' mechanism")
                    .arg(node.domain),
                QCoreApplication::translate(
                    "rebound::auth",
                    "RFC 7208 5.5 says ptr SHOULD NOT be used: it is slow, unreliable and loads the "
                    "DNS servers of the connecting IP's owner. List the senders with ip4/ip6 or a instead."),
                {node.record});
        }
        if (term.mechanism == SpfMechanism::All && index == 0) {
            if (term.qualifier == SpfQualifier::Pass)
                findings << make(
                    u"spf.pass_all"_s, Severity::Critical,
                    QCoreApplication::translate("rebound::auth",
                                                "%1 ends with '+all': any host may send as this domain")
                        .arg(node.domain),
                    QCoreApplication::translate(
                        "rebound::auth",
                        "'+all' authorizes the whole Internet; spammers can pass SPF as this domain. Use "
                        "'~all' or '-all'."),
                    {node.record});
            else if (term.qualifier == SpfQualifier::Neutral)
                findings << make(
                    u"spf.neutral_all"_s, Severity::Warning,
                    QCoreApplication::translate("rebound::auth",
                                                "%1 ends with '?all', which protects nothing")
                        .arg(node.domain),
                    QCoreApplication::translate(
                        "rebound::auth",
                        "A neutral result is treated like no SPF at all. Once every sender is listed, use "
                        "'~all' or '-all'."),
                    {node.record});
        }
    }
    if (index == 0 && !parsed.record->hasAll && !parsed.record->redirect) {
        findings << make(
            u"spf.no_all"_s, Severity::Warning,
            QCoreApplication::translate("rebound::auth", "%1's SPF record has no 'all' term and no redirect")
                .arg(node.domain),
            QCoreApplication::translate(
                "rebound::auth",
                "Hosts that match nothing get 'neutral', which receivers treat like no SPF. End the record "
                "with '~all' or '-all'."),
            {node.record});
    }
}

} // namespace

QList<Finding> lintSpf(const SpfEvaluation& e) {
    QList<Finding> findings;
    if (e.nodes.isEmpty())
        return findings;
    const SpfNode& top = e.nodes.first();
    if (top.record.isEmpty() && top.result == SpfResult::None) {
        findings << make(
            u"spf.missing"_s, Severity::Error,
            QCoreApplication::translate("rebound::auth", "%1 publishes no SPF record").arg(e.domain),
            QCoreApplication::translate(
                "rebound::auth",
                "Without SPF, receivers cannot tell authorized senders from forgers, and many "
                "(Gmail, Yahoo) reject or junk bulk mail from such domains. Publish a TXT "
                "record starting with \"v=spf1\"."),
            {top.reason});
        return findings;
    }
    for (int i = 0; i < e.nodes.size(); ++i) {
        const SpfNode& node = e.nodes.at(i);
        if (!node.otherRecords.isEmpty()) {
            findings << make(u"spf.multiple_records"_s, Severity::Error,
                             QCoreApplication::translate("rebound::auth", "%1 publishes %2 SPF records")
                                 .arg(node.domain)
                                 .arg(node.otherRecords.size() + 1),
                             QCoreApplication::translate(
                                 "rebound::auth",
                                 "RFC 7208 4.5: more than one \"v=spf1\" record is a permanent error, so SPF "
                                 "fails for all mail. Merge them into one record."),
                             QStringList{node.record} + node.otherRecords);
        }
        if (node.syntaxError) {
            findings << make(
                u"spf.syntax_error"_s, Severity::Error,
                QCoreApplication::translate("rebound::auth", "Syntax error in the SPF record of %1")
                    .arg(node.domain),
                QCoreApplication::translate(
                    "rebound::auth",
                    "%1. Any syntax error makes the whole record a permanent error (RFC 7208 4.6).")
                    .arg(node.reason),
                {node.record});
        }
        if (i > 0 && node.record.isEmpty() && node.result == SpfResult::None) {
            findings << make(
                u"spf.include_without_record"_s, Severity::Error,
                QCoreApplication::translate("rebound::auth", "%1 target %2 has no SPF record")
                    .arg(node.via, node.domain),
                QCoreApplication::translate(
                    "rebound::auth",
                    "An include or redirect of a domain without an SPF record is a permanent error. "
                    "Remove the term or fix the name."),
                {node.reason});
        }
        if (i > 0 && hasAncestor(e, i, node.domain)) {
            findings << make(
                u"spf.include_loop"_s, Severity::Error,
                QCoreApplication::translate("rebound::auth", "SPF include loop: %1 includes itself")
                    .arg(node.domain),
                QCoreApplication::translate(
                    "rebound::auth",
                    "The loop only ends when the 10-lookup limit is hit, which is a permanent error."));
        }
        if (node.txtNeededTcp || node.txtAnswerBytes > 450) {
            findings << make(
                u"spf.record_too_long"_s, Severity::Warning,
                QCoreApplication::translate("rebound::auth",
                                            "The TXT records at %1 are too long for one plain UDP answer")
                    .arg(node.domain),
                QCoreApplication::translate(
                    "rebound::auth",
                    "%1 bytes of TXT data. Answers over 512 bytes need EDNS0 or TCP; some "
                    "receivers' resolvers then fail and report temperror. Shorten the record "
                    "or move senders into an include.")
                    .arg(node.txtAnswerBytes));
        }
        if (node.result == SpfResult::TempError && i == 0) {
            findings << make(
                u"spf.dns_error"_s, Severity::Error,
                QCoreApplication::translate("rebound::auth", "SPF of %1 could not be checked").arg(e.domain),
                QCoreApplication::translate("rebound::auth",
                                            "%1. Receivers get a temporary error and may defer mail.")
                    .arg(node.reason));
        }
        lintTerms(e, i, findings);
    }
    if (e.lookups > 10 || e.lookupLimitExceeded) {
        QStringList branches;
        for (const SpfTermTrace& term : top.terms) {
            if (term.child >= 0)
                branches << QStringLiteral("%1: %2 lookups")
                                .arg(term.term)
                                .arg(e.nodes.at(term.child).lookupsInBranch + 1);
            else if (term.lookupNumber > 0)
                branches << QStringLiteral("%1: 1 lookup").arg(term.term);
        }
        findings << make(
            u"spf.too_many_lookups"_s, Severity::Error,
            QCoreApplication::translate("rebound::auth", "SPF of %1 needs more than 10 DNS lookups")
                .arg(e.domain),
            QCoreApplication::translate(
                "rebound::auth",
                "RFC 7208 4.6.4 allows 10 DNS-querying terms (include, a, mx, ptr, exists, redirect) per "
                "evaluation; beyond that the result is permerror and SPF fails for every sender. Replace "
                "includes with ip4/ip6 ranges or drop unused services."),
            branches);
    } else if (e.lookups >= 8) {
        findings << make(
            u"spf.lookups_near_limit"_s, Severity::Warning,
            QCoreApplication::translate("rebound::auth", "SPF of %1 uses %2 of 10 DNS lookups")
                .arg(e.domain)
                .arg(e.lookups),
            QCoreApplication::translate(
                "rebound::auth",
                "A provider adding one include to its own record can push this over the limit."));
    }
    if (e.voidLookups > 2 || e.voidLimitExceeded) {
        findings << make(
            u"spf.too_many_void_lookups"_s, Severity::Error,
            QCoreApplication::translate("rebound::auth",
                                        "SPF of %1 has more than 2 lookups that return nothing")
                .arg(e.domain),
            QCoreApplication::translate(
                "rebound::auth",
                "RFC 7208 4.6.4: more than two DNS lookups answering NXDOMAIN or no records make the "
                "result permerror. Remove terms that name hosts that no longer exist."));
    }
    if (e.result == SpfResult::PermError && findings.isEmpty()) {
        findings << make(
            u"spf.permerror"_s, Severity::Error,
            QCoreApplication::translate("rebound::auth", "SPF of %1 is a permanent error").arg(e.domain),
            e.reason);
    }
    return findings;
}

} // namespace rebound::auth
