#include "core/message/dkimcanon.h"

#include "core/message/rawmessage.h"

namespace rebound::message {
namespace {

bool isWsp(char c) {
    return c == ' ' || c == '\t';
}

// Every run of WSP becomes one SP; WSP at the end is dropped.
void appendCompressed(QByteArray* out, QByteArrayView text) {
    bool pending = false;
    for (char c : text) {
        if (isWsp(c)) {
            pending = true;
            continue;
        }
        if (pending && !out->isEmpty())
            *out += ' ';
        pending = false;
        *out += c;
    }
}

} // namespace

QByteArray canonicalHeader(QByteArrayView rawField, Canon canon, bool withCrlf) {
    QByteArray out;
    if (canon == Canon::Simple) {
        out = rawField.toByteArray();
    } else {
        const qsizetype colon = rawField.indexOf(':');
        out = rawField.first(colon < 0 ? 0 : colon).trimmed().toByteArray().toLower();
        out += ':';
        const QByteArray value = unfold(rawField.sliced(colon + 1));
        QByteArray compressed;
        appendCompressed(&compressed, value);
        out += compressed;
    }
    if (withCrlf)
        out += "\r\n";
    return out;
}

QByteArray canonicalBody(QByteArrayView body, Canon canon) {
    QByteArray out;
    out.reserve(body.size() + 2);
    if (canon == Canon::Simple) {
        out = body.toByteArray();
    } else {
        qsizetype pos = 0;
        while (pos < body.size()) {
            qsizetype eol = body.indexOf("\r\n", pos);
            const bool last = eol < 0;
            if (last)
                eol = body.size();
            QByteArrayView line = body.sliced(pos, eol - pos);
            qsizetype end = line.size();
            while (end > 0 && isWsp(line[end - 1]))
                --end;
            line = line.first(end);
            bool pending = false;
            for (char c : line) {
                if (isWsp(c)) {
                    pending = true;
                    continue;
                }
                if (pending)
                    out += ' ';
                pending = false;
                out += c;
            }
            if (!last)
                out += "\r\n";
            pos = eol + 2;
        }
    }
    // Trailing empty lines go; a non-empty body ends with one CRLF.
    while (out.endsWith("\r\n\r\n"))
        out.chop(2);
    if (!out.isEmpty() && !out.endsWith("\r\n"))
        out += "\r\n";
    if (out == "\r\n" && canon == Canon::Relaxed)
        out.clear();
    if (out.isEmpty() && canon == Canon::Simple)
        out = "\r\n";
    return out;
}

} // namespace rebound::message
