// The guided diagnosis end to end: a pasted bounce, the real checks against the lab's DNS (Knot behind
// dnsdist, tests/diagnosis/zones) and, where a scenario needs it, a real port on loopback; the expected
// top cause, the other causes, the links and the confidence notes are asserted. One scenario per case of
// PRODUCT.md's list at least, plus the cases where a check could not run.
#include "adversarialserver.h"
#include "core/diagnosis/diagnosisrun.h"
#include "core/dns/serverlist.h"
#include "lab/dnslab.h"
#include "serverprocess.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound;
using namespace rebound::diagnosis;

namespace {

// Evidence texts that show an internal result path ("Domain spf.result is permerror") instead of words;
// the causes' evidence must be sentences a non-expert reads. A dotted word the input itself contains is
// a name from the mail ("DMARC policy of sender-corp.example is p=none"), not a key.
QStringList internalKeyEvidence(const Session& session) {
    static const QRegularExpression internalKey(u"\\b([a-z_]+\\.[a-z_.]+) is \\b"_s);
    QStringList bad;
    for (const Cause& cause : session.diagnosis) {
        for (const Evidence& e : cause.evidence) {
            auto it = internalKey.globalMatch(e.text);
            while (it.hasNext()) {
                if (!session.input.contains(it.next().captured(1), Qt::CaseInsensitive)) {
                    bad << cause.id + u": "_s + e.text;
                    break;
                }
            }
        }
    }
    return bad;
}

QString evidenceOf(const Cause& cause) {
    QStringList texts;
    for (const Evidence& e : cause.evidence)
        texts << e.text;
    return texts.join(u'\n');
}

// A Postfix delivery status notification for one recipient, with the returned message's headers (the
// From domain and the DKIM selector the domain check uses).
QString dsn(const QString& recipient, const QString& diagnostic) {
    return uR"(From: MAILER-DAEMON@mail.sender-corp.example (Mail Delivery System)
To: alice@sender-corp.example
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

--B1
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.sender-corp.example.

<%1>: host mx.recipient.example[127.0.0.1] said: %2 (in reply to RCPT TO command)

--B1
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.sender-corp.example

Final-Recipient: rfc822; %1
Action: failed
Status: %3
Remote-MTA: dns; mx.recipient.example
Diagnostic-Code: smtp; %2

--B1
Content-Type: text/rfc822-headers

From: Alice <alice@sender-corp.example>
To: %1
Subject: Quarterly figures
DKIM-Signature: v=1; a=rsa-sha256; d=sender-corp.example; s=s1; h=from:to; bh=abc=; b=def=

--B1--
)"_s.arg(recipient, diagnostic, diagnostic.section(u' ', 1, 1));
}

QString bounceFor(const QString& diagnostic) {
    return dsn(u"bob@recipient.example"_s, diagnostic);
}

const Cause* findCause(const Session& session, const QString& id) {
    for (const Cause& cause : session.diagnosis) {
        if (cause.id == id)
            return &cause;
    }
    return nullptr;
}

QStringList causeIds(const Session& session) {
    QStringList ids;
    for (const Cause& cause : session.diagnosis)
        ids << u"%1(%2)"_s.arg(cause.id).arg(cause.confidence);
    return ids;
}

QStringList linksOf(const Cause& cause) {
    QStringList urls;
    for (const Link& link : cause.links)
        urls << link.url;
    for (const Step& step : cause.steps) {
        for (const Link& link : step.links)
            urls << link.url;
    }
    return urls;
}

} // namespace

class TestDiagnosisLab : public QObject {
    Q_OBJECT

    lab::DnsLab m_lab;
    smtptest::BackloggedPort m_blockedPort;
    quint16 m_blockedPortNumber = 0;

