#include "core/bounce/bounceknowledge.h"

#include "core/bounce/textmatch.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace rebound::bounce {

namespace {

constexpr auto kRegexOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// Collects the first problem; later calls are ignored so the message names the root cause.
class Problems final {
public:
    void add(const QString& message) {
        if (m_first.isEmpty())
            m_first = message;
    }
    const QString& first() const { return m_first; }
    bool compileNow = true; // BounceKnowledge::RegexCheck::AtLoad

private:
    QString m_first;
};

QRegularExpression compile(const QString& pattern, const QString& where, Problems& problems,
                           QRegularExpression::PatternOptions extra = {}) {
    QRegularExpression re(pattern, kRegexOptions | extra);
    if (!problems.compileNow)
        return re;
    if (!re.isValid()) {
        problems.add(u"%1: invalid regular expression \"%2\": %3 at offset %4"_s.arg(
            where, pattern, re.errorString(), QString::number(re.patternErrorOffset())));
        return {};
    }
    re.optimize();
    return re;
}

QStringList stringList(const QJsonValue& value, const QString& where, Problems& problems) {
    QStringList list;
    if (value.isUndefined() || value.isNull())
        return list;
    if (!value.isArray()) {
        problems.add(u"%1: expected an array of strings"_s.arg(where));
        return list;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            problems.add(u"%1[%2]: expected a string"_s.arg(where).arg(i));
        else
            list.append(array.at(i).toString());
    }
    return list;
}

QList<QRegularExpression> regexList(const QJsonValue& value, const QString& where, Problems& problems,
                                    QRegularExpression::PatternOptions extra = {}) {
    QList<QRegularExpression> list;
    const QStringList patterns = stringList(value, where, problems);
    for (qsizetype i = 0; i < patterns.size(); ++i)
        list.append(compile(patterns.at(i), u"%1[%2]"_s.arg(where).arg(i), problems, extra));
    return list;
}

// A guard: one lower-case literal, or a list of them of which every match contains at least one.
QStringList guardLiterals(const QJsonValue& value, const QString& where, Problems& problems) {
    QStringList guards = value.isArray() ? stringList(value, where, problems) : QStringList();
    if (value.isString())
        guards.append(value.toString());
    for (const QString& guard : guards) {
        if (guard.isEmpty() || guard != guard.toLower())
            problems.add(where + u": \"requires\" must be a lower-case literal (or a list of them)"_s);
    }
    return guards;
}

// Strings, or {pattern, requires} objects. prepare() rewrites a pattern before it is compiled.
QList<GuardedPattern> guardedList(const QJsonValue& value, const QString& where, Problems& problems,
                                  const std::function<QString(QString)>& prepare = {}) {
    QList<GuardedPattern> list;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const QString at = u"%1[%2]"_s.arg(where).arg(i);
        QString pattern = item.isObject() ? item.toObject().value(u"pattern").toString() : item.toString();
        const QStringList guards =
            item.isObject() ? guardLiterals(item.toObject().value(u"requires"), at, problems) : QStringList();
        if (pattern.isEmpty()) {
            problems.add(at + u": a pattern is required"_s);
            continue;
        }
        list.append({compile(prepare ? prepare(pattern) : pattern, at, problems), guards});
    }
    return list;
}

GuardedPatterns guardedPatterns(const QJsonValue& value, const QString& where, Problems& problems,
                                const std::function<QString(QString)>& prepare = {}) {
    GuardedPatterns patterns;
    patterns.list = guardedList(value, where, problems, prepare);
    for (qsizetype i = 0; i < patterns.list.size(); ++i) {
        for (const QString& guard : patterns.list.at(i).guards)
            patterns.guards.add(guard, int(i));
    }
    patterns.guards.build();
    return patterns;
}

QJsonObject parseFile(const QHash<QString, QByteArray>& files, const QString& name, Problems& problems) {
    const auto it = files.constFind(name);
    if (it == files.constEnd()) {
        problems.add(u"%1.json: missing"_s.arg(name));
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*it, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        problems.add(u"%1.json: not a JSON object: %2 at offset %3"_s.arg(name, parseError.errorString())
                         .arg(parseError.offset));
        return {};
    }
    const QJsonObject root = doc.object();
    if (root.value(u"version").toInt() != 1)
        problems.add(
            u"%1.json: unsupported version %2 (expected 1)"_s.arg(name).arg(root.value(u"version").toInt()));
    return root;
}

