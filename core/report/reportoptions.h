#pragma once

#include <QString>

namespace rebound::report {

enum class PaperSize { A4, Letter };

// How a session is exported. The defaults are what File > Export and `diagnose --pdf` use.
struct ReportOptions {
    // Mask personal data (local parts of addresses, names in To/From, Message-IDs) everywhere,
    // including the embedded JSON. On by default: reports leave the organisation.
    bool redact = true;
    PaperSize paper = PaperSize::A4;
    // Attach the (redacted, when redact is on) session JSON to the PDF so Rebound can re-open it.
    bool embedSession = true;
    // The pasted text in the appendix is cut after this many characters (the JSON keeps it all).
    qsizetype maxPastedChars = 600'000;
    // The appendices (the pasted text with its evidence marked, every DNS answer, the SMTP
    // transcripts): pages for the specialist, so asked for. Off, the report is the verdict, its
    // evidence and the checks (a single bounce: at most five pages); the receiver's reply is quoted
    // on page 1 either way.
    bool appendices = false;
};

PaperSize paperSizeFromName(const QString& name, PaperSize fallback = PaperSize::A4); // "a4", "letter"
QString paperSizeName(PaperSize paper);                                               // "a4", "letter"
// Letter where the system locale measures in US units (the US and its neighbours), A4 elsewhere.
PaperSize defaultPaperSize();

} // namespace rebound::report
