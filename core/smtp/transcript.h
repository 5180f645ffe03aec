#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rebound::smtp {

// What was said on one connection, with the time of each line since the connection began. Bounded:
// at most maxEntries lines of at most maxLineChars characters each, untrusted bytes escaped on entry;
// anything beyond is counted, not kept.
struct Transcript {
    enum class Direction { Client, Server, Event }; // "C:", "S:", and "*" for connects, TLS and errors

    struct Entry {
        qint64 ms = 0; // since the probe started
        Direction direction = Direction::Event;
        QString text; // escaped, safe to show
    };

    QList<Entry> entries;
    int droppedEntries = 0; // lines not kept because the transcript was full
    int maxEntries = 300;
    int maxLineChars = 512;

    void add(qint64 ms, Direction direction, const QByteArray& rawLine);
    void addEvent(qint64 ms, const QString& text);
    // "   12 ms S: 220 mx.example.com ESMTP" lines, for the CLI and the report appendix.
    QString toText() const;
};

QString directionTag(Transcript::Direction direction); // "C", "S", "*"

} // namespace rebound::smtp
