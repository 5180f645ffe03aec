// A small reader of YAML documents into QVariant (maps, lists, string scalars) on libyaml's event
// parser, for reading the OpenSPF suites in place.
#pragma once

#include <QString>
#include <QVariantList>

namespace rebound::testing {

// Every document of the file, in order; an empty list with *error on a parse error.
QVariantList readYamlDocuments(const QString& path, QString* error);

} // namespace rebound::testing
