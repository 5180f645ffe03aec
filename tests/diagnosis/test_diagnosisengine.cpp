// The diagnosis engine over hand-built sessions: each case states the bounce and the check results,
// and asserts the top cause, its steps and links, and how missing checks lower the confidence.
#include "core/bounce/bounceknowledge.h"
#include "core/diagnosis/checkplan.h"
#include "core/diagnosis/diagnosisengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound;
using namespace rebound::diagnosis;

namespace {

QJsonObject recipient(const QString& status, int code, const QString& diagnostic, const QString& reason,
                      const QStringList& lists = {}, const QString& providerCode = {}) {
    QJsonArray blocklists;
    for (const QString& l : lists)
        blocklists.append(l);
    return QJsonObject{{u"recipient"_s, u"user@example.net"_s},
                       {u"status"_s, status},
                       {u"reply_code"_s, code},
                       {u"diagnostic"_s, diagnostic},
                       {u"reason"_s, reason},
                       {u"sender_ip"_s, u"198.51.100.7"_s},
                       {u"blocklists"_s, blocklists},
                       {u"provider_code"_s, providerCode},
                       {u"evidence"_s, QJsonArray{QJsonObject{
                                           {u"offset"_s, 4}, {u"length"_s, 5}, {u"what"_s, u"status"_s}}}}};
}

Session bounceSession(const QJsonObject& r) {
    Session s;
    s.detected.kind = InputKind::Bounce;
    s.bounce = QJsonObject{{u"recipients"_s, QJsonArray{r}}};
    return s;
}

CheckRecord blocklistCheck(const QString& zone, const QString& status, const QStringList& codes,
                           CheckState state = CheckState::Done) {
    QJsonArray codeArray;
    for (const QString& c : codes)
        codeArray.append(c);
    CheckRecord check;
    check.id = u"blocklists"_s;
    check.title = u"Blocklists"_s;
    check.state = state;
    check.result =
        QJsonObject{{u"ip"_s, u"198.51.100.7"_s},
                    {u"blocklists"_s,
                     QJsonArray{QJsonObject{
                         {u"zone"_s, zone},
                         {u"name"_s, u"Spamhaus ZEN"_s},
                         {u"status"_s, status},
                         {u"codes"_s, codeArray},
                         {u"lookup_url"_s, u"https://check.spamhaus.org/results/?query=198.51.100.7"_s}}}}};
    return check;
}

struct MalformedRule {
    const char* name;
    QByteArray json;
    const char* message;
};

// Kept outside the test class: moc does not read raw string literals.
QList<MalformedRule> malformedRules() {
    return {
        {"not json", QByteArray("{"), "rules"},
        {"no rules", QByteArray(R"j({"rules":[]})j"), "no rules"},
        {"bad severity",
         QByteArray(
             R"j({"rules":[{"id":"a","title":"t","summary":"s","severity":"huge","confidence":5,"when":{"bounce":"reason","in":["x"]}}]})j"),
         "severity"},
        {"bad regex",
         QByteArray(
             R"j({"rules":[{"id":"a","title":"t","summary":"s","severity":"info","confidence":5,"when":{"bounce":"reason","matches":"("}}]})j"),
         "regular expression"},
        {"bad actor",
         QByteArray(
             R"j({"rules":[{"id":"a","title":"t","summary":"s","severity":"info","confidence":5,"when":{"bounce":"reason","in":["x"]},"steps":[{"actor":"god","text":"x"}]}]})j"),
         "actor"},
        {"duplicate",
         QByteArray(
             R"j({"rules":[{"id":"a","title":"t","summary":"s","severity":"info","confidence":5,"when":{"bounce":"reason","in":["x"]}},{"id":"a","title":"t","summary":"s","severity":"info","confidence":5,"when":{"bounce":"reason","in":["x"]}}]})j"),
         "twice"},
        {"unknown condition",
         QByteArray(
             R"j({"rules":[{"id":"a","title":"t","summary":"s","severity":"info","confidence":5,"when":{"moon":"full"}}]})j"),
         "exactly one"},
        {"javascript link",
         QByteArray(
             R"j({"rules":[{"id":"a","title":"t","summary":"s","severity":"info","confidence":5,"when":{"bounce":"reason","in":["x"]},"links":[{"title":"x","url":"javascript:alert(1)"}]}]})j"),
         "http"},
        {"result field without words",
         QByteArray(
             R"j({"rules":[{"id":"a","title":"t","summary":"s","severity":"info","confidence":5,"when":{"json":"domain","path":"spf.result","in":["permerror"]}}]})j"),
         "evidence"},
        {"negative boost without a note",
         QByteArray(
             R"j({"rules":[{"id":"a","title":"t","summary":"s","severity":"info","confidence":5,"when":{"bounce":"reason","in":["x"]},"boost":[{"when":{"bounce":"reason","in":["x"]},"by":-10}]}]})j"),
         "note"},
        {"unknown topic",
         QByteArray(
             R"j({"rules":[{"id":"a","topic":"weather","title":"t","summary":"s","severity":"info","confidence":5,"when":{"bounce":"reason","in":["x"]}}]})j"),
         "topic"},
        {"bad about",
         QByteArray(
             R"j({"rules":[{"id":"a","about":"everything","title":"t","summary":"s","severity":"info","confidence":5,"when":{"bounce":"reason","in":["x"]}}]})j"),
         "about"},
        {"fact without text",
         QByteArray(
             R"j({"rules":[{"id":"a","title":"t","summary":"s","severity":"info","confidence":5,"when":{"bounce":"reason","in":["x"]}}],"facts":[{"id":"f","topic":"auth","when":{"bounce":"reason","in":["x"]}}]})j"),
         "fact 'f'"},
    };
}

} // namespace

class TestDiagnosisEngine : public QObject {
    Q_OBJECT

private slots:
    void builtinRulesLoad() { QVERIFY(builtinRulebook().rules.size() >= 40); }

