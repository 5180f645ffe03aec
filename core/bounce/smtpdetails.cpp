#include "core/bounce/smtpdetails.h"

#include "core/bounce/textmatch.h"

#include <algorithm>
#include <cctype>

using namespace Qt::StringLiterals;

namespace rebound::bounce {

namespace {

FlatHit hitFrom(const QRegularExpressionMatch& m, int group = 1) {
    const int g = m.capturedLength(group) > 0 ? group : 0;
    return {m.captured(g), {}, m.capturedStart(g), m.capturedEnd(g)};
}

bool isPlausibleIpv4(QStringView ip) {
    const auto parts = ip.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QStringView part : parts) {
        bool ok = false;
        const int n = part.toInt(&ok);
        if (!ok || n < 0 || n > 255)
            return false;
    }
    return true;
}

// RFC 4291 text form: eight groups of at most four hex digits, "::" once for a run of zero groups, the
// last 32 bits optionally as a dotted quad. A time of day ("12:30:45") is not one.
bool isPlausibleIpv6(QStringView ip) {
    if (ip.size() > 45 || ip.count(u"::"_s) > 1 || ip.contains(u":::"_s))
        return false;
    qsizetype groups = 0;
    QStringView rest = ip;
    const qsizetype lastColon = ip.lastIndexOf(u':');
    if (ip.indexOf(u'.') > lastColon) {
        if (!isPlausibleIpv4(ip.sliced(lastColon + 1)))
            return false;
        groups += 2;
        rest = ip.first(lastColon + 1);
    }
    const bool compressed = ip.contains(u"::"_s);
    for (const QStringView group : rest.split(u':')) {
        if (group.isEmpty())
            continue;
        if (group.size() > 4)
            return false;
        for (const QChar c : group) {
            if (!isxdigit(c.unicode() < 128 ? char(c.unicode()) : 'g'))
                return false;
        }
        ++groups;
    }
    return groups > 0 && (compressed ? groups <= 7 : groups == 8);
}

bool isPlausibleIp(QStringView ip) {
    return ip.contains(u':') ? isPlausibleIpv6(ip) : isPlausibleIpv4(ip);
}

} // namespace

bool isPlausibleSender(QStringView ip) {
    if (!isPlausibleIp(ip))
        return false;
    return ip.contains(u':') ? ip != u"::" : !ip.startsWith(u"0.");
}

bool isRealStatusCode(QStringView status) {
    const auto parts = status.split(u'.');
    if (parts.size() != 3 || status.isEmpty())
        return false;
    const QChar c = status.at(0);
    if (c != u'2' && c != u'4' && c != u'5')
        return false;
    for (const QStringView part : parts) {
        bool ok = false;
        (void)part.toInt(&ok);
        if (!ok)
            return false;
    }
    return true;
}

FlatHit findStatusCode(const BounceKnowledge& k, const QString& flat) {
    // A code right after a reply code ("550 5.1.1", "550-'5.7.1") is the server's own; a code
    // elsewhere may be the reporting MTA's summary ("5.1.0 - Unknown address error 550-'5.2.2 ...").
    FlatHit first;
    FlatHit success;
    auto it = allMatches(k.statusCode, flat);
    int seen = 0;
    while (it.hasNext() && seen++ < 64) {
        const QRegularExpressionMatch m = it.next();
        const FlatHit hit = hitFrom(m);
        const QStringView before = QStringView(flat).first(hit.start).right(6);
        static const QRegularExpression afterReply(u"[245]\\d\\d[ -]['\"#(]?$"_s);
        const QRegularExpressionMatch reply = firstMatch(afterReply, before);
        if (!hit.value.startsWith(u'4') && !hit.value.startsWith(u'5')) {
            // A success code only as a server's reply gives it ("250 2.0.0 Ok"): "Mailman 2.0.12" in
            // a quoted subject is a version number.
            if (!success.found() && reply.hasMatch() && reply.captured().startsWith(hit.value.at(0)))
                success = hit;
            continue;
        }
        if (reply.hasMatch())
            return hit;
        if (!first.found())
            first = hit;
    }
    return first.found() ? first : success;
}

