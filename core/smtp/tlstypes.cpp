#include "core/smtp/tlstypes.h"

using namespace Qt::StringLiterals;

namespace rebound::smtp {

QString handshakeName(StartTlsResult::Handshake handshake) {
    switch (handshake) {
    case StartTlsResult::Handshake::NotAttempted:
        return u"not_attempted"_s;
    case StartTlsResult::Handshake::Refused:
        return u"refused"_s;
    case StartTlsResult::Handshake::Succeeded:
        return u"succeeded"_s;
    case StartTlsResult::Handshake::Failed:
        return u"failed"_s;
    case StartTlsResult::Handshake::TimedOut:
        return u"timed_out"_s;
    }
    return {};
}

} // namespace rebound::smtp
