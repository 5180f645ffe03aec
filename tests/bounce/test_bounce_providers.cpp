// Receivers' own refusal codes (providers.json): one-line replies and whole bounces written the way each
// receiver writes them name the receiver, its code and the reason class the code means; numbers and
// look-alikes that are no code of the receiver name none.
#include "core/bounce/bounceanalyzer.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::bounce;

class TestBounceProviders : public QObject {
    Q_OBJECT

private slots:
    // providerCode empty: the receiver's code must not be found. reason empty: not checked.
    void oneLine_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("providerCode");
        QTest::addColumn<QString>("reason");

        // Cox: codes after "AUP#".
        QTest::newRow("cox CXBL")
            << u"554 5.7.1 ERROR: Mail refused - <192.0.2.10> - See "
               "https://www.cox.com/residential/support/email-error-codes.html AUP#CXBL"_s
            << u"cox"_s << u"CXBL"_s << u"blocked"_s;
        QTest::newRow("cox IPBL1010")
            << u"554 5.7.1 ERROR: Mail refused - <192.0.2.10> - listed on CSI and Return Path AUP#IPBL1010"_s
            << u"cox"_s << u"IPBL1010"_s << u"blocked"_s;
        QTest::newRow("cox URLBL011")
            << u"552 5.7.0 ERROR: Message rejected, a URL is listed on SURBL and DBL AUP#URLBL011"_s
            << u"cox"_s << u"URLBL011"_s << u"spamdetected"_s;
        QTest::newRow("cox CXDNS before its phrase")
            << u"554 5.7.1 ERROR: Mail refused - DNS check failure - try again later AUP#CXDNS"_s << u"cox"_s
            << u"CXDNS"_s << u"requireptr"_s;
        QTest::newRow("cox IPBL0000 is no code")
            << u"554 5.7.1 ERROR: Mail refused - <192.0.2.10> AUP#IPBL0000"_s << u"cox"_s << QString()
            << QString();

        // Spectrum: AUP#I (incoming) or AUP#O (outgoing), a hyphen, four digits.
        QTest::newRow("spectrum 1580 (outgoing)") << u"550 5.1.0 <> sender rejected. AUP#O-1580"_s
                                                  << u"spectrum"_s << u"AUP#O-1580"_s << u"speeding"_s;
        QTest::newRow("spectrum 1260 (incoming)")
            << u"554 5.7.1 IPv6 is not supported, connect over IPv4. AUP#I-1260"_s << u"spectrum"_s
            << u"AUP#I-1260"_s << u"networkerror"_s;
        QTest::newRow("spectrum range 1220-1250")
            << u"554 5.7.1 Your IP address is listed by Spamhaus. AUP#In-1230"_s << u"spectrum"_s
            << u"AUP#In-1230"_s << u"blocked"_s;
        QTest::newRow("spectrum range 1300-1340")
            << u"421 4.7.0 Too many connections from your IP, try again later. AUP#In-1310"_s << u"spectrum"_s
            << u"AUP#In-1310"_s << QString();
        QTest::newRow("spectrum 1590 is no code")
            << u"550 5.1.0 <> sender rejected. AUP#O-1590"_s << u"spectrum"_s << QString() << QString();
        QTest::newRow("spectrum five digits are no code")
            << u"550 5.1.0 <> sender rejected. AUP#O-15800"_s << u"spectrum"_s << QString() << QString();

