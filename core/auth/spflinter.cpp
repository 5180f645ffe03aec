#include "core/auth/spflinter.h"

#include "core/auth/authknowledge.h"
#include "core/auth/spfrecord.h"

using namespace Qt::StringLiterals;

namespace rebound::auth {
namespace {

// The texts for people are in resources/auth/findings.json (AuthKnowledge); ids never are translated.

Finding make(const QString& id, const QStringList& titleArgs, const QStringList& detailArgs = {},
             const QStringList& evidence = {}) {
    return AuthKnowledge::instance().finding(id, titleArgs, detailArgs, evidence);
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
        if (term.mechanism == SpfMechanism::Ptr)
            findings << make(u"spf.deprecated_ptr"_s, {node.domain}, {}, {node.record});
        if (term.mechanism == SpfMechanism::All && index == 0) {
            if (term.qualifier == SpfQualifier::Pass)
                findings << make(u"spf.pass_all"_s, {node.domain}, {}, {node.record});
            else if (term.qualifier == SpfQualifier::Neutral)
                findings << make(u"spf.neutral_all"_s, {node.domain}, {}, {node.record});
        }
    }
    if (index == 0 && !parsed.record->hasAll && !parsed.record->redirect)
        findings << make(u"spf.no_all"_s, {node.domain}, {}, {node.record});
}

// What one node of the tree shows by itself: several records, a syntax error, an include of nothing,
// a loop, an oversized answer, a DNS error at the top; then its terms.
void lintNode(const SpfEvaluation& e, int i, QList<Finding>& findings) {
    const SpfNode& node = e.nodes.at(i);
    if (!node.otherRecords.isEmpty())
        findings << make(u"spf.multiple_records"_s,
                         {node.domain, QString::number(node.otherRecords.size() + 1)}, {},
                         QStringList{node.record} + node.otherRecords);
    if (node.syntaxError)
        findings << make(u"spf.syntax_error"_s, {node.domain}, {node.reason}, {node.record});
    if (i > 0 && node.record.isEmpty() && node.result == SpfResult::None)
        findings << make(u"spf.include_without_record"_s, {node.via, node.domain}, {}, {node.reason});
    if (i > 0 && hasAncestor(e, i, node.domain))
        findings << make(u"spf.include_loop"_s, {node.domain});
    if (node.txtNeededTcp || node.txtAnswerBytes > 450)
        findings << make(u"spf.record_too_long"_s, {node.domain}, {QString::number(node.txtAnswerBytes)});
    if (node.result == SpfResult::TempError && i == 0)
        findings << make(u"spf.dns_error"_s, {e.domain}, {node.reason});
    lintTerms(e, i, findings);
}

// The RFC 7208 4.6.4 limits over the whole evaluation, with the lookups of each top-level branch.
void lintLimits(const SpfEvaluation& e, QList<Finding>& findings) {
    if (e.lookups > 10 || e.lookupLimitExceeded) {
        QStringList branches;
        for (const SpfTermTrace& term : e.nodes.first().terms) {
            if (term.child >= 0)
                branches << QStringLiteral("%1: %2 lookups")
                                .arg(term.term)
                                .arg(e.nodes.at(term.child).lookupsInBranch + 1);
            else if (term.lookupNumber > 0)
                branches << QStringLiteral("%1: 1 lookup").arg(term.term);
        }
        findings << make(u"spf.too_many_lookups"_s, {e.domain}, {}, branches);
    } else if (e.lookups >= 8) {
        findings << make(u"spf.lookups_near_limit"_s, {e.domain, QString::number(e.lookups)});
    }
    if (e.voidLookups > 2 || e.voidLimitExceeded)
        findings << make(u"spf.too_many_void_lookups"_s, {e.domain});
}

} // namespace

QList<Finding> lintSpf(const SpfEvaluation& e) {
    QList<Finding> findings;
    if (e.nodes.isEmpty())
        return findings;
    const SpfNode& top = e.nodes.first();
    if (top.record.isEmpty() && top.result == SpfResult::None) {
        findings << make(u"spf.missing"_s, {e.domain}, {}, {top.reason});
        return findings;
    }
    for (int i = 0; i < e.nodes.size(); ++i)
        lintNode(e, i, findings);
    lintLimits(e, findings);
    if (e.result == SpfResult::PermError && findings.isEmpty()) {
        Finding permerror = make(u"spf.permerror"_s, {e.domain});
        permerror.detail = e.reason;
        findings << permerror;
    }
    return findings;
}

} // namespace rebound::auth
