#include "core/bounce/reasonclassifier.h"

#include "core/bounce/textmatch.h"

#include <vector>

using namespace Qt::StringLiterals;

namespace rebound::bounce {

namespace {

QString applyCommandRules(const BounceKnowledge& k, const QString& reason, const QString& command,
                          const QString& statusReason, int replyCode) {
    for (const CommandRule& rule : k.commandRules) {
        if (rule.reasons.contains(reason) && rule.commands.contains(command)
            && !rule.unlessStatusReason.contains(statusReason) && (!rule.onlyWithReplyCode || replyCode > 0))
            return rule.becomes;
    }
    return reason;
}

bool isTransient(const ReasonInput& in) {
    if (!in.status.isEmpty())
        return in.status.startsWith(u'4');
    if (in.replyCode != 0)
        return in.replyCode >= 400 && in.replyCode < 500;
    return in.action == u"delayed";
}

struct TextMatch {
    const ReasonRule* rule = nullptr;
    qsizetype start = -1;
    qsizetype end = -1;
};

// The first reason (in knowledge order) whose phrases or patterns occur in flat. A reason's patterns
// run only when one of the literals they require occurs: most texts need no regular expression at all.
// A phrase inside a longer phrase of another reason does not count: the longer one says more ("an
// address that has been blacklisted" is the sender's address, not the blacklisted IP of "blacklisted").
// A weak phrase (one that names what is refused, "your IP", not why) decides only when no other
// phrase or pattern does: "too many connections from your IP" is a connection limit.
TextMatch matchText(const BounceKnowledge& k, const QString& flat) {
    if (flat.isEmpty())
        return {};
    TextMatch best;
    TextMatch weak;
    int bestIndex = int(k.reasons.size());
    int weakIndex = bestIndex;
    std::vector<bool> mayMatch(k.reasons.size(), false);
    const std::vector<PhraseMatcher::Hit> hits = k.reasonPhrases.findAll(flat);
    // Hits come in the order of their end, the longer first at one end: a phrase that contains hit i
    // ends with it or a little after it, so a window of neighbours is enough (and keeps this linear).
    const auto insideLonger = [&](size_t i) {
        const PhraseMatcher::Hit& h = hits[i];
        for (size_t j = i > 16 ? i - 16 : 0; j < hits.size() && j < i + 64; ++j) {
            const PhraseMatcher::Hit& o = hits[j];
            if (o.id != h.id && o.id < BounceKnowledge::kPatternGuardId && o.start <= h.start
                && o.end >= h.end && o.end - o.start > h.end - h.start)
                return true;
        }
        return false;
    };
    for (size_t i = 0; i < hits.size(); ++i) {
        const PhraseMatcher::Hit& hit = hits[i];
        if (hit.id >= BounceKnowledge::kWeakPhraseId) {
            const int index = hit.id - BounceKnowledge::kWeakPhraseId;
            if (index < weakIndex) {
                weakIndex = index;
                weak = {&k.reasons.at(index), hit.start, hit.end};
            }
        } else if (hit.id >= BounceKnowledge::kPatternGuardId) {
            mayMatch[hit.id - BounceKnowledge::kPatternGuardId] = true;
        } else if (hit.id < bestIndex && !insideLonger(i)) {
            bestIndex = hit.id;
            best = {&k.reasons.at(hit.id), hit.start, hit.end};
        }
    }
    const SubjectCheck check = subjectCheck(flat);
    for (int i = 0; i < bestIndex; ++i) {
        if (!mayMatch[i])
            continue;
        const QRegularExpressionMatch m = firstMatch(k.reasons.at(i).patterns, flat, 0, check);
        if (m.hasMatch())
            return {&k.reasons.at(i), m.capturedStart(), m.capturedEnd()};
    }
    if (!best.rule)
        return weak;
    // A later reason's pattern that spans the phrase says more, as a longer phrase does ("sender is on
    // user blacklist" is the sender's address refused, not the "blacklist" of a blocked IP). Such a
    // match holds its guard literal near the phrase; only those patterns run, from just before it.
    constexpr qsizetype kSpan = 200;
    std::vector<bool> guardNear(k.reasons.size(), false);
    for (const PhraseMatcher::Hit& hit : hits) {
        const int index = hit.id - BounceKnowledge::kPatternGuardId;
        if (hit.id >= BounceKnowledge::kPatternGuardId && hit.id < BounceKnowledge::kWeakPhraseId
            && index > bestIndex && hit.end >= best.start - kSpan && hit.start <= best.end + kSpan)
            guardNear[size_t(index)] = true;
    }
    for (int i = bestIndex + 1; i < int(k.reasons.size()); ++i) {
        if (!guardNear[size_t(i)])
            continue;
        const QRegularExpressionMatch m =
            firstMatch(k.reasons.at(i).patterns, flat, qMax<qsizetype>(0, best.start - kSpan), check);
        if (m.hasMatch() && m.capturedStart() <= best.start && m.capturedEnd() >= best.end)
            return {&k.reasons.at(i), m.capturedStart(), m.capturedEnd()};
    }
    return best;
}

bool isLocalProgramFailure(const ReasonInput& in) {
    return in.diagnosticType.startsWith(u"x-unix", Qt::CaseInsensitive)
           || (in.diagnosticType.startsWith(u"x-postfix", Qt::CaseInsensitive)
               && in.flat.contains(u"command output:", Qt::CaseInsensitive));
}

} // namespace

ReasonResult classifyReason(const BounceKnowledge& k, const ReasonInput& in) {
    ReasonResult result;
    if (in.status.startsWith(u"2.") || in.action == u"delivered" || in.action == u"relayed"
        || in.action == u"expanded") {
        return {u"delivered"_s, u"action"_s};
    }
    if (!in.providerReason.isEmpty())
        return {in.providerReason, u"provider_code"_s};

    const TextMatch text = matchText(k, in.flat);
    const QString statusReason = k.statusReasons.value(in.status);
    // A local delivery program's failure (Diagnostic-Code: x-unix, or Postfix's pipe and local
    // delivery agents quoting the program: "X-Postfix; ... Command output: ..."): the mailer's, unless
    // the text says the mailbox is full, or the status names what went wrong.
    if (isLocalProgramFailure(in)) {
        if (text.rule && (text.rule->name == u"mailboxfull" || text.rule->name == u"mailererror"))
            return {text.rule->name, u"text"_s, text.start, text.end};
        if (!statusReason.isEmpty() && statusReason != u"userunknown")
            return {statusReason, u"status"_s};
        return {u"mailererror"_s, u"diagnostic_type"_s};
    }
    if (text.rule) {
        bool textWins = true;
        if (!statusReason.isEmpty()) {
            const auto allowed = k.statusOverrides.constFind(statusReason);
            textWins = allowed == k.statusOverrides.constEnd() || allowed->contains(text.rule->name)
                       || text.rule->name == statusReason;
        }
        if (textWins) {
            result = {text.rule->name, u"text"_s, text.start, text.end};
        } else {
            result = {statusReason, u"status"_s};
        }
    } else if (!statusReason.isEmpty()) {
        result = {statusReason, u"status"_s};
    }
    if (!result.reason.isEmpty()) {
        const QString byCommand = applyCommandRules(k, result.reason, in.command, statusReason, in.replyCode);
        if (byCommand != result.reason)
            result = {byCommand, u"command"_s, result.start, result.end};
        if (isTransient(in) && k.transientReasons.contains(result.reason))
            result.reason = k.transientReasons.value(result.reason);
        return result;
    }

    const QString onhold = u"onhold"_s;
    const QString byCommand = applyCommandRules(k, onhold, in.command, statusReason, in.replyCode);
    if (byCommand != onhold)
        return {byCommand, u"command"_s};
    if (in.action == u"delayed" || in.action == u"expired")
        return {u"expired"_s, u"action"_s};
    if (const auto it = k.replyCodeReasons.constFind(in.replyCode); it != k.replyCodeReasons.constEnd())
        return {*it, u"reply_code"_s};
    if (in.status.size() >= 3) {
        if (const auto it = k.statusClassReasons.constFind(in.status.first(3));
            it != k.statusClassReasons.constEnd())
            return {*it, u"status_class"_s};
    }
    // No words and no reply: nothing to hold on to, whatever generic status (5.0.0) the MTA wrote.
    const bool nothing = in.flat.trimmed().isEmpty() && in.replyCode == 0;
    return {nothing ? u"undefined"_s : onhold, u"fallback"_s};
}

bool isHardBounce(const BounceKnowledge& k, const QString& reason, const QString& status, int replyCode) {
    if (!k.hardReasons.contains(reason))
        return false;
    const bool transient =
        status.startsWith(u'4') || (status.isEmpty() && replyCode >= 400 && replyCode < 500);
    // A null MX or a host that refuses everything is final only when the receiver says so (5xx).
    return !(reason == u"notaccept" && transient);
}

} // namespace rebound::bounce
