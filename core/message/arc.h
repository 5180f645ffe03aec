// ARC (RFC 8617): the instances a message carries (ARC-Seal, ARC-Message-Signature,
// ARC-Authentication-Results), who sealed what with which cv=, and the chain validated: structure
// (5.1.1), the newest AMS and every seal verified with their keys.
#pragma once

#include "core/auth/dkimkey.h"
#include "core/message/authresults.h"
#include "core/message/dkimsignature.h"
#include "core/message/dkimverifier.h"
#include "core/message/rawmessage.h"

#include <QHash>
#include <QList>

namespace rebound::message {

struct ArcInstance {
    int instance = 0;
    int sealField = -1;
    TagList sealTags;
    QString sealDomain, sealSelector, cv;
    DkimSignature ams;
    bool hasAms = false;
    bool hasAar = false;
    QString authservId;                 // of the AAR
    QList<AuthMethodResult> aarResults; // what the sealer recorded (a claim until the chain validates)
    DkimResult sealResult = DkimResult::None;
    DkimResult amsResult = DkimResult::None; // checked for the newest instance only
    QString reason;
};

struct ArcChain {
    QList<ArcInstance> instances;            // oldest first
    QString result = QStringLiteral("none"); // none, pass, fail
    QString reason;
};

// The instances and the structural checks; no keys needed.
ArcChain readArc(const RawMessage& message, qint64 now);

// keys: "<selector>._domainkey.<domain>" -> key (absent: none found). Sets results and chain result.
void verifyArc(const RawMessage& message, ArcChain* chain, const QHash<QString, auth::DkimKey>& keys,
               BodyHashCache* bodyHashes);

QString keyName(const QString& selector, const QString& domain);

} // namespace rebound::message
