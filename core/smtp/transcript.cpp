#include "core/smtp/transcript.h"

#include "core/util/jsonutil.h"

using namespace Qt::StringLiterals;

namespace rebound::smtp {

void Transcript::add(qint64 ms, Direction direction, const QByteArray& rawLine) {
    if (entries.size() >= maxEntries) {
        ++droppedEntries;
        return;
    }
    entries << Entry{ms, direction, util::escapeUntrusted(rawLine, maxLineChars)};
}

void Transcript::addEvent(qint64 ms, const QString& text) {
    if (entries.size() >= maxEntries) {
        ++droppedEntries;
        return;
    }
    entries << Entry{ms, Direction::Event, util::escapeControls(text, maxLineChars)};
}

QString directionTag(Transcript::Direction direction) {
    switch (direction) {
    case Transcript::Direction::Client:
        return u"C"_s;
    case Transcript::Direction::Server:
        return u"S"_s;
    case Transcript::Direction::Event:
        return u"*"_s;
    }
    return u"*"_s;
}

QString Transcript::toText() const {
    QString text;
    for (const Entry& entry : entries)
        text +=
            QStringLiteral("%1 ms %2 %3\n").arg(entry.ms, 6).arg(directionTag(entry.direction), entry.text);
    if (droppedEntries > 0)
        text += QStringLiteral("(%1 more lines not kept)\n").arg(droppedEntries);
    return text;
}

} // namespace rebound::smtp
