#include "core/diagnosis/checkregistry.h"

#include <QHash>
#include <QMutex>

namespace rebound::diagnosis {
namespace {

QHash<QString, CheckFactory>& registry() {
    static QHash<QString, CheckFactory> factories;
    return factories;
}

QMutex& registryMutex() {
    static QMutex mutex;
    return mutex;
}

} // namespace

void registerCheckFactory(const QString& id, CheckFactory factory) {
    QMutexLocker lock(&registryMutex());
    registry().insert(id, std::move(factory));
}

CheckFactory checkFactory(const QString& id) {
    QMutexLocker lock(&registryMutex());
    return registry().value(id);
}

} // namespace rebound::diagnosis
