// Whether one input (a pasted text, a file given to rebound-cli diagnose) is a DMARC aggregate or an
// SMTP TLS report: the diagnosis recognises reports with this, offline and from the first bytes only.
#pragma once

#include <QByteArray>
#include <QString>

namespace rebound::reports {

enum class ReportInput {
    None,
    Dmarc, // an aggregate report: XML, gzip, zip, or a message carrying one
    Tls,   // an SMTP TLS report: JSON, gzip, or a message carrying one
};

// Looks at the start of the input only: the XML root, the TLS-RPT JSON keys, the name an archive
// gives its (first) member, or a message's subject and report-like attachments.
ReportInput sniffReportInput(QByteArrayView head);

// The bytes of an input held as text. rebound-cli reads bytes that are not UTF-8 as Latin-1 (nothing
// lost), so a gzip or zip archive given as a file comes back as its bytes; any other text as UTF-8.
QByteArray reportInputBytes(const QString& text);

} // namespace rebound::reports
