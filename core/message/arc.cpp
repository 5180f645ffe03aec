#include "core/message/arc.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rebound::message {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("rebound::message", text);
}

int instanceOf(const TagList& tags) {
    return tags.value("i").value_or(QByteArray()).toInt();
}

// The ARC-Seal hash input (RFC 8617 5.1.1): every set up to this one, AAR, AMS, AS in that order,
// relaxed, this seal's b= blanked and without the final CRLF.
QByteArray sealInput(const RawMessage& message, const QList<ArcInstance>& chain, int upTo,
                     const QHash<int, int>& aarFields) {
    QByteArray input;
    for (int k = 0; k <= upTo; ++k) {
        const ArcInstance& set = chain.at(k);
        input += canonicalHeader(message.fields.at(aarFields.value(set.instance)).raw, Canon::Relaxed);
        input += canonicalHeader(message.fields.at(set.ams.fieldIndex).raw, Canon::Relaxed);
        const RawField& seal = message.fields.at(set.sealField);
        if (k < upTo) {
            input += canonicalHeader(seal.raw, Canon::Relaxed);
        } else {
            input += canonicalHeader(blankedSignatureField(seal, set.sealTags), Canon::Relaxed, false);
        }
    }
    return input;
}

} // namespace

QString keyName(const QString& selector, const QString& domain) {
    return selector + u"._domainkey."_s + domain;
}

ArcChain readArc(const RawMessage& message, qint64 now) {
    ArcChain chain;
    QMap<int, ArcInstance> sets;
    auto fail = [&chain](const QString& reason) {
        chain.result = u"fail"_s;
        if (chain.reason.isEmpty())
            chain.reason = reason;
    };
    const QList<int> seals = message.indexesOf("arc-seal");
    const QList<int> amss = message.indexesOf("arc-message-signature");
    const QList<int> aars = message.indexesOf("arc-authentication-results");
    if (seals.isEmpty() && amss.isEmpty() && aars.isEmpty())
        return chain;
    if (seals.size() > 50 || amss.size() > 50 || aars.size() > 50) {
        fail(tr("more than 50 ARC fields of one kind (RFC 8617 allows 50 instances)"));
        return chain;
    }
    for (int index : seals) {
        const TagList tags = parseTagList(message.fields.at(index).rawValue());
        const int i = instanceOf(tags);
        ArcInstance& set = sets[i];
        if (set.sealField >= 0)
            fail(tr("two ARC-Seal fields with i=%1").arg(i));
        set.instance = i;
        set.sealField = index;
        set.sealTags = tags;
        set.sealDomain = QString::fromLatin1(tags.value("d").value_or(QByteArray())).toLower();
        set.sealSelector = QString::fromLatin1(tags.value("s").value_or(QByteArray()));
        set.cv = QString::fromLatin1(tags.value("cv").value_or(QByteArray())).toLower();
    }
    for (int index : amss) {
        DkimSignature ams = parseDkimSignature(message.fields.at(index).rawValue(), now, true);
        ams.fieldIndex = index;
        ArcInstance& set = sets[ams.arcInstance];
        if (set.hasAms)
            fail(tr("two ARC-Message-Signature fields with i=%1").arg(ams.arcInstance));
        set.instance = ams.arcInstance;
        set.ams = ams;
        set.hasAms = true;
    }
    for (int index : aars) {
        const AuthResults aar = parseAuthResults(message.fields.at(index).value(), true);
        ArcInstance& set = sets[aar.arcInstance];
        if (set.hasAar)
            fail(tr("two ARC-Authentication-Results fields with i=%1").arg(aar.arcInstance));
        set.instance = aar.arcInstance;
        set.hasAar = true;
        set.authservId = aar.authservId;
        set.aarResults = aar.results;
    }
    int expected = 1;
    for (const ArcInstance& set : sets) {
        chain.instances << set;
        if (set.instance != expected++)
            fail(tr("the ARC instances are not numbered 1 to %1 without gaps").arg(sets.size()));
        else if (set.sealField < 0 || !set.hasAms || !set.hasAar)
            fail(tr("ARC instance %1 lacks one of its three fields").arg(set.instance));
        else if (set.cv != (set.instance == 1 ? u"none"_s : u"pass"_s))
            fail(tr("ARC instance %1 has cv=%2").arg(set.instance).arg(set.cv.left(20)));
    }
    return chain;
}

void verifyArc(const RawMessage& message, ArcChain* chain, const QHash<QString, auth::DkimKey>& keys,
               BodyHashCache* bodyHashes) {
    if (chain->instances.isEmpty() || chain->result == u"fail")
        return;
    QHash<int, int> aarFields;
    for (int index : message.indexesOf("arc-authentication-results"))
        aarFields.insert(parseAuthResults(message.fields.at(index).value(), true).arcInstance, index);
    ArcInstance& newest = chain->instances.last();
    if (!newest.ams.error.isEmpty()) {
        newest.amsResult = DkimResult::PermError;
        newest.reason = newest.ams.error;
    } else if (const auto key = keys.constFind(keyName(newest.ams.selector, newest.ams.domain));
               key == keys.cend()) {
        newest.amsResult = DkimResult::PermError;
        newest.reason = tr("no key for the newest ARC-Message-Signature");
    } else {
        const DkimVerification v = verifyDkim(message, newest.ams, *key, bodyHashes);
        newest.amsResult = v.result;
        newest.reason = v.reason;
    }
    if (newest.amsResult != DkimResult::Pass) {
        chain->result = u"fail"_s;
        chain->reason = tr("the newest ARC-Message-Signature did not verify: %1").arg(newest.reason);
    }
    for (int k = 0; k < chain->instances.size(); ++k) {
        ArcInstance& set = chain->instances[k];
        const auto key = keys.constFind(keyName(set.sealSelector, set.sealDomain));
        const QString algorithm = QString::fromLatin1(set.sealTags.value("a").value_or(QByteArray()));
        const auto signature =
            QByteArray::fromBase64(withoutWhitespace(set.sealTags.value("b").value_or(QByteArray())));
        const bool ed = algorithm == u"ed25519-sha256";
        if (key == keys.cend() || (!ed && algorithm != u"rsa-sha256")) {
            set.sealResult = DkimResult::PermError;
        } else {
            set.sealResult = verifyWithKey(*key, ed ? DkimAlgorithm::Ed25519Sha256 : DkimAlgorithm::RsaSha256,
                                           sealInput(message, chain->instances, k, aarFields), signature)
                                 ? DkimResult::Pass
                                 : DkimResult::Fail;
        }
        if (set.sealResult != DkimResult::Pass && chain->result != u"fail") {
            chain->result = u"fail"_s;
            chain->reason = tr("the ARC-Seal of instance %1 did not verify").arg(set.instance);
        }
    }
    if (chain->result != u"fail")
        chain->result = u"pass"_s;
}

} // namespace rebound::message