QString alternation(const QStringList& phrases, const QStringList& patterns) {
    QStringList parts;
    parts.reserve(phrases.size() + patterns.size());
    for (const QString& phrase : phrases)
        parts.append(QRegularExpression::escape(phrase));
    for (const QString& pattern : patterns)
        parts.append(u"(?:"_s + pattern + u')');
    return parts.join(u'|');
}

// Sisimai's "aligned" fragments ("user ", " does not exist"): each occurs after the one before, within
// one diagnostic. Becomes a pattern that requires its longest fragment.
GuardedPattern alignedPattern(const QStringList& fragments, const QString& where, Problems& problems) {
    QStringList escaped;
    QString longest;
    for (const QString& fragment : fragments) {
        if (fragment.trimmed().isEmpty() || fragment != fragment.toLower()) {
            problems.add(where + u": fragments must be non-empty lower-case literals"_s);
            return {};
        }
        escaped.append(QRegularExpression::escape(fragment));
        if (fragment.size() > longest.size())
            longest = fragment;
    }
    if (fragments.size() < 2) {
        problems.add(where + u": at least two fragments are needed"_s);
        return {};
    }
    // The gap is bounded: fragments far apart in a long text are not one statement.
    return {compile(escaped.join(u".{0,200}?"_s), where, problems), {longest}};
}

// The phrases and aligned fragments phrases.json adds to each reason (knowledge from other sources,
// kept apart for attribution). A phrase the curated file already has, in any class, stays there.
struct ExtraPhrases {
    QStringList phrases;
    QList<GuardedPattern> aligned;
};

QHash<QString, ExtraPhrases> loadExtraPhrases(const QJsonObject& root, const QStringList& known,
                                              Problems& problems) {
    QHash<QString, ExtraPhrases> extra;
    const QJsonObject reasons = root.value(u"reasons").toObject();
    for (auto it = reasons.begin(); it != reasons.end(); ++it) {
        const QString where = u"phrases.json: reasons.%1"_s.arg(it.key());
        if (!known.contains(it.key())) {
            problems.add(where + u": unknown reason"_s);
            continue;
        }
        const QJsonObject entry = it.value().toObject();
        ExtraPhrases& e = extra[it.key()];
        e.phrases = stringList(entry.value(u"phrases"), where + u".phrases"_s, problems);
        const QJsonArray aligned = entry.value(u"aligned").toArray();
        for (qsizetype i = 0; i < aligned.size(); ++i) {
            const QString at = where + u".aligned[%1]"_s.arg(i);
            e.aligned.append(alignedPattern(stringList(aligned.at(i), at, problems), at, problems));
        }
    }
    return extra;
}

