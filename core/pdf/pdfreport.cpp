#include "core/pdf/pdfreport.h"

#include "core/pdf/reporttextdocument.h"
#include "core/pdf/safetextdocument.h"
#include "core/report/pdfattachment.h"
#include "core/report/reportbuilder.h"
#include "core/report/reportwords.h"
#include "core/report/sessionexport.h"
#include "core/util/jsonutil.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace rebound::pdf {

namespace {

using report::words::tr;

bool fail(QString* error, const QString& message) {
    if (error)
        *error = message;
    return false;
}

constexpr int kResolution = 300; // device pixels per inch; text is vector anyway

double mm(double millimetres) {
    return millimetres / 25.4 * kResolution;
}

void drawPageFrame(QPainter& painter, const QRectF& page, const QRectF& body,
                   const report::ReportDocument& report, int pageNumber, int pageCount) {
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(QColor(0x57, 0x60, 0x6a));
    const double headerBaseline = body.top() - mm(5);
    const QRectF header(body.left(), headerBaseline - mm(5), body.width(), mm(5));
    painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, tr("Rebound · %1").arg(report.title));
    painter.drawText(
        header, Qt::AlignRight | Qt::AlignBottom,
        painter.fontMetrics().elidedText(report.subtitle, Qt::ElideMiddle, int(body.width() * 0.55)));
    painter.setPen(QPen(QColor(0xc8, 0xcf, 0xd6), mm(0.2)));
    painter.drawLine(QPointF(body.left(), headerBaseline + mm(1)),
                     QPointF(body.right(), headerBaseline + mm(1)));
    const double footerTop = body.bottom() + mm(5);
    painter.drawLine(QPointF(body.left(), footerTop), QPointF(body.right(), footerTop));
    painter.setPen(QColor(0x57, 0x60, 0x6a));
    const QRectF footer(body.left(), footerTop + mm(1), body.width(), mm(5));
    painter.drawText(
        footer, Qt::AlignLeft | Qt::AlignTop,
        painter.fontMetrics().elidedText(report.footer, Qt::ElideRight, int(body.width() * 0.75)));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                     tr("Page %1 of %2").arg(pageNumber).arg(pageCount));
    Q_UNUSED(page)
}

} // namespace

std::optional<QByteArray> renderPdfReport(const QJsonObject& session, const report::ReportOptions& options,
                                          QString* error) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        fail(error,
             tr("Drawing a PDF needs a QGuiApplication (run headless with QT_QPA_PLATFORM=offscreen)."));
        return std::nullopt;
    }
    const QJsonObject exported = report::exportedSession(session, options);
    const QString attachment = options.embedSession ? report::embeddedSessionFileName() : QString();
    const report::ReportDocument content = report::buildReport(exported, options, attachment);

    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setPageSize(
            QPageSize(options.paper == report::PaperSize::Letter ? QPageSize::Letter : QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(content.title + u" — "_s + content.subtitle);
        writer.setCreator(u"Rebound "_s + QCoreApplication::applicationVersion());

        const QRectF page(QPointF(0, 0), writer.pageLayout().fullRectPixels(kResolution).size());
        const QRectF body = page.adjusted(mm(18), mm(20), -mm(18), -mm(18));

        SafeTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(body.size());
        fillReportDocument(document, content);
        keepHeadingsWithNext(document, mm(25));
        const int pageCount = qMax(1, document.pageCount());

        QPainter painter;
        if (!painter.begin(&writer)) {
            fail(error, tr("Could not start drawing the PDF."));
            return std::nullopt;
        }
        for (int i = 0; i < pageCount; ++i) {
            if (i > 0)
                writer.newPage();
            drawPageFrame(painter, page, body, content, i + 1, pageCount);
            painter.save();
            const QRectF clip(0, i * body.height(), body.width(), body.height());
            painter.translate(body.left(), body.top() - clip.top());
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = clip;
            context.palette.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
            document.documentLayout()->draw(&painter, context);
            painter.restore();
        }
        painter.end();
    }
    if (options.embedSession) {
        report::PdfAttachment file;
        file.fileName = attachment;
        file.description = tr("Rebound diagnosis session (open it in Rebound)");
        file.mimeType = "application/json";
        file.data = util::neutraliseUnsafeUtf8(QJsonDocument(exported).toJson(QJsonDocument::Indented));
        if (!report::attachFileToPdf(bytes, file, error))
            return std::nullopt;
    }
    return bytes;
}

void registerPdfRenderer() {
    report::setPdfRenderer(&renderPdfReport);
}

bool exportSessionFile(const QJsonObject& session, const QString& path, const report::ReportOptions& options,
                       QString* error) {
    const auto format = report::exportFormatForPath(path);
    if (!format)
        return fail(error,
                    tr("Unknown export format for %1: use .pdf, .html, .md, .json or .txt.").arg(path));
    registerPdfRenderer();
    return report::writeExportFile(session, *format, path, options, error);
}

} // namespace rebound::pdf
