#include "core/pdf/reporttextdocument.h"

#include "core/pdf/severityicon.h"
#include "core/report/reportwords.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace rebound::pdf {

using report::Block;
using report::RichText;
using report::Run;

namespace {

// Marks a heading's block: keepHeadingsWithNext() moves it to the next page when it would end one.
constexpr int kKeepWithNext = QTextFormat::UserProperty + 1;

const QColor kAccent(0x1f, 0x4e, 0x79);
const QColor kText(0x1f, 0x23, 0x28);
const QColor kMuted(0x57, 0x60, 0x6a);
const QColor kRule(0xc8, 0xcf, 0xd6);
const QColor kStripe(0xf3, 0xf5, 0xf7);
const QColor kCodeBackground(0xf6, 0xf8, 0xfa);
const QColor kMark(0xff, 0xe5, 0x8f);

QColor severityColor(const QString& severity) {
    if (severity == u"critical")
        return QColor(0xa4, 0x0e, 0x26);
    if (severity == u"error")
        return QColor(0xcf, 0x22, 0x2e);
    if (severity == u"warning")
        return QColor(0xbf, 0x87, 0x00);
    if (severity == u"info")
        return QColor(0x09, 0x69, 0xda);
    if (severity == u"ok")
        return QColor(0x1a, 0x7f, 0x37);
    return kMuted;
}

QColor severityTint(const QString& severity) {
    QColor color = severityColor(severity);
    return QColor::fromRgbF(0.9 + 0.1 * color.redF(), 0.9 + 0.1 * color.greenF(), 0.9 + 0.1 * color.blueF());
}

class Writer {
public:
    explicit Writer(QTextDocument& document)
        : m_document(document)
        , m_cursor(&document) {
        m_base.setFontFamilies({u"DejaVu Sans"_s, u"Noto Sans"_s, u"Liberation Sans"_s});
        m_base.setFontPointSize(9);
        m_base.setForeground(kText);
        m_mono.setFontFamilies({u"DejaVu Sans Mono"_s, u"Noto Sans Mono"_s, u"Liberation Mono"_s});
        m_mono.setFontFixedPitch(true);
        m_mono.setFontPointSize(7.5);
        QFont font(u"DejaVu Sans"_s);
        font.setPointSizeF(9);
        m_document.setDefaultFont(font);
        QTextOption option = m_document.defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_document.setDefaultTextOption(option);
        m_document.setDocumentMargin(0);
        for (const QString& severity :
             {u"critical"_s, u"error"_s, u"warning"_s, u"info"_s, u"ok"_s, u"unknown"_s})
            m_document.addResource(QTextDocument::ImageResource, iconUrl(severity), severityIcon(severity));
    }

    void write(const report::ReportDocument& report) {
        QTextBlockFormat titleBlock;
        titleBlock.setBottomMargin(2);
        m_cursor.setBlockFormat(titleBlock);
        QTextCharFormat title = m_base;
        title.setFontPointSize(20);
        title.setFontWeight(QFont::Bold);
        title.setForeground(kAccent);
        m_cursor.insertText(report.title, title);
        QTextBlockFormat subtitleBlock;
        subtitleBlock.setBottomMargin(10);
        subtitleBlock.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                                  QTextLength(QTextLength::PercentageLength, 100));
        m_cursor.insertBlock(subtitleBlock);
        QTextCharFormat subtitle = m_base;
        subtitle.setFontPointSize(11);
        subtitle.setForeground(kMuted);
        m_cursor.insertText(report.subtitle, subtitle);
        for (const report::Section& section : report.sections)
            writeSection(section);
    }

private:
    static QUrl iconUrl(const QString& severity) { return QUrl(u"rebound-icon:"_s + severity); }

    void writeSection(const report::Section& section) {
        QTextBlockFormat block;
        block.setTopMargin(14);
        block.setBottomMargin(6);
        block.setPageBreakPolicy(section.newPage ? QTextFormat::PageBreak_AlwaysBefore
                                                 : QTextFormat::PageBreak_Auto);
        m_cursor.insertBlock(block);
        QTextCharFormat format = m_base;
        format.setFontPointSize(15);
        format.setFontWeight(QFont::Bold);
        format.setForeground(kAccent);
        m_cursor.insertText(section.title, format);
        for (const Block& b : section.blocks)
            writeBlock(b);
    }

    void newBlock(double top = 0, double bottom = 4, double indent = 0) {
        QTextBlockFormat format;
        format.setTopMargin(top);
        format.setBottomMargin(bottom);
        format.setLeftMargin(indent);
        m_cursor.insertBlock(format, m_base);
    }