void loadReasons(const QJsonObject& root, const QJsonObject& extraRoot, BounceKnowledge& k,
                 Problems& problems) {
    const QJsonObject reasons = root.value(u"reasons").toObject();
    const QStringList order = stringList(root.value(u"order"), u"reasons.json: order"_s, problems);
    k.knownReasons = reasons.keys();
    k.knownReasons << u"feedback"_s << u"vacation"_s << u"delivered"_s << u"undefined"_s;
    const QHash<QString, ExtraPhrases> extra = loadExtraPhrases(extraRoot, k.knownReasons, problems);
    QSet<QString> curated;
    for (const QJsonValue& entry : reasons) {
        for (const QJsonValue& phrase : entry.toObject().value(u"phrases").toArray())
            curated.insert(phrase.toString());
    }
    for (const QString& name : order) {
        if (!reasons.contains(name)) {
            problems.add(u"reasons.json: order names \"%1\", which is not in reasons"_s.arg(name));
            continue;
        }
        const QJsonObject entry = reasons.value(name).toObject();
        const QString where = u"reasons.json: reasons.%1"_s.arg(name);
        QStringList phrases = stringList(entry.value(u"phrases"), where + u".phrases"_s, problems);
        QList<GuardedPattern> guarded =
            guardedList(entry.value(u"patterns"), where + u".patterns"_s, problems);
        const ExtraPhrases more = extra.value(name);
        guarded += more.aligned;
        for (const QString& phrase : more.phrases) {
            if (!curated.contains(phrase))
                phrases.append(phrase);
        }
        QStringList patterns;
        for (qsizetype i = 0; i < guarded.size(); ++i) {
            patterns.append(guarded.at(i).pattern.pattern());
            const QStringList& guards = guarded.at(i).guards;
            if (guards.isEmpty())
                problems.add(
                    u"%1.patterns[%2]: \"requires\" must be a lower-case literal"_s.arg(where).arg(i));
            for (const QString& guard : guards)
                k.reasonPhrases.add(guard, BounceKnowledge::kPatternGuardId + int(k.reasons.size()));
        }
        ReasonRule rule;
        rule.name = name;
        rule.label = entry.value(u"label").toString();
        rule.description = entry.value(u"description").toString();
        if (!rule.label.isEmpty())
            k.reasonLabels.insert(name, rule.label);
        if (!patterns.isEmpty())
            rule.patterns = compile(alternation({}, patterns), where, problems);
        for (const QString& phrase : phrases) {
            if (phrase.trimmed().isEmpty())
                problems.add(where + u".phrases: empty phrase"_s);
            k.reasonPhrases.add(phrase, int(k.reasons.size()));
        }
        for (const QString& phrase :
             stringList(entry.value(u"weak_phrases"), where + u".weak_phrases"_s, problems)) {
            if (phrase.trimmed().isEmpty())
                problems.add(where + u".weak_phrases: empty phrase"_s);
            k.reasonPhrases.add(phrase, BounceKnowledge::kWeakPhraseId + int(k.reasons.size()));
        }
        k.reasons.append(rule);
    }
    k.reasonPhrases.build();
    const QJsonObject labels = root.value(u"labels").toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it.key() == u"comment")
            continue;
        if (!k.knownReasons.contains(it.key()))
            problems.add(u"reasons.json: labels.%1: unknown reason"_s.arg(it.key()));
        k.reasonLabels.insert(it.key(), it.value().toString());
    }
    k.hardReasons = stringList(root.value(u"hard"), u"reasons.json: hard"_s, problems);
    const QJsonObject status = root.value(u"status").toObject();
    const QJsonObject exact = status.value(u"exact").toObject();
    for (auto it = exact.begin(); it != exact.end(); ++it) {
        if (!k.knownReasons.contains(it.value().toString()))
            problems.add(u"reasons.json: status.exact.%1: unknown reason \"%2\""_s.arg(
                it.key(), it.value().toString()));
        k.statusReasons.insert(it.key(), it.value().toString());
    }
    const QJsonObject byClass = status.value(u"class").toObject();
    for (auto it = byClass.begin(); it != byClass.end(); ++it) {
        if (it.key() == u"comment")
            continue;
        if (!k.knownReasons.contains(it.value().toString()))
            problems.add(u"reasons.json: status.class.%1: unknown reason \"%2\""_s.arg(
                it.key(), it.value().toString()));
        k.statusClassReasons.insert(it.key(), it.value().toString());
    }
    const QJsonObject overrides = status.value(u"overrides").toObject();
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (it.key() == u"comment")
            continue;
        const QString where = u"reasons.json: status.overrides.%1"_s.arg(it.key());
        const QStringList allowed = stringList(it.value(), where, problems);
        for (const QString& reason : allowed + QStringList{it.key()}) {
            if (!k.knownReasons.contains(reason))
                problems.add(u"%1: unknown reason \"%2\""_s.arg(where, reason));
        }
        k.statusOverrides.insert(it.key(), allowed);
    }
    const QJsonObject replyCodes = root.value(u"reply_codes").toObject();
    for (auto it = replyCodes.begin(); it != replyCodes.end(); ++it) {
        if (it.key() == u"comment")
            continue;
        bool ok = false;
        const int code = it.key().toInt(&ok);
        if (!ok || code < 400 || code > 599 || !k.knownReasons.contains(it.value().toString()))
            problems.add(
                u"reasons.json: reply_codes.%1: a 4xx or 5xx code and a known reason are needed"_s.arg(
                    it.key()));
        k.replyCodeReasons.insert(code, it.value().toString());
    }
    const QJsonObject transient = root.value(u"transient").toObject();
    for (auto it = transient.begin(); it != transient.end(); ++it) {
        if (it.key() == u"comment")
            continue;
        if (!k.knownReasons.contains(it.key()) || !k.knownReasons.contains(it.value().toString()))
            problems.add(u"reasons.json: transient.%1: unknown reason"_s.arg(it.key()));
        k.transientReasons.insert(it.key(), it.value().toString());
    }
    const QJsonArray rules = root.value(u"command_rules").toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject r = rules.at(i).toObject();
        const QString where = u"reasons.json: command_rules[%1]"_s.arg(i);
        CommandRule rule;
        rule.reasons = stringList(r.value(u"reasons"), where + u".reasons"_s, problems);
        rule.commands = stringList(r.value(u"commands"), where + u".commands"_s, problems);
        rule.unlessStatusReason =
            stringList(r.value(u"unless_status_reason"), where + u".unless_status_reason"_s, problems);
        rule.becomes = r.value(u"becomes").toString();
        rule.onlyWithReplyCode = r.value(u"only_with_reply_code").toBool();
        for (const QString& reason : rule.reasons + rule.unlessStatusReason + QStringList{rule.becomes}) {
            if (!k.knownReasons.contains(reason))
                problems.add(u"%1: unknown reason \"%2\""_s.arg(where, reason));
        }
        k.commandRules.append(rule);
    }
}

