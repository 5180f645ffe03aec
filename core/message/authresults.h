// Authentication-Results (RFC 8601) and ARC-Authentication-Results (RFC 8617 4.1.1) fields read into
// their authserv-id and method results. Only the receiver's own field can be trusted: the top-most
// authserv-id; every other field is a claim made by someone earlier on the route.
#pragma once

#include "core/message/rawmessage.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rebound::message {

struct AuthProperty {
    QString type; // smtp, header, body, policy
    QString name; // mailfrom, d, i, b, from
    QString value;
};

struct AuthMethodResult {
    QString method; // spf, dkim, dmarc, arc, iprev, auth...
    QString result; // pass, fail, none...
    QString reason;
    QList<AuthProperty> properties;

    QString property(const QString& type, const QString& name) const;
};

struct AuthResults {
    int fieldIndex = -1;
    int arcInstance = 0; // i= of an ARC-Authentication-Results
    QString authservId;
    QList<AuthMethodResult> results;
    bool trusted = false;
    QString error; // the field could not be read
};

// At most this many fields and methods per field are read.
inline constexpr int kMaxAuthResultsFields = 50;
inline constexpr int kMaxAuthMethods = 50;

AuthResults parseAuthResults(const QString& value, bool arc = false);

// Every Authentication-Results field, top to bottom, with trusted set for the contiguous run at the
// top that shares the top-most authserv-id (or trustedId, when the user names the receiver).
QList<AuthResults> readAuthResults(const RawMessage& message, const QString& trustedId = {});

} // namespace rebound::message
