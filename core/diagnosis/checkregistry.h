#pragma once

#include "core/diagnosis/checktask.h"
#include "core/diagnosis/diagnosisrun.h"

#include <QVariantMap>

#include <functional>

namespace rebound::dns {
class Resolver;
}

namespace rebound::diagnosis {

// What the planner asks for: a check id and its parameters ("ip", "domain", "selectors", ...).
struct CheckRequest {
    QString id;
    QString title;
    QVariantMap params;
};

using CheckFactory = std::function<CheckTask*(const CheckRequest& request, const RunOptions& options,
                                              dns::Resolver* resolver, QObject* parent)>;

// Check ids the planner may ask for; each module's adapter registers its factory under one.
void registerCheckFactory(const QString& id, CheckFactory factory);
// nullptr-like empty function when no module provides that check in this build.
CheckFactory checkFactory(const QString& id);

// Registers the adapters of every check module linked into this build (idempotent).
void registerBuiltinChecks();

} // namespace rebound::diagnosis
