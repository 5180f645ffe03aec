#pragma once

#include "core/bounce/phrasematcher.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace rebound::bounce {

struct ReasonRule {
    QString name;
    QString label; // what a person reads ("Unknown recipient"), in English; see reasonLabel()
    QString description;
    QRegularExpression patterns; // the class's regular expressions in one alternation; may be empty
};

// "A <reason> found at <command> means <becomes>", unless the status itself names one of unless.
struct CommandRule {
    QStringList reasons;
    QStringList commands; // "" stands for "no command known"
    QStringList unlessStatusReason;
    QString becomes;
    bool onlyWithReplyCode = false; // applies only when the remote server's SMTP reply code is known
};

struct ProviderCode {
    QRegularExpression pattern; // group 1 (or the whole match) is the code
    QString meaning;
    QString reason; // may be empty: the code does not decide the reason
    QString remediation;
    QString link;
};

struct ProviderRule {
    QString id;
    QString name;
    QList<QRegularExpression> hosts;
    QList<ProviderCode> codes;
    QString defaultReason; // when nothing else decides; may be empty
};

struct BlocklistRule {
    QString name;
    QString reportAs; // the first zone, else the name (for lookups)
    QString link;
};

// A regular expression tried only when one of its literal guards occurs in the text (case-insensitive).
struct GuardedPattern {
    QRegularExpression pattern;
    QStringList guards; // empty: always tried
};

// Guarded patterns whose guards are all looked for in one pass over the text.
struct GuardedPatterns {
    QList<GuardedPattern> list;
    PhraseMatcher guards; // id: index in list

    struct Match {
        int index = -1; // which pattern
        QRegularExpressionMatch match;
        bool found() const { return index >= 0; }
    };

    // Per pattern: false when its guard is absent from text (then it cannot match).
    std::vector<bool> mayMatch(QStringView text) const;
    // Per pattern: true when it has no guard (it is always tried); where mayMatch() starts.
    std::vector<bool> unguarded() const;
    // The leftmost match at or after offset of the patterns that may match (the first pattern at the
    // same place). Each pattern runs on its own: a literal-led pattern is a fast scan, where one
    // alternation of all of them would try every branch at every character.
    Match earliest(QStringView text, const std::vector<bool>& may, qsizetype offset = 0) const;
};

struct LogFormat {
    QString mta;
    QRegularExpression detect;
    QRegularExpression recipient;
    QRegularExpression status;
    QRegularExpression action;
    QRegularExpression relay;
    QRegularExpression diagnostic;
};

// The analyser's knowledge, read from resources/bounce/*.json (docs/bounce-knowledge.md). Plain data;
// every regular expression is compiled (and JIT-optimised) once when loaded.
struct BounceKnowledge {
    QString error; // empty when every file loaded and validated

    QList<ReasonRule> reasons; // in the order the text is tried
    // Every reason's phrases (id: the index in reasons), the literals its patterns require (id:
    // kPatternGuardId + the index) and its weak phrases (id: kWeakPhraseId + the index): one pass says
    // which phrases occur and which patterns can match.
    PhraseMatcher reasonPhrases;
    static constexpr int kPatternGuardId = 1 << 20;
    static constexpr int kWeakPhraseId = 1 << 21;
    QStringList knownReasons;
    QHash<QString, QString> reasonLabels; // every known reason's English label
    QStringList hardReasons;
    QHash<QString, QString> statusReasons;       // "5.1.1" -> userunknown
    QHash<QString, QString> statusClassReasons;  // "5.7" -> securityerror
    QHash<QString, QStringList> statusOverrides; // status reason -> text reasons that may replace it
    QHash<QString, QString> transientReasons;    // hostunknown -> networkerror when the failure is 4.x.x
    QHash<int, QString> replyCodeReasons;        // 521 -> notaccept, when text and exact status say nothing
    QList<CommandRule> commandRules;