void loadProviders(const QJsonObject& root, BounceKnowledge& k, Problems& problems) {
    const QJsonArray providers = root.value(u"providers").toArray();
    for (qsizetype i = 0; i < providers.size(); ++i) {
        const QJsonObject p = providers.at(i).toObject();
        const QString where = u"providers.json: providers[%1]"_s.arg(i);
        ProviderRule rule;
        rule.id = p.value(u"id").toString();
        rule.name = p.value(u"name").toString();
        if (rule.id.isEmpty() || rule.name.isEmpty())
            problems.add(where + u": id and name are required"_s);
        rule.hosts = regexList(p.value(u"hosts"), where + u".hosts"_s, problems);
        for (const QString& phrase : stringList(p.value(u"phrases"), where + u".phrases"_s, problems))
            k.providerPhrases.add(phrase, int(k.providers.size()));
        const QJsonArray codes = p.value(u"codes").toArray();
        for (qsizetype j = 0; j < codes.size(); ++j) {
            const QJsonObject c = codes.at(j).toObject();
            const QString codeWhere = where + u".codes[%1]"_s.arg(j);
            ProviderCode code;
            code.pattern = compile(c.value(u"pattern").toString(), codeWhere, problems);
            code.meaning = c.value(u"meaning").toString();
            code.reason = c.value(u"reason").toString();
            code.remediation = c.value(u"remediation").toString();
            code.link = c.value(u"link").toString();
            if (code.meaning.isEmpty())
                problems.add(codeWhere + u": meaning is required"_s);
            if (!code.reason.isEmpty() && !k.knownReasons.contains(code.reason))
                problems.add(codeWhere + u": unknown reason \"%1\""_s.arg(code.reason));
            rule.codes.append(code);
        }
        rule.defaultReason = p.value(u"default_reason").toString();
        if (!rule.defaultReason.isEmpty() && !k.knownReasons.contains(rule.defaultReason))
            problems.add(where + u": unknown default_reason \"%1\""_s.arg(rule.defaultReason));
        k.providers.append(rule);
    }
    k.providerPhrases.build();
    // One alternation with a group per provider, so a host name is matched once, not once per pattern.
    QStringList hostGroups;
    for (const ProviderRule& rule : k.providers) {
        QStringList alternatives;
        for (const QRegularExpression& re : rule.hosts) {
            if (problems.compileNow && re.captureCount() > 0) // a check that compiles each pattern
                problems.add(u"providers.json: %1.hosts: \"%2\" has a capturing group; use (?:...)"_s.arg(
                    rule.id, re.pattern()));
            alternatives.append(u"(?:"_s + re.pattern() + u')');
        }
        hostGroups.append(u'(' + (alternatives.isEmpty() ? u"(?!)"_s : alternatives.join(u'|')) + u')');
    }
    if (!hostGroups.isEmpty())
        k.anyProviderHost = compile(hostGroups.join(u'|'), u"providers.json: hosts (all)"_s, problems);
}