        // Comcast: the codes of its postmaster page, and the two it writes in words.
        QTest::newRow("comcast ES000001 (residential)")
            << u"554 resimta-po-01v.sys.comcast.net comcast 192.0.2.10 Mail from residential space is not "
               "accepted ES000001"_s
            << u"comcast"_s << u"ES000001"_s << u"blocked"_s;
        QTest::newRow("comcast BL000001 (Spamhaus)")
            << u"554 resimta-ch2-09v.sys.comcast.net comcast 192.0.2.10 Comcast block for spam. Please see "
               "http://postmaster.comcast.net/smtp-error-codes.php#BL000001"_s
            << u"comcast"_s << u"BL000001"_s << u"blocked"_s;
        QTest::newRow("comcast BL000002 is no code")
            << u"554 resimta-ch2-09v.sys.comcast.net comcast 192.0.2.10 Comcast block for spam BL000002"_s
            << u"comcast"_s << QString() << QString();
        QTest::newRow("comcast too many sessions")
            << u"421 4.2.0 resimta-po-01v.sys.comcast.net comcast 192.0.2.10 Too many sessions opened"_s
            << u"comcast"_s << u"Too many sessions opened"_s << u"toomanyconn"_s;
        QTest::newRow("comcast reverse DNS")
            << u"421 resimta-po-01v.sys.comcast.net comcast 192.0.2.10 Reverse DNS failure : Try again later"_s
            << u"comcast"_s << u"Reverse DNS failure"_s << u"requireptr"_s;
        // Microsoft: the tokens of its rate limits are no block list.
        QTest::newRow("microsoft S775 (rate limited, IP reputation)")
            << u"451 4.7.650 The mail server [192.0.2.10] has been temporarily rate limited due to IP "
               "reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775)"_s
            << u"microsoft"_s << u"S775"_s << u"badreputation"_s;
        QTest::newRow("microsoft S3114 (rate limited, IP reputation)")
            << u"451 4.7.651 The mail server [192.0.2.10] has been temporarily rate limited due to IP "
               "reputation. For e-mail delivery information, see https://postmaster.live.com (S3114)"_s
            << u"microsoft"_s << u"S3114"_s << u"badreputation"_s;
        QTest::newRow("microsoft S77714 (server busy)")
            << u"451 4.7.500 Server busy. Please try again later from [192.0.2.10]. (S77714) "
               "[BL6PEPF0001AB50.namprd04.prod.outlook.com]"_s
            << u"microsoft"_s << u"S77714"_s << u"speeding"_s;
        // Yahoo: a MAIL FROM domain that does not resolve is the sender's address refused.
        QTest::newRow("yahoo unresolvable from domain")
            << u"451 Message temporarily deferred due to unresolvable RFC.5321 from domain; see "
               "https://postmaster.yahooinc.com/error-codes"_s
            << u"yahoo"_s << QString() << u"rejected"_s;
        // NetEase (and Coremail): a two-letter class and a three-letter code; every refusal links the same
        // help page, which is no reason by itself.
        QTest::newRow("netease HL:IHU (suspended IP)")
            << u"554 HL:IHU 163mx01 http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.10&hostid=mx01"_s
            << u"netease"_s << u"HL:IHU"_s << u"blocked"_s;
        QTest::newRow("netease HL:ICC (connections)")
            << u"421 HL:ICC 126mx1 http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.10"_s << u"netease"_s
            << u"HL:ICC"_s << u"toomanyconn"_s;
        QTest::newRow("netease DT:SPM (content)")
            << u"451 DT:SPM 163 mx3, please try again http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.10"_s
            << u"netease"_s << u"DT:SPM"_s << u"spamdetected"_s;
        QTest::newRow("netease XX:ABC is no code")
            << u"554 XX:ABC 163mx01 http://mail.163.com/help/help_spam_16.htm?ip=192.0.2.10"_s << u"netease"_s
            << QString() << QString();
        // I.UA: the number of its https://mail.i.ua/err/N/ link.
        QTest::newRow("i.ua 2") << u"550 5.1.1 Mailbox not found, see https://mail.i.ua/err/2/"_s << u"iua"_s
                                << u"2"_s << u"userunknown"_s;
        QTest::newRow("i.ua 10, not 1") << u"550 5.7.1 Not in the list, see https://mail.i.ua/err/10/"_s
                                        << u"iua"_s << u"10"_s << u"filtered"_s;
        QTest::newRow("i.ua 9") << u"554 5.7.1 Your IP is blacklisted. https://mail.i.ua/err/9/"_s << u"iua"_s
                                << u"9"_s << u"blocked"_s;
        QTest::newRow("i.ua bare number is no code")
            << u"550 5.7.1 Rejected with code 9, see https://mail.i.ua/err/"_s << u"iua"_s << QString()
            << QString();

        // Cloudflare Email Routing.
        QTest::newRow("cloudflare DNSBL")
            << u"554 5.7.1 192.0.2.1 found on one or more DNSBLs, see "
               "https://developers.cloudflare.com/email-routing/postmaster/#spam-and-abusive-traffic"_s
            << u"cloudflare"_s << u"found on one or more DNSBLs"_s << u"blocked"_s;
        QTest::newRow("cloudflare upstream")
            << u"554 5.3.0 Upstream error, please check "
               "https://developers.cloudflare.com/email-routing/postmaster/#error-codes"_s
            << u"cloudflare"_s << u"Upstream error"_s << u"systemerror"_s;

