#include "core/message/taglist.h"

#include <QCoreApplication>

namespace rebound::message {
namespace {

bool isFws(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isTagNameChar(char c, bool first) {
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return first ? alpha : alpha || (c >= '0' && c <= '9') || c == '_';
}

} // namespace

const Tag* TagList::find(QByteArrayView name) const {
    for (const Tag& tag : tags) {
        if (tag.name == name)
            return &tag;
    }
    return nullptr;
}

std::optional<QByteArray> TagList::value(QByteArrayView name) const {
    if (const Tag* tag = find(name))
        return tag->value;
    return std::nullopt;
}

TagList parseTagList(QByteArrayView text) {
    TagList list;
    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(';', pos);
        if (end < 0)
            end = text.size();
        const QByteArrayView spec = text.sliced(pos, end - pos);
        if (!spec.trimmed().isEmpty()) {
            const qsizetype eq = spec.indexOf('=');
            const QByteArray name = eq < 0 ? QByteArray() : spec.first(eq).trimmed().toByteArray();
            bool validName = !name.isEmpty();
            for (qsizetype i = 0; validName && i < name.size(); ++i)
                validName = isTagNameChar(name[i], i == 0);
            if (!validName) {
                list.error = QCoreApplication::translate("rebound::message", "'%1' is not a tag=value pair")
                                 .arg(QString::fromLatin1(
                                     spec.trimmed().first(qMin<qsizetype>(40, spec.trimmed().size()))));
                return list;
            }
            if (list.find(name)) {
                list.error = QCoreApplication::translate("rebound::message",
                                                         "the tag %1= appears twice (RFC 6376 3.2)")
                                 .arg(QString::fromLatin1(name));
                return list;
            }
            if (list.tags.size() >= kMaxTags) {
                list.error =
                    QCoreApplication::translate("rebound::message", "more than %1 tags").arg(kMaxTags);
                return list;
            }
            Tag tag;
            tag.name = name;
            tag.valueStart = pos + eq + 1;
            tag.valueEnd = end;
            qsizetype a = tag.valueStart;
            qsizetype b = tag.valueEnd;
            while (a < b && isFws(text[a]))
                ++a;
            while (b > a && isFws(text[b - 1]))
                --b;
            tag.value = text.sliced(a, b - a).toByteArray();
            list.tags.append(std::move(tag));
        }
        pos = end + 1;
    }
    return list;
}

QByteArray withoutWhitespace(QByteArrayView value) {
    QByteArray out;
    out.reserve(value.size());
    for (char c : value) {
        if (!isFws(c))
            out += c;
    }
    return out;
}

QByteArray blankTagValue(QByteArrayView text, const TagList& tags, QByteArrayView name) {
    const Tag* tag = tags.find(name);
    if (!tag)
        return text.toByteArray();
    return text.first(tag->valueStart).toByteArray() + text.sliced(tag->valueEnd).toByteArray();
}

} // namespace rebound::message
