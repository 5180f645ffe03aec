// The tag=value list of DKIM-Signature, ARC-Seal, ARC-Message-Signature and DKIM key records
// (RFC 6376 3.2), parsed over the raw bytes so a verifier can blank one tag's value in place.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace rebound::message {

struct Tag {
    QByteArray name;
    QByteArray value;         // folding whitespace at either end removed
    qsizetype valueStart = 0; // offsets in the parsed text: the value as written, between '=' and ';'
    qsizetype valueEnd = 0;
};

struct TagList {
    QList<Tag> tags;
    QString error; // empty when the list is well formed

    const Tag* find(QByteArrayView name) const;
    std::optional<QByteArray> value(QByteArrayView name) const;
};

// At most this many tags are read; more is a syntax error.
inline constexpr int kMaxTags = 64;

TagList parseTagList(QByteArrayView text);

// The value with every folding whitespace character removed (b=, bh=, p=).
QByteArray withoutWhitespace(QByteArrayView value);

// text with the value of the named tag made empty (RFC 6376 3.7: "b=" blanked for hashing).
QByteArray blankTagValue(QByteArrayView text, const TagList& tags, QByteArrayView name);

} // namespace rebound::message