    QList<ProviderRule> providers;
    PhraseMatcher providerPhrases;      // id: index in providers
    QRegularExpression anyProviderHost; // every provider's hosts; group i+1 is providers[i]
    QList<BlocklistRule> blocklists;
    PhraseMatcher blocklistWords; // zones and names; id: index in blocklists
    GuardedPatterns zonePatterns;

    QRegularExpression originalMarker; // every original_message_markers pattern in one alternation
    QRegularExpression forwardMarker;  // every forward_markers pattern: a forwarding client's line
    // Words after which a plain-text bounce lists its failed recipients ("did not reach the following
    // recipient(s):"): addresses before them (the returned message's To, quoted) are not recipients.
    PhraseMatcher recipientListMarkers;
    QStringList bounceSenders;
    QStringList bounceSubjects;
    // Lower-case words by which a plain-text notice says the delivery is only delayed ("this is a
    // warning message only"): its recipients' action is "delayed".
    PhraseMatcher delayMarkers;
    // Where a plain-text notice names the server that wrote it (Exchange's "Generating server:"):
    // the reporting MTA, not the remote one. Each pattern's first group is the host.
    GuardedPatterns reportingHosts;
    QList<QRegularExpression> autoReplyHeaders;
    QList<QRegularExpression> autoReplySubjects;
    QRegularExpression replyLine;
    QRegularExpression replyCode;
    QSet<QString> dsnFieldNames;    // lower case: RFC 3464 fields, read as fields, not as the server's words
    QStringList numberLabels;       // lower-case words that label a number which is no reply code ("bytes")
    QStringList numberUnits;        // lower-case units after a number which is no reply code ("450 seconds")
    QSet<int> registeredReplyCodes; // the IANA registry's codes; others rank after them
    QRegularExpression statusCode;
    GuardedPatterns commands; // pattern i names commandNames[i] ("$1": its first group)
    QStringList commandNames;
    // Lower-case stage words to commands ("end of data" -> DATA).
    QHash<QString, QString> commandWords;
    GuardedPatterns remoteHosts; // group 1 host (or IP), group 2 IP
    GuardedPatterns senderIps;   // group 1: the address
    // The guards of commands, remoteHosts and senderIps in one automaton (id: kSmtpGuardStride times
    // 0, 1 or 2 plus the pattern's index), so that a text is scanned once for the three finders.
    PhraseMatcher smtpGuards;
    static constexpr int kSmtpGuardStride = 1 << 16;
    QList<LogFormat> logFormats;
    QList<std::pair<QRegularExpression, QString>> feedbackSignals; // pattern, feedback type
    QList<QByteArray> feedbackRecipientHeaders;                    // lower case
    // All the feedback signals in one alternation: one pass finds that there is none.
    QRegularExpression anyFeedbackSignal;

    const ReasonRule* reason(const QString& name) const;

    // When a regular expression is compiled (and JIT-compiled, most of the loading time): at once, so
    // that an invalid one is an error; or on its first match (Qt compiles under a lock, so the shared
    // knowledge stays thread-safe), so that patterns no input reaches cost nothing.
    enum class RegexCheck { AtLoad, OnFirstUse };
    // Builds the knowledge from the four files' contents, keyed "reasons", "providers", "blocklists",
    // "formats". On any problem error names the file, the place and what is wrong.
    static BounceKnowledge fromJson(const QHash<QString, QByteArray>& files,
                                    RegexCheck check = RegexCheck::AtLoad);
    // The embedded files (:/bounce/*.json), loaded once, thread-safe. Their patterns compile on first
    // use: test_bounce_knowledge loads the same files with RegexCheck::AtLoad on every build.
    static const BounceKnowledge& instance();
    static QHash<QString, QByteArray> embeddedFiles();
};

// The label of a reason for people, translated into the installed language ("userunknown": "Unknown
// recipient"); the name itself for a reason without one. JSON keeps the name (Sisimai's), never this.
QString reasonLabel(const QString& name);

// The lupdate context of the labels (translations/extract_data_strings.py uses the same).
inline constexpr const char* kReasonLabelContext = "rebound::data::bounce";

} // namespace rebound::bounce