void loadBlocklists(const QJsonObject& root, BounceKnowledge& k, Problems& problems) {
    const QJsonArray lists = root.value(u"lists").toArray();
    for (qsizetype i = 0; i < lists.size(); ++i) {
        const QJsonObject l = lists.at(i).toObject();
        const QString where = u"blocklists.json: lists[%1]"_s.arg(i);
        BlocklistRule rule;
        rule.name = l.value(u"name").toString();
        rule.link = l.value(u"link").toString();
        const QStringList zones = stringList(l.value(u"zones"), where + u".zones"_s, problems);
        const QStringList names = stringList(l.value(u"names"), where + u".names"_s, problems);
        rule.reportAs = zones.isEmpty() ? rule.name : zones.first();
        if (rule.name.isEmpty() || zones.size() + names.size() == 0)
            problems.add(where + u": name and at least one zone or name are required"_s);
        for (const QString& word : zones + names)
            k.blocklistWords.add(word, int(k.blocklists.size()));
        k.blocklists.append(rule);
    }
    k.blocklistWords.build();
    k.zonePatterns =
        guardedPatterns(root.value(u"zone_patterns"), u"blocklists.json: zone_patterns"_s, problems);
}

// Where a bounce's parts begin: the returned message, a list of recipients; what a bounce or an
// auto-reply looks like from its headers.
void loadMessageMarkers(const QJsonObject& root, BounceKnowledge& k, Problems& problems) {
    const auto multiline = QRegularExpression::MultilineOption;
    QStringList markers;
    for (const QRegularExpression& re :
         regexList(root.value(u"original_message_markers"), u"formats.json: original_message_markers"_s,
                   problems, multiline))
        markers.append(u"(?:"_s + re.pattern() + u')');
    k.originalMarker =
        compile(markers.join(u'|'), u"formats.json: original_message_markers (all)"_s, problems, multiline);
    QStringList forwards;
    for (const QRegularExpression& re :
         regexList(root.value(u"forward_markers"), u"formats.json: forward_markers"_s, problems))
        forwards.append(u"(?:"_s + re.pattern() + u')');
    k.forwardMarker = compile(forwards.join(u'|'), u"formats.json: forward_markers (all)"_s, problems);
    for (const QString& phrase : stringList(root.value(u"recipient_list_markers"),
                                            u"formats.json: recipient_list_markers"_s, problems)) {
        // The analyser looks for "following" first (a fast plain search) and reads markers from there.
        if (!phrase.contains(u"following"))
            problems.add(
                u"formats.json: recipient_list_markers: \"%1\" must contain \"following\""_s.arg(phrase));
        k.recipientListMarkers.add(phrase, 0);
    }
    k.recipientListMarkers.build();
    k.bounceSenders = stringList(root.value(u"bounce_senders"), u"formats.json: bounce_senders"_s, problems);
    k.bounceSubjects =
        stringList(root.value(u"bounce_subjects"), u"formats.json: bounce_subjects"_s, problems);
    const QStringList delayMarkers =
        stringList(root.value(u"delay_markers"), u"formats.json: delay_markers"_s, problems);
    for (const QString& marker : delayMarkers) {
        if (marker != marker.toLower() || marker.trimmed().isEmpty())
            problems.add(u"formats.json: delay_markers: \"%1\" must be lower-case words"_s.arg(marker));
        k.delayMarkers.add(marker, 0);
    }
    k.delayMarkers.build();
    const QJsonObject autoReply = root.value(u"auto_reply").toObject();
    k.autoReplyHeaders =
        regexList(autoReply.value(u"headers"), u"formats.json: auto_reply.headers"_s, problems, multiline);
    k.autoReplySubjects =
        regexList(autoReply.value(u"subjects"), u"formats.json: auto_reply.subjects"_s, problems);
}