        // Facebook: XXX-P9 (permanent) and XXX-T9 (temporary).
        QTest::newRow("facebook RCP-P1")
            << u"550 5.1.1 RCP-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp Refused due "
               u"to "
               "recipient. The attempted recipient address does not exist."_s
            << u"facebook"_s << u"RCP-P1"_s << u"userunknown"_s;
        QTest::newRow("facebook POL-P1")
            << u"550 5.7.1 POL-P1 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#pol Your mail "
               "server's IP Address is listed on the Spamhaus PBL."_s
            << u"facebook"_s << u"POL-P1"_s << u"blocked"_s;
        QTest::newRow("facebook RCP-P2")
            << u"550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp"_s
            << u"facebook"_s << u"RCP-P2"_s << u"filtered"_s;
        QTest::newRow("facebook RCP-P9 is no code")
            << u"550 5.1.1 RCP-P9 http://postmaster.facebook.com/response_codes"_s << u"facebook"_s
            << QString() << QString();

        // GoDaddy: " IBnnn" at the end.
        QTest::newRow("godaddy IB104") << u"554 p3plibsmtp03-06.prod.phx3.secureserver.net bizsmtp "
                                          u"Connection refused. 192.0.2.7 is listed "
                                          "on the Spamhaus Block List (SBL). IB104"_s
                                       << u"godaddy"_s << u"IB104"_s << u"blocked"_s;
        QTest::newRow("godaddy IB508") << u"550 5.7.1 p3plibsmtp01.prod.phx3.secureserver.net s@example.com "
                                          u"Invalid SPF record. Inspect your "
                                          "SPF settings, and try again. IB508"_s
                                       << u"godaddy"_s << u"IB508"_s << u"authfailure"_s;
        QTest::newRow("godaddy IB1044 is no code")
            << u"550 5.7.1 p3plibsmtp01.prod.phx3.secureserver.net rejected. IB1044"_s << u"godaddy"_s
            << QString() << QString();

        // Broadcom Email Security.cloud (MessageLabs).
        QTest::newRow("messagelabs SPF")
            << u"553-SPF (Sender Policy Framework) domain authentication fail. Please visit "
               "www.symanteccloud.com/troubleshooting for more details about this error message."_s
            << u"messagelabs"_s << u"SPF (Sender Policy Framework) domain authentication fail"_s
            << u"authfailure"_s;
        QTest::newRow("messagelabs reputation")
            << u"501 Connection rejected by policy [7.7] 20805, please visit www.messagelabs.com/support for "
               "more details about this error message."_s
            << u"messagelabs"_s << u"Connection rejected by policy"_s << u"badreputation"_s;

        // Tencent QQ Mail.
        QTest::newRow("qq mailbox not found")
            << u"550 Mailbox not found. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728"_s
            << u"tencent"_s << u"Mailbox not found"_s << u"userunknown"_s;
        QTest::newRow("qq suspected spam ip, not suspected spam")
            << u"550 Suspected spam ip, http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725"_s
            << u"tencent"_s << u"Suspected spam ip"_s << u"blocked"_s;

        // KDDI (au) and NTT DOCOMO.
        QTest::newRow("kddi user unknown")
            << u"550 <r@ezweb.ne.jp>: User unknown"_s << u"kddi"_s << u"User unknown"_s << u"userunknown"_s;
        QTest::newRow("au.com user unknown")
            << u"550 5.1.1 <r@au.com>: User unknown"_s << u"kddi"_s << u"User unknown"_s << u"userunknown"_s;
        QTest::newRow("docomo unknown user")
            << u"550 Unknown user r@docomo.ne.jp (in reply to RCPT TO command)"_s << u"docomo"_s
            << u"Unknown user"_s << u"userunknown"_s;
        QTest::newRow("docomo too much mail data")
            << u"552 Too much mail data r@docomo.ne.jp"_s << u"docomo"_s << u"Too much mail data"_s
            << u"mailboxfull"_s;

