#include "core/cli/output.h"

#include <cstdio>

namespace rebound::cli {

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

void printJson(const QJsonObject& object, bool compact) {
    out() << QString::fromUtf8(
        QJsonDocument(object).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (compact)
        out() << '\n';
    out().flush();
}

void writeBytes(QByteArrayView bytes) {
    out().flush();
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout);
}

void flushBytes() {
    std::fflush(stdout);
}

int fail(int code, const QString& message) {
    out().flush();
    err() << "rebound-cli: " << message << Qt::endl;
    return code;
}

} // namespace rebound::cli
