#include "core/smtp/tlstypes.h"

namespace rebound::smtp {

QString TlsaRecord::toString() const {
    return QStringLiteral("%1 %2 %3 %4")
        .arg(usage)
        .arg(selector)
        .arg(matchingType)
        .arg(QString::fromLatin1(data.toHex()));
}

QString handshakeName(StartTlsResult::Handshake handshake) {
    switch (handshake) {
    case StartTlsResult::Handshake::NotAttempted:
        return u"not_attempted"_qs;
    case StartTlsResult::Handshake::Refused:
        return u"refused"_qs;
    case StartTlsResult::Handshake::Succeeded:
        return u"succeeded"_qs;
    case StartTlsResult::Handshake::Failed:
        return u"failed"_qs;
    case StartTlsResult::Handshake::TimedOut:
        return u"timed_out"_qs;
    }
    return {};
}

} // namespace rebound::smtp
