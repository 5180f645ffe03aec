// The GUI-free exports: Markdown, HTML, plain text and JSON from the sample sessions, escaping of
// hostile text, redaction, and defensive reading of incomplete sessions.
#include "core/report/blocks.h"
#include "core/report/plaintextwriter.h"
#include "core/report/redactor.h"
#include "core/report/reportbuilder.h"
#include "core/report/sessionexport.h"
#include "core/report/textescape.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace rebound::report;

namespace {

QJsonObject loadSession(const QString& name) {
    QFile file(QStringLiteral(REPORT_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString exportText(const QJsonObject& session, ExportFormat format, bool redact = true) {
    ReportOptions options;
    options.redact = redact;
    options.appendices = true; // every section
    return QString::fromUtf8(exportSessionJson(session, format, options));
}

} // namespace

class TestReportExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(!loadSession(u"xbl-session.json"_qs).isEmpty());
        QVERIFY(!loadSession(u"hostile-session.json"_qs).isEmpty());
    }

    void formatForPath_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::newRow("pdf") << u"/tmp/Report.PDF"_qs << int(ExportFormat::Pdf);
        QTest::newRow("html") << u"a.html"_qs << int(ExportFormat::Html);
        QTest::newRow("htm") << u"a.htm"_qs << int(ExportFormat::Html);
        QTest::newRow("md") << u"a.md"_qs << int(ExportFormat::Markdown);
        QTest::newRow("json") << u"a.json"_qs << int(ExportFormat::Json);
        QTest::newRow("txt") << u"a.txt"_qs << int(ExportFormat::Text);
        QTest::newRow("none") << u"a.docx"_qs << -1;
        QTest::newRow("no suffix") << u"report"_qs << -1;
    }
    void formatForPath() {
        QFETCH(QString, path);
        QFETCH(int, format);
        const auto found = exportFormatForPath(path);
        QCOMPARE(found ? int(*found) : -1, format);
    }

    // Every section of the report appears in every text format.
    void sectionsPresent_data() {
        QTest::addColumn<int>("format");
        QTest::newRow("markdown") << int(ExportFormat::Markdown);
        QTest::newRow("html") << int(ExportFormat::Html);
    }
    void sectionsPresent() {
        QFETCH(int, format);
        const QString text = exportText(loadSession(u"xbl-session.json"_qs), ExportFormat(format));
        for (const QString& title :
             {u"Summary"_qs, u"Diagnosis"_qs, u"Findings by area"_qs, u"Blocklists and reverse DNS"_qs,
              u"Authentication records"_qs, u"SMTP and TLS"_qs, u"Appendix A"_qs, u"Appendix B"_qs,
              u"Appendix C"_qs})
            QVERIFY2(text.contains(title), qPrintable(title));
        QVERIFY(text.contains(u"Spamhaus XBL"_qs));
        QVERIFY(text.contains(u"Refused"_qs));
        QVERIFY(text.contains(u"STARTTLS"_qs));
        // The marked spans of Appendix A say what they are for a person, not the JSON's field names.
        const QString appendix = text.mid(text.indexOf(u"Appendix A"_qs));
        QVERIFY2(appendix.contains(u"Enhanced status"_qs), qPrintable(appendix.left(3000)));
        QVERIFY(!appendix.contains(u"reply_code"_qs));
    }

