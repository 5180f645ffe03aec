#include "core/bounce/reasonclassifier.h"

namespace rebound::bounce {

namespace {

QString applyCommandRules(const BounceKnowledge& k, const QString& reason, const QString& command) {
    for (const CommandRule& rule : k.commandRules) {
        if (rule.reason == reason && rule.command == command)
            return rule.becomes;
    }
    return reason;
}

} // namespace

ReasonResult classifyReason(const BounceKnowledge& k, const ReasonInput& in) {
    ReasonResult result;
    if (in.status.startsWith(u"2.") || in.action == u"delivered" || in.action == u"relayed"
        || in.action == u"expanded") {
        result.reason = u"delivered"_qs;
        result.basis = u"action"_qs;
        return result;
    }
    if (!in.providerReason.isEmpty()) {
        result.reason = in.providerReason;
        result.basis = u"provider_code"_qs;
        return result;
    }
    if (!in.flat.isEmpty()) {
        for (const ReasonRule& rule : k.reasons) {
            if (rule.matcher.pattern().isEmpty())
                continue;
            const QRegularExpressionMatch m = rule.matcher.match(in.flat);
            if (m.hasMatch()) {
                result.reason = applyCommandRules(k, rule.name, in.command);
                result.basis = u"text"_qs;
                result.start = m.capturedStart();
                result.end = m.capturedEnd();
                return result;
            }
        }
    }
    if (const auto it = k.statusReasons.constFind(in.status); it != k.statusReasons.constEnd()) {
        result.reason = applyCommandRules(k, *it, in.command);
        result.basis = u"status"_qs;
        return result;
    }
    const QString onhold = u"onhold"_qs;
    const QString byCommand = applyCommandRules(k, onhold, in.command);
    if (byCommand != onhold) {
        result.reason = byCommand;
        result.basis = u"command"_qs;
        return result;
    }
    if (in.status.size() >= 3) {
        if (const auto it = k.statusClassReasons.constFind(in.status.first(3));
            it != k.statusClassReasons.constEnd()) {
            result.reason = *it;
            result.basis = u"status_class"_qs;
            return result;
        }
    }
    if (in.diagnosticType.startsWith(u"x-unix", Qt::CaseInsensitive)) {
        result.reason = u"mailererror"_qs;
        result.basis = u"fallback"_qs;
        return result;
    }
    if (in.action == u"delayed" || in.action == u"expired") {
        result.reason = u"expired"_qs;
        result.basis = u"action"_qs;
        return result;
    }
    result.reason =
        in.flat.trimmed().isEmpty() && in.status.isEmpty() && in.replyCode == 0 ? u"undefined"_qs : onhold;
    result.basis = u"fallback"_qs;
    return result;
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
