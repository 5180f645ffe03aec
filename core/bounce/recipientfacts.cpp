#include "core/bounce/recipientfacts.h"

#include "core/bounce/reasonclassifier.h"
#include "core/bounce/smtpdetails.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace rebound::bounce {

namespace {

constexpr qsizetype kMaxDiagnosticChars = 2000;

void addEvidence(BounceRecipient& r, const TextSlice& slice, const FlatHit& hit, const QString& what) {
    if (!hit.found())
        return;
    const auto [offset, length] = slice.sourceSpan(hit.start, hit.end);
    if (length > 0)
        r.evidence.append({offset, length, what});
}

// The first slice (own, then context) in which finder finds something.
template <typename Finder>
std::pair<FlatHit, const TextSlice*> firstHit(const FactSources& s, Finder finder) {
    FlatHit hit = finder(s.own.flat());
    if (hit.found())
        return {hit, &s.own};
    if (s.contextShared)
        return {};
    hit = finder(s.context.flat());
    return {hit, hit.found() ? &s.context : nullptr};
}

// Status: the remote server's own code (in Diagnostic-Code) wins over the reporting MTA's Status:
// field, which is often generic or guessed (5.1.1 for a full mailbox), unless it is only generic.
void fillStatus(const BounceKnowledge& k, BounceRecipient& r, const FactSources& s) {
    const FlatHit ownStatus = findStatusCode(k, s.own.flat());
    const bool structured = isRealStatusCode(r.status);
    const bool inDiagnostic = s.diagnosticCodeLength < 0 || ownStatus.start < s.diagnosticCodeLength;
    const bool ownGeneric = ownStatus.value.endsWith(u".0.0");
    const bool structuredGeneric = r.status.endsWith(u".0.0");
    if (ownStatus.found() && (!structured || (inDiagnostic && (!ownGeneric || structuredGeneric)))) {
        if (ownStatus.value != r.status) {
            r.evidence.removeIf([](const EvidenceSpan& e) { return e.what == u"status"; });
            r.status = ownStatus.value;
        }
        addEvidence(r, s.own, ownStatus, u"status"_s);
    } else if (!structured) {
        r.status.clear();
        auto [hit, slice] = firstHit(s, [&](const QString& f) { return findStatusCode(k, f); });
        if (hit.found()) {
            r.status = hit.value;
            addEvidence(r, *slice, hit, u"status"_s);
        }
    }
}

// The reply code, the command, the remote MTA and IP and the sender's IP.
void fillSmtpFacts(const BounceKnowledge& k, BounceRecipient& r, const FactSources& s) {
    const QChar statusClass = r.status.isEmpty() ? QChar() : r.status.at(0);
    // One guard pass per text for the stage, remote-host and sender-IP finders; the context's only
    // when one of them reads it.
    const SmtpGuards ownGuards = smtpGuards(k, s.own.flat());
    std::optional<SmtpGuards> contextGuards;
    const auto guardsFor = [&](const QString& flat) -> const SmtpGuards& {
        if (&flat == &s.own.flat())
            return ownGuards;
        if (!contextGuards)
            contextGuards = smtpGuards(k, flat);
        return *contextGuards;
    };
    FlatHit reply;
    const TextSlice* replySlice = nullptr;
    {
        auto [hit, slice] = firstHit(s, [&](const QString& f) { return findReplyCode(k, f, statusClass); });
        if (hit.found()) {
            r.replyCode = hit.value.toInt();
            addEvidence(r, *slice, hit, u"reply_code"_s);
            reply = hit;
            replySlice = slice;
        }
    }
    if (r.command.isEmpty()) {
        // In the text the reply stands in, the stage is the one sent before it (a transcript).
        const QString* replyText = replySlice ? &replySlice->flat() : nullptr;
        auto [hit, slice] = firstHit(s, [&](const QString& f) {
            return findCommand(k, f, guardsFor(f), &f == replyText ? reply.start : -1);
        });
        if (hit.found()) {
            r.command = hit.value;
            addEvidence(r, *slice, hit, u"command"_s);
        }
    }
    {
        auto [hit, slice] = firstHit(s, [&](const QString& f) { return findRemoteHost(k, f, guardsFor(f)); });
        if (hit.found()) {
            if (r.remoteMta.isEmpty())
                r.remoteMta = hit.value;
            if (r.remoteIp.isEmpty())
                r.remoteIp = hit.extra;
            addEvidence(r, *slice, hit, u"remote_mta"_s);
        }
    }
    if (r.reportingMta.isEmpty()) {
        auto [hit, slice] = firstHit(s, [&](const QString& f) { return findReportingHost(k, f); });
        if (hit.found())
            r.reportingMta = hit.value;
    }
    {
        auto [hit, slice] = firstHit(s, [&](const QString& f) { return findSenderIp(k, f, guardsFor(f)); });
        if (hit.found() && hit.value != r.remoteIp) {
            r.senderIp = hit.value;
            addEvidence(r, *slice, hit, u"sender_ip"_s);
        }
    }
}

void fillBlocklists(const BounceKnowledge& k, BounceRecipient& r, const FactSources& s) {
    const TextSlice* slice = &s.own;
    QList<FlatHit> lists = findBlocklists(k, s.own.flat());
    if (lists.isEmpty() && !s.contextShared) {
        lists = findBlocklists(k, s.context.flat());
        slice = &s.context;
    }
    for (const FlatHit& hit : lists) {
        r.blocklists.append(hit.value);
        addEvidence(r, *slice, hit, u"blocklist"_s);
    }
}

bool ownWordsNameReason(const BounceKnowledge& k, const QString& flat) {
    ReasonInput input;
    input.flat = flat;
    return !flat.isEmpty() && classifyReason(k, input).basis == u"text";
}

// What the provider's own code or, without one, the provider's default says about the reason.
struct ProviderReasons {
    QString reason;
    QString defaultReason;
};

ProviderReasons fillProvider(const BounceKnowledge& k, BounceRecipient& r, const FactSources& s) {
    ProviderReasons reasons;
    ProviderHit p = findProvider(k, s.own.flat(), r.remoteMta, r.reportingMta, r.recipient.section(u'@', -1));
    const TextSlice* slice = &s.own;
    if (!p.provider) {
        // The hosts again: neither names a provider, but a known remote MTA makes the reporting one
        // the sender's, whose name in the text names no receiver.
        p = findProvider(k, s.context.flat(), r.remoteMta, r.reportingMta);
        slice = &s.context;
        // The bounce's general text names the provider, but a code in it may be another recipient's
        // ("<a>: This user doesn't have a yahoo.com account" above b's "account has been disabled"):
        // a shared text gives no codes, and a recipient whose own words name a reason takes its code
        // from them, if any.
        if (p.code && (s.contextShared || ownWordsNameReason(k, s.own.flat()))) {
            findProviderCode(s.own.flat(), p);
            slice = &s.own;
        }
    } else if (!p.code && !s.contextShared) {
        // Named by its host ("host mx.example.com[ip] said: ..." with no recipient, so no words of the
        // recipient's own): the code stands in the bounce's general text. The own words are classified
        // only when the general text holds a code (most recipients have none there).
        ProviderHit inContext = p;
        findProviderCode(s.context.flat(), inContext);
        if (inContext.code && !ownWordsNameReason(k, s.own.flat())) {
            p = inContext;
            slice = &s.context;
        }
    }
    if (p.provider) {
        r.provider = p.provider->id;
        if (!p.code && p.provider->defaultReason.size())
            reasons.defaultReason = p.provider->defaultReason;
        if (p.code) {
            r.providerCode = p.codeHit.value;
            r.providerCodeMeaning = p.code->meaning;
            reasons.reason = p.code->reason;
            addEvidence(r, *slice, p.codeHit, u"provider_code"_s);
        }
    }
    return reasons;
}

void fillDiagnostic(BounceRecipient& r, const FactSources& s) {
    const TextSlice& diagnosticSlice = s.own.isEmpty() ? s.context : s.own;
    r.diagnostic = diagnosticSlice.flat().left(kMaxDiagnosticChars);
    // One span per piece the diagnostic was read from (a Diagnostic-Code field, a block of lines).
    for (const auto& [offset, length] : diagnosticSlice.segments())
        r.evidence.append({offset, length, u"diagnostic"_s});
}

void fillReason(const BounceKnowledge& k, BounceRecipient& r, const FactSources& s,
                const ProviderReasons& provider) {
    ReasonInput input;
    input.flat = s.own.flat();
    input.status = r.status;
    input.replyCode = r.replyCode;
    input.command = r.command;
    input.action = r.action;
    input.diagnosticType = r.diagnosticType;
    input.providerReason = provider.reason;
    ReasonResult reason = classifyReason(k, input);
    const TextSlice* reasonSlice = &s.own;
    // Only the status class or nothing decided: the bounce's general text may say more.
    if ((reason.basis == u"fallback" || reason.basis == u"status_class" || reason.reason == u"onhold")
        && !s.context.isEmpty()) {
        input.flat = s.context.flat();
        const ReasonResult wider = classifyReason(k, input);
        // A phrase decided, possibly turned by the stage rules ("no such user here" with a 550 and no
        // stage is filtered).
        if (wider.start >= 0) {
            reason = wider;
            reasonSlice = &s.context;
        }
    }
    if ((reason.reason == u"onhold" || reason.reason == u"undefined") && !provider.defaultReason.isEmpty())
        reason = {provider.defaultReason, u"provider"_s};
    r.reason = reason.reason;
    if (reason.start >= 0)
        addEvidence(r, *reasonSlice, {reason.reason, {}, reason.start, reason.end}, u"reason"_s);
    r.hardBounce = isHardBounce(k, r.reason, r.status, r.replyCode);
}

} // namespace

void fillRecipientFacts(const BounceKnowledge& k, BounceRecipient& r, const FactSources& s) {
    fillStatus(k, r, s);
    fillSmtpFacts(k, r, s);
    fillBlocklists(k, r, s);
    const ProviderReasons provider = fillProvider(k, r, s);
    fillDiagnostic(r, s);
    fillReason(k, r, s, provider);
}

} // namespace rebound::bounce
