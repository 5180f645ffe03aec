#include "core/smtp/smtpproberesult.h"

using namespace Qt::StringLiterals;

namespace rebound::smtp {

QString stageName(ProbeStage stage) {
    switch (stage) {
    case ProbeStage::Connect:
        return u"connect"_s;
    case ProbeStage::Banner:
        return u"banner"_s;
    case ProbeStage::Ehlo:
        return u"ehlo"_s;
    case ProbeStage::Helo:
        return u"helo"_s;
    case ProbeStage::StartTls:
        return u"starttls"_s;
    case ProbeStage::Handshake:
        return u"handshake"_s;
    case ProbeStage::EhloTls:
        return u"ehlo_tls"_s;
    case ProbeStage::Dialogue:
        return u"dialogue"_s;
    case ProbeStage::Quit:
        return u"quit"_s;
    case ProbeStage::Done:
        return u"done"_s;
    }
    return {};
}

QString endName(ProbeEnd end) {
    switch (end) {
    case ProbeEnd::Completed:
        return u"completed"_s;
    case ProbeEnd::RejectedAtConnect:
        return u"rejected_at_connect"_s;
    case ProbeEnd::DeferredAtConnect:
        return u"deferred_at_connect"_s;
    case ProbeEnd::ConnectRefused:
        return u"connect_refused"_s;
    case ProbeEnd::ConnectTimeout:
        return u"connect_timeout"_s;
    case ProbeEnd::NetworkError:
        return u"network_error"_s;
    case ProbeEnd::StageTimeout:
        return u"timeout"_s;
    case ProbeEnd::ClosedByServer:
        return u"closed_by_server"_s;
    case ProbeEnd::ProtocolError:
        return u"protocol_error"_s;
    case ProbeEnd::TooMuchData:
        return u"too_much_data"_s;
    case ProbeEnd::TlsFailed:
        return u"tls_failed"_s;
    case ProbeEnd::Cancelled:
        return u"cancelled"_s;
    case ProbeEnd::SetupError:
        return u"setup_error"_s;
    }
    return {};
}

} // namespace rebound::smtp