    void writeRuns(QTextCursor& cursor, const RichText& text, const QTextCharFormat& base) {
        for (const Run& run : text) {
            if (!run.severity.isEmpty()) {
                QTextImageFormat image;
                image.setName(iconUrl(run.severity).toString());
                const double size = base.fontPointSize() * 1.1;
                image.setWidth(size * 96.0 / 72.0);
                image.setHeight(size * 96.0 / 72.0);
                image.setVerticalAlignment(QTextCharFormat::AlignMiddle);
                cursor.insertImage(image);
                cursor.insertText(u"\u00a0"_s, base);
                if (run.text.isEmpty())
                    continue;
            }
            QTextCharFormat format = run.code ? m_mono : base;
            if (run.code)
                format.setFontPointSize(base.fontPointSize() * 0.88);
            if (run.strong)
                format.setFontWeight(QFont::Bold);
            if (run.muted) {
                format.setForeground(kMuted);
                format.setFontPointSize(format.fontPointSize() * 0.9);
            }
            if (!run.href.isEmpty() && report::words::isSafeLink(run.href)) {
                format.setAnchor(true);
                format.setAnchorHref(run.href);
                format.setForeground(QColor(0x0a, 0x58, 0xca));
                format.setFontUnderline(true);
            }
            QString shown = run.text;
            shown.replace(u'\n', QChar::LineSeparator);
            cursor.insertText(shown, format);
        }
    }

    void writeBlock(const Block& block) {
        switch (block.kind) {
        case Block::Kind::Heading: {
            newBlock(block.level <= 2 ? 10 : 8, 3);
            QTextCharFormat format = m_base;
            format.setFontWeight(QFont::Bold);
            format.setFontPointSize(block.level <= 2 ? 12 : block.level == 3 ? 10.5 : 9.5);
            format.setForeground(block.level <= 2 ? kAccent : kText);
            QTextBlockFormat keep = m_cursor.blockFormat();
            keep.setNonBreakableLines(true);
            keep.setProperty(kKeepWithNext, true);
            m_cursor.setBlockFormat(keep);
            writeRuns(m_cursor, block.text, format);
            break;
        }
        case Block::Kind::Paragraph:
            newBlock(2, 3);
            writeRuns(m_cursor, block.text, m_base);
            break;
        case Block::Kind::Callout:
            writeCallout(block);
            break;
        case Block::Kind::Bullets:
        case Block::Kind::Numbered:
            writeList(block);
            break;
        case Block::Kind::Table:
        case Block::Kind::KeyValues:
            writeTable(block);
            break;
        case Block::Kind::Code:
            writeCode(block);
            break;
        }
    }

    void writeCallout(const Block& block) {
        QTextTableFormat format;
        format.setBorder(0);
        format.setCellPadding(6);
        format.setCellSpacing(0);
        format.setTopMargin(6);
        format.setBottomMargin(6);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable* table = m_cursor.insertTable(1, 1, format);
        QTextTableCell cell = table->cellAt(0, 0);
        QTextTableCellFormat cellFormat;
        cellFormat.setBackground(severityTint(block.severity));
        cellFormat.setLeftBorder(4);
        cellFormat.setLeftBorderBrush(severityColor(block.severity));
        cellFormat.setLeftBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        cellFormat.setLeftPadding(8);
        cell.setFormat(cellFormat);
        QTextCursor cursor = cell.firstCursorPosition();
        RichText text{report::words::icon(block.severity)};
        text.append(block.text);
        QTextCharFormat base = m_base;
        base.setFontPointSize(block.severity.isEmpty() ? 9 : 9.5);
        writeRuns(cursor, text, base);
        m_cursor.movePosition(QTextCursor::End);
    }

    void writeList(const Block& block) {
        QTextListFormat listFormat;
        listFormat.setStyle(block.kind == Block::Kind::Bullets ? QTextListFormat::ListDisc
                                                               : QTextListFormat::ListDecimal);
        listFormat.setIndent(1);
        QTextList* list = nullptr;
        for (const RichText& item : block.items) {
            newBlock(1, 2);
            if (!list)
                list = m_cursor.createList(listFormat);
            else
                list->add(m_cursor.block());
            writeRuns(m_cursor, item, m_base);
        }
        newBlock(0, 2);
    }

