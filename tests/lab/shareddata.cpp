#include "lab/shareddata.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace rebound::lab {

QString sharedDir() {
    const QString configured = qEnvironmentVariable("REBOUND_SHARED_DIR");
    return QDir::cleanPath(configured.isEmpty() ? QStringLiteral(REBOUND_SHARED_DIR) : configured);
}

QString sharedPath(const QString& relative) {
    return sharedDir() + u'/' + relative;
}

QByteArray missingSharedMessage(const QString& path) {
    return (u"the shared corpus is missing: %1 does not exist (the corpora live in ../shared beside the "
            u"checkout, or where REBOUND_SHARED_DIR points)"_s.arg(QDir::toNativeSeparators(path)))
        .toLocal8Bit();
}

} // namespace rebound::lab
