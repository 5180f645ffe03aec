#include "core/bounce/dsnfields.h"

namespace rebound::bounce {

const DsnField* DsnGroup::field(QStringView lowerName) const {
    for (const DsnField& f : fields) {
        if (f.name == lowerName)
            return &f;
    }
    return nullptr;
}

QString DsnGroup::value(QStringView lowerName) const {
    const DsnField* f = field(lowerName);
    return f ? f->value : QString();
}

namespace {

qsizetype fieldNameEnd(QStringView line) {
    qsizetype i = 0;
    while (i < line.size() && i < 64) {
        const QChar c = line[i];
        if (c == u':')
            return i > 0 ? i : -1;
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_'))
            return -1;
        ++i;
    }
    return -1;
}

} // namespace

QList<DsnGroup> parseDsnGroups(const QString& text, qsizetype offset, qsizetype length, int maxGroups) {
    QList<DsnGroup> groups;
    DsnGroup current;
    DsnField* open = nullptr;
    const qsizetype end = qMin(text.size(), offset + length);
    qsizetype pos = offset;
    auto closeGroup = [&] {
        if (!current.fields.isEmpty())
            groups.append(current);
        current = DsnGroup();
        open = nullptr;
    };
    while (pos < end && groups.size() < maxGroups) {
        qsizetype eol = text.indexOf(u'\n', pos);
        if (eol < 0 || eol > end)
            eol = end;
        const QStringView line = QStringView(text).sliced(pos, eol - pos);
        if (line.trimmed().isEmpty()) {
            closeGroup();
        } else if ((line[0] == u' ' || line[0] == u'\t') && open) {
            if (open->value.size() < 8192) {
                open->value += u' ';
                open->value += line.trimmed();
            }
            open->length = eol - open->offset;
        } else if (const qsizetype colon = fieldNameEnd(line); colon > 0 && current.fields.size() < 200) {
            DsnField field;
            field.name = line.first(colon).toString().toLower();
            // Some MTAs run recipients together without the blank line: a second recipient field
            // starts a new group.
            const bool recipientField =
                field.name == u"final-recipient" || field.name == u"original-recipient";
            if (recipientField && current.field(field.name)) {
                closeGroup();
            }
            qsizetype valueStart = colon + 1;
            while (valueStart < line.size() && line[valueStart].isSpace())
                ++valueStart;
            field.value = line.sliced(valueStart).trimmed().toString();
            field.offset = pos + valueStart;
            field.length = eol - field.offset;
            current.fields.append(field);
            open = &current.fields.last();
        } else {
            open = nullptr;
        }
        pos = eol + 1;
    }
    closeGroup();
    return groups;
}

QString stripAddressType(const QString& value) {
    QString v = value;
    const qsizetype semicolon = v.indexOf(u';');
    if (semicolon >= 0 && semicolon < 16)
        v = v.mid(semicolon + 1);
    v = v.trimmed();
    if (v.startsWith(u'<') && v.endsWith(u'>'))
        v = v.mid(1, v.size() - 2).trimmed();
    return v;
}

} // namespace rebound::bounce
