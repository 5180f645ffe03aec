#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace rebound::util {
class JsonWriter;
}

namespace rebound::cli {

// Writes one JSON object whose array member is streamed item by item, byte for byte as
// QJsonDocument would write the whole object (Indented or Compact), without ever holding it whole:
// head's members, then "key": [items...], then tail's members. Each piece is UTF-8, written once.
class JsonArrayStream final {
public:
    JsonArrayStream(QString key, bool compact);

    QByteArray begin(const QJsonObject& head) const;
    QByteArray item(const QJsonObject& item);
    // The same for an item that write() writes (one value) into a JsonWriter placed at its depth.
    QByteArray item(const std::function<void(util::JsonWriter&)>& write);
    QByteArray end(const QJsonObject& tail) const;

    // A whole object as QJsonDocument writes it (with the trailing newline in Indented form, and a
    // newline after a compact one too: one object per line).
    static QByteArray document(const QJsonObject& object, bool compact);

private:
    QByteArray itemPrefix(); // the separator and indentation before the next item
    QString m_key;
    bool m_compact = false;
    bool m_any = false;
};

} // namespace rebound::cli
