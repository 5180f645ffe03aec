#include "core/pdf/safetextdocument.h"

namespace rebound::pdf {

QVariant SafeTextDocument::loadResource(int type, const QUrl& name) {
    Q_UNUSED(type)
    Q_UNUSED(name)
    // Reached only for resources not added with addResource(): refuse, never fetch.
    return {};
}

} // namespace rebound::pdf
