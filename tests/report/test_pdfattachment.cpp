// Attaching a file to a PDF as an incremental update and reading it back, on hand-made PDFs (the
// PDFs QPdfWriter makes are covered by test_pdfreport with poppler's pdfdetach).
#include "core/report/pdfattachment.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace rebound::report;

namespace {

// A one-page PDF with a correct classic xref table.
QByteArray minimalPdf() {
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R /PageMode /UseNone >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        "<< /Length 0 >>\nstream\n\nendstream",
        "<< /Title (A (nested) title) /Producer <51742036> >>",
    };
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f\r\n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n\r\n";
    pdf += "trailer\n<< /Size 6 /Root 1 0 R /Info 5 0 R /ID [<00112233445566778899aabbccddeeff> "
           "<00112233445566778899aabbccddeeff>] >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

class TestPdfAttachment : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("json") << QByteArray(
            "{\"schema\":\"rebound.session\",\"input\":\"(unbalanced \\\\ paren\"}");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary-like") << QByteArray("endstream\nendobj\n%%EOF\nxref\n\0\xff", 28);
        QByteArray big;
        for (int i = 0; i < 100000; ++i)
            big += "line " + QByteArray::number(i) + " <script>\n";
        QTest::newRow("large") << big;
    }
    void roundTrip() {
        QFETCH(QByteArray, data);
        QByteArray pdf = minimalPdf();
        const QByteArray original = pdf;
        PdfAttachment file{u"session.rebound.json"_s, u"A (session)"_s, "application/json", data};
        QString error;
        QVERIFY2(attachFileToPdf(pdf, file, &error), qPrintable(error));
        QVERIFY(pdf.startsWith(original)); // an incremental update keeps the original bytes
        QVERIFY(pdf.contains("/EmbeddedFiles"));
        QVERIFY(pdf.contains("/AF ["));
        QVERIFY(pdf.contains("/Prev "));
        QVERIFY(pdf.contains("/PageMode /UseNone")); // the catalog's entries are carried over
        const auto back = embeddedFileFromPdf(pdf, u"session.rebound.json"_s, &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(*back, data);
        QVERIFY(embeddedFileFromPdf(pdf, {}, &error).has_value());
        QVERIFY(!embeddedFileFromPdf(pdf, u"other.json"_s, &error).has_value());
        QVERIFY(!error.isEmpty());
    }

    void refusesSecondNameDictionary() {
        QByteArray pdf = minimalPdf();
        PdfAttachment file{u"a.json"_s, {}, "application/json", "{}"};
        QVERIFY(attachFileToPdf(pdf, file));
        const QByteArray once = pdf;
        QString error;
        QVERIFY(!attachFileToPdf(pdf, file, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(pdf, once); // refused means untouched
    }

    void hostileInput_data() {
        QTest::addColumn<QByteArray>("pdf");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not a pdf") << QByteArray("hello");
        QTest::newRow("no xref") << QByteArray("%PDF-1.4\nstartxref\n999999\n%%EOF");
        QTest::newRow("xref points nowhere") << QByteArray("%PDF-1.4\nstartxref\n9\n%%EOF");
        QByteArray loop = minimalPdf();
        loop.replace("/Size 6", QByteArray("/Size 6 /Prev " + QByteArray::number(loop.indexOf("xref\n0 6"))));
        QTest::newRow("prev loops") << loop;
        QByteArray truncated = minimalPdf();
        QTest::newRow("truncated") << truncated.left(truncated.size() / 2);
        QByteArray deep = minimalPdf();
        deep.replace("/PageMode /UseNone", QByteArray(QByteArray(5000, '[') + QByteArray(5000, ']')));
        QTest::newRow("deep nesting") << deep;
        QByteArray badLength = minimalPdf();
        QVERIFY(attachFileToPdf(badLength, {u"a.json"_s, {}, "application/json", "{}"}));
        badLength.replace("/Length ", "/Length 99999999");
        QTest::newRow("bad stream length") << badLength;
        QByteArray badZlib = minimalPdf();
        QVERIFY(attachFileToPdf(badZlib, {u"a.json"_s, {}, "application/json", QByteArray(500, 'x')}));
        const qsizetype stream = badZlib.indexOf("stream\n", badZlib.indexOf("/EmbeddedFile")) + 7;
        badZlib[stream + 4] = '\0';
        badZlib[stream + 5] = '\0';
        QTest::newRow("corrupt zlib") << badZlib;
    }
    void hostileInput() {
        QFETCH(QByteArray, pdf);
        QString error;
        const auto result = embeddedFileFromPdf(pdf, {}, &error);
        QVERIFY(!result.has_value());
        QVERIFY(!error.isEmpty());
        QByteArray copy = pdf;
        attachFileToPdf(copy, {u"a.json"_s, {}, "application/json", "{}"}, &error); // must not crash
    }
};

QTEST_GUILESS_MAIN(TestPdfAttachment)
#include "test_pdfattachment.moc"
