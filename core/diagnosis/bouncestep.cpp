#include "core/diagnosis/bouncestep.h"

namespace rebound::diagnosis {

QJsonObject analyseBounceToJson(const QString& input) {
    Q_UNUSED(input);
    return QJsonObject{{u"error"_qs, u"the bounce analyser is not linked into this build"_qs}};
}

} // namespace rebound::diagnosis
