#include "core/bounce/bounceanalysis.h"

using namespace Qt::StringLiterals;

namespace rebound::bounce {

QString inputKindName(InputKind kind) {
    switch (kind) {
    case InputKind::Empty:
        return u"empty"_s;
    case InputKind::Unrecognised:
        return u"unrecognised"_s;
    case InputKind::Binary:
        return u"binary"_s;
    case InputKind::TooLarge:
        return u"too_large"_s;
    case InputKind::SmtpReply:
        return u"smtp_reply"_s;
    case InputKind::LogLine:
        return u"log_line"_s;
    case InputKind::DsnMessage:
        return u"dsn_message"_s;
    case InputKind::PlainNdr:
        return u"plain_ndr"_s;
    case InputKind::FeedbackReport:
        return u"feedback_report"_s;
    case InputKind::AutoReply:
        return u"auto_reply"_s;
    case InputKind::Mbox:
        return u"mbox"_s;
    }
    return u"unrecognised"_s;
}

} // namespace rebound::bounce
