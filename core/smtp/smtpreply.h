// core/smtp owns talking to SMTP servers without ever sending a message: the bounded reply parser, the
// per-address probe (banner, EHLO, STARTTLS on OpenSSL memory BIOs, EHLO over TLS, QUIT), the TLS
// inspection, the host and domain probes, the findings they lead to and their JSON form.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rebound::smtp {

// One SMTP reply (RFC 5321 section 4.2), possibly multi-line. Text is kept as the server sent it
// (untrusted bytes); escape it where it is shown.
struct SmtpReply {
    int code = 0;            // 200..599
    QList<QByteArray> lines; // the text of each line after "NNN-" / "NNN ", CR LF removed
    QString enhancedCode;    // RFC 3463 "x.y.z" at the start of the first line, when present

    bool isValid() const { return code >= 200 && code <= 599; }
    bool isPositive() const { return code >= 200 && code < 400; }
    bool isTransient() const { return code >= 400 && code < 500; }
    bool isPermanent() const { return code >= 500 && code < 600; }
    // The lines joined with a space (for matching and short display).
    QByteArray joinedText() const;
    // The reply as it appeared on the wire, one "NNN-text" line per entry, without CR LF.
    QList<QByteArray> wireLines() const;
};

} // namespace rebound::smtp