namespace {

// The word that labels a number ("Size (in bytes): 222" -> "bytes"); empty when none.
QStringView labelBefore(QStringView flat, qsizetype pos) {
    qsizetype end = pos;
    while (end > 0 && QStringView(u" :=()#[").contains(flat.at(end - 1)) && pos - end < 4)
        --end;
    qsizetype start = end;
    while (start > 0 && flat.at(start - 1).isLetter() && end - start < 24)
        --start;
    return flat.sliced(start, end - start);
}

bool isListed(const QStringList& words, QStringView word) {
    if (word.isEmpty())
        return false;
    return std::any_of(words.begin(), words.end(),
                       [&](const QString& w) { return word.compare(w, Qt::CaseInsensitive) == 0; });
}

// The word right after a number and one space ("450 seconds" -> "seconds"); empty when none.
QStringView unitAfter(QStringView flat, qsizetype end) {
    if (end >= flat.size() || flat.at(end) != u' ')
        return {};
    qsizetype stop = end + 1;
    while (stop < flat.size() && flat.at(stop).isLetter() && stop - end <= 10)
        ++stop;
    if (stop < flat.size() && (flat.at(stop).isLetterOrNumber() || flat.at(stop) == u'-'))
        return {};
    return flat.sliced(end + 1, stop - end - 1);
}

// A number after "::" or a hex group and a colon is an IPv6 address's last group ("[2001:db8::554]"),
// not a reply; one colon after a word ("said:550") leaves it a reply.
bool endsAnAddress(QStringView flat, qsizetype start) {
    if (start == 0 || flat.at(start - 1) != u':')
        return false;
    int colons = 0;
    for (qsizetype i = start - 1; i >= 0 && start - i <= 40; --i) {
        const QChar c = flat.at(i);
        if (c == u':')
            ++colons;
        else if (!isxdigit(c.unicode() < 128 ? char(c.unicode()) : 'g'))
            break;
    }
    return colons >= 2;
}

// True when flat[from..] holds an IPv4 address ("192.0.2.1"), not followed by another digit or dot.
bool isDottedQuadAt(QStringView flat, qsizetype from) {
    qsizetype end = from;
    while (end < flat.size() && end - from <= 15 && (flat.at(end).isDigit() || flat.at(end) == u'.'))
        ++end;
    QStringView token = flat.sliced(from, end - from);
    if (token.endsWith(u'.'))
        token.chop(1);
    return isPlausibleIpv4(token);
}

// A reply code is followed by its text, an enhanced status code or the address it speaks of, never by
// another number: "554 123 4567" and "421 555 0199" are telephone numbers; "550 5.1.1" and "550
// 192.0.2.1 listed at ..." are replies.
bool numberFollows(QStringView flat, qsizetype end) {
    qsizetype i = end;
    while (i < flat.size() && flat.at(i) == u' ')
        ++i;
    if (i == end || i >= flat.size() || !flat.at(i).isDigit())
        return false;
    return !(i + 1 < flat.size() && flat.at(i + 1) == u'.') && !isDottedQuadAt(flat, i);
}

} // namespace

FlatHit findReplyCode(const BounceKnowledge& k, const QString& flat, QChar statusClass) {
    // The best candidate: a code the IANA registry knows before one it does not ("511 sorry, no
    // mailbox" is qmail's, "512" in "limit of 512 KB" none), a specific code before a bare 500 or 400
    // (an MTA's "500 Error" before the server's "550 5.1.1"), then one of the status's class.
    FlatHit best;
    int bestRank = 0;
    FlatHit success;
    auto it = allMatches(k.replyCode, flat);
    int seen = 0;
    while (it.hasNext() && seen++ < 64) {
        const FlatHit hit = hitFrom(it.next());
        // A number that something else names (a size, a port, a duration, an address) is no reply.
        if (isListed(k.numberLabels, labelBefore(flat, hit.start))
            || isListed(k.numberUnits, unitAfter(flat, hit.end)) || endsAnAddress(flat, hit.start)
            || numberFollows(flat, hit.end))
            continue;
        const QChar c = hit.value.at(0);
        if (c == u'2' || c == u'3') {
            // A success reply only where a reply stands: the text starts with it, or an enhanced
            // code of its class follows ("250 2.0.0 Ok"). Never a failure's reply code otherwise.
            const QStringView after = QStringView(flat).sliced(hit.end).left(3);
            const bool replyLike = hit.start == 0
                                   || (after.size() == 3 && (after[0] == u' ' || after[0] == u'-')
                                       && after[1] == c && after[2] == u'.');
            if (!success.found() && replyLike)
                success = hit;
            continue;
        }
        const bool registered =
            k.registeredReplyCodes.isEmpty() || k.registeredReplyCodes.contains(hit.value.toInt());
        const bool specific = !hit.value.endsWith(u"00"); // 500 and 400 say only "error"
        const bool ofClass = statusClass.isNull() || statusClass == c;
        const int rank = 1 + (registered ? 4 : 0) + (specific ? 2 : 0) + (ofClass ? 1 : 0);
        if (rank == 8)
            return hit;
        if (rank > bestRank) {
            best = hit;
            bestRank = rank;
        }
    }
    if (best.found())
        return best;
    return success;
}