// The SMTP details in a diagnostic: reply lines and codes, DSN fields, status codes, commands and the
// remote host.
void loadSmtpDetails(const QJsonObject& root, BounceKnowledge& k, Problems& problems) {
    k.replyLine = compile(root.value(u"reply_line").toString(), u"formats.json: reply_line"_s, problems,
                          QRegularExpression::MultilineOption);
    k.replyCode = compile(root.value(u"reply_code").toString(), u"formats.json: reply_code"_s, problems);
    for (const QString& name : stringList(root.value(u"dsn_fields"), u"formats.json: dsn_fields"_s, problems))
        k.dsnFieldNames.insert(name.toLower());
    k.numberLabels = stringList(root.value(u"number_labels"), u"formats.json: number_labels"_s, problems);
    k.numberUnits = stringList(root.value(u"number_units"), u"formats.json: number_units"_s, problems);
    // Optional: without it every code in reply_code's range counts alike.
    const QJsonArray registered = root.value(u"registered_reply_codes").toArray();
    for (qsizetype i = 0; i < registered.size(); ++i) {
        const int code = registered.at(i).toInt();
        if (code < 200 || code > 599)
            problems.add(u"formats.json: registered_reply_codes[%1]: not an SMTP reply code"_s.arg(i));
        k.registeredReplyCodes.insert(code);
    }
    k.statusCode = compile(root.value(u"status_code").toString(), u"formats.json: status_code"_s, problems);
    const QJsonValue commands = root.value(u"commands");
    k.commands = guardedPatterns(commands, u"formats.json: commands"_s, problems);
    for (const QJsonValue& c : commands.toArray())
        k.commandNames.append(c.toObject().value(u"command").toString());
    const QJsonObject commandWords = root.value(u"command_words").toObject();
    for (auto it = commandWords.begin(); it != commandWords.end(); ++it) {
        if (it.key() != u"comment")
            k.commandWords.insert(it.key().toLower(), it.value().toString());
    }
    k.remoteHosts = guardedPatterns(root.value(u"remote_host"), u"formats.json: remote_host"_s, problems);
    k.reportingHosts =
        guardedPatterns(root.value(u"reporting_host"), u"formats.json: reporting_host"_s, problems);
}

void loadSenderIp(const QJsonObject& root, BounceKnowledge& k, Problems& problems) {
    // "{ip}" in a sender_ip pattern stands for ip_address (IPv4 or IPv6, without a group of its own).
    const QString ipAddress = root.value(u"ip_address").toString();
    if (ipAddress.isEmpty()
        || (problems.compileNow
            && compile(ipAddress, u"formats.json: ip_address"_s, problems).captureCount() != 0))
        problems.add(u"formats.json: ip_address: a pattern without capturing groups is required"_s);
    k.senderIps = guardedPatterns(root.value(u"sender_ip"), u"formats.json: sender_ip"_s, problems,
                                  [&](QString pattern) { return pattern.replace(u"{ip}"_s, ipAddress); });
    for (const GuardedPattern& p : k.senderIps.list) {
        if (problems.compileNow && p.pattern.isValid() && p.pattern.captureCount() != 1)
            problems.add(
                u"formats.json: sender_ip: \"%1\" must have exactly one capturing group (the address)"_s.arg(
                    p.pattern.pattern()));
    }
}

void loadFeedback(const QJsonObject& root, BounceKnowledge& k, Problems& problems) {
    const auto multiline = QRegularExpression::MultilineOption;
    const QJsonObject feedback = root.value(u"feedback").toObject();
    const QJsonArray signalList = feedback.value(u"signals").toArray();
    for (qsizetype i = 0; i < signalList.size(); ++i) {
        const QJsonObject sig = signalList.at(i).toObject();
        k.feedbackSignals.append(
            {compile(sig.value(u"pattern").toString(), u"formats.json: feedback.signals[%1]"_s.arg(i),
                     problems, multiline),
             sig.value(u"type").toString()});
    }
    QStringList signalPatterns;
    for (const auto& [pattern, type] : k.feedbackSignals)
        signalPatterns.append(u"(?:"_s + pattern.pattern() + u')');
    if (!signalPatterns.isEmpty())
        k.anyFeedbackSignal = compile(signalPatterns.join(u'|'), u"formats.json: feedback.signals (all)"_s,
                                      problems, multiline);
    for (const QString& h : stringList(feedback.value(u"recipient_headers"),
                                       u"formats.json: feedback.recipient_headers"_s, problems))
        k.feedbackRecipientHeaders.append(h.toLower().toLatin1());
}

void loadLogFormats(const QJsonObject& root, BounceKnowledge& k, Problems& problems) {
    const QJsonArray logs = root.value(u"log_lines").toArray();
    for (qsizetype i = 0; i < logs.size(); ++i) {
        const QJsonObject l = logs.at(i).toObject();
        const QString where = u"formats.json: log_lines[%1]"_s.arg(i);
        auto field = [&](const char16_t* name) {
            const QString pattern = l.value(QStringView(name)).toString();
            return pattern.isEmpty() ? QRegularExpression()
                                     : compile(pattern, where + u'.' + QStringView(name), problems);
        };
        LogFormat format;
        format.mta = l.value(u"mta").toString();
        format.detect = field(u"detect");
        format.recipient = field(u"recipient");
        format.status = field(u"status");
        format.action = field(u"action");
        format.relay = field(u"relay");
        format.diagnostic = field(u"diagnostic");
        k.logFormats.append(format);
    }
}