        // Zoho.
        QTest::newRow("zoho user does not exist")
            << u"550 5.1.1 User does not exist - <r@zoho.com>"_s << u"zoho"_s << u"User does not exist"_s
            << u"userunknown"_s;
        QTest::newRow("zoho DMARC") << u"550 5.7.1 Email rejected per DMARC policy for zoho.com"_s
                                    << u"zoho"_s << u"Email rejected per DMARC policy"_s << u"authfailure"_s;

        // Apple iCloud.
        QTest::newRow("icloud inactive address")
            << u"550 5.1.1 <r@icloud.com>: inactive email address"_s << u"apple"_s
            << u"inactive email address"_s << u"userunknown"_s;
        QTest::newRow("icloud over quota") << u"552 5.2.2 <r@icloud.com>: user is over quota"_s << u"apple"_s
                                           << u"user is over quota"_s << u"mailboxfull"_s;

        // Mimecast.
        QTest::newRow("mimecast TLS required")
            << u"553 This route requires encryption (TLS) - https://community.mimecast.com/docs/DOC-1369#553"_s
            << u"mimecast"_s << u"This route requires encryption (TLS)"_s << u"failedstarttls"_s;
        QTest::newRow("mimecast security policies: spam signature")
            << u"host service101.mimecast.com[192.0.2.51] said: 554 email rejected due to security policies "
               u"- "
               "MCSpamSignature.sa.5.6 (in reply to end of DATA command)"_s
            << u"mimecast"_s << u"email rejected due to security policies"_s << u"spamdetected"_s;
        QTest::newRow("mimecast security policies, no signature named")
            << u"554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554"_s
            << u"mimecast"_s << u"Email rejected due to security policies"_s << u"policyviolation"_s;
        QTest::newRow("mimecast SPF")
            << u"550 SPF Sender Invalid - envelope rejected - https://community.mimecast.com/docs/DOC-1369#550"_s
            << u"mimecast"_s << u"SPF Sender Invalid - envelope rejected"_s << u"authfailure"_s;

        // AOL (Yahoo).
        QTest::newRow("aol malformed MX answer")
            << u"Host or domain name not found. Name service error for name=aol.com type=MX: Malformed or "
               "unexpected name server reply"_s
            << u"yahoo"_s << u"type=MX: Malformed or unexpected name server reply"_s << u"notaccept"_s;
        QTest::newRow("yahoo TSS04")
            << u"421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or "
               "user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"_s
            << u"yahoo"_s << u"TSS04"_s << QString();