namespace {

FlatHit commandHit(const BounceKnowledge& k, const GuardedPatterns::Match& m) {
    FlatHit hit{k.commandNames.at(m.index), {}, m.match.capturedStart(), m.match.capturedEnd()};
    if (hit.value == u"$1") {
        // The stage as written: "RCPT TO", "end of data", "the greeting" name RCPT, DATA, CONN.
        const QString written = m.match.captured(1).simplified().toLower();
        hit.value = k.commandWords.value(written, written.toUpper());
    }
    return hit;
}

} // namespace

SmtpGuards smtpGuards(const BounceKnowledge& k, QStringView flat) {
    SmtpGuards guards{k.commands.unguarded(), k.remoteHosts.unguarded(), k.senderIps.unguarded()};
    std::vector<bool>* const sets[] = {&guards.commands, &guards.remoteHosts, &guards.senderIps};
    constexpr int stride = BounceKnowledge::kSmtpGuardStride;
    for (const PhraseMatcher::Hit& hit : k.smtpGuards.findAll(flat))
        (*sets[size_t(hit.id / stride)])[size_t(hit.id % stride)] = true;
    return guards;
}

FlatHit findCommand(const BounceKnowledge& k, const QString& flat, const SmtpGuards& guards,
                    qsizetype replyAt) {
    const std::vector<bool>& may = guards.commands;
    GuardedPatterns::Match m = k.commands.earliest(flat, may);
    if (!m.found())
        return {};
    FlatHit hit = commandHit(k, m);
    // A session transcript (">>> MAIL FROM", "<<< 250", ">>> RCPT TO", "<<< 550") failed at the last
    // command sent before the failing reply; a stage named after the reply ("in reply to RCPT TO
    // command") is the first one.
    for (int more = 0; replyAt >= 0 && hit.start < replyAt && more < 16; ++more) {
        m = k.commands.earliest(flat, may, hit.end);
        if (!m.found() || m.match.capturedStart() >= replyAt)
            break;
        hit = commandHit(k, m);
    }
    return hit;
}

FlatHit findReportingHost(const BounceKnowledge& k, const QString& flat) {
    const GuardedPatterns::Match m = k.reportingHosts.earliest(flat, k.reportingHosts.mayMatch(flat));
    if (!m.found())
        return {};
    return {m.match.captured(1), {}, m.match.capturedStart(1), m.match.capturedEnd(1)};
}

FlatHit findRemoteHost(const BounceKnowledge& k, const QString& flat, const SmtpGuards& guards) {
    const GuardedPatterns::Match m = k.remoteHosts.earliest(flat, guards.remoteHosts);
    if (!m.found())
        return {};
    const QRegularExpressionMatch& best = m.match;
    FlatHit hit{best.captured(1), best.captured(2), best.capturedStart(), best.capturedEnd()};
    // "remote host 192.0.2.1 said": the only capture is the address.
    if (isPlausibleIp(hit.value) && hit.extra.isEmpty()) {
        hit.extra = hit.value;
        hit.value.clear();
    }
    if (!hit.extra.isEmpty() && !isPlausibleIp(hit.extra))
        hit.extra.clear();
    return hit;
}