    Session run(const QString& input, bool smtp) {
        RunOptions options;
        options.resolver.servers = *dns::parseServerList(m_lab.server());
        options.resolver.timeoutMs = 700;
        options.resolver.tries = 1;
        options.checkDocumentationRanges = true;
        options.smtpProbe = smtp;
        options.smtpPort = m_blockedPortNumber;
        options.smtpTimeoutMs = 1500;
        options.ehloName = u"diagnosis.test"_s;
        DiagnosisRun diagnosisRun(options);
        QSignalSpy finished(&diagnosisRun, &DiagnosisRun::finished);
        diagnosisRun.start(input);
        if (!finished.wait(60000))
            qFatal("the diagnosis did not finish");
        return diagnosisRun.session();
    }

private slots:
    void initTestCase() {
        lab::DnsLabOptions options;
        options.zonesDir = QStringLiteral(REBOUND_TEST_DATA_DIR "/diagnosis/zones");
        // Spamhaus does not answer for 203.0.113.99 (a timeout), although the zone would list it.
        options.dnsdistRules << u"addAction(QNameRule(\"99.113.0.203.zen.spamhaus.org.\"), DropAction())"_s;
        QString error;
        QVERIFY2(m_lab.start(options, &error), qPrintable(error));
        m_blockedPortNumber = smtptest::freeTcpPort();
        QVERIFY2(m_blockedPort.start(u"127.0.0.1"_s, m_blockedPortNumber, &error), qPrintable(error));
    }

    void scenarios_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("smtp");
        QTest::addColumn<QString>("top");         // the most likely cause
        QTest::addColumn<QStringList>("present"); // other causes that must be there
        QTest::addColumn<QStringList>("absent");  // causes that must not be invented
        QTest::addColumn<QString>("link");        // part of a URL among the top cause's links
        QTest::addColumn<QString>("lowered");     // a cause whose confidence is lowered with a note
        QTest::addColumn<QString>("evidence");    // part of the top cause's evidence