        // Orange and La Poste.
        QTest::newRow("laposte LPNAAA_101") << u"550 5.7.1 Service unavailable; client [192.0.2.1] blocked "
                                               u"using Spamhaus. Les emails envoyes "
                                               "vers la messagerie Laposte.net ont ete bloques par nos "
                                               "services. https://www.spamhaus.org/lookup/ "
                                               "LPNAAA_101"_s
                                            << u"laposte"_s << u"LPNAAA_101"_s << u"blocked"_s;
        // Orange named by its servers' banner or its code when its domain is not written.
        QTest::newRow("orange by banner, too many connections")
            << u"421 mwinf5c18 ME Trop de connexions, veuillez verifier votre configuration. Too many "
               "connections, slow down. OFR004_104 [104]"_s
            << u"orange"_s << u"OFR004_104"_s << u"toomanyconn"_s;
        QTest::newRow("orange by code, blocked for spam")
            << u"550 5.7.1 Adresse IP source bloquee pour incident de spam. Client host blocked for spamming "
               "issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=192.0.2.10 [102]"_s
            << u"orange"_s << u"OFR006_102"_s << u"blocked"_s;
        QTest::newRow("orange SPF") << u"421 smtp.orange.fr [192.0.2.1] Emetteur invalide, Veuillez verifier "
                                       u"la configuration SPF/DNS de "
                                       "votre nom de domaine. Invalid Sender. SPF check failed"_s
                                    << u"orange"_s << u"SPF/DNS de votre nom de domaine"_s
                                    << u"authfailure"_s;
    }

    void oneLine() {
        QFETCH(QString, input);
        QFETCH(QString, provider);
        QFETCH(QString, providerCode);
        QFETCH(QString, reason);

        const BounceAnalysis a = analyzeBounce(input);
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(a.recipients.size(), 1);
        const BounceRecipient& r = a.recipients.first();
        QCOMPARE(r.provider, provider);
        QCOMPARE(r.providerCode, providerCode);
        if (!providerCode.isEmpty())
            QVERIFY(!r.providerCodeMeaning.isEmpty());
        if (!reason.isEmpty())
            QCOMPARE(r.reason, reason);
    }

    void wholeBounce_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("providerCode");
        QTest::addColumn<QString>("reason");

        // A Postfix bounce: Cox named by the remote host, its code after DATA still decides.
        QTest::newRow("cox postfix") << QByteArray(
            "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\n"
            "To: s@example.org\n"
            "Subject: Undelivered Mail Returned to Sender\n\n"
            "This is the mail system at host mx.example.org.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients.\n\n"
            "<r@cox.net>: host cxr.mx.a.cloudfilter.net[192.0.2.20] said: 554 5.7.1\n"
            "    ERROR: Mail refused - <192.0.2.10> - See\n"
            "    https://www.cox.com/residential/support/email-error-codes.html AUP#CXSNDR\n"
            "    (in reply to end of DATA command)\n")
                                     << u"r@cox.net"_s << u"cox"_s << u"CXSNDR"_s << u"authfailure"_s;
        // An RFC 3464 DSN: au's reply without an address is its reception filter, not an unknown user.
        QTest::newRow("kddi dsn") << QByteArray(
            "From: MAILER-DAEMON@mx.example.org\n"
            "To: s@example.org\n"
            "Subject: Delivery Status Notification (Failure)\n"
            "MIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\n\n"
            "--b1\n"
            "Content-Type: text/plain\n\n"
            "Delivery to the following recipient failed permanently:\n\n"
            "     r@ezweb.ne.jp\n\n"
            "--b1\n"
            "Content-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx.example.org\n\n"
            "Final-Recipient: rfc822; r@ezweb.ne.jp\n"
            "Action: failed\n"
            "Status: 5.0.0\n"
            "Remote-MTA: dns; lsean.ezweb.ne.jp\n"
            "Diagnostic-Code: smtp; 550 : User unknown\n\n"
            "--b1--\n") << u"r@ezweb.ne.jp"_s
                                  << u"kddi"_s << u"User unknown"_s << u"filtered"_s;
    }

    // Who the provider is: the recipient's domain names the service, the MTAs' host names (a comment
    // after the name does not hide it) the infrastructure; an address at a provider's domain quoted in
    // the text is a person (here the sender), not the server that answered.
    void providerIsNotAnAddress_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("remoteMta");
        QTest::addColumn<QString>("remoteIp");
        const auto dsn = [](const char* recipient, const char* remoteMta) -> QByteArray {
            return QByteArray(
                       "From: MAILER-DAEMON@mx.example.org\nTo: someone@gmail.com\nSubject: Undeliverable\n"
                       "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; "
                       "boundary=b\n\n--b\nContent-Type: text/plain\n\nYour message\n  To: ")
                   + recipient
                   + "\n  From: someone@gmail.com\ndid not reach the following recipient.\n\n"
                     "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n"
                     "Final-Recipient: rfc822; "
                   + recipient + "\nAction: failed\nStatus: 5.2.2\nRemote-MTA: " + remoteMta
                   + "\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full\n\n--b--\n";
        };
        QTest::newRow("a sender at gmail.com")
            << dsn("r@example.net", "dns; mx.example.net") << QString() << u"mx.example.net"_s << QString();
        QTest::newRow("the recipient's domain") << dsn("r@hotmail.com", "dns; mx.example.net")
                                                << u"microsoft"_s << u"mx.example.net"_s << QString();
        QTest::newRow("a service on another's hosts")
            << dsn("list@googlegroups.com", "dns; gmr-smtp-in.l.google.com. (2607:f8b0:400e:c03::e, the "
                                            "server for the domain googlegroups.com.)")
            << u"googlegroups"_s << u"gmr-smtp-in.l.google.com"_s << u"2607:f8b0:400e:c03::e"_s;
        QTest::newRow("a host with a comment") << dsn("r@example.net", "dns; mx1.hotmail.com (192.0.2.25)")
                                               << u"microsoft"_s << u"mx1.hotmail.com"_s << u"192.0.2.25"_s;
        QTest::newRow("an address literal")
            << dsn("r@example.net", "dns; [192.0.2.25]") << QString() << QString() << u"192.0.2.25"_s;
    }

    void providerIsNotAnAddress() {
        QFETCH(QByteArray, input);
        QFETCH(QString, provider);
        QFETCH(QString, remoteMta);
        QFETCH(QString, remoteIp);
        const BounceAnalysis a = analyzeBounce(input);
        QCOMPARE(a.recipients.size(), 1);
        const BounceRecipient& r = a.recipients.first();
        QCOMPARE(r.provider, provider);
        QCOMPARE(r.remoteMta, remoteMta);
        QCOMPARE(r.remoteIp, remoteIp);
    }

    // The reporting MTA names the receiver only when no remote MTA answered: with one, it is the
    // sender's own service (a Microsoft 365 tenant reporting another server's refusal), and its host
    // name in the text names no provider either.
    void providerIsTheReceiver_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("remoteMta");
        QTest::addColumn<QString>("reportingMta");
        const auto dsn = [](const char* remote) -> QByteArray {
            return QByteArray("From: postmaster@example.onmicrosoft.com\nTo: s@example.org\nSubject: "
                              "Undeliverable: hello\nMIME-Version: 1.0\nContent-Type: multipart/report; "
                              "report-type=delivery-status; boundary=b\n\n--b\nContent-Type: text/plain\n\n"
                              "Delivery has failed.\n\n--b\nContent-Type: message/delivery-status\n\n"
                              "Reporting-MTA: dns;DM6PR01MB0001.namprd01.prod.outlook.com\n\n"
                              "Final-Recipient: rfc822;r@example.net\nAction: failed\nStatus: 5.1.1\n")
                   + remote + "Diagnostic-Code: smtp;550 5.1.1 User unknown\n\n--b--\n";
        };
        QTest::newRow("dsn: another server refused")
            << dsn("Remote-MTA: dns;mx1.example.net\n") << QString() << u"mx1.example.net"_s
            << u"DM6PR01MB0001.namprd01.prod.outlook.com"_s;
        QTest::newRow("dsn: the reporting service refused")
            << dsn("") << u"microsoft"_s << QString() << u"DM6PR01MB0001.namprd01.prod.outlook.com"_s;
        QTest::newRow("exchange online text: another server refused")
            << "From: Microsoft Outlook <MicrosoftExchange329e71ec@example.onmicrosoft.com>\nTo: "
               "s@example.org\n"
               "Subject: Undeliverable: hello\n\nDelivery has failed to these recipients or groups:\n\n"
               "r@example.net\nThe email address you entered couldn't be found.\n\n"
               "Diagnostic information for administrators:\n\n"
               "Generating server: "
               "DM6PR01MB0001.namprd01.prod.outlook.com\n\nr@example.net\nmx1.example.net\n"
               "Remote Server returned '550 5.1.1 User unknown'\n"_ba
            << QString() << u"mx1.example.net"_s << u"DM6PR01MB0001.namprd01.prod.outlook.com"_s;
    }

    void providerIsTheReceiver() {
        QFETCH(QByteArray, input);
        QFETCH(QString, provider);
        QFETCH(QString, remoteMta);
        QFETCH(QString, reportingMta);
        const BounceAnalysis a = analyzeBounce(input);
        QCOMPARE(a.recipients.size(), 1);
        const BounceRecipient& r = a.recipients.first();
        QCOMPARE(r.recipient, u"r@example.net"_s);
        QCOMPARE(r.remoteMta, remoteMta);
        QCOMPARE(r.reportingMta, reportingMta);
        QCOMPARE(r.provider, provider);
    }

    void wholeBounce() {
        QFETCH(QByteArray, input);
        QFETCH(QString, recipient);
        QFETCH(QString, provider);
        QFETCH(QString, providerCode);
        QFETCH(QString, reason);

        const BounceAnalysis a = analyzeBounce(input);
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QCOMPARE(a.recipients.size(), 1);
        const BounceRecipient& r = a.recipients.first();
        QCOMPARE(r.recipient, recipient);
        QCOMPARE(r.provider, provider);
        QCOMPARE(r.providerCode, providerCode);
        QCOMPARE(r.reason, reason);
    }
};

QTEST_GUILESS_MAIN(TestBounceProviders)
#include "test_bounce_providers.moc"
