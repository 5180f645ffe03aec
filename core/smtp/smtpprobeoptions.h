#pragma once

#include "core/smtp/smtpreplyparser.h"
#include "core/smtp/tlstypes.h"

#include <QString>

namespace rebound::smtp {

// A deadline for each stage of a probe, in milliseconds. A stage that takes longer ends the probe
// with a timeout in that stage (QUIT excepted: the result stands without the server's goodbye).
struct StageDeadlines {
    int connectMs = 10000;
    int bannerMs = 60000; // greeting delays of 20-30 s are common and legitimate
    int ehloMs = 30000;
    int starttlsMs = 30000;
    int handshakeMs = 30000;
    int ehloTlsMs = 30000;
    int quitMs = 5000;
};

struct SmtpProbeOptions {
    // The name sent with EHLO. Empty: this machine's host name when it is a FQDN, else the address
    // literal of the local end ("[192.0.2.1]"), as RFC 5321 4.1.4 allows.
    QString ehloName;
    bool startTls = true;
    // SMTPS (port 465, RFC 8314): TLS from the first byte, then banner, EHLO over TLS, QUIT.
    bool implicitTls = false;
    // Trust anchors for the certificate check (PEM file); empty means the system store.
    QString caFile;
    // The domain whose mail this host receives, for the name check (empty when unknown).
    QString domain;
    // The _port._tcp.<host> TLSA records, when published, and whether the resolver validated them.
    QList<TlsaRecord> tlsa;
    bool tlsaAuthenticated = false;

    // Envelope commands sent one by one once the session is ready (after EHLO, over TLS when it was
    // offered), each reply kept in SmtpProbeResult::dialogue; then QUIT. The first command opens the
    // transaction (MAIL FROM): when it is refused, the rest is skipped. The probe stops the dialogue at a
    // 421 and never sends DATA, BDAT or message content, whatever is asked.
    QList<QByteArray> dialogue;

    StageDeadlines deadlines;
    // A banner slower than this is reported (as a fact: tarpits and greeting delays do it on purpose).
    int slowBannerMs = 5000;
    // Most bytes read from one connection, whatever arrives.
    qint64 maxBytes = 256 * 1024;
    SmtpReplyParser::Limits replyLimits;
};

} // namespace rebound::smtp