        const QStringList spamhausListings{u"blocklist.spamhaus.xbl"_s, u"blocklist.spamhaus.pbl"_s,
                                           u"blocklist.spamhaus.sbl"_s, u"blocklist.spamhaus.css"_s};
        QTest::newRow("Spamhaus XBL: infected host") << bounceFor(
            u"554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org"_s)
                                                     << false << u"blocklist.spamhaus.xbl"_s << QStringList{}
                                                     << QStringList{u"blocklist.already_delisted"_s}
                                                     << u"check.spamhaus.org/results/?query=203.0.113.7"_s
                                                     << QString() << u"127.0.0.4"_s;
        QTest::newRow("Spamhaus PBL: end-user range, generic PTR")
            << bounceFor(u"554 5.7.1 Service unavailable; Client host [203.0.113.10] blocked using "
                         u"zen.spamhaus.org; "
                         "https://www.spamhaus.org/query/ip/203.0.113.10"_s)
            << false << u"blocklist.spamhaus.pbl"_s << QStringList{u"rdns.problem"_s}
            << QStringList{u"blocklist.spamhaus.xbl"_s} << u"203.0.113.10"_s << QString() << u"127.0.0.10"_s;
        QTest::newRow("Spamhaus refuses the query: not a listing") << bounceFor(
            u"554 5.7.1 Service unavailable; Client host [203.0.113.8] blocked using zen.spamhaus.org"_s)
                                                                   << false << u"blocklist.spamhaus.named"_s
                                                                   << QStringList{u"blocklist.query_refused"_s}
                                                                   << spamhausListings << u"spamhaus"_s
                                                                   << u"blocklist.spamhaus.named"_s
                                                                   << QString();
        QTest::newRow("Spamhaus times out: not a listing, not clean")
            << bounceFor(
                   u"554 5.7.1 Service unavailable; Client host [203.0.113.99] blocked using zen.spamhaus.org"_s)
            << false << u"blocklist.spamhaus.named"_s << QStringList{}
            << (spamhausListings + QStringList{u"blocklist.already_delisted"_s}) << u"spamhaus"_s
            << u"blocklist.spamhaus.named"_s << QString();
        QTest::newRow("bounce blames Spamhaus, which no longer lists the address")
            << bounceFor(
                   u"554 5.7.1 Service unavailable; Client host [203.0.113.20] blocked using zen.spamhaus.org"_s)
            << false << u"blocklist.already_delisted"_s << QStringList{} << spamhausListings << QString()
            << QString() << QString();
        QTest::newRow("defunct list named (SORBS)") << bounceFor(
            u"554 5.7.1 Service unavailable; Client host [203.0.113.20] blocked using dnsbl.sorbs.net"_s)
                                                    << false << u"blocklist.defunct"_s << QStringList{}
                                                    << spamhausListings << QString() << QString()
                                                    << QString();
        QTest::newRow("Barracuda") << bounceFor(
            u"554 5.7.1 Service unavailable; Client host [203.0.113.40] blocked using "
            "b.barracudacentral.org"_s)
                                   << false << u"blocklist.barracuda"_s << QStringList{} << spamhausListings
                                   << u"barracuda"_s << QString() << u"Barracuda"_s;
        QTest::newRow("SpamCop") << bounceFor(
            u"554 5.7.1 Service unavailable; Client host [203.0.113.50] blocked using bl.spamcop.net"_s)
                                 << false << u"blocklist.spamcop"_s << QStringList{} << spamhausListings
                                 << u"spamcop"_s << QString() << u"SpamCop"_s;
        QTest::newRow("UCEPROTECT level 3: collateral")
            << bounceFor(u"554 5.7.1 Service unavailable; Client host [203.0.113.60] blocked using "
                         "dnsbl-3.uceprotect.net"_s)
            << false << u"blocklist.uceprotect.collateral"_s << QStringList{} << spamhausListings << QString()
            << QString() << QString();
        QTest::newRow("Microsoft S3150") << bounceFor(
            u"550 5.7.1 Unfortunately, messages from [203.0.113.20] weren't sent. Please contact your "
            "Internet service provider since part of their network is on our block list (S3150). "
            "You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors."_s)
                                         << false << u"provider.microsoft.block"_s << QStringList{}
                                         << spamhausListings << u"sender.office.com"_s << QString()
                                         << u"S3150"_s;
        QTest::newRow("Gmail 5.7.26 unauthenticated, SPF fails for the IP")
            << bounceFor(
                   u"550 5.7.26 This mail is unauthenticated, which poses a security risk to the sender and "
                   "Gmail users, and has been blocked. The sender must authenticate with at least one of SPF "
                   "or DKIM. For this message, DKIM checks did not pass and SPF check for "
                   "[sender-corp.example] did not pass with ip: [203.0.113.30]. gsmtp"_s)
            << false << u"provider.gmail.unauthenticated"_s << QStringList{u"auth.spf_fail"_s}
            << spamhausListings << u"google.com"_s << QString() << QString();
        QTest::newRow("Gmail 4.7.28 reputation") << bounceFor(
            u"421 4.7.28 [203.0.113.20 15] Our system has detected an unusual rate of unsolicited mail "
            "originating from your IP address. To protect our users from spam, mail sent from your IP "
            "address has been temporarily rate limited. gsmtp"_s)
                                                 << false << u"provider.gmail.reputation"_s << QStringList{}
                                                 << spamhausListings << u"postmaster.google.com"_s
                                                 << QString() << QString();
        QTest::newRow("Gmail 5.7.25 no PTR") << bounceFor(
            u"550 5.7.25 [203.0.113.30] The IP address sending this message does not have a PTR record "
            "setup, or the corresponding forward DNS entry does not point to the sending IP. gsmtp"_s)
                                             << false << u"provider.gmail.reverse_dns"_s << QStringList{}
                                             << spamhausListings << QString() << QString()
                                             << u"reverse DNS"_s;
        QTest::newRow("Yahoo TSS04") << bounceFor(
            u"421 4.7.0 [TSS04] Messages from 203.0.113.20 temporarily deferred due to unexpected "
            "volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"_s)
                                     << false << u"provider.yahoo.deferred"_s << QStringList{}
                                     << spamhausListings << u"yahoo"_s << QString() << QString();
        QTest::newRow("Comcast RL/BL code")
            << bounceFor(u"554 5.7.1 comcast 203.0.113.20 Comcast block for spam. Please see "
                         "http://postmaster.comcast.net/smtp-error-codes.php#BL000000"_s)
            << false << u"provider.comcast.block"_s << QStringList{} << spamhausListings << QString()
            << QString() << QString();
        QTest::newRow("Apple iCloud CS01")
            << bounceFor(u"554 5.7.1 [CS01] Message rejected due to local policy. Please visit "
                         "https://support.apple.com/en-us/HT204137"_s)
            << false << u"provider.apple.block"_s << QStringList{} << spamhausListings << QString()
            << QString() << QString();
        QTest::newRow("Mimecast") << bounceFor(
            u"550 Rejected by header based Anti-Spoofing policy: bob@recipient.example - "
            "https://community.mimecast.com/docs/DOC-1369#550 [abc.us123]"_s)
                                  << false << u"provider.mimecast.block"_s << QStringList{}
                                  << spamhausListings << QString() << QString() << QString();
        QTest::newRow("Proofpoint") << bounceFor(
            u"554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=203.0.113.20"_s)
                                    << false << u"provider.proofpoint.block"_s << QStringList{}
                                    << spamhausListings << u"proofpoint"_s << QString() << QString();
        QTest::newRow("an IP on its own") << u"203.0.113.7"_s << false << u"blocklist.spamhaus.xbl"_s
                                          << QStringList{} << QStringList{u"blocklist.spamhaus.named"_s}
                                          << u"check.spamhaus.org"_s << QString() << u"127.0.0.4"_s;
        QTest::newRow("a range") << u"203.0.113.0/28"_s << false << u"blocklist.range_listed"_s
                                 << QStringList{} << QStringList{} << QString() << QString()
                                 << u"203.0.113.7"_s;
        QTest::newRow("relay access denied: not reputation")
            << bounceFor(u"554 5.7.1 <bob@recipient.example>: Relay access denied"_s) << false
            << u"relay.denied"_s << QStringList{} << spamhausListings << QString() << QString() << QString();
        QTest::newRow("DMARC reject, SPF fails for the IP")
            << bounceFor(u"550 5.7.509 Access denied, sending domain sender-corp.example does not pass DMARC "
                         "verification and has a DMARC policy of reject. [203.0.113.30]"_s)
            << false << u"auth.dmarc.named"_s << QStringList{} << spamhausListings << QString() << QString()
            << u"DMARC"_s;
        QTest::newRow("user unknown: list hygiene") << bounceFor(
            u"550 5.1.1 <bob@recipient.example>: Recipient address rejected: User unknown in virtual "
            "mailbox table"_s) << false << u"recipient.unknown"_s
                                                    << QStringList{} << spamhausListings << QString()
                                                    << QString() << QString();
        // Without an enhanced code or a command, Sisimai's convention calls this "filtered"; its words
        // still say the mailbox does not exist.
        QTest::newRow("bare reply: no such user")
            << u"550 No such user here"_s << false << u"recipient.unknown"_s << QStringList{}
            << spamhausListings << QString() << QString() << QString();
        QTest::newRow("mailbox full") << bounceFor(u"552 5.2.2 <bob@recipient.example>: Mailbox full"_s)
                                      << false << u"recipient.mailbox_full"_s << QStringList{}
                                      << spamhausListings << QString() << QString() << QString();
        QTest::newRow("greylisting") << bounceFor(
            u"450 4.2.0 <bob@recipient.example>: Recipient address rejected: Greylisted, see "
            "http://postgrey.schweikert.ch/help/recipient.example.html"_s)
                                     << false << u"greylisting"_s << QStringList{} << spamhausListings
                                     << QString() << QString() << QString();
        QTest::newRow("TLS required")
            << bounceFor(u"530 5.7.10 Must issue a STARTTLS command first"_s) << false << u"tls.required"_s
            << QStringList{} << spamhausListings << QString() << QString() << QString();
        QTest::newRow("unreachable recipient, and port 25 blocked here too")
            << u"Nov 23 06:00:01 mail postfix/smtp[4242]: 4F1A2B3C4D: to=<bob@recipient.example>, "
               "relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to "
               "mx.recipient.example[127.0.0.1]:25: Connection timed out)"_s
            << true << u"recipient.domain_unreachable"_s
            << QStringList{u"smtp.port25_blocked"_s, u"checks.incomplete"_s} << spamhausListings << QString()
            << u"recipient.domain_unreachable"_s << QString();
    }

    void scenarios() {
        QFETCH(QString, input);
        QFETCH(bool, smtp);
        QFETCH(QString, top);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        QFETCH(QString, link);
        QFETCH(QString, lowered);
        QFETCH(QString, evidence);

        const Session session = run(input, smtp);
        const QString got = causeIds(session).join(u", "_s);
        QVERIFY2(!session.diagnosis.isEmpty(), "no cause at all");
        QVERIFY2(session.diagnosis.first().id == top, qPrintable(got));
        for (const QString& id : present)
            QVERIFY2(findCause(session, id), qPrintable(id + u" missing from "_s + got));
        for (const QString& id : absent)
            QVERIFY2(!findCause(session, id), qPrintable(id + u" invented in "_s + got));
        QVERIFY2(internalKeyEvidence(session).isEmpty(),
                 qPrintable(internalKeyEvidence(session).join(u'\n')));
        const Cause& first = session.diagnosis.first();
        QVERIFY2(!first.steps.isEmpty(), "the top cause has no steps");
        QVERIFY2(!first.evidence.isEmpty(), "the top cause has no evidence");
        if (!evidence.isEmpty()) {
            QStringList texts;
            for (const Evidence& e : first.evidence)
                texts << e.text;
            QVERIFY2(texts.join(u'\n').contains(evidence, Qt::CaseInsensitive),
                     qPrintable(texts.join(u'\n')));
        }
        if (!link.isEmpty()) {
            const QStringList urls = linksOf(first);
            QVERIFY2(std::any_of(urls.begin(), urls.end(),
                                 [&](const QString& url) { return url.contains(link, Qt::CaseInsensitive); }),
                     qPrintable(urls.join(u' ')));
        }
        if (!lowered.isEmpty()) {
            const Cause* cause = findCause(session, lowered);
            QVERIFY(cause);
            QVERIFY2(!cause->confidenceNote.isEmpty(), qPrintable(lowered));
            QVERIFY2(cause->confidence <= 60, qPrintable(QString::number(cause->confidence)));
        }
        // Everything known when the run ended is in the session, with UTC times and the resolver.
        QVERIFY(session.startedUtc.isValid() && session.finishedUtc.isValid());
        QCOMPARE(session.startedUtc.timeSpec(), Qt::UTC);
        QVERIFY(session.resolver.contains(QString::number(m_lab.dnsdistPort())));
    }

    // Spamhaus refuses this resolver (127.255.255.254) while the bounce says "blocked using
    // zen.spamhaus.org": what the receiver wrote ranks first, above an SPF permerror the checks found and
    // above a Barracuda listing it did not mention; the "could not check Spamhaus" note stands on the
    // Spamhaus card and on no other.
    void receiverWordsRankFirst() {
        QString bounce = bounceFor(
            u"554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org"_s);
        bounce.replace(u"sender-corp.example"_s, u"permerror-corp.example"_s);
        const Session session = run(bounce, false);
        const QString got = causeIds(session).join(u", "_s);
        QVERIFY2(!session.diagnosis.isEmpty(), "no cause");
        QVERIFY2(session.diagnosis.first().id == u"blocklist.spamhaus.named"_s, qPrintable(got));
        const Cause& spamhaus = session.diagnosis.first();
        QCOMPARE(spamhaus.basis, CauseBasis::Bounce);
        QVERIFY2(spamhaus.confidenceNote.contains(u"Spamhaus"_s), qPrintable(spamhaus.confidenceNote));
        const Cause* spf = findCause(session, u"auth.spf_permerror"_s);
        QVERIFY2(spf, qPrintable(got));
        QCOMPARE(spf->basis, CauseBasis::Checks);
        // Said in words, not as "Domain spf.result is permerror".
        QVERIFY2(evidenceOf(*spf).contains(u"SPF record cannot be evaluated: it has a permanent error"_s),
                 qPrintable(evidenceOf(*spf)));
        QVERIFY2(internalKeyEvidence(session).isEmpty(),
                 qPrintable(internalKeyEvidence(session).join(u'\n')));
        const Cause* barracuda = findCause(session, u"blocklist.barracuda"_s);
        QVERIFY2(barracuda, qPrintable(got));
        QCOMPARE(barracuda->basis, CauseBasis::Live);
        QVERIFY2(!barracuda->confidenceNote.contains(u"Spamhaus"_s), qPrintable(barracuda->confidenceNote));
        QVERIFY2(barracuda - session.diagnosis.constData() > 0 && spf - session.diagnosis.constData() > 0,
                 qPrintable(got));
    }

    // One ZEN answer naming SBL and XBL (127.0.0.2 + 127.0.0.4) is one card naming both; Mailspike's
    // listing of the same address gets its own card; both read as verified, not guessed.
    void oneCardPerListing() {
        const Session session = run(u"203.0.113.11"_s, false);
        const QString got = causeIds(session).join(u", "_s);
        int spamhausCards = 0;
        const Cause* zen = nullptr;
        for (const Cause& cause : session.diagnosis) {
            if (cause.id == u"blocklist.spamhaus.xbl"_s || cause.id == u"blocklist.spamhaus.sbl"_s) {
                ++spamhausCards;
                zen = &cause;
            }
        }
        QVERIFY2(spamhausCards == 1, qPrintable(got));
        QCOMPARE(zen->sublists, (QStringList{u"Spamhaus XBL"_s, u"Spamhaus SBL"_s}));
        QVERIFY2(zen->title.contains(u"SBL"_s) && zen->title.contains(u"XBL"_s), qPrintable(zen->title));
        QCOMPARE(zen->basis, CauseBasis::Live);
        QVERIFY(zen->also.contains(u"blocklist.spamhaus.sbl"_s)
                || zen->also.contains(u"blocklist.spamhaus.xbl"_s));
        const Cause* mailspike = findCause(session, u"blocklist.listed.other"_s);
        QVERIFY2(mailspike, qPrintable(got));
        QVERIFY2(mailspike->title.contains(u"Mailspike"_s), qPrintable(mailspike->title));
        QCOMPARE(mailspike->basis, CauseBasis::Live);
        QCOMPARE(toJson(*zen).value(u"basis"_s).toString(), u"live"_s);
    }

    // No DNS server answers: the only cause from the checks is about the resolver, none about the
    // domain or the address; the verdict is incomplete, never a problem of the recipient.
    void resolverDown() {
        RunOptions options;
        options.resolver.servers = *dns::parseServerList(u"127.0.0.1:1"_s);
        options.resolver.timeoutMs = 700;
        options.resolver.tries = 1;
        options.smtpProbe = false;
        DiagnosisRun diagnosisRun(options);
        QSignalSpy finished(&diagnosisRun, &DiagnosisRun::finished);
        diagnosisRun.start(bounceFor(u"550 5.1.1 <bob@recipient.example>: User unknown"_s));
        QVERIFY(finished.wait(60000));
        const Session& session = diagnosisRun.session();
        const QString got = causeIds(session).join(u", "_s);
        QVERIFY(session.resolverUnreachable);
        QVERIFY2(findCause(session, u"dns.unreachable"_s), qPrintable(got));
        // The bounce's own words still stand (the recipient is unknown); nothing from the checks does.
        QVERIFY2(findCause(session, u"recipient.unknown"_s), qPrintable(got));
        for (const Cause& cause : session.diagnosis)
            QVERIFY2(cause.id == u"dns.unreachable"_s || cause.basis == CauseBasis::Bounce
                         || cause.id == u"reputation.portals"_s,
                     qPrintable(got));
        QVERIFY(!findCause(session, u"checks.incomplete"_s));
    }

    // An input the analyser refuses is the verdict: no check, no cause, never "no problem found".
    void refusedInput() {
        QString paste = bounceFor(u"550 5.1.1 <bob@recipient.example>: User unknown"_s);
        const QString line = QString(79, u'y') + u'\n';
        while (paste.size() < 30 * 1024 * 1024)
            paste += line;
        const Session session = run(paste, false);
        QCOMPARE(session.verdict(), Verdict::InputRefused);
        QVERIFY(session.diagnosis.isEmpty());
        QVERIFY(session.checks.isEmpty());
        QCOMPARE(toJson(session).value(u"verdict"_s).toString(), u"input_refused"_s);
    }

    // Cancelling keeps what finished: the blocklist check done before the cancel stays done with its
    // result, the SMTP probe still waiting on a silent port ends cancelled, and causes are still ranked.
    void cancelKeepsWhatFinished() {
        RunOptions options;
        options.resolver.servers = *dns::parseServerList(m_lab.server());
        options.checkDocumentationRanges = true;
        options.smtpPort = m_blockedPortNumber;
        options.smtpTimeoutMs = 30000; // far longer than the test waits
        DiagnosisRun diagnosisRun(options);
        QSignalSpy finished(&diagnosisRun, &DiagnosisRun::finished);
        diagnosisRun.start(bounceFor(
            u"554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org"_s));
        const auto stateOf = [&](const QString& id) {
            const CheckRecord* record = diagnosisRun.session().check(id);
            return record ? record->state : CheckState::Pending;
        };
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"blocklists"_s), CheckState::Done, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(u"smtp"_s), CheckState::Running, 5000);
        QElapsedTimer timer;
        timer.start();
        diagnosisRun.cancel();
        QVERIFY(finished.wait(5000) || finished.size() == 1);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        const Session& session = diagnosisRun.session();
        QVERIFY(session.cancelled);
        QCOMPARE(stateOf(u"blocklists"_s), CheckState::Done);
        QCOMPARE(session.check(u"blocklists"_s)->result[u"ip"].toString(), u"203.0.113.7"_s);
        QCOMPARE(stateOf(u"smtp"_s), CheckState::Cancelled);
        QVERIFY(findCause(session, u"blocklist.spamhaus.xbl"_s));
        QVERIFY(findCause(session, u"checks.incomplete"_s));
    }

    // A bounce without the returned headers (many MTAs send none): the sender's domain is whom the
    // bounce was returned to, so the DMARC rejection is still explained from the domain's records.
    void senderDomainFromWhomTheBounceIsFor() {
        QString bounce =
            bounceFor(u"550 5.7.509 Access denied, sending domain sender-corp.example does not "
                      "pass DMARC verification and has a DMARC policy of reject. [203.0.113.30]"_s);
        bounce.truncate(bounce.indexOf(u"--B1\nContent-Type: text/rfc822-headers"_s));
        bounce += u"--B1--\n"_s;
        const Session session = run(bounce, false);
        QVERIFY(session.bounce[u"original"].isNull());
        QCOMPARE(session.bounce[u"bounce_to"].toString(), u"alice@sender-corp.example"_s);
        const CheckRecord* domain = session.check(u"domain"_s);
        QVERIFY2(domain, qPrintable(causeIds(session).join(u' ')));
        QCOMPARE(domain->state, CheckState::Done);
        QCOMPARE(domain->result[u"domain"].toString(), u"sender-corp.example"_s);
        const Cause* dmarc = findCause(session, u"auth.dmarc.named"_s);
        QVERIFY2(dmarc, qPrintable(causeIds(session).join(u' ')));
        QVERIFY2(internalKeyEvidence(session).isEmpty(),
                 qPrintable(internalKeyEvidence(session).join(u'\n')));
    }

    // The live facts argue against the alternatives, and the portals without DNS come as deep links.
    void evidenceAgainstAndPortals() {
        const Session session = run(
            bounceFor(u"550 5.7.1 Unfortunately, messages from [203.0.113.20] weren't sent. Please contact "
                      "your Internet service provider since part of their network is on our block list "
                      "(S3150)."_s),
            false);
        QVERIFY(!session.diagnosis.isEmpty());
        const QString against = session.diagnosis.first().against.join(u'\n');
        QVERIFY2(against.contains(u"203.0.113.20 is not listed on any blocklist that answered"_s),
                 qPrintable(against));
        QVERIFY2(against.contains(u"forward-confirmed"_s), qPrintable(against));
        QVERIFY2(against.contains(u"SPF passes for 203.0.113.20 at sender-corp.example"_s),
                 qPrintable(against));
        const Cause* portals = findCause(session, u"reputation.portals"_s);
        QVERIFY(portals);
        QVERIFY(linksOf(*portals).contains(
            u"https://talosintelligence.com/reputation_center/lookup?search=203.0.113.20"_s));
        QVERIFY(session.diagnosis.last().id == u"reputation.portals"_s);

        // SPF failing for the IP names the record and the term that decided.
        const Session spf =
            run(bounceFor(u"550 5.7.26 This mail is unauthenticated. SPF check for "
                          "[sender-corp.example] did not pass with ip: [203.0.113.30]. gsmtp"_s),
                false);
        const Cause* spfFail = findCause(spf, u"auth.spf_fail"_s);
        QVERIFY(spfFail);
        QVERIFY2(
            evidenceOf(*spfFail).contains(
                u"The domain's SPF record does not authorise the sending address (the SPF result is fail)"_s),
            qPrintable(evidenceOf(*spfFail)));
        QVERIFY2(internalKeyEvidence(spf).isEmpty(), qPrintable(internalKeyEvidence(spf).join(u'\n')));
        QVERIFY2(internalKeyEvidence(session).isEmpty(),
                 qPrintable(internalKeyEvidence(session).join(u'\n')));
        QVERIFY2(spfFail->summary.contains(u"'-all' matched"_s)
                     && spfFail->summary.contains(u"v=spf1 ip4:"_s),
                 qPrintable(spfFail->summary));
        QVERIFY2(spfFail->steps.value(1).text.contains(u"ip4:203.0.113.30"_s),
                 qPrintable(spfFail->steps.value(1).text));

        // A listed address: the blocklist fact must not appear, the other facts still do.
        const Session listed = run(
            bounceFor(
                u"554 5.7.1 Service unavailable; Client host [203.0.113.7] blocked using zen.spamhaus.org"_s),
            false);
        const QString listedAgainst = listed.diagnosis.first().against.join(u'\n');
        QVERIFY2(!listedAgainst.contains(u"not listed"_s), qPrintable(listedAgainst));
        QVERIFY2(listedAgainst.contains(u"forward-confirmed"_s), qPrintable(listedAgainst));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisLab)
#include "test_diagnosis_lab.moc"
