// The route a message took: its Received fields (RFC 5321 4.4) read into hops, oldest first, with
// the delay of each hop, TLS (RFC 3848 protocol names) and the first hop outside the sender's network.
#pragma once

#include "core/message/rawmessage.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace rebound::message {

struct Hop {
    int fieldIndex = -1;
    QString from;     // the name the client gave (HELO), as written
    QString fromRdns; // the name in the receiver's comment, when any
    QString by;
    QString ip;       // the client's address from the comment, empty when none
    QString protocol; // with: SMTP, ESMTPS, ESMTPSA, LMTP...
    bool tls = false; // the protocol ends in S/SA (RFC 3848), or the comment names a TLS version
    QDateTime time;   // invalid when the date did not parse
    std::optional<qint64> delaySeconds; // since the previous hop
    bool publicIp = false;
};

struct Route {
    QList<Hop> hops;        // oldest first
    int firstExternal = -1; // index in hops of the first hop whose client has a public address
    int unparsedDates = 0;
};

// At most this many Received fields are read (the newest ones are kept).
inline constexpr int kMaxHops = 100;

Route parseRoute(const RawMessage& message);

// One Received field's value (unfolded).
Hop parseReceived(const QString& value);

} // namespace rebound::message