void combineSmtpGuards(BounceKnowledge& k) {
    int set = 0;
    for (const GuardedPatterns* patterns : {&k.commands, &k.remoteHosts, &k.senderIps}) {
        for (qsizetype i = 0; i < patterns->list.size(); ++i) {
            for (const QString& guard : patterns->list.at(i).guards)
                k.smtpGuards.add(guard, set * BounceKnowledge::kSmtpGuardStride + int(i));
        }
        ++set;
    }
    k.smtpGuards.build();
}

void loadFormats(const QJsonObject& root, BounceKnowledge& k, Problems& problems) {
    loadMessageMarkers(root, k, problems);
    loadSmtpDetails(root, k, problems);
    loadSenderIp(root, k, problems);
    combineSmtpGuards(k);
    loadFeedback(root, k, problems);
    loadLogFormats(root, k, problems);
}

} // namespace

const ReasonRule* BounceKnowledge::reason(const QString& name) const {
    for (const ReasonRule& rule : reasons) {
        if (rule.name == name)
            return &rule;
    }
    return nullptr;
}

BounceKnowledge BounceKnowledge::fromJson(const QHash<QString, QByteArray>& files, RegexCheck check) {
    BounceKnowledge k;
    Problems problems;
    problems.compileNow = check == RegexCheck::AtLoad;
    // phrases.json is optional: the curated reasons alone are a complete (smaller) knowledge.
    const QJsonObject extra =
        files.contains(u"phrases"_s) ? parseFile(files, u"phrases"_s, problems) : QJsonObject();
    loadReasons(parseFile(files, u"reasons"_s, problems), extra, k, problems);
    loadProviders(parseFile(files, u"providers"_s, problems), k, problems);
    loadBlocklists(parseFile(files, u"blocklists"_s, problems), k, problems);
    loadFormats(parseFile(files, u"formats"_s, problems), k, problems);
    k.error = problems.first();
    return k;
}

std::vector<bool> GuardedPatterns::unguarded() const {
    std::vector<bool> may(size_t(list.size()), false);
    for (qsizetype i = 0; i < list.size(); ++i)
        may[size_t(i)] = list.at(i).guards.isEmpty();
    return may;
}

std::vector<bool> GuardedPatterns::mayMatch(QStringView text) const {
    std::vector<bool> may = unguarded();
    for (const PhraseMatcher::Hit& hit : guards.findAll(text))
        may[size_t(hit.id)] = true;
    return may;
}

GuardedPatterns::Match GuardedPatterns::earliest(QStringView text, const std::vector<bool>& may,
                                                 qsizetype offset) const {
    Match best;
    const SubjectCheck check = subjectCheck(text);
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!may[size_t(i)])
            continue;
        QRegularExpressionMatch m = firstMatch(list.at(i).pattern, text, offset, check);
        if (m.hasMatch() && (!best.found() || m.capturedStart() < best.match.capturedStart()))
            best = {int(i), std::move(m)};
    }
    return best;
}

QString reasonLabel(const QString& name) {
    const QString label = BounceKnowledge::instance().reasonLabels.value(name);
    return label.isEmpty() ? name
                           : QCoreApplication::translate(kReasonLabelContext, label.toUtf8().constData());
}

QHash<QString, QByteArray> BounceKnowledge::embeddedFiles() {
    QHash<QString, QByteArray> files;
    for (const QString& name : {u"reasons"_s, u"phrases"_s, u"providers"_s, u"blocklists"_s, u"formats"_s}) {
        QFile file(u":/bounce/"_s + name + u".json"_s);
        if (file.open(QIODevice::ReadOnly))
            files.insert(name, file.readAll());
    }
    return files;
}

const BounceKnowledge& BounceKnowledge::instance() {
    static const BounceKnowledge knowledge = fromJson(embeddedFiles(), RegexCheck::OnFirstUse);
    return knowledge;
}

} // namespace rebound::bounce
