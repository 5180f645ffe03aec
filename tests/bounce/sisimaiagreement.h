#pragma once
// Agreement with Sisimai's verdicts on a collection of real bounces read in place: a TSV written by
// tests/bounce/sisimai_verdicts.pl (file, recipient, reason, status, reply code) and the directory the
// files are in. Each collection is split in two by file name (isHeldBack): one half was looked at while
// tuning, the other was not, and both are reported.
#include <QString>

namespace rebound::bounce::testing {

bool isHeldBack(const QString& file);

struct Half {
    int rows = 0;
    int reasonAgree = 0;
    int replyRows = 0; // rows where Sisimai has a reply code
    int replyAgree = 0;
};

struct SisimaiAgreement {
    Half tune;
    Half heldBack;
    QString error; // a file that could not be read; empty when every row was scored

    int rows() const { return tune.rows + heldBack.rows; }
    int reasonAgree() const { return tune.reasonAgree + heldBack.reasonAgree; }
    int replyRows() const { return tune.replyRows + heldBack.replyRows; }
    int replyAgree() const { return tune.replyAgree + heldBack.replyAgree; }
};

// Scores every row of verdictsTsv against the analyser's recipients of directory/<file>. A recipient the
// analyser does not report disagrees. REBOUND_BOUNCE_VERBOSE=1 lists the rows that differ,
// REBOUND_BOUNCE_HALF=tune|heldback limits that list to one half. Prints the figures with qInfo under
// the given name.
SisimaiAgreement scoreAgainstSisimai(const QString& verdictsTsv, const QString& directory, const char* name);

} // namespace rebound::bounce::testing
