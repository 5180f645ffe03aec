#include "core/dane/tlsarecord.h"

using namespace Qt::StringLiterals;

namespace rebound::dane {

QString TlsaRecord::toString() const {
    return u"%1 %2 %3 %4"_s.arg(usage).arg(selector).arg(matchingType).arg(QString::fromLatin1(data.toHex()));
}

} // namespace rebound::dane
