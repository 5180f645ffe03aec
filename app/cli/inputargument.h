// An input given as an argument that may be a file, standard input or the text itself (diagnose). Apart
// from inputfile.h because telling a missing file from a CIDR range takes core/dns (Qt Network).
#pragma once

#include <QString>

namespace rebound::cli {

struct InputText {
    QString text;
    QString fileName; // empty when the argument itself was the input
    QString error;
};

// "-" reads standard input; an existing file is read; anything else is the input itself (an IP, a
// domain, an address, or a pasted reply). Bytes that are not UTF-8 are decoded as Latin-1 so that
// nothing is lost.
InputText readInputArgument(const QString& argument);

} // namespace rebound::cli
