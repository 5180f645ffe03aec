#include "core/smtp/smtpreply.h"

namespace rebound::smtp {

QByteArray SmtpReply::joinedText() const {
    return lines.join(' ');
}

QList<QByteArray> SmtpReply::wireLines() const {
    QList<QByteArray> out;
    const QByteArray number = QByteArray::number(code);
    for (qsizetype i = 0; i < lines.size(); ++i)
        out << number + (i + 1 < lines.size() ? '-' : ' ') + lines.at(i);
    return out;
}

} // namespace rebound::smtp