    // The run's DNS query log is in the raw-DNS appendix: a row per query with its outcome, the first
    // 500 of a long log and a sentence saying so; names and records from the network stay literal text.
    void queryLogInAppendix() {
        QJsonObject session = loadSession(u"xbl-session.json"_qs);
        QJsonArray queries;
        queries.append(QJsonObject{{u"name"_qs, u"<script>alert(1)</script>.example"_qs},
                                   {u"type"_qs, u"TXT"_qs},
                                   {u"server"_qs, u"127.0.0.1:5300"_qs},
                                   {u"outcome"_qs, u"answer"_qs},
                                   {u"ttl"_qs, 300},
                                   {u"data"_qs, QJsonArray{u"\"v=spf1 <b>bold</b> -all\""_qs}},
                                   {u"elapsed_ms"_qs, 12}});
        for (int i = 1; i < 600; ++i)
            queries.append(QJsonObject{{u"name"_qs, u"q%1.nx.example"_qs.arg(i)},
                                       {u"type"_qs, u"A"_qs},
                                       {u"server"_qs, u"127.0.0.1:5300"_qs},
                                       {u"outcome"_qs, u"nxdomain"_qs},
                                       {u"ttl"_qs, 120},
                                       {u"data"_qs, QJsonArray{}},
                                       {u"elapsed_ms"_qs, 3}});
        session.insert(u"dns_queries"_qs, QJsonObject{{u"queries"_qs, queries},
                                                      {u"total"_qs, 7000},
                                                      {u"capacity"_qs, 5000},
                                                      {u"dropped"_qs, 2000}});
        const QString html = exportText(session, ExportFormat::Html);
        const QString appendix = html.mid(html.indexOf(u"Appendix B"_qs));
        QVERIFY(appendix.contains(u"Every DNS query of the run"_qs));
        QVERIFY(appendix.contains(u"q499.nx.example"_qs));
        QVERIFY(!appendix.contains(u"q500.nx.example"_qs));
        QVERIFY2(appendix.contains(u"The first 500 of 7000 queries are listed"_qs),
                 qPrintable(appendix.left(4000)));
        QVERIFY(appendix.contains(u"nxdomain"_qs));
        QVERIFY(!html.contains(u"<script>alert(1)"_qs));
        QVERIFY(!html.contains(u"<b>bold</b>"_qs));
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;.example"_qs));
        const QString markdown = exportText(session, ExportFormat::Markdown);
        QVERIFY(markdown.contains(u"q1.nx.example"_qs));
        // Markdown shows it as a code span, which renderers print literally.
        QVERIFY(markdown.contains(u"`<script>alert(1)</script>.example`"_qs));
    }

