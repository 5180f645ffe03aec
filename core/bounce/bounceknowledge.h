#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace rebound::bounce {

struct ReasonRule {
    QString name;
    QString description;
    QRegularExpression matcher; // every phrase and pattern of the class in one alternation
};

// "A <reason> found at <command> means <becomes>", unless the status itself names one of unless.
struct CommandRule {
    QStringList reasons;
    QStringList commands; // "" stands for "no command known"
    QStringList unlessStatusReason;
    QString becomes;
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
    QRegularExpression text; // empty pattern: none
    QList<ProviderCode> codes;
    QString defaultReason; // when nothing else decides; may be empty
};

struct BlocklistRule {
    QString name;
    QString reportAs; // the first zone, else the name
    QRegularExpression matcher;
    QString link;
};

struct CommandPattern {
    QRegularExpression pattern;
    QString command; // "$1" takes the first capture group
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
    QStringList knownReasons;
    QStringList hardReasons;
    QHash<QString, QString> statusReasons;       // "5.1.1" -> userunknown
    QHash<QString, QString> statusClassReasons;  // "5.7" -> securityerror
    QHash<QString, QStringList> statusOverrides; // status reason -> text reasons that may replace it
    QHash<QString, QString> transientReasons;    // hostunknown -> networkerror when the failure is 4.x.x
    QList<CommandRule> commandRules;

    QList<ProviderRule> providers;
    QList<BlocklistRule> blocklists;
    QList<QRegularExpression> zonePatterns;

    QList<QRegularExpression> originalMarkers;
    QStringList bounceSenders;
    QStringList bounceSubjects;
    QList<QRegularExpression> autoReplyHeaders;
    QList<QRegularExpression> autoReplySubjects;
    QRegularExpression replyLine;
    QRegularExpression replyCode;
    QRegularExpression statusCode;
    QList<CommandPattern> commands;
    QList<QRegularExpression> remoteHosts;
    QList<QRegularExpression> senderIps;
    QList<LogFormat> logFormats;
    QList<std::pair<QRegularExpression, QString>> feedbackSignals; // pattern, feedback type
    QList<QByteArray> feedbackRecipientHeaders;                    // lower case

    const ReasonRule* reason(const QString& name) const;

    // Builds the knowledge from the four files' contents, keyed "reasons", "providers", "blocklists",
    // "formats". On any problem error names the file, the place and what is wrong.
    static BounceKnowledge fromJson(const QHash<QString, QByteArray>& files);
    // The embedded files (:/bounce/*.json), loaded once, thread-safe.
    static const BounceKnowledge& instance();
};

} // namespace rebound::bounce
