#include "core/bounce/bounceanalysis.h"

namespace rebound::bounce {

QString inputKindName(InputKind kind) {
    switch (kind) {
    case InputKind::Empty:
        return u"empty"_qs;
    case InputKind::Unrecognised:
        return u"unrecognised"_qs;
    case InputKind::Binary:
        return u"binary"_qs;
    case InputKind::TooLarge:
        return u"too_large"_qs;
    case InputKind::SmtpReply:
        return u"smtp_reply"_qs;
    case InputKind::LogLine:
        return u"log_line"_qs;
    case InputKind::DsnMessage:
        return u"dsn_message"_qs;
    case InputKind::PlainNdr:
        return u"plain_ndr"_qs;
    case InputKind::FeedbackReport:
        return u"feedback_report"_qs;
    case InputKind::AutoReply:
        return u"auto_reply"_qs;
    case InputKind::Mbox:
        return u"mbox"_qs;
    }
    return u"unrecognised"_qs;
}

} // namespace rebound::bounce