    void markdownEscape_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("emphasis") << u"*a* _b_"_qs << u"\\*a\\* \\_b\\_"_qs;
        QTest::newRow("link") << u"[x](javascript:alert(1))"_qs << u"\\[x\\]\\(javascript:alert\\(1\\)\\)"_qs;
        QTest::newRow("html") << u"<script>"_qs << u"\\<script\\>"_qs;
        QTest::newRow("entity") << u"&lt;"_qs << u"\\&lt;"_qs;
        QTest::newRow("autolink") << u"see https://x.example"_qs << u"see https\\://x.example"_qs;
        QTest::newRow("www") << u"www.x.example"_qs << u"www\\.x.example"_qs;
        QTest::newRow("email") << u"a@b.example"_qs << u"a\\@b.example"_qs;
        QTest::newRow("list number") << u"1. item"_qs << u"1\\. item"_qs;
        QTest::newRow("heading") << u"# h"_qs << u"\\# h"_qs;
        QTest::newRow("bullet") << u"- x"_qs << u"\\- x"_qs;
        QTest::newRow("table") << u"a | b"_qs << u"a \\| b"_qs;
        QTest::newRow("newline") << u"a\nb"_qs << u"a b"_qs;
        QTest::newRow("ip stays readable") << u"203.0.113.7"_qs << u"203.0.113.7"_qs;
    }
    void markdownEscape() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(escape::markdown(input), expected);
    }

    void backtickFence_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("length");
        QTest::newRow("none") << u"abc"_qs << 3;
        QTest::newRow("three") << u"a ``` b"_qs << 4;
        QTest::newRow("seven") << u"```````"_qs << 8;
    }
    void backtickFence() {
        QFETCH(QString, text);
        QFETCH(int, length);
        QCOMPARE(escape::backtickFence(text).size(), length);
    }

    void htmlEscape() {
        QCOMPARE(escape::html(u"<a href='x'>&\"</a>"_qs),
                 u"&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"_qs);
    }

    // The hostile session: nothing from it becomes markup, a link or a remote load.
    void hostileHtml() {
        const QString html = exportText(loadSession(u"hostile-session.json"_qs), ExportFormat::Html, false);
        QVERIFY(!html.contains(u"<script"_qs, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<img"_qs, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<iframe"_qs, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"href=\"javascript"_qs, Qt::CaseInsensitive));
        QVERIFY(html.contains(u"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"_qs));
        QVERIFY(html.contains(u"&amp;lt;already escaped&amp;gt;"_qs));
        // Strict CSP, no remote URL in any src attribute.
        QVERIFY(
            html.contains(u"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-"_qs));
        QVERIFY(!html.contains(QRegularExpression(u"<[a-z]+[^>]*\\ssrc\\s*="_qs)));
        // Links only to http(s).
        const QRegularExpression href(u"href=\"([^\"]*)\""_qs);
        for (auto it = href.globalMatch(html); it.hasNext();) {
            const QString url = it.next().captured(1);
            QVERIFY2(url.startsWith(u"https://"_qs) || url.startsWith(u"http://"_qs), qPrintable(url));
        }
        QVERIFY(html.contains(u"line 4999"_qs));
    }

    void hostileMarkdown() {
        const QString md = exportText(loadSession(u"hostile-session.json"_qs), ExportFormat::Markdown, false);
        // Outside code blocks, no raw '<' survives.
        QString outside;
        bool inFence = false;
        QString fence;
        for (const QString& line : md.split(u'\n')) {
            const QRegularExpressionMatch open = QRegularExpression(u"^(`{3,})"_qs).match(line);
            if (!inFence && open.hasMatch()) {
                inFence = true;
                fence = open.captured(1);
                continue;
            }
            if (inFence && line == fence) {
                inFence = false;
                continue;
            }
            if (!inFence)
                outside += line + u'\n';
        }
        QVERIFY(!inFence);
        // Code spans are literal in CommonMark. Only the simple kind is used (one backtick each side,
        // none inside), which every renderer reads the same; text with backticks is escaped instead.
        outside.remove(QRegularExpression(u"(?<![`\\\\])`[^`\n]+`(?!`)"_qs));
        const QRegularExpressionMatch tick = QRegularExpression(u"(?<!\\\\)`"_qs).match(outside);
        QVERIFY2(!tick.hasMatch(),
                 qPrintable(outside.mid(qMax<qsizetype>(0, tick.capturedStart() - 100), 200)));
        const qsizetype at = outside.indexOf(u"](javascript"_qs);
        QVERIFY2(at < 0, qPrintable(outside.mid(qMax<qsizetype>(0, at - 200), 300)));
        QVERIFY(!outside.contains(u"](<javascript"_qs));
        const QRegularExpressionMatch raw = QRegularExpression(u"(?<!\\\\)<(?!https?://)"_qs).match(outside);
        QVERIFY2(!raw.hasMatch(),
                 qPrintable(outside.mid(qMax<qsizetype>(0, raw.capturedStart() - 100), 200)));
        // No emphasis run of three: strong and muted text keep their spaces outside the markers.
        QVERIFY(!outside.contains(u"***"_qs));
        // The literal block holds the bounce verbatim, including the ``` of line 3.
        QVERIFY(md.contains(u"line 0003: [link](javascript:alert(2)) **bold** `tick` ```"_qs));
        QVERIFY(md.contains(u"````text"_qs));
    }

    void redaction_data() {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << u"json"_qs;
        QTest::newRow("markdown") << u"markdown"_qs;
        QTest::newRow("html") << u"html"_qs;
        QTest::newRow("text") << u"text"_qs;
    }
    void redaction() {
        QFETCH(QString, format);
        const QJsonObject session = loadSession(u"xbl-session.json"_qs);
        const QString redacted = exportText(session, *exportFormatFromName(format), true);
        for (const QString& personal :
             {u"bob.smith"_qs, u"jane.doe"_qs, u"Bob Smith"_qs, u"Jane Doe"_qs, u"a81f3c9e-77d2"_qs})
            QVERIFY2(!redacted.contains(personal, Qt::CaseInsensitive), qPrintable(personal));
        QVERIFY(redacted.contains(u"customer"_qs));    // domains stay
        QVERIFY(redacted.contains(u"203.0.113.7"_qs)); // IPs stay
        if (format != u"text")
            QVERIFY(redacted.contains(u"MAILER-DAEMON@mail.sender-corp"_qs)); // role accounts stay
        const QString plain = exportText(session, *exportFormatFromName(format), false);
        if (format != u"text")
            QVERIFY(plain.contains(u"bob.smith"_qs));
    }

    void redactionKeepsEvidenceOffsets() {
        const QJsonObject session = loadSession(u"xbl-session.json"_qs);
        const QJsonObject redacted = Redactor::redacted(session);
        const QString before = session[u"bounce"][u"text"].toString();
        const QString after = redacted[u"bounce"][u"text"].toString();
        QCOMPARE(after.size(), before.size());
        const QJsonArray evidence = redacted[u"bounce"][u"recipients"][0][u"evidence"].toArray();
        for (const QJsonValue& span : evidence) {
            const QString what = span[u"what"].toString();
            const QString text = after.mid(span[u"offset"].toInt(), span[u"length"].toInt());
            if (what == u"blocklist")
                QCOMPARE(text, u"zen.spamhaus.org"_qs);
            if (what == u"recipient")
                QCOMPARE(text, u"•••••••••@customer.example"_qs);
        }
        QVERIFY(redacted[u"redacted"].toBool());
        QCOMPARE(redacted[u"bounce"][u"original"][u"to"].toString(),
                 u"••• ••••• <•••••••••@customer.example>"_qs);
    }

    void redactText_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("address") << u"for <alice@x.example>"_qs << u"for <•••••@x.example>"_qs;
        QTest::newRow("role") << u"postmaster@x.example"_qs << u"postmaster@x.example"_qs;
        QTest::newRow("from header") << u"From: \"Alice Liddell\" <alice@x.example>"_qs
                                     << u"From: \"••••• •••••••\" <•••••@x.example>"_qs;
        QTest::newRow("message-id") << u"Message-ID: <1234.abcd@x.example>"_qs
                                    << u"Message-ID: <•••••••••@x.example>"_qs;
        QTest::newRow("name elsewhere") << u"To: Carol Jones <cj@x.example>\n\nDear Carol Jones,"_qs
                                        << u"To: ••••• ••••• <••@x.example>\n\nDear ••••• •••••,"_qs;
        QTest::newRow("no address") << u"554 5.7.1 blocked"_qs << u"554 5.7.1 blocked"_qs;
        // Internationalised addresses (RFC 6531): the local part is masked whatever its script, and an
        // internationalised domain stays.
        QTest::newRow("EAI chinese") << u"550 5.1.1 <王小明@example.cn>: user unknown"_qs
                                     << u"550 5.1.1 <•••@example.cn>: user unknown"_qs;
        QTest::newRow("EAI umlaut") << u"to=<jürgen.müller@example.de>, status=bounced"_qs
                                    << u"to=<•••••••••••••@example.de>, status=bounced"_qs;
        QTest::newRow("EAI domain") << u"Final-Recipient: rfc822;用户@例え.jp"_qs
                                    << u"Final-Recipient: rfc822;••@例え.jp"_qs;
        QTest::newRow("EAI elsewhere") << u"To: Jürgen <jürgen@example.de>\n\nHallo jürgen,"_qs
                                       << u"To: •••••• <••••••@example.de>\n\nHallo ••••••,"_qs;
    }
    void redactText() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        Redactor redactor;
        redactor.learnText(input);
        QCOMPARE(redactor.redactText(input), expected);
    }

    // Missing keys, wrong types, nothing checked: every export still works and says "not checked".
    void incompleteSessions_data() {
        QTest::addColumn<QJsonObject>("session");
        QTest::newRow("empty") << QJsonObject();
        QTest::newRow("minimal file") << loadSession(u"minimal-session.json"_qs);
        QTest::newRow("wrong types") << QJsonObject{{u"checks"_qs, 5},
                                                    {u"bounce"_qs, u"x"_qs},
                                                    {u"diagnosis"_qs, QJsonArray{1, u"a"_qs, QJsonArray()}},
                                                    {u"input"_qs, QJsonObject()}};
        QTest::newRow("bad spans") << QJsonObject{
            {u"bounce"_qs, QJsonObject{{u"text"_qs, u"abc"_qs},
                                       {u"recipients"_qs,
                                        QJsonArray{QJsonObject{
                                            {u"evidence"_qs,
                                             QJsonArray{QJsonObject{{u"offset"_qs, 2}, {u"length"_qs, 1e15}},
                                                        QJsonObject{{u"offset"_qs, -1e18}, {u"length"_qs, 3}},
                                                        QJsonObject{{u"offset"_qs, u"x"_qs}}}}}}}}}};
    }
    void incompleteSessions() {
        QFETCH(QJsonObject, session);
        for (const ExportFormat format :
             {ExportFormat::Json, ExportFormat::Html, ExportFormat::Markdown, ExportFormat::Text}) {
            const QString text = exportText(session, format);
            QVERIFY(!text.isEmpty());
        }
        const QString md = exportText(session, ExportFormat::Markdown);
        QVERIFY(md.contains(u"not checked"_qs) || md.contains(u"Not checked"_qs)
                || md.contains(u"were not checked"_qs));
    }

    void literalBlockMarks() {
        const rebound::report::Block block =
            blocks::literal(u"a\r\nb\x01"
                            "c d"_qs,
                            {{3, 1, 1}, {4, 1, 2}, {50, 2, 3}, {-1, 2, 4}, {3, 2, 5}}, 100);
        QCOMPARE(block.code, u"a\nb\\u0001c d"_qs);
        QCOMPARE(block.marks.size(), 2);
        QCOMPARE(block.code.mid(block.marks[0].offset, block.marks[0].length), u"b"_qs);
        QCOMPARE(block.code.mid(block.marks[1].offset, block.marks[1].length), u"\\u0001"_qs);
    }

    // A span over the whole text (a broken or hostile session) is marked over its first 2,000 characters.
    void literalBlockLongMark() {
        const rebound::report::Block block = blocks::literal(QString(10'000, u'x'), {{5, 1'000'000, 1}});
        QCOMPARE(block.marks.size(), 1);
        QCOMPARE(block.marks[0].offset, 5);
        QCOMPARE(block.marks[0].length, 2000);
    }

    // The desktop app's Reverse DNS and MX & SMTP tabs show these report parts.
    void detailTexts() {
        const QJsonObject session = loadSession(u"xbl-session.json"_qs);
        const QString reverse = reverseDnsText(session);
        QVERIFY2(reverse.contains(u"Reverse DNS (PTR): office-nat.sender-corp.example"_qs),
                 qPrintable(reverse));
        QVERIFY(reverse.contains(u"Forward-confirmed: pass"_qs));
        const QString servers = mailServersText(session);
        for (const QString& expected :
             {u"MX RECORDS"_qs, u"mail.sender-corp.example"_qs, u"backup-mx.hosting.example"_qs,
              u"TLS_AES_256_GCM_SHA384"_qs, u"SMTP TRANSCRIPTS"_qs,
              u"S: 220 mail.sender-corp.example ESMTP"_qs, u"Port 25 outbound seems blocked"_qs})
            QVERIFY2(servers.contains(expected), qPrintable(expected));
        QVERIFY(reverseDnsText({}).startsWith(u"Not checked."_qs));
        QVERIFY(mailServersText({}).contains(u"MX was not checked"_qs));
        QVERIFY(mailServersText({}).contains(u"No mail server was probed"_qs));
    }

    // The smtp check (`rebound-cli smtp --mx` JSON) lists its MX hosts without addresses: the MX & SMTP
    // tab takes them from the probes. Its sub-headings are rule lines, not dotted underlines.
    void smtpCheckInMailServersTab() {
        const QJsonObject result{
            {u"domain"_qs, u"example.com"_qs},
            {u"mx"_qs, QJsonArray{QJsonObject{{u"preference"_qs, 10}, {u"host"_qs, u"mx1.example.com"_qs}},
                                  QJsonObject{{u"preference"_qs, 20}, {u"host"_qs, u"mx2.example.com"_qs}}}},
            {u"hosts"_qs,
             QJsonArray{
                 QJsonObject{{u"host"_qs, u"MX1.example.com"_qs},
                             {u"address"_qs, u"192.0.2.25"_qs},
                             {u"probes"_qs, QJsonArray{QJsonObject{{u"address"_qs, u"192.0.2.25"_qs}},
                                                       QJsonObject{{u"address"_qs, u"2001:db8::25"_qs}}}}},
                 QJsonObject{{u"host"_qs, u"mx2.example.com"_qs}}}}};
        const QJsonObject session{
            {u"checks"_qs, QJsonArray{QJsonObject{
                               {u"id"_qs, u"smtp"_qs}, {u"state"_qs, u"done"_qs}, {u"result"_qs, result}}}}};
        const QString text = mailServersText(session);
        QVERIFY2(text.contains(u"Host: mx1.example.com | Addresses: 192.0.2.25, 2001:db8::25"_qs),
                 qPrintable(text));
        QVERIFY2(text.contains(u"Host: mx2.example.com | Addresses: no address"_qs), qPrintable(text));
        QVERIFY2(text.contains(u"── Domain example.com ──"_qs), qPrintable(text));
        QVERIFY2(!text.contains(u"··"_qs), qPrintable(text));
        // The plain-text report (the export dialog's) keeps its underlined sub-headings.
        const QString report = toPlainText(buildReport(session, ReportOptions()));
        QVERIFY2(report.contains(u"MX1.example.com\n···············\n"_qs), qPrintable(report));
    }

    // The domain check's own JSON shapes (core/auth/domainjson.cpp): mx as {state, hosts: [{target}]},
    // DMARC's p/state/record_name, DKIM's name/bits/state/txt_strings.
    void domainCheckShapes() {
        const QJsonObject result{
            {u"domain"_qs, u"example.net"_qs},
            {u"mx"_qs, QJsonObject{{u"state"_qs, u"found"_qs},
                                   {u"hosts"_qs, QJsonArray{QJsonObject{
                                                     {u"preference"_qs, 10},
                                                     {u"target"_qs, u"mx1.example.net"_qs},
                                                     {u"addresses"_qs, QJsonArray{u"192.0.2.25"_qs}}}}}}},
            {u"spf"_qs,
             QJsonObject{{u"record"_qs, u"v=spf1 -all"_qs}, {u"unlisted_host_result"_qs, u"fail"_qs}}},
            {u"dmarc"_qs, QJsonObject{{u"record"_qs, u"v=DMARC1; p=reject"_qs},
                                      {u"record_name"_qs, u"_dmarc.example.net"_qs},
                                      {u"p"_qs, u"reject"_qs},
                                      {u"effective_policy"_qs, u"reject"_qs},
                                      {u"state"_qs, u"found"_qs},
                                      {u"parse_status"_qs, u"ok"_qs}}},
            {u"dkim"_qs,
             QJsonArray{QJsonObject{{u"name"_qs, u"s1._domainkey.example.net"_qs},
                                    {u"selector"_qs, u"s1"_qs},
                                    {u"state"_qs, u"found"_qs},
                                    {u"key_type"_qs, u"rsa"_qs},
                                    {u"bits"_qs, 2048},
                                    {u"txt_strings"_qs, QJsonArray{u"v=DKIM1; k=rsa; "_qs, u"p=AAAA"_qs}}}}}};
        const QJsonObject session{{u"checks"_qs, QJsonArray{QJsonObject{{u"id"_qs, u"domain"_qs},
                                                                        {u"state"_qs, u"done"_qs},
                                                                        {u"result"_qs, result}}}}};
        QVERIFY(mailServersText(session).contains(u"mx1.example.net"_qs));
        QVERIFY(mailServersText(session).contains(u"192.0.2.25"_qs));
        const QString text = exportText(session, ExportFormat::Markdown, false);
        for (const QString& expected :
             {u"**Found at:** \\_dmarc.example.net"_qs, u"**Policy:** reject"_qs,
              u"**Evaluation:** ✔ found"_qs, u"`s1._domainkey.example.net`"_qs, u"rsa 2048 bits"_qs,
              u"`v=DKIM1; k=rsa; p=AAAA`"_qs, u"not evaluated: no sending IP was known"_qs,
              u"**Mail from other hosts:** ✖ fail"_qs})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void plainTextSummary() {
        const QString text = exportText(loadSession(u"xbl-session.json"_qs), ExportFormat::Text);
        QVERIFY(text.contains(u"Verdict: Problem found"_qs));
        QVERIFY(text.contains(u"The sending IP is on Spamhaus XBL"_qs));
        QVERIFY(text.contains(u"https://check.spamhaus.org/listed/?searchterm=203.0.113.7"_qs));
        QVERIFY(!text.contains(u"Appendix"_qs));
    }

    void jsonExportRoundTrips() {
        const QJsonObject session = loadSession(u"xbl-session.json"_qs);
        ReportOptions options;
        options.redact = false;
        const QJsonObject back =
            QJsonDocument::fromJson(exportSessionJson(session, ExportFormat::Json, options)).object();
        QCOMPARE(back, session);
    }
};

QTEST_GUILESS_MAIN(TestReportExport)
#include "test_reportexport.moc"
