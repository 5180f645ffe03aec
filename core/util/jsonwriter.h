#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

#include <string_view>

namespace rebound::util {

// Writes JSON straight into bytes, byte for byte as QJsonDocument::toJson() writes the same value
// (Compact or Indented: the same layout, string escaping and integers), without building
// QJsonObjects: for output that is written often (rebound-cli bounce prints one object per file).
// Members must be written in QJsonObject's order, which sorts names; debug builds assert it.
class JsonWriter final {
public:
    // Appends to out. depth is the nesting level of the first value written (an item of an array
    // inside a top-level object is at depth 2), for the indentation.
    JsonWriter(QByteArray& out, bool compact, int depth = 0);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    // A member's name (ASCII, written as it is); its value comes next.
    JsonWriter& key(std::string_view name);

    void string(QStringView text);
    void stringOrNull(QStringView text); // null when empty
    void strings(const QStringList& list);
    void integer(qint64 number);
    void boolean(bool value);
    void null();

    // text as QJsonDocument escapes a string's characters (without the quotes), appended to out.
    static void appendEscaped(QByteArray& out, QStringView text);

private:
    struct Level {
        qsizetype count = 0;   // members or items written
        std::string_view last; // the last member's name
    };
    void beforeValue();
    void open(char bracket);
    void close(char bracket);
    void indent();

    QByteArray& m_out;
    bool m_compact = false;
    int m_depth = 0;
    bool m_afterKey = false;
    QVarLengthArray<Level, 8> m_levels;
};

} // namespace rebound::util
