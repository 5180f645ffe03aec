#include "core/dns/dnsname.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace rebound::dns {
namespace {

bool fail(QString* error, const QString& message) {
    if (error)
        *error = message;
    return false;
}

// Splits a presentation-form name into labels, honouring "\." and "\DDD" escapes; returns the wire
// length of each label.
bool labelLengths(const QString& name, QList<int>* lengths, QString* error) {
    int current = 0;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == u'\\') {
            if (i + 3 < name.size() + 0 && name.at(i + 1).isDigit()) {
                i += 3;
            } else {
                ++i;
            }
            if (i >= name.size())
                return fail(error, u"name ends with a lone backslash"_s);
            ++current;
        } else if (c == u'.') {
            if (current == 0)
                return fail(error, u"name has an empty label (two dots in a row)"_s);
            lengths->append(current);
            current = 0;
        } else {
            current += c.unicode() < 0x80 ? 1 : QString(c).toUtf8().size();
        }
    }
    if (current > 0)
        lengths->append(current);
    return true;
}

} // namespace

std::optional<QString> normalizeDomainName(const QString& input, QString* error) {
    QString name = input.trimmed();
    if (name.isEmpty()) {
        fail(error, u"no domain name given"_s);
        return std::nullopt;
    }
    if (name == u".")
        return u""_s;
    if (name.contains(QChar(0))) {
        fail(error, u"a NUL byte cannot be sent in a query"_s);
        return std::nullopt;
    }
    if (name.endsWith(u'.') && !name.endsWith(u"\\."))
        name.chop(1);
    // IDN to ACE, when the name is plain Unicode text without escapes or spaces.
    bool ascii = true;
    for (const QChar c : std::as_const(name))
        ascii = ascii && c.unicode() < 0x80;
    if (!ascii && !name.contains(u'\\') && !name.contains(u' ')) {
        const QByteArray ace = QUrl::toAce(name);
        if (!ace.isEmpty())
            name = QString::fromLatin1(ace);
    }
    QList<int> lengths;
    if (!labelLengths(name, &lengths, error))
        return std::nullopt;
    int wire = 1;
    for (const int length : std::as_const(lengths)) {
        if (length > 63) {
            fail(error, u"a label is longer than 63 octets"_s);
            return std::nullopt;
        }
        wire += length + 1;
    }
    if (wire > 255) {
        fail(error, u"the name is longer than 255 octets"_s);
        return std::nullopt;
    }
    return name;
}

bool isHostName(const QString& name) {
    if (name.isEmpty() || name.size() > 253)
        return false;
    for (const QString& label : name.split(u'.')) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
                            || u == u'-' || u == u'_';
            if (!ok)
                return false;
        }
    }
    return true;
}

} // namespace rebound::dns