    void malformedRulesRejected_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        for (const auto& [name, json, message] : malformedRules())
            QTest::newRow(name) << json << QString::fromLatin1(message);
    }

    void malformedRulesRejected() {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!parseRulebook(json, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void xblListingConfirmedByCheck() {
        Session s = bounceSession(
            recipient(u"5.7.1"_s, 554,
                      u"Service unavailable; Client host [198.51.100.7] blocked using zen.spamhaus.org"_s,
                      u"blocked"_s, {u"zen.spamhaus.org"_s}));
        s.checks << blocklistCheck(u"zen.spamhaus.org"_s, u"listed"_s, {u"127.0.0.4"_s});
        const QList<Cause> causes = diagnose(s);
        QVERIFY(!causes.isEmpty());
        const Cause& top = causes.first();
        QCOMPARE(top.id, u"blocklist.spamhaus.xbl"_s);
        QVERIFY(top.title.contains(u"198.51.100.7"_s));
        QVERIFY(top.confidence >= 90);
        QVERIFY(top.confidenceNote.isEmpty());
        QVERIFY(top.steps.size() >= 3);
        QCOMPARE(top.steps.first().actor, Actor::You);
        bool lookup = false;
        for (const Link& l : top.links)
            lookup = lookup || l.url == u"https://check.spamhaus.org/results/?query=198.51.100.7";
        QVERIFY(lookup);
        QVERIFY(!top.dontDo.isEmpty());
        // The generic "named by the bounce" rule is not ranked above the confirmed listing.
        for (const Cause& c : causes)
            QVERIFY(c.id != u"blocklist.spamhaus.named" || c.confidence < top.confidence);
    }

    void pblListing() {
        Session s = bounceSession(recipient(u"5.7.1"_s, 554, u"blocked using zen.spamhaus.org"_s,
                                            u"blocked"_s, {u"zen.spamhaus.org"_s}));
        s.checks << blocklistCheck(u"zen.spamhaus.org"_s, u"listed"_s, {u"127.0.0.10"_s});
        QCOMPARE(diagnose(s).first().id, u"blocklist.spamhaus.pbl"_s);
    }

    void refusedIsNotAListingAndLowersConfidence() {
        Session s = bounceSession(recipient(u"5.7.1"_s, 554, u"blocked using zen.spamhaus.org"_s,
                                            u"blocked"_s, {u"zen.spamhaus.org"_s}));
        s.checks << blocklistCheck(u"zen.spamhaus.org"_s, u"refused"_s, {u"127.255.255.254"_s});
        const QList<Cause> causes = diagnose(s);
        QStringList ids;
        for (const Cause& c : causes)
            ids << c.id;
        QVERIFY2(ids.contains(u"blocklist.query_refused"_s), qPrintable(ids.join(u',')));
        QVERIFY(!ids.contains(u"blocklist.spamhaus.xbl"_s));
        QVERIFY(!ids.contains(u"blocklist.spamhaus.pbl"_s));
        // The bounce still names Spamhaus: that cause stays, without a live confirmation.
        QVERIFY(ids.contains(u"blocklist.spamhaus.named"_s));
    }

    void failedCheckLowersConfidenceAndSaysSo() {
        Session s = bounceSession(recipient(u"5.7.1"_s, 554, u"blocked using zen.spamhaus.org"_s,
                                            u"blocked"_s, {u"zen.spamhaus.org"_s}));
        CheckRecord failed = blocklistCheck(u"zen.spamhaus.org"_s, u"unavailable"_s, {}, CheckState::Failed);
        failed.note = u"DNS timeout"_s;
        s.checks << failed;
        const QList<Cause> causes = diagnose(s);
        const auto named = std::find_if(causes.begin(), causes.end(),
                                        [](const Cause& c) { return c.id == u"blocklist.spamhaus.named"; });
        QVERIFY(named != causes.end());
        QVERIFY(named->confidence < 70);
        QVERIFY(!named->confidenceNote.isEmpty());
        bool incomplete = false;
        for (const Cause& c : causes)
            incomplete = incomplete || c.id == u"checks.incomplete";
        QVERIFY(incomplete);
    }

    void alreadyDelisted() {
        Session s = bounceSession(recipient(u"5.7.1"_s, 554, u"blocked using zen.spamhaus.org"_s,
                                            u"blocked"_s, {u"zen.spamhaus.org"_s}));
        s.checks << blocklistCheck(u"zen.spamhaus.org"_s, u"clean"_s, {});
        QStringList ids;
        for (const Cause& c : diagnose(s))
            ids << c.id;
        QVERIFY(ids.contains(u"blocklist.already_delisted"_s));
        QVERIFY(!ids.contains(u"blocklist.spamhaus.named"_s));
    }

    void bounceOnlyCases_data() {
        QTest::addColumn<QJsonObject>("rcpt");
        QTest::addColumn<QString>("top");
        QTest::newRow("relay denied")
            << recipient(u"5.7.1"_s, 554, u"<x@example.org>: Relay access denied"_s, u"norelaying"_s)
            << "relay.denied";
        QTest::newRow("microsoft S3150") << recipient(
            u"5.7.1"_s, 550, u"Unfortunately, messages from [198.51.100.7] weren't sent. ... (S3150)"_s,
            u"blocked"_s, {}, u"S3150"_s) << "provider.microsoft.block";
        QTest::newRow("gmail 5.7.26") << recipient(
            u"5.7.26"_s, 550, u"This message does not have authentication information"_s, u"authfailure"_s)
                                      << "provider.gmail.unauthenticated";
        QTest::newRow("gmail ptr") << recipient(
            u"5.7.25"_s, 550, u"The IP address sending this message does not have a PTR record setup"_s,
            u"requireptr"_s) << "provider.gmail.reverse_dns";
        QTest::newRow("yahoo tss04") << recipient(
            u"4.7.0"_s, 421,
            u"[TSS04] Messages from 198.51.100.7 temporarily deferred due to unexpected volume or user complaints"_s,
            u"toomanyconn"_s, {}, u"TSS04"_s)
                                     << "provider.yahoo.deferred";
        QTest::newRow("user unknown") << recipient(
            u"5.1.1"_s, 550, u"The email account that you tried to reach does not exist"_s, u"userunknown"_s)
                                      << "recipient.unknown";
        QTest::newRow("mailbox full")
            << recipient(u"5.2.2"_s, 552, u"Mailbox full"_s, u"mailboxfull"_s) << "recipient.mailbox_full";
        QTest::newRow("greylisting") << recipient(
            u"4.7.1"_s, 450, u"Recipient address rejected: Greylisted, see http://postgrey"_s, u"blocked"_s)
                                     << "greylisting";
        QTest::newRow("defunct sorbs") << recipient(u"5.7.1"_s, 554, u"blocked using dnsbl.sorbs.net"_s,
                                                    u"blocked"_s, {u"dnsbl.sorbs.net"_s})
                                       << "blocklist.defunct";
        QTest::newRow("generic policy")
            << recipient(u"5.7.1"_s, 550, u"Message rejected due to local policy"_s, u"policyviolation"_s)
            << "policy.generic";
    }

    void bounceOnlyCases() {
        QFETCH(QJsonObject, rcpt);
        QFETCH(QString, top);
        const QList<Cause> causes = diagnose(bounceSession(rcpt));
        QVERIFY(!causes.isEmpty());
        QStringList ids;
        for (const Cause& c : causes)
            ids << c.id;
        QVERIFY2(causes.first().id == top, qPrintable(ids.join(u", ")));
        QVERIFY(!causes.first().steps.isEmpty());
        // Evidence points back into the bounce text.
        bool span = false;
        for (const Evidence& e : causes.first().evidence) {
            span = span || (e.source == EvidenceSource::Bounce && e.offset >= 0);
            // People read the reason's label; Sisimai's name stays in the JSON (rcpt).
            const QString name = rcpt[u"reason"_s].toString();
            if (e.text.startsWith(u"The bounce gives the reason: "_s)) {
                QCOMPARE(e.text, u"The bounce gives the reason: "_s + rebound::bounce::reasonLabel(name));
                QVERIFY2(rebound::bounce::reasonLabel(name) != name, qPrintable(name));
            }
        }
        QVERIFY(span);
    }

    void placeholdersWithoutValuesDropLinks() {
        Session s = bounceSession(recipient(u"5.7.1"_s, 554, u"Relay access denied"_s, u"norelaying"_s));
        s.bounce = QJsonObject{{u"recipients"_s, QJsonArray{QJsonObject{{u"reason"_s, u"norelaying"_s}}}}};
        for (const Cause& c : diagnose(s)) {
            for (const Link& l : c.links)
                QVERIFY(!l.url.contains(u'{'));
            QVERIFY(!c.title.isEmpty());
        }
    }

    // A refused or unrecognised input is the verdict itself: no cause, never "no_problem_found".
    void refusedAndUnrecognisedInputsAreVerdicts() {
        Session refused;
        refused.detected.kind = InputKind::Bounce;
        refused.bounce = QJsonObject{{u"kind"_s, u"too_large"_s}, {u"error"_s, u"The input is 30.0 MB"_s}};
        refused.diagnosis = diagnose(refused);
        QVERIFY(refused.diagnosis.isEmpty());
        QCOMPARE(refused.verdict(), Verdict::InputRefused);
        Session unrecognised;
        unrecognised.detected.kind = InputKind::Bounce;
        unrecognised.bounce = QJsonObject{{u"kind"_s, u"unrecognised"_s}, {u"recipients"_s, QJsonArray()}};
        unrecognised.diagnosis = diagnose(unrecognised);
        QVERIFY(unrecognised.diagnosis.isEmpty());
        QCOMPARE(unrecognised.verdict(), Verdict::NothingRecognised);
        QCOMPARE(toJson(unrecognised).value(u"verdict"_s).toString(), u"nothing_recognised"_s);
    }

    // One ZEN answer with an SBL and an XBL code is one card naming both sub-lists, verified live.
    void oneAnswerOneCard() {
        Session s;
        s.detected = {InputKind::IpAddress, u"198.51.100.7"_s, {}};
        s.checks << blocklistCheck(u"zen.spamhaus.org"_s, u"listed"_s, {u"127.0.0.2"_s, u"127.0.0.4"_s});
        const QList<Cause> causes = diagnose(s);
        int zen = 0;
        for (const Cause& c : causes)
            zen += c.id.startsWith(u"blocklist.spamhaus."_s) ? 1 : 0;
        QCOMPARE(zen, 1);
        QCOMPARE(causes.first().sublists, (QStringList{u"Spamhaus XBL"_s, u"Spamhaus SBL"_s}));
        QCOMPARE(causes.first().basis, CauseBasis::Live);
        QCOMPARE(causes.first().also, QStringList{u"blocklist.spamhaus.sbl"_s});
        // Both sub-lists' steps are on the one card.
        QVERIFY(causes.first().steps.size() >= 2);
    }

    // A list that refused has no listing meaning in the evidence, whatever its answer's codes.
    void notListedShowsNoMeaning() {
        Session s = bounceSession(recipient(u"5.7.1"_s, 554, u"blocked using zen.spamhaus.org"_s,
                                            u"blocked"_s, {u"zen.spamhaus.org"_s}));
        CheckRecord check = blocklistCheck(u"zen.spamhaus.org"_s, u"refused"_s, {u"127.255.255.254"_s});
        QJsonArray lists = check.result[u"blocklists"].toArray();
        QJsonObject entry = lists[0].toObject();
        entry[u"meaning"] = u"Listed in the SBL"_s;
        lists[0] = entry;
        check.result[u"blocklists"] = lists;
        s.checks << check;
        for (const Cause& c : diagnose(s)) {
            for (const Evidence& e : c.evidence) {
                QVERIFY2(!e.text.contains(u"Listed in the SBL"_s), qPrintable(e.text));
                QVERIFY2(!e.text.contains(u"127.255.255.254"_s), qPrintable(e.text));
            }
        }
    }

    // A cause about Rebound's own inability to check is never "problem found".
    void couldNotCheckIsNotAProblem() {
        Session s;
        s.detected = {InputKind::Domain, u"example.com"_s, {}};
        s.resolverUnreachable = true;
        s.resolver = u"127.0.0.1:1"_s;
        CheckRecord failed;
        failed.id = u"domain"_s;
        failed.title = u"Domain"_s;
        failed.state = CheckState::Failed;
        failed.findings << Finding{u"mx.nxdomain"_s, Severity::Error, u"no MX"_s, {}, {}};
        s.checks << failed;
        s.diagnosis = diagnose(s);
        QStringList ids;
        for (const Cause& c : s.diagnosis)
            ids << c.id;
        QVERIFY2(ids.first() == u"dns.unreachable"_s, qPrintable(ids.join(u',')));
        QVERIFY2(!ids.contains(u"recipient.domain_unreachable"_s), qPrintable(ids.join(u',')));
        QVERIFY(!ids.contains(u"checks.incomplete"_s));
        QVERIFY(s.diagnosis.first().title.contains(u"could not reach DNS"_s));
        QCOMPARE(s.verdict(), Verdict::Incomplete);
    }

    // A TLS-required bounce and a recipient MX that fails its validated TLSA records: the recipient's
    // DANE is the cause, not the sender's TLS; without the DANE finding the generic TLS cause stands.
    void daneMismatchIsTheCause() {
        const QJsonObject rcpt =
            recipient(u"5.7.10"_s, 530, u"Must issue a STARTTLS command first"_s, u"failedstarttls"_s);
        Session s = bounceSession(rcpt);
        CheckRecord smtp;
        smtp.id = u"smtp"_s;
        smtp.title = u"SMTP"_s;
        smtp.state = CheckState::Done;
        smtp.findings << Finding{
            u"smtp.tls.dane_mismatch"_s, Severity::Critical, u"mx does not match TLSA"_s, {}, {}};
        s.checks << smtp;
        QStringList ids;
        for (const Cause& c : diagnose(s))
            ids << c.id;
        QVERIFY2(ids.first() == u"tls.dane_mismatch"_s, qPrintable(ids.join(u',')));
        QVERIFY2(!ids.contains(u"tls.required"_s), qPrintable(ids.join(u',')));
        QCOMPARE(diagnose(bounceSession(rcpt)).first().id, u"tls.required"_s);
    }

    // DNS that gave no definite answer for the recipient's MX is not "the domain cannot receive mail".
    void unresolvedIsNotUnreachable() {
        Session s;
        s.detected = {InputKind::Domain, u"example.com"_s, {}};
        CheckRecord smtp;
        smtp.id = u"smtp"_s;
        smtp.title = u"SMTP"_s;
        smtp.state = CheckState::Failed;
        smtp.findings << Finding{u"smtp.mx_unresolved"_s, Severity::Error, u"MX not resolved"_s, {}, {}}
                      << Finding{u"smtp.host_unresolved"_s, Severity::Error, u"host not resolved"_s, {}, {}};
        s.checks << smtp;
        QStringList ids;
        for (const Cause& c : diagnose(s))
            ids << c.id;
        QVERIFY2(!ids.contains(u"recipient.domain_unreachable"_s), qPrintable(ids.join(u',')));
        QVERIFY2(ids.contains(u"checks.incomplete"_s), qPrintable(ids.join(u',')));
    }

    // A Microsoft block reads differently with SNDS data: RED with trap hits is the sender's mail,
    // GREEN is a block the data does not explain; without SNDS the generic Microsoft cause stays.
    void microsoftBlockWithSnds_data() {
        QTest::addColumn<QString>("color");
        QTest::addColumn<int>("traps");
        QTest::addColumn<QString>("top");
        QTest::newRow("red with traps") << u"red"_s << 37 << u"provider.microsoft.snds_red_traps"_s;
        QTest::newRow("green") << u"green"_s << 0 << u"provider.microsoft.snds_green"_s;
        QTest::newRow("red without traps") << u"red"_s << 0 << u"provider.microsoft.block"_s;
        QTest::newRow("no snds check") << QString() << 0 << u"provider.microsoft.block"_s;
    }

    void microsoftBlockWithSnds() {
        QFETCH(QString, color);
        QFETCH(int, traps);
        QFETCH(QString, top);
        Session s = bounceSession(recipient(
            u"5.7.1"_s, 550, u"Unfortunately, messages from [198.51.100.7] weren't sent. ... (S3150)"_s,
            u"blocked"_s, {}, u"S3150"_s));
        if (!color.isEmpty()) {
            CheckRecord snds;
            snds.id = u"snds"_s;
            snds.title = u"SNDS"_s;
            snds.state = CheckState::Done;
            snds.result = QJsonObject{{u"ip"_s, u"198.51.100.7"_s},
                                      {u"listed_in_snds"_s, true},
                                      {u"filter_result"_s, color},
                                      {u"trap_hits"_s, traps},
                                      {u"blocked"_s, true}};
            s.checks << snds;
        }
        const QList<Cause> causes = diagnose(s);
        QVERIFY(!causes.isEmpty());
        QCOMPARE(causes.first().id, top);
    }

    // A Gmail spam bounce with Google Postmaster Tools data for the From domain.
    void gmailBounceWithPostmaster_data() {
        QTest::addColumn<QString>("level");
        QTest::addColumn<QStringList>("needsWork");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("top");
        QTest::newRow("over 0.3 %") << u"error"_s << QStringList() << u"done"_s
                                    << u"provider.gmail.complaints_high"_s;
        QTest::newRow("authentication needs work") << u"ok"_s << QStringList{u"dmarc_alignment"_s}
                                                   << u"done"_s << u"provider.gmail.compliance_auth"_s;
        QTest::newRow("under the limit")
            << u"warning"_s << QStringList() << u"done"_s << u"provider.gmail.reputation"_s;
        QTest::newRow("could not check")
            << QString() << QStringList() << u"failed"_s << u"provider.gmail.reputation"_s;
        QTest::newRow("no account") << QString() << QStringList() << QString()
                                    << u"provider.gmail.reputation"_s;
    }

    void gmailBounceWithPostmaster() {
        QFETCH(QString, level);
        QFETCH(QStringList, needsWork);
        QFETCH(QString, state);
        QFETCH(QString, top);
        QJsonObject r = recipient(u"4.7.28"_s, 421,
                                  u"421-4.7.28 Our system has detected an unusual rate of unsolicited mail "
                                  u"originating from your IP address. gsmtp"_s,
                                  u"blocked"_s);
        r.insert(u"provider"_s, u"google"_s);
        Session s = bounceSession(r);
        if (!state.isEmpty()) {
            CheckRecord pm;
            pm.id = u"postmaster"_s;
            pm.title = u"Postmaster Tools"_s;
            pm.state = *parseCheckState(state);
            if (pm.state == CheckState::Done)
                pm.result = QJsonObject{{u"domain"_s, u"example.com"_s},
                                        {u"spam_rate_level"_s, level},
                                        {u"spam_rate_text"_s, u"0.42 %"_s},
                                        {u"stats_date"_s, u"2026-12-05"_s},
                                        {u"needs_work"_s, QJsonArray::fromStringList(needsWork)}};
            s.checks << pm;
        }
        const QList<Cause> causes = diagnose(s);
        QVERIFY(!causes.isEmpty());
        QCOMPARE(causes.first().id, top);
        if (top == u"provider.gmail.complaints_high") {
            QStringList evidence;
            for (const Evidence& e : causes.first().evidence)
                evidence << e.text;
            QVERIFY2(evidence.join(u'\n').contains(u"0.42 % of example.com's mail as spam on 2026-12-05"_s),
                     qPrintable(evidence.join(u'\n')));
        }
    }

    // The opt-in mailbox probe as evidence for a user-unknown bounce.
    void unknownRecipientWithMailboxProbe_data() {
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("top");
        QTest::newRow("still rejected") << u"rejected"_s << u"recipient.unknown"_s;
        QTest::newRow("now accepted") << u"accepted"_s << u"recipient.unknown_now_accepted"_s;
        QTest::newRow("catch-all") << u"catch_all"_s << u"recipient.unknown"_s;
    }

    void unknownRecipientWithMailboxProbe() {
        QFETCH(QString, verdict);
        QFETCH(QString, top);
        Session s = bounceSession(recipient(u"5.1.1"_s, 550,
                                            u"The email account that you tried to reach does not exist"_s,
                                            u"userunknown"_s));
        CheckRecord mailbox;
        mailbox.id = u"mailbox"_s;
        mailbox.title = u"Mailbox probe"_s;
        mailbox.state = CheckState::Done;
        mailbox.result = QJsonObject{{u"address"_s, u"user@example.net"_s}, {u"verdict"_s, verdict}};
        s.checks << mailbox;
        const QList<Cause> causes = diagnose(s);
        QVERIFY(!causes.isEmpty());
        QCOMPARE(causes.first().id, top);
        const auto unknown = std::find_if(causes.begin(), causes.end(),
                                          [](const Cause& c) { return c.id == u"recipient.unknown"; });
        QVERIFY(unknown != causes.end());
        if (verdict == u"rejected")
            QVERIFY(unknown->confidence > 90);
        if (verdict == u"accepted")
            QVERIFY(unknown->confidence < 60);
    }

    // The recipient's domain is probed (MX, SMTP, MTA-STS) only when it is a name in the public DNS: a
    // bounce may name a local delivery ("root@localhost") or an address literal.
    void recipientDomainProbedOnlyWhenPublic_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("probed");
        QTest::newRow("public name") << u"user@example.net"_s << u"example.net"_s;
        QTest::newRow("single label") << u"root@localhost"_s << QString();
        QTest::newRow("address literal") << u"user@[192.0.2.25]"_s << QString();
    }

    void recipientDomainProbedOnlyWhenPublic() {
        QFETCH(QString, address);
        QFETCH(QString, probed);
        QJsonObject rcpt = recipient(u"5.2.2"_s, 552, u"Mailbox full"_s, u"mailboxfull"_s);
        rcpt[u"recipient"_s] = address;
        const QJsonObject bounce{{u"recipients"_s, QJsonArray{rcpt}}};
        RunOptions options;
        options.smtpProbe = true;
        QStringList smtpDomains;
        for (const CheckRequest& request : planChecks({InputKind::Bounce, {}, {}}, {}, bounce, options)) {
            if (request.id == u"smtp" || request.id == u"mta_sts")
                smtpDomains << request.domain;
        }
        const QStringList expected = probed.isEmpty() ? QStringList() : QStringList{probed, probed};
        QCOMPARE(smtpDomains, expected);
    }

    void sessionRoundTripsThroughJson() {
        Session s = bounceSession(recipient(u"5.7.1"_s, 554, u"blocked using zen.spamhaus.org"_s,
                                            u"blocked"_s, {u"zen.spamhaus.org"_s}));
        s.id = u"abc"_s;
        s.startedUtc = QDateTime::currentDateTimeUtc();
        s.checks << blocklistCheck(u"zen.spamhaus.org"_s, u"listed"_s, {u"127.0.0.4"_s});
        s.diagnosis = diagnose(s);
        const QJsonObject json = toJson(s);
        QCOMPARE(json.value(u"schema"_s).toString(), u"rebound.session"_s);
        QCOMPARE(json.value(u"verdict"_s).toString(), u"problem_found"_s);
        QString error;
        const auto back = sessionFromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(toJson(*back), json);
        QVERIFY(!sessionFromJson(QJsonObject{{u"x"_s, 1}}, &error));
    }

    // Histories written before the session's vocabularies were enums (no "basis", evidence sources of
    // early versions, every state and severity) read back and write out the same causes and checks.
    void oldSessionRoundTrips() {
        QFile file(QStringLiteral(REBOUND_TEST_DATA_DIR "/report/data/xbl-session.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject old = QJsonDocument::fromJson(file.readAll()).object();
        // The hand-made sample spells out what a session leaves out (an empty confidence note, the
        // offset -1 of evidence that is not a span): drop those so that it reads as written.
        QJsonArray diagnosis;
        for (const QJsonValue& value : old.value(u"diagnosis"_s).toArray()) {
            QJsonObject cause = value.toObject();
            if (cause.value(u"confidence_note"_s).toString().isEmpty())
                cause.remove(u"confidence_note"_s);
            QJsonArray evidence;
            for (const QJsonValue& e : cause.value(u"evidence"_s).toArray()) {
                QJsonObject item = e.toObject();
                if (item.value(u"offset"_s).toInteger(-1) < 0) {
                    item.remove(u"offset"_s);
                    item.remove(u"length"_s);
                }
                evidence.append(item);
            }
            cause.insert(u"evidence"_s, evidence);
            diagnosis.append(cause);
        }
        QJsonObject extra = diagnosis.first().toObject();
        extra.insert(u"id"_s, u"old.sources"_s);
        extra.insert(u"about"_s, u"could_not_check"_s);
        QJsonArray evidence;
        for (const QString& source : {u"rdns"_s, u"spf"_s, u"dmarc"_s, u"dkim"_s, u"mx"_s, u"dns"_s})
            evidence.append(QJsonObject{{u"text"_s, source}, {u"source"_s, source}});
        extra.insert(u"evidence"_s, evidence);
        extra.insert(
            u"steps"_s,
            QJsonArray{
                QJsonObject{{u"actor"_s, u"provider"_s}, {u"text"_s, u"x"_s}, {u"links"_s, QJsonArray{}}},
                QJsonObject{{u"actor"_s, u"recipient"_s}, {u"text"_s, u"y"_s}, {u"links"_s, QJsonArray{}}}});
        diagnosis.append(extra);
        old.insert(u"diagnosis"_s, diagnosis);
        QString error;
        const auto back = sessionFromJson(old, &error);
        QVERIFY2(back, qPrintable(error));
        const QJsonObject written = toJson(*back);
        QCOMPARE(written.value(u"diagnosis"_s), old.value(u"diagnosis"_s));
        const QJsonArray checks = written.value(u"checks"_s).toArray();
        QCOMPARE(checks.size(), old.value(u"checks"_s).toArray().size());
        for (qsizetype i = 0; i < checks.size(); ++i) {
            const QJsonObject before = old.value(u"checks"_s).toArray().at(i).toObject();
            for (const QString& key : {u"id"_s, u"state"_s, u"findings"_s, u"result"_s})
                QCOMPARE(checks.at(i)[key], before.value(key));
        }
        QCOMPARE(written.value(u"verdict"_s), old.value(u"verdict"_s));
        QCOMPARE(back->diagnosis.last().about, CauseAbout::CouldNotCheck);
        QCOMPARE(back->diagnosis.first().basis, CauseBasis::Unset);
        const auto again = sessionFromJson(written, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(toJson(*again), written);
    }

    // Every name of every vocabulary reads back as the value it names.
    void vocabularyNamesRoundTrip() {
        for (Actor a : {Actor::You, Actor::Provider, Actor::Recipient})
            QCOMPARE(parseActor(actorName(a)), a);
        for (int i = 0; i <= int(EvidenceSource::Mx); ++i)
            QCOMPARE(evidenceSourceFromName(evidenceSourceName(EvidenceSource(i))), EvidenceSource(i));
        for (int i = 0; i <= int(Verdict::NoProblemFound); ++i)
            QCOMPARE(parseVerdict(verdictName(Verdict(i))), Verdict(i));
        for (CauseBasis b : {CauseBasis::Unset, CauseBasis::Live, CauseBasis::Bounce, CauseBasis::Checks})
            QCOMPARE(causeBasisFromName(causeBasisName(b)), b);
        for (Severity s : {Severity::Info, Severity::Warning, Severity::Error, Severity::Critical})
            QCOMPARE(parseSeverity(severityName(s)), s);
        QVERIFY(!parseVerdict(u"maybe"_s));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisEngine)
#include "test_diagnosisengine.moc"
