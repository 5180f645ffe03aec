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

using namespace Qt::StringLiterals;

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
        QVERIFY(!loadSession(u"xbl-session.json"_s).isEmpty());
        QVERIFY(!loadSession(u"hostile-session.json"_s).isEmpty());
    }

    void formatForPath_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::newRow("pdf") << u"/tmp/Report.PDF"_s << int(ExportFormat::Pdf);
        QTest::newRow("html") << u"a.html"_s << int(ExportFormat::Html);
        QTest::newRow("htm") << u"a.htm"_s << int(ExportFormat::Html);
        QTest::newRow("md") << u"a.md"_s << int(ExportFormat::Markdown);
        QTest::newRow("json") << u"a.json"_s << int(ExportFormat::Json);
        QTest::newRow("txt") << u"a.txt"_s << int(ExportFormat::Text);
        QTest::newRow("none") << u"a.docx"_s << -1;
        QTest::newRow("no suffix") << u"report"_s << -1;
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
        const QString text = exportText(loadSession(u"xbl-session.json"_s), ExportFormat(format));
        for (const QString& title : {u"Summary"_s, u"Diagnosis"_s, u"Findings by area"_s,
                                     u"Blocklists and reverse DNS"_s, u"Authentication records"_s,
                                     u"SMTP and TLS"_s, u"Appendix A"_s, u"Appendix B"_s, u"Appendix C"_s})
            QVERIFY2(text.contains(title), qPrintable(title));
        QVERIFY(text.contains(u"Spamhaus XBL"_s));
        QVERIFY(text.contains(u"Refused"_s));
        QVERIFY(text.contains(u"STARTTLS"_s));
        // The marked spans of Appendix A say what they are for a person, not the JSON's field names.
        const QString appendix = text.mid(text.indexOf(u"Appendix A"_s));
        QVERIFY2(appendix.contains(u"Enhanced status"_s), qPrintable(appendix.left(3000)));
        QVERIFY(!appendix.contains(u"reply_code"_s));
    }

    // The run's DNS query log is in the raw-DNS appendix: a row per query with its outcome, the first
    // 500 of a long log and a sentence saying so; names and records from the network stay literal text.
    void queryLogInAppendix() {
        QJsonObject session = loadSession(u"xbl-session.json"_s);
        QJsonArray queries;
        queries.append(QJsonObject{{u"name"_s, u"<script>alert(1)</script>.example"_s},
                                   {u"type"_s, u"TXT"_s},
                                   {u"server"_s, u"127.0.0.1:5300"_s},
                                   {u"outcome"_s, u"answer"_s},
                                   {u"ttl"_s, 300},
                                   {u"data"_s, QJsonArray{u"\"v=spf1 <b>bold</b> -all\""_s}},
                                   {u"elapsed_ms"_s, 12}});
        for (int i = 1; i < 600; ++i)
            queries.append(QJsonObject{{u"name"_s, u"q%1.nx.example"_s.arg(i)},
                                       {u"type"_s, u"A"_s},
                                       {u"server"_s, u"127.0.0.1:5300"_s},
                                       {u"outcome"_s, u"nxdomain"_s},
                                       {u"ttl"_s, 120},
                                       {u"data"_s, QJsonArray{}},
                                       {u"elapsed_ms"_s, 3}});
        session.insert(u"dns_queries"_s, QJsonObject{{u"queries"_s, queries},
                                                     {u"total"_s, 7000},
                                                     {u"capacity"_s, 5000},
                                                     {u"dropped"_s, 2000}});
        const QString html = exportText(session, ExportFormat::Html);
        const QString appendix = html.mid(html.indexOf(u"Appendix B"_s));
        QVERIFY(appendix.contains(u"Every DNS query of the run"_s));
        QVERIFY(appendix.contains(u"q499.nx.example"_s));
        QVERIFY(!appendix.contains(u"q500.nx.example"_s));
        QVERIFY2(appendix.contains(u"The first 500 of 7000 queries are listed"_s),
                 qPrintable(appendix.left(4000)));
        QVERIFY(appendix.contains(u"nxdomain"_s));
        QVERIFY(!html.contains(u"<script>alert(1)"_s));
        QVERIFY(!html.contains(u"<b>bold</b>"_s));
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;.example"_s));
        const QString markdown = exportText(session, ExportFormat::Markdown);
        QVERIFY(markdown.contains(u"q1.nx.example"_s));
        // Markdown shows it as a code span, which renderers print literally.
        QVERIFY(markdown.contains(u"`<script>alert(1)</script>.example`"_s));
    }

    void markdownEscape_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("emphasis") << u"*a* _b_"_s << u"\\*a\\* \\_b\\_"_s;
        QTest::newRow("link") << u"[x](javascript:alert(1))"_s << u"\\[x\\]\\(javascript:alert\\(1\\)\\)"_s;
        QTest::newRow("html") << u"<script>"_s << u"\\<script\\>"_s;
        QTest::newRow("entity") << u"&lt;"_s << u"\\&lt;"_s;
        QTest::newRow("autolink") << u"see https://x.example"_s << u"see https\\://x.example"_s;
        QTest::newRow("www") << u"www.x.example"_s << u"www\\.x.example"_s;
        QTest::newRow("email") << u"a@b.example"_s << u"a\\@b.example"_s;
        QTest::newRow("list number") << u"1. item"_s << u"1\\. item"_s;
        QTest::newRow("heading") << u"# h"_s << u"\\# h"_s;
        QTest::newRow("bullet") << u"- x"_s << u"\\- x"_s;
        QTest::newRow("table") << u"a | b"_s << u"a \\| b"_s;
        QTest::newRow("newline") << u"a\nb"_s << u"a b"_s;
        QTest::newRow("ip stays readable") << u"203.0.113.7"_s << u"203.0.113.7"_s;
    }
    void markdownEscape() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(escape::markdown(input), expected);
    }

    void backtickFence_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("length");
        QTest::newRow("none") << u"abc"_s << 3;
        QTest::newRow("three") << u"a ``` b"_s << 4;
        QTest::newRow("seven") << u"```````"_s << 8;
    }
    void backtickFence() {
        QFETCH(QString, text);
        QFETCH(int, length);
        QCOMPARE(escape::backtickFence(text).size(), length);
    }

    // A pasted message: its own section in the report formats, after the findings; what the message says
    // (a hop's server name, an authserv-id) stays text. A run without a message has no such section.
    void messageSection_data() {
        QTest::addColumn<int>("format");
        QTest::newRow("markdown") << int(ExportFormat::Markdown);
        QTest::newRow("html") << int(ExportFormat::Html);
    }
    void messageSection() {
        QFETCH(int, format);
        const QJsonObject session = loadSession(u"message-session.json"_s);
        QVERIFY(!session.isEmpty());
        const QString text = exportText(session, ExportFormat(format), false);
        for (const QString& expected :
             {u"oldest hop first"_s, u"first external hop"_s, u"DKIM signatures"_s,
              u"body hash did not verify"_s, u"ARC"_s, u"sealer pass, Rebound fail"_s,
              u"Authentication-Results"_s, u"the receiver"_s, u"a claim"_s, u"SPF and DMARC"_s, u"reject"_s,
              u"Bulk-sender checklist"_s, u"One-click unsubscribe"_s, u"Gmail sender guidelines"_s,
              u"3904 s"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(text.indexOf(u"Findings by area"_s) < text.indexOf(u"oldest hop first"_s));
        QVERIFY(!text.contains(QChar(0x202e)));
        // Markup is never made from it: HTML escapes it; Markdown keeps it inside a code span.
        if (ExportFormat(format) == ExportFormat::Html) {
            QVERIFY(!text.contains(u"<script>alert('hop')"_s));
            QVERIFY(text.contains(u"&lt;script&gt;alert(&#39;hop&#39;)&lt;/script&gt;"_s));
        } else {
            QVERIFY(text.contains(u"`mx.customer.example <script>alert('hop')</script>"_s));
        }

        const QString other = exportText(loadSession(u"xbl-session.json"_s), ExportFormat(format), false);
        QVERIFY(!other.contains(u"oldest hop first"_s));
    }

    void htmlEscape() {
        QCOMPARE(escape::html(u"<a href='x'>&\"</a>"_s),
                 u"&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;"_s);
    }

    // The hostile session: nothing from it becomes markup, a link or a remote load.
    void hostileHtml() {
        const QString html = exportText(loadSession(u"hostile-session.json"_s), ExportFormat::Html, false);
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<img"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<iframe"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"href=\"javascript"_s, Qt::CaseInsensitive));
        QVERIFY(html.contains(u"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"_s));
        QVERIFY(html.contains(u"&amp;lt;already escaped&amp;gt;"_s));
        // Strict CSP, no remote URL in any src attribute.
        QVERIFY(
            html.contains(u"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-"_s));
        QVERIFY(!html.contains(QRegularExpression(u"<[a-z]+[^>]*\\ssrc\\s*="_s)));
        // Links only to http(s).
        const QRegularExpression href(u"href=\"([^\"]*)\""_s);
        for (auto it = href.globalMatch(html); it.hasNext();) {
            const QString url = it.next().captured(1);
            QVERIFY2(url.startsWith(u"https://"_s) || url.startsWith(u"http://"_s), qPrintable(url));
        }
        QVERIFY(html.contains(u"line 4999"_s));
    }

    void hostileMarkdown() {
        const QString md = exportText(loadSession(u"hostile-session.json"_s), ExportFormat::Markdown, false);
        // Outside code blocks, no raw '<' survives.
        QString outside;
        bool inFence = false;
        QString fence;
        for (const QString& line : md.split(u'\n')) {
            const QRegularExpressionMatch open = QRegularExpression(u"^(`{3,})"_s).match(line);
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
        outside.remove(QRegularExpression(u"(?<![`\\\\])`[^`\n]+`(?!`)"_s));
        const QRegularExpressionMatch tick = QRegularExpression(u"(?<!\\\\)`"_s).match(outside);
        QVERIFY2(!tick.hasMatch(),
                 qPrintable(outside.mid(qMax<qsizetype>(0, tick.capturedStart() - 100), 200)));
        const qsizetype at = outside.indexOf(u"](javascript"_s);
        QVERIFY2(at < 0, qPrintable(outside.mid(qMax<qsizetype>(0, at - 200), 300)));
        QVERIFY(!outside.contains(u"](<javascript"_s));
        const QRegularExpressionMatch raw = QRegularExpression(u"(?<!\\\\)<(?!https?://)"_s).match(outside);
        QVERIFY2(!raw.hasMatch(),
                 qPrintable(outside.mid(qMax<qsizetype>(0, raw.capturedStart() - 100), 200)));
        // No emphasis run of three: strong and muted text keep their spaces outside the markers.
        QVERIFY(!outside.contains(u"***"_s));
        // The literal block holds the bounce verbatim, including the ``` of line 3.
        QVERIFY(md.contains(u"line 0003: [link](javascript:alert(2)) **bold** `tick` ```"_s));
        QVERIFY(md.contains(u"````text"_s));
    }

    void redaction_data() {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << u"json"_s;
        QTest::newRow("markdown") << u"markdown"_s;
        QTest::newRow("html") << u"html"_s;
        QTest::newRow("text") << u"text"_s;
    }
    void redaction() {
        QFETCH(QString, format);
        const QJsonObject session = loadSession(u"xbl-session.json"_s);
        const QString redacted = exportText(session, *exportFormatFromName(format), true);
        for (const QString& personal :
             {u"bob.smith"_s, u"jane.doe"_s, u"Bob Smith"_s, u"Jane Doe"_s, u"a81f3c9e-77d2"_s})
            QVERIFY2(!redacted.contains(personal, Qt::CaseInsensitive), qPrintable(personal));
        QVERIFY(redacted.contains(u"customer"_s));    // domains stay
        QVERIFY(redacted.contains(u"203.0.113.7"_s)); // IPs stay
        if (format != u"text")
            QVERIFY(redacted.contains(u"MAILER-DAEMON@mail.sender-corp"_s)); // role accounts stay
        const QString plain = exportText(session, *exportFormatFromName(format), false);
        if (format != u"text")
            QVERIFY(plain.contains(u"bob.smith"_s));
    }

    // The opt-in mailbox probe's result names the user's own MAIL FROM address: masked like the others,
    // in the transcript too.
    void redactionMasksProbeSender() {
        QJsonObject session = loadSession(u"xbl-session.json"_s);
        const QJsonObject probe{
            {u"address"_s, u"jane.doe@customer.example"_s},
            {u"domain"_s, u"customer.example"_s},
            {u"sender"_s, u"alice.ops@sender-corp.example"_s},
            {u"verdict"_s, u"rejected"_s},
            {u"rcpt"_s,
             QJsonObject{{u"code"_s, 550}, {u"text"_s, u"5.1.1 <jane.doe@customer.example> unknown"_s}}},
            {u"smtp"_s, QJsonObject{{u"transcript"_s, u"MAIL FROM:<alice.ops@sender-corp.example>"_s}}}};
        QJsonArray checks = session[u"checks"].toArray();
        checks.append(QJsonObject{{u"id"_s, u"mailbox"_s}, {u"state"_s, u"done"_s}, {u"result"_s, probe}});
        session[u"checks"] = checks;
        for (const ExportFormat format : {ExportFormat::Json, ExportFormat::Markdown}) {
            const QString redacted = exportText(session, format, true);
            QVERIFY2(!redacted.contains(u"alice.ops"_s, Qt::CaseInsensitive), qPrintable(redacted.left(400)));
            QVERIFY(!redacted.contains(u"jane.doe"_s, Qt::CaseInsensitive));
            QVERIFY(exportText(session, format, false).contains(u"alice.ops"_s));
        }
    }

    // Google Postmaster Tools for the sender's domain: the rates with their level as a word, the
    // compliance rows, the data's date; a check that could not be done says so, never a clean table.
    void postmasterSection() {
        QJsonObject session = loadSession(u"xbl-session.json"_s);
        const QJsonObject result{
            {u"domain"_s, u"sender-corp.example"_s},
            {u"stats_date"_s, u"2026-12-05"_s},
            {u"spam_rate"_s, 0.0042},
            {u"spam_rate_text"_s, u"0.42 %"_s},
            {u"spam_rate_level"_s, u"error"_s},
            {u"spf_rate"_s, 0.97},
            {u"dkim_rate"_s, QJsonValue::Null},
            {u"dmarc_rate"_s, 1.0},
            {u"tls_rate"_s, 1.0},
            {u"delivery_error_rate"_s, QJsonValue::Null},
            {u"from_cache"_s, false},
            {u"compliance"_s,
             QJsonArray{QJsonObject{{u"requirement"_s, u"dmarc_alignment"_s}, {u"status"_s, u"needs_work"_s}},
                        QJsonObject{{u"requirement"_s, u"spf"_s}, {u"status"_s, u"compliant"_s}}}}};
        QJsonArray checks = session[u"checks"].toArray();
        checks.append(QJsonObject{{u"id"_s, u"postmaster"_s},
                                  {u"title"_s, u"Google Postmaster Tools data for sender-corp.example"_s},
                                  {u"state"_s, u"done"_s},
                                  {u"result"_s, result}});
        checks.append(QJsonObject{{u"id"_s, u"postmaster"_s},
                                  {u"title"_s, u"Google Postmaster Tools data for other.example"_s},
                                  {u"state"_s, u"failed"_s},
                                  {u"note"_s, u"HTTP 403: the account has no access to this domain"_s},
                                  {u"result"_s, QJsonObject{{u"spam_rate_level"_s, u"unknown"_s}}}});
        session[u"checks"] = checks;
        const QString markdown = exportText(session, ExportFormat::Markdown, false);
        QVERIFY2(markdown.contains(u"Google Postmaster Tools"_s), qPrintable(markdown.right(2000)));
        QVERIFY(markdown.contains(u"0.42 %: at or over Gmail's 0.3 % limit"_s));
        QVERIFY(markdown.contains(u"97 %"_s));
        QVERIFY(markdown.contains(u"DMARC alignment"_s));
        QVERIFY(markdown.contains(u"Needs work"_s));
        QVERIFY(markdown.contains(u"HTTP 403: the account has no access to this domain"_s));
        QVERIFY(exportText(session, ExportFormat::Html, false).contains(u"DMARC alignment"_s));
    }

    void redactionKeepsEvidenceOffsets() {
        const QJsonObject session = loadSession(u"xbl-session.json"_s);
        const QJsonObject redacted = Redactor::redacted(session);
        const QString before = session[u"bounce"][u"text"].toString();
        const QString after = redacted[u"bounce"][u"text"].toString();
        QCOMPARE(after.size(), before.size());
        const QJsonArray evidence = redacted[u"bounce"][u"recipients"][0][u"evidence"].toArray();
        for (const QJsonValue& span : evidence) {
            const QString what = span[u"what"].toString();
            const QString text = after.mid(span[u"offset"].toInt(), span[u"length"].toInt());
            if (what == u"blocklist")
                QCOMPARE(text, u"zen.spamhaus.org"_s);
            if (what == u"recipient")
                QCOMPARE(text, u"•••••••••@customer.example"_s);
        }
        QVERIFY(redacted[u"redacted"].toBool());
        QCOMPARE(redacted[u"bounce"][u"original"][u"to"].toString(),
                 u"••• ••••• <•••••••••@customer.example>"_s);
    }

    void redactText_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("address") << u"for <alice@x.example>"_s << u"for <•••••@x.example>"_s;
        QTest::newRow("role") << u"postmaster@x.example"_s << u"postmaster@x.example"_s;
        QTest::newRow("from header") << u"From: \"Alice Liddell\" <alice@x.example>"_s
                                     << u"From: \"••••• •••••••\" <•••••@x.example>"_s;
        QTest::newRow("message-id") << u"Message-ID: <1234.abcd@x.example>"_s
                                    << u"Message-ID: <•••••••••@x.example>"_s;
        QTest::newRow("name elsewhere") << u"To: Carol Jones <cj@x.example>\n\nDear Carol Jones,"_s
                                        << u"To: ••••• ••••• <••@x.example>\n\nDear ••••• •••••,"_s;
        QTest::newRow("no address") << u"554 5.7.1 blocked"_s << u"554 5.7.1 blocked"_s;
        // Internationalised addresses (RFC 6531): the local part is masked whatever its script, and an
        // internationalised domain stays.
        QTest::newRow("EAI chinese") << u"550 5.1.1 <王小明@example.cn>: user unknown"_s
                                     << u"550 5.1.1 <•••@example.cn>: user unknown"_s;
        QTest::newRow("EAI umlaut") << u"to=<jürgen.müller@example.de>, status=bounced"_s
                                    << u"to=<•••••••••••••@example.de>, status=bounced"_s;
        QTest::newRow("EAI domain") << u"Final-Recipient: rfc822;用户@例え.jp"_s
                                    << u"Final-Recipient: rfc822;••@例え.jp"_s;
        QTest::newRow("EAI elsewhere") << u"To: Jürgen <jürgen@example.de>\n\nHallo jürgen,"_s
                                       << u"To: •••••• <••••••@example.de>\n\nHallo ••••••,"_s;
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
        QTest::newRow("minimal file") << loadSession(u"minimal-session.json"_s);
        QTest::newRow("wrong types") << QJsonObject{{u"checks"_s, 5},
                                                    {u"bounce"_s, u"x"_s},
                                                    {u"diagnosis"_s, QJsonArray{1, u"a"_s, QJsonArray()}},
                                                    {u"input"_s, QJsonObject()}};
        QTest::newRow("bad spans") << QJsonObject{
            {u"bounce"_s,
             QJsonObject{{u"text"_s, u"abc"_s},
                         {u"recipients"_s,
                          QJsonArray{QJsonObject{
                              {u"evidence"_s, QJsonArray{QJsonObject{{u"offset"_s, 2}, {u"length"_s, 1e15}},
                                                         QJsonObject{{u"offset"_s, -1e18}, {u"length"_s, 3}},
                                                         QJsonObject{{u"offset"_s, u"x"_s}}}}}}}}}};
    }
    void incompleteSessions() {
        QFETCH(QJsonObject, session);
        for (const ExportFormat format :
             {ExportFormat::Json, ExportFormat::Html, ExportFormat::Markdown, ExportFormat::Text}) {
            const QString text = exportText(session, format);
            QVERIFY(!text.isEmpty());
        }
        const QString md = exportText(session, ExportFormat::Markdown);
        QVERIFY(md.contains(u"not checked"_s) || md.contains(u"Not checked"_s)
                || md.contains(u"were not checked"_s));
    }

    void literalBlockMarks() {
        const rebound::report::Block block =
            blocks::literal(u"a\r\nb\x01"
                            "c d"_s,
                            {{3, 1, 1}, {4, 1, 2}, {50, 2, 3}, {-1, 2, 4}, {3, 2, 5}}, 100);
        QCOMPARE(block.code, u"a\nb\\u0001c d"_s);
        QCOMPARE(block.marks.size(), 2);
        QCOMPARE(block.code.mid(block.marks[0].offset, block.marks[0].length), u"b"_s);
        QCOMPARE(block.code.mid(block.marks[1].offset, block.marks[1].length), u"\\u0001"_s);
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
        const QJsonObject session = loadSession(u"xbl-session.json"_s);
        const QString reverse = reverseDnsText(session);
        QVERIFY2(reverse.contains(u"Reverse DNS (PTR): office-nat.sender-corp.example"_s),
                 qPrintable(reverse));
        QVERIFY(reverse.contains(u"Forward-confirmed: pass"_s));
        const QString servers = mailServersText(session);
        for (const QString& expected :
             {u"MX RECORDS"_s, u"mail.sender-corp.example"_s, u"backup-mx.hosting.example"_s,
              u"TLS_AES_256_GCM_SHA384"_s, u"SMTP TRANSCRIPTS"_s, u"S: 220 mail.sender-corp.example ESMTP"_s,
              u"Port 25 outbound seems blocked"_s})
            QVERIFY2(servers.contains(expected), qPrintable(expected));
        QVERIFY(reverseDnsText({}).startsWith(u"Not checked."_s));
        QVERIFY(mailServersText({}).contains(u"MX was not checked"_s));
        QVERIFY(mailServersText({}).contains(u"No mail server was probed"_s));
    }

    // The smtp check (`rebound-cli smtp --mx` JSON) lists its MX hosts without addresses: the MX & SMTP
    // tab takes them from the probes. Its sub-headings are rule lines, not dotted underlines.
    void smtpCheckInMailServersTab() {
        const QJsonObject result{
            {u"domain"_s, u"example.com"_s},
            {u"mx"_s, QJsonArray{QJsonObject{{u"preference"_s, 10}, {u"host"_s, u"mx1.example.com"_s}},
                                 QJsonObject{{u"preference"_s, 20}, {u"host"_s, u"mx2.example.com"_s}}}},
            {u"hosts"_s, QJsonArray{QJsonObject{{u"host"_s, u"MX1.example.com"_s},
                                                {u"address"_s, u"192.0.2.25"_s},
                                                {u"probes"_s,
                                                 QJsonArray{QJsonObject{{u"address"_s, u"192.0.2.25"_s}},
                                                            QJsonObject{{u"address"_s, u"2001:db8::25"_s}}}}},
                                    QJsonObject{{u"host"_s, u"mx2.example.com"_s}}}}};
        const QJsonObject session{
            {u"checks"_s,
             QJsonArray{QJsonObject{{u"id"_s, u"smtp"_s}, {u"state"_s, u"done"_s}, {u"result"_s, result}}}}};
        const QString text = mailServersText(session);
        QVERIFY2(text.contains(u"Host: mx1.example.com | Addresses: 192.0.2.25, 2001:db8::25"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"Host: mx2.example.com | Addresses: no address"_s), qPrintable(text));
        QVERIFY2(text.contains(u"── Domain example.com ──"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"··"_s), qPrintable(text));
        // The plain-text report (the export dialog's) keeps its underlined sub-headings.
        const QString report = toPlainText(buildReport(session, ReportOptions()));
        QVERIFY2(report.contains(u"MX1.example.com\n···············\n"_s), qPrintable(report));
    }

    // The domain check's own JSON shapes (core/auth/domainjson.cpp): mx as {state, hosts: [{target}]},
    // DMARC's p/state/record_name, DKIM's name/bits/state/txt_strings.
    void domainCheckShapes() {
        const QJsonObject result{
            {u"domain"_s, u"example.net"_s},
            {u"mx"_s, QJsonObject{{u"state"_s, u"found"_s},
                                  {u"hosts"_s,
                                   QJsonArray{QJsonObject{{u"preference"_s, 10},
                                                          {u"target"_s, u"mx1.example.net"_s},
                                                          {u"addresses"_s, QJsonArray{u"192.0.2.25"_s}}}}}}},
            {u"spf"_s, QJsonObject{{u"record"_s, u"v=spf1 -all"_s}, {u"unlisted_host_result"_s, u"fail"_s}}},
            {u"dmarc"_s, QJsonObject{{u"record"_s, u"v=DMARC1; p=reject"_s},
                                     {u"record_name"_s, u"_dmarc.example.net"_s},
                                     {u"p"_s, u"reject"_s},
                                     {u"effective_policy"_s, u"reject"_s},
                                     {u"state"_s, u"found"_s},
                                     {u"parse_status"_s, u"ok"_s}}},
            {u"dkim"_s,
             QJsonArray{QJsonObject{{u"name"_s, u"s1._domainkey.example.net"_s},
                                    {u"selector"_s, u"s1"_s},
                                    {u"state"_s, u"found"_s},
                                    {u"key_type"_s, u"rsa"_s},
                                    {u"bits"_s, 2048},
                                    {u"txt_strings"_s, QJsonArray{u"v=DKIM1; k=rsa; "_s, u"p=AAAA"_s}}}}}};
        const QJsonObject session{
            {u"checks"_s, QJsonArray{QJsonObject{
                              {u"id"_s, u"domain"_s}, {u"state"_s, u"done"_s}, {u"result"_s, result}}}}};
        QVERIFY(mailServersText(session).contains(u"mx1.example.net"_s));
        QVERIFY(mailServersText(session).contains(u"192.0.2.25"_s));
        const QString text = exportText(session, ExportFormat::Markdown, false);
        for (const QString& expected :
             {u"**Found at:** \\_dmarc.example.net"_s, u"**Policy:** reject"_s, u"**Evaluation:** ✔ found"_s,
              u"`s1._domainkey.example.net`"_s, u"rsa 2048 bits"_s, u"`v=DKIM1; k=rsa; p=AAAA`"_s,
              u"not evaluated: no sending IP was known"_s, u"**Mail from other hosts:** ✖ fail"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void plainTextSummary() {
        const QString text = exportText(loadSession(u"xbl-session.json"_s), ExportFormat::Text);
        QVERIFY(text.contains(u"Verdict: Problem found"_s));
        QVERIFY(text.contains(u"The sending IP is on Spamhaus XBL"_s));
        QVERIFY(text.contains(u"https://check.spamhaus.org/listed/?searchterm=203.0.113.7"_s));
        QVERIFY(!text.contains(u"Appendix"_s));
    }

    void jsonExportRoundTrips() {
        const QJsonObject session = loadSession(u"xbl-session.json"_s);
        ReportOptions options;
        options.redact = false;
        const QJsonObject back =
            QJsonDocument::fromJson(exportSessionJson(session, ExportFormat::Json, options)).object();
        QCOMPARE(back, session);
    }
};

QTEST_GUILESS_MAIN(TestReportExport)
#include "test_reportexport.moc"
