#include "core/smtp/smtpproberesult.h"

namespace rebound::smtp {

QString stageName(ProbeStage stage) {
    switch (stage) {
    case ProbeStage::Connect:
        return u"connect"_qs;
    case ProbeStage::Banner:
        return u"banner"_qs;
    case ProbeStage::Ehlo:
        return u"ehlo"_qs;
    case ProbeStage::Helo:
        return u"helo"_qs;
    case ProbeStage::StartTls:
        return u"starttls"_qs;
    case ProbeStage::Handshake:
        return u"handshake"_qs;
    case ProbeStage::EhloTls:
        return u"ehlo_tls"_qs;
    case ProbeStage::Quit:
        return u"quit"_qs;
    case ProbeStage::Done:
        return u"done"_qs;
    }
    return {};
}

QString endName(ProbeEnd end) {
    switch (end) {
    case ProbeEnd::Completed:
        return u"completed"_qs;
    case ProbeEnd::RejectedAtConnect:
        return u"rejected_at_connect"_qs;
    case ProbeEnd::DeferredAtConnect:
        return u"deferred_at_connect"_qs;
    case ProbeEnd::ConnectRefused:
        return u"connect_refused"_qs;
    case ProbeEnd::ConnectTimeout:
        return u"connect_timeout"_qs;
    case ProbeEnd::NetworkError:
        return u"network_error"_qs;
    case ProbeEnd::StageTimeout:
        return u"timeout"_qs;
    case ProbeEnd::ClosedByServer:
        return u"closed_by_server"_qs;
    case ProbeEnd::ProtocolError:
        return u"protocol_error"_qs;
    case ProbeEnd::TooMuchData:
        return u"too_much_data"_qs;
    case ProbeEnd::TlsFailed:
        return u"tls_failed"_qs;
    case ProbeEnd::Cancelled:
        return u"cancelled"_qs;
    case ProbeEnd::SetupError:
        return u"setup_error"_qs;
    }
    return {};
}

} // namespace rebound::smtp
