#include "app/cli/jsonstream.h"

#include "core/util/jsonwriter.h"

#include <QJsonDocument>

namespace rebound::cli {

namespace {

constexpr int kItemDepth = 2;              // an array's items inside a top-level object
constexpr char kItemIndent[] = "        "; // their indentation: 4 spaces a level

QByteArray quoted(const QString& key) {
    // The key as QJsonDocument escapes it: one-member object, braces and colon cut away.
    const QByteArray object = QJsonDocument(QJsonObject{{key, 0}}).toJson(QJsonDocument::Compact);
    return object.sliced(1, object.lastIndexOf(':') - 1);
}

} // namespace

JsonArrayStream::JsonArrayStream(QString key, bool compact)
    : m_key(std::move(key))
    , m_compact(compact) {
}

QByteArray JsonArrayStream::document(const QJsonObject& object, bool compact) {
    QByteArray bytes =
        QJsonDocument(object).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented);
    if (compact)
        bytes += '\n';
    return bytes;
}

QByteArray JsonArrayStream::begin(const QJsonObject& head) const {
    if (m_compact) {
        QByteArray bytes = QJsonDocument(head).toJson(QJsonDocument::Compact);
        bytes.chop(1); // "}"
        if (!head.isEmpty())
            bytes += ',';
        return bytes + quoted(m_key) + ":[";
    }
    QByteArray bytes = QJsonDocument(head).toJson(QJsonDocument::Indented);
    bytes.chop(2); // "}\n"
    if (!head.isEmpty()) {
        bytes.chop(1); // the last member's "\n"
        bytes += ",\n";
    }
    return bytes + "    " + quoted(m_key) + ": [";
}

QByteArray JsonArrayStream::itemPrefix() {
    const bool first = !m_any;
    m_any = true;
    if (m_compact)
        return first ? QByteArray() : QByteArray(",");
    return (first ? QByteArray("\n") : QByteArray(",\n")) + kItemIndent;
}

QByteArray JsonArrayStream::item(const QJsonObject& item) {
    QByteArray bytes = itemPrefix();
    if (m_compact)
        return bytes + QJsonDocument(item).toJson(QJsonDocument::Compact);
    QByteArray indented = QJsonDocument(item).toJson(QJsonDocument::Indented);
    indented.chop(1);                     // "\n"
    indented.replace("\n", "\n        "); // kItemIndent after each line break
    return bytes + indented;
}

QByteArray JsonArrayStream::item(const std::function<void(util::JsonWriter&)>& write) {
    QByteArray bytes = itemPrefix();
    util::JsonWriter json(bytes, m_compact, m_compact ? 0 : kItemDepth);
    write(json);
    return bytes;
}

QByteArray JsonArrayStream::end(const QJsonObject& tail) const {
    if (m_compact) {
        QByteArray bytes = QJsonDocument(tail).toJson(QJsonDocument::Compact);
        bytes.remove(0, 1); // "{"
        return (tail.isEmpty() ? QByteArray("]") : QByteArray("],")) + bytes + '\n';
    }
    QByteArray bytes = QJsonDocument(tail).toJson(QJsonDocument::Indented);
    bytes.remove(0, 2); // "{\n"
    return (tail.isEmpty() ? QByteArray("\n    ]\n") : QByteArray("\n    ],\n")) + bytes;
}

} // namespace rebound::cli