namespace {

// Whether text holds a dotted quad (four digit runs joined by dots) or an IPv6-looking run ("::" or
// three colons). Every sender-IP pattern captures one, and most diagnostics hold none (a status code has
// only two dots, a time of day two single colons).
bool holdsIpLikeRun(const QString& text) {
    int dots = 0;
    bool digits = false;
    int colons = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= u'0' && c <= u'9') {
            digits = true;
        } else if (c == u'.' && digits) {
            if (++dots == 3)
                return true;
            digits = false;
        } else if (c == u':') {
            ++colons;
            if ((colons == 2 && i > 0 && text.at(i - 1) == u':') || colons == 3)
                return true;
            dots = 0;
            digits = false;
        } else {
            if (!((c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
                colons = 0;
            dots = 0;
            digits = false;
        }
    }
    return false;
}

} // namespace

FlatHit findSenderIp(const BounceKnowledge& k, const QString& flat, const SmtpGuards& guards) {
    if (!holdsIpLikeRun(flat))
        return {};
    // Each pattern runs on its own, and only when one of its literals occurs: a literal-led pattern is
    // a fast scan, where one alternation of all of them tries every branch at every character. The
    // earliest plausible address wins (the first pattern at the same place).
    FlatHit best;
    const std::vector<bool>& may = guards.senderIps;
    const SubjectCheck check = subjectCheck(flat);
    for (qsizetype i = 0; i < k.senderIps.list.size(); ++i) {
        if (!may[size_t(i)])
            continue;
        auto it = allMatches(k.senderIps.list.at(i).pattern, flat, check);
        for (int seen = 0; it.hasNext() && seen < 16; ++seen) {
            const QRegularExpressionMatch m = it.next();
            if (best.found() && m.capturedStart(1) >= best.start)
                break;
            if (isPlausibleSender(m.capturedView(1))) {
                best = {m.captured(1), {}, m.capturedStart(1), m.capturedEnd(1)};
                break;
            }
        }
    }
    return best;
}

QList<FlatHit> findBlocklists(const BounceKnowledge& k, const QString& flat) {
    QList<FlatHit> hits;
    auto add = [&](const FlatHit& hit) {
        for (const FlatHit& h : hits) {
            if (h.value.compare(hit.value, Qt::CaseInsensitive) == 0)
                return;
        }
        if (hits.size() < 16)
            hits.append(hit);
    };
    const auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_'; };
    const std::vector<PhraseMatcher::Hit> words = k.blocklistWords.findAll(flat, 64);
    const auto inside = [&](const PhraseMatcher::Hit& h) {
        return std::any_of(words.begin(), words.end(), [&](const PhraseMatcher::Hit& o) {
            return o.start <= h.start && o.end >= h.end && (o.end - o.start) > (h.end - h.start);
        });
    };
    for (const PhraseMatcher::Hit& hit : words) {
        if (inside(hit))
            continue; // "spamhaus" inside "zen.spamhaus.org": the zone says it all
        // Whole words only: "SBL" names a list, "SBL123" does not.
        if ((hit.start > 0 && isWordChar(flat.at(hit.start - 1)))
            || (hit.end < flat.size() && isWordChar(flat.at(hit.end))))
            continue;
        const BlocklistRule& rule = k.blocklists.at(hit.id);
        // A zone is reported as written (zen.spamhaus.org); a list named in words by its name.
        const QString written = flat.mid(hit.start, hit.end - hit.start).toLower();
        const QString value = written.contains(u'.') ? written : rule.name;
        add({value, rule.name, hit.start, hit.end});
    }
    const std::vector<bool> may = k.zonePatterns.mayMatch(flat);
    const SubjectCheck check = subjectCheck(flat);
    for (qsizetype i = 0; i < k.zonePatterns.list.size(); ++i) {
        if (!may[size_t(i)])
            continue; // its list word is absent: no need to scan
        const QRegularExpression& re = k.zonePatterns.list.at(i).pattern;
        auto it = allMatches(re, flat, check);
        int seen = 0;
        while (it.hasNext() && seen++ < 8) {
            FlatHit hit = hitFrom(it.next());
            hit.value = hit.value.toLower();
            while (hit.value.endsWith(u'.')) {
                hit.value.chop(1);
                --hit.end;
            }
            // Host names of the receiver or sender are not lists: a zone has a known list word.
            if (!hit.value.contains(u"bl") && !hit.value.contains(u"spam") && !hit.value.contains(u"rbl")
                && !hit.value.contains(u"block") && !hit.value.contains(u"black"))
                continue;
            bool covered = false;
            for (const FlatHit& h : hits) {
                if (h.value == hit.value || (h.start <= hit.start && h.end >= hit.end))
                    covered = true;
            }
            if (!covered)
                add(hit);
        }
    }
    return hits;
}

namespace {

const ProviderRule* providerByHost(const BounceKnowledge& k, const QString& host) {
    if (host.isEmpty())
        return nullptr;
    const QRegularExpressionMatch m = firstMatch(k.anyProviderHost, host);
    for (int g = 1; m.hasMatch() && g <= m.lastCapturedIndex() && g <= k.providers.size(); ++g) {
        if (m.capturedStart(g) >= 0)
            return &k.providers.at(g - 1);
    }
    return nullptr;
}

// The provider whose phrase is the whole domain ("gmail.com", "yahoo.com").
const ProviderRule* providerOwningDomain(const BounceKnowledge& k, const QString& domain) {
    for (const PhraseMatcher::Hit& hit : k.providerPhrases.findAll(domain, 8)) {
        if (hit.start == 0 && hit.end == domain.size())
            return &k.providers.at(hit.id);
    }
    return nullptr;
}

// Whether [start, end) of flat lies inside an occurrence of host: the nearest one starting at or
// before start (an earlier one ends earlier still).
bool insideHost(const QString& flat, const QString& host, qsizetype start, qsizetype end) {
    if (host.isEmpty())
        return false;
    const qsizetype at = flat.lastIndexOf(host, start, Qt::CaseInsensitive);
    return at >= 0 && at + host.size() >= end;
}

// A provider's phrase in the text, but not a domain after '@': an address at gmail.com is a person
// (often the sender, in the summary of the returned message), not the server that answered. Nor is it
// the host name of the sender's own server that wrote the notice (excluded: Exchange Online's
// "Generating server: ...prod.outlook.com" above another server's refusal).
const ProviderRule* providerNamedInText(const BounceKnowledge& k, const QString& flat,
                                        const QString& excluded) {
    for (qsizetype from = 0; from < flat.size();) {
        const std::vector<PhraseMatcher::Hit> hits =
            k.providerPhrases.findAll(QStringView(flat).sliced(from), 1);
        if (hits.empty())
            return nullptr;
        const qsizetype start = from + hits.front().start;
        const qsizetype end = from + hits.front().end;
        if ((start == 0 || flat.at(start - 1) != u'@') && !insideHost(flat, excluded, start, end))
            return &k.providers.at(hits.front().id);
        from += qMax<qsizetype>(hits.front().end, 1);
    }
    return nullptr;
}

} // namespace

ProviderHit findProvider(const BounceKnowledge& k, const QString& flat, const QString& remoteMta,
                         const QString& reportingMta, const QString& recipientDomain) {
    ProviderHit result;
    if (!recipientDomain.isEmpty()) {
        // "hotmail.com" is Microsoft's as "mx.hotmail.com" is.
        result.provider = providerByHost(k, u'.' + recipientDomain);
        if (!result.provider)
            result.provider = providerOwningDomain(k, recipientDomain);
    }
    if (!result.provider)
        result.provider = providerByHost(k, remoteMta);
    // The reporting MTA is the receiver's only when no remote MTA answered: with one, it is the
    // sender's side (a Microsoft 365 tenant reporting another server's refusal).
    if (!result.provider && remoteMta.isEmpty())
        result.provider = providerByHost(k, reportingMta);
    if (!result.provider)
        result.provider = providerNamedInText(k, flat, remoteMta.isEmpty() ? QString() : reportingMta);
    findProviderCode(flat, result);
    return result;
}

void findProviderCode(const QString& flat, ProviderHit& hit) {
    hit.code = nullptr;
    hit.codeHit = {};
    if (!hit.provider)
        return;
    const SubjectCheck check = subjectCheck(flat);
    for (const ProviderCode& code : hit.provider->codes) {
        const QRegularExpressionMatch m = firstMatch(code.pattern, flat, 0, check);
        if (m.hasMatch()) {
            hit.code = &code;
            hit.codeHit = hitFrom(m);
            hit.codeHit.extra = code.meaning;
            return;
        }
    }
}

} // namespace rebound::bounce
