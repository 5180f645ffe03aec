#include "core/message/route.h"

#include "core/dns/ipaddress.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound::message {
namespace {

// Comments removed (nesting bounded), returned apart so the client's address can be read from them.
QString stripComments(const QString& text, QStringList* comments) {
    QString out;
    QString comment;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'(') {
            if (depth++ > 0)
                comment += c;
            continue;
        }
        if (c == u')' && depth > 0) {
            if (--depth == 0) {
                comments->append(comment);
                comment.clear();
                out += u' ';
            } else {
                comment += c;
            }
            continue;
        }
        (depth > 0 ? comment : out) += c;
    }
    return out;
}

QDateTime parseDate(QString text) {
    QStringList ignored;
    text = stripComments(text, &ignored).simplified();
    QDateTime time = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!time.isValid()) {
        // Obsolete zone names (RFC 5322 4.3) and a missing weekday.
        static const QRegularExpression zone(u"\\s(UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT)$"_s);
        static const QHash<QString, QString> offsets{{u"UT"_s, u"+0000"_s},  {u"GMT"_s, u"+0000"_s},
                                                     {u"EST"_s, u"-0500"_s}, {u"EDT"_s, u"-0400"_s},
                                                     {u"CST"_s, u"-0600"_s}, {u"CDT"_s, u"-0500"_s},
                                                     {u"MST"_s, u"-0700"_s}, {u"MDT"_s, u"-0600"_s},
                                                     {u"PST"_s, u"-0800"_s}, {u"PDT"_s, u"-0700"_s}};
        const auto m = zone.match(text);
        if (m.hasMatch())
            text = text.left(m.capturedStart()) + u' ' + offsets.value(m.captured(1));
        time = QDateTime::fromString(text, Qt::RFC2822Date);
    }
    return time;
}

QString firstWordAfter(const QString& text, const QString& keyword) {
    const QRegularExpression re(u"(?:^|\\s)"_s + keyword + u"\\s+(\\S+)"_s,
                                QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString addressIn(const QString& text) {
    static const QRegularExpression bracketed(u"\\[(?:IPv6:)?([0-9A-Fa-f:.]+)\\]"_s);
    static const QRegularExpression bare(u"(?:^|[\\s(=])((?:\\d{1,3}\\.){3}\\d{1,3})(?=$|[\\s):\\]])"_s);
    for (const QRegularExpression* re : {&bracketed, &bare}) {
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const QString candidate = it.next().captured(1);
            if (const auto address = dns::parseIpAddress(candidate))
                return address->toString();
        }
    }
    return {};
}

bool isPublic(const QString& ip) {
    const auto address = dns::parseIpAddress(ip);
    return address && (!dns::specialPurposeReason(*address) || dns::isDocumentationRange(*address));
}

} // namespace

Hop parseReceived(const QString& value) {
    Hop hop;
    const QString text = value.left(8192);
    const qsizetype semicolon = text.lastIndexOf(u';');
    const QString clauses = semicolon < 0 ? text : text.left(semicolon);
    if (semicolon >= 0)
        hop.time = parseDate(text.mid(semicolon + 1));
    // The from clause runs to " by ": its comment holds what the receiver saw (rDNS [IP]).
    static const QRegularExpression byWord(u"\\sby\\s"_s, QRegularExpression::CaseInsensitiveOption);
    const auto byMatch = byWord.match(clauses);
    const QString fromPart = byMatch.hasMatch() ? clauses.left(byMatch.capturedStart()) : clauses;
    QStringList fromComments;
    const QString fromBare = stripComments(fromPart, &fromComments);
    hop.from = firstWordAfter(fromBare, u"from"_s);
    for (const QString& comment : fromComments) {
        if (hop.ip.isEmpty())
            hop.ip = addressIn(comment);
        if (hop.fromRdns.isEmpty()) {
            const QString word = comment.section(u' ', 0, 0, QString::SectionSkipEmpty);
            if (word.contains(u'.') && !word.startsWith(u'[') && !dns::parseIpAddress(word))
                hop.fromRdns = word;
        }
    }
    if (hop.ip.isEmpty())
        hop.ip = addressIn(fromBare);
    QStringList comments;
    const QString bare = stripComments(clauses, &comments);
    hop.by = firstWordAfter(bare, u"by"_s);
    hop.protocol = firstWordAfter(bare, u"with"_s);
    const QString protocol = hop.protocol.toUpper();
    hop.tls = protocol.endsWith(u"SMTPS"_s) || protocol.endsWith(u"SMTPSA"_s)
              || protocol.endsWith(u"LMTPS"_s) || protocol.endsWith(u"LMTPSA"_s);
    static const QRegularExpression tlsComment(u"\\b(TLSv?1[._]?[0-3]|version=TLS|using TLS|with cipher)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    for (const QString& comment : comments)
        hop.tls = hop.tls || tlsComment.match(comment).hasMatch();
    hop.publicIp = !hop.ip.isEmpty() && isPublic(hop.ip);
    return hop;
}

Route parseRoute(const RawMessage& message) {
    Route route;
    QList<int> indexes = message.indexesOf("received");
    if (indexes.size() > kMaxHops)
        indexes = indexes.first(kMaxHops);
    // Received fields are prepended: the bottom one is the oldest.
    for (auto it = indexes.crbegin(); it != indexes.crend(); ++it) {
        Hop hop = parseReceived(message.fields.at(*it).value());
        hop.fieldIndex = *it;
        if (!hop.time.isValid())
            ++route.unparsedDates;
        if (!route.hops.isEmpty() && hop.time.isValid() && route.hops.last().time.isValid())
            hop.delaySeconds = route.hops.last().time.secsTo(hop.time);
        if (route.firstExternal < 0 && hop.publicIp)
            route.firstExternal = int(route.hops.size());
        route.hops.append(hop);
    }
    return route;
}

} // namespace rebound::message
