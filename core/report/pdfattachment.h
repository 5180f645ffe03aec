#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace rebound::report {

// A file to attach to a PDF.
struct PdfAttachment {
    QString fileName;    // "session.rebound.json": ASCII, shown by PDF readers
    QString description; // shown next to it
    QByteArray mimeType; // "application/json"
    QByteArray data;
};

// Adds the file to the PDF as an incremental update (ISO 32000-1 7.5.6): a compressed embedded-file
// stream, its file specification, and a new version of the catalog with an EmbeddedFiles name tree and
// an /AF entry (PDF/A-3 style), followed by an xref section for those objects and a trailer that points
// back to the original one. The original bytes are kept as they are. Works on PDFs with a classic
// cross-reference table and no name dictionary yet, which is what QPdfWriter produces; anything else is
// refused with an error rather than corrupted.
bool attachFileToPdf(QByteArray& pdf, const PdfAttachment& attachment, QString* error = nullptr);

// Reads an embedded file back: the named one, or the first when fileName is empty. Hostile input is
// refused with an error: sizes, nesting and cross-reference chains are bounded.
std::optional<QByteArray> embeddedFileFromPdf(const QByteArray& pdf, const QString& fileName = {},
                                              QString* error = nullptr);

} // namespace rebound::report
