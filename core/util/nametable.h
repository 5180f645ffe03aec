// One table per enum that is written to JSON: the enum's value and its name, read both ways from the
// same table so that a name is spelled in exactly one place.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace rebound::util {

template <typename Enum> struct EnumName {
    Enum value;
    QStringView name;
};

// The name of value; an empty string when the table does not list it.
template <typename Enum> QString enumName(std::span<const EnumName<Enum>> table, Enum value) {
    for (const EnumName<Enum>& entry : table) {
        if (entry.value == value)
            return entry.name.toString();
    }
    return {};
}

// The value named name (exact, case-sensitive), or nullopt.
template <typename Enum>
std::optional<Enum> enumFromName(std::span<const EnumName<Enum>> table, QStringView name) {
    for (const EnumName<Enum>& entry : table) {
        if (entry.name == name)
            return entry.value;
    }
    return std::nullopt;
}

} // namespace rebound::util
