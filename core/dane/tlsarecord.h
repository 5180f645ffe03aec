// A published TLSA record (RFC 6698), as DANE for SMTP (RFC 7672) uses it.
#pragma once

#include <QByteArray>
#include <QString>

namespace rebound::dane {

struct TlsaRecord {
    quint8 usage = 0;
    quint8 selector = 0;
    quint8 matchingType = 0;
    QByteArray data;
    QString toString() const; // "3 1 1 ab12..."
};

} // namespace rebound::dane