    void writeTable(const Block& block) {
        const bool keyValues = block.kind == Block::Kind::KeyValues;
        int columns = keyValues ? 2 : int(block.header.size());
        for (const auto& row : block.rows)
            columns = qMax(columns, int(row.size()));
        if (columns == 0)
            return;
        const int headerRows = keyValues || block.header.isEmpty() ? 0 : 1;
        const int rows = int(block.rows.size()) + headerRows;
        if (rows == 0)
            return;
        QTextTableFormat format;
        format.setBorder(0.6);
        format.setBorderBrush(kRule);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellPadding(3.5);
        format.setCellSpacing(0);
        format.setTopMargin(4);
        format.setBottomMargin(8);
        format.setHeaderRowCount(headerRows);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> widths;
        for (int c = 0; c < columns; ++c) {
            int percent = keyValues ? (c == 0 ? 24 : 76)
                                    : (c < block.columnPercents.size() ? block.columnPercents[c] : 0);
            widths << (percent > 0 ? QTextLength(QTextLength::PercentageLength, percent) : QTextLength());
        }
        format.setColumnWidthConstraints(widths);
        QTextTable* table = m_cursor.insertTable(rows, columns, format);

        QTextCharFormat small = m_base;
        small.setFontPointSize(8.5);
        if (headerRows) {
            QTextCharFormat head = small;
            head.setFontWeight(QFont::Bold);
            head.setForeground(Qt::white);
            for (int c = 0; c < columns && c < block.header.size(); ++c) {
                QTextTableCell cell = table->cellAt(0, c);
                QTextTableCellFormat cellFormat;
                cellFormat.setBackground(kAccent);
                cell.setFormat(cellFormat);
                QTextCursor cursor = cell.firstCursorPosition();
                writeRuns(cursor, block.header[c], head);
            }
        }
        for (int r = 0; r < block.rows.size(); ++r) {
            const auto& row = block.rows[r];
            for (int c = 0; c < columns && c < row.size(); ++c) {
                QTextTableCell cell = table->cellAt(r + headerRows, c);
                if ((keyValues && c == 0) || (!keyValues && r % 2 == 1)) {
                    QTextTableCellFormat cellFormat;
                    cellFormat.setBackground(kStripe);
                    cell.setFormat(cellFormat);
                }
                QTextCursor cursor = cell.firstCursorPosition();
                writeRuns(cursor, row[c], keyValues && c == 0 ? m_base : small);
            }
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    // The lines of a literal block are one text block with line separators: one background, drawn
    // without the hairline seams that a block per line showed, and still broken across pages by line.
    void writeCode(const Block& block) {
        const QString kLineBreak(QChar::LineSeparator);
        QTextBlockFormat line;
        line.setBackground(kCodeBackground);
        line.setLeftMargin(4);
        line.setRightMargin(4);
        line.setTopMargin(0);
        line.setBottomMargin(0);
        line.setLineHeight(112, QTextBlockFormat::ProportionalHeight);
        QTextCharFormat mark = m_mono;
        mark.setBackground(kMark);
        mark.setFontWeight(QFont::Bold);
        mark.setFontUnderline(true);
        QTextCharFormat number = m_mono;
        number.setFontWeight(QFont::Bold);
        number.setForeground(QColor(0x7a, 0x4d, 0x00));
        number.setVerticalAlignment(QTextCharFormat::AlignSuperScript);

        newBlock(2, 0);
        m_cursor.setBlockFormat(line);
        auto insertPlain = [&](QStringView text) {
            qsizetype start = 0;
            while (start <= text.size()) {
                const qsizetype newline = text.indexOf(u'\n', start);
                const qsizetype end = newline < 0 ? text.size() : newline;
                if (end > start)
                    m_cursor.insertText(text.mid(start, end - start).toString(), m_mono);
                if (newline < 0)
                    break;
                m_cursor.insertText(kLineBreak, m_mono);
                start = newline + 1;
            }
        };
        const QStringView code(block.code);
        qsizetype at = 0;
        for (const report::Mark& m : block.marks) {
            insertPlain(code.mid(at, m.offset - at));
            // A mark may span lines: keep each line's part highlighted.
            const QStringView marked = code.mid(m.offset, m.length);
            qsizetype start = 0;
            while (start <= marked.size()) {
                const qsizetype newline = marked.indexOf(u'\n', start);
                const qsizetype end = newline < 0 ? marked.size() : newline;
                if (end > start)
                    m_cursor.insertText(marked.mid(start, end - start).toString(), mark);
                if (newline < 0)
                    break;
                m_cursor.insertText(kLineBreak, m_mono);
                start = newline + 1;
            }
            m_cursor.insertText(QString::number(m.number), number);
            at = m.offset + m.length;
        }
        insertPlain(code.mid(at));
        newBlock(0, 4);
    }

    QTextDocument& m_document;
    QTextCursor m_cursor;
    QTextCharFormat m_base;
    QTextCharFormat m_mono;
};

} // namespace

void fillReportDocument(QTextDocument& document, const report::ReportDocument& report) {
    // One edit block: the layout runs once at the end instead of after every insertion, which made
    // filling quadratic (a 13-page report took seconds, a long table minutes). Undo is of no use here.
    document.setUndoRedoEnabled(false);
    QTextCursor batch(&document);
    batch.beginEditBlock();
    Writer writer(document);
    writer.write(report);
    batch.endEditBlock();
}

void keepHeadingsWithNext(QTextDocument& document, double minimumFollowing) {
    const double pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return;
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().boolProperty(kKeepWithNext))
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        const double top = std::fmod(rect.top(), pageHeight);
        // Already at a page top, or room enough for the heading and a few lines of what follows.
        if (top < 1 || top + rect.height() + minimumFollowing <= pageHeight)
            continue;
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.setPosition(block.position());
        cursor.mergeBlockFormat(format);
        // Everything after moves down: lay out again before measuring the next heading.
        cursor.endEditBlock();
        cursor.beginEditBlock();
    }
    cursor.endEditBlock();
}

} // namespace rebound::pdf
