#include "core/bounce/recipientblocks.h"

#include "core/bounce/smtpdetails.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace rebound::bounce {

namespace {

bool isLocalChar(QChar c) {
    if (c.unicode() >= 0x80)
        return c.isLetterOrNumber();
    return c.isLetterOrNumber() || QStringView(u".!#$%&'*+/=?^_`{|}~-").contains(c);
}

bool isDomainChar(QChar c) {
    if (c.unicode() >= 0x80)
        return c.isLetterOrNumber();
    return c.isLetterOrNumber() || c == u'.' || c == u'-';
}

// Address-type tags that Exchange and X.400 gateways write in front of an address ("SMTP=x@y").
constexpr std::array<QStringView, 4> kAddressTypeTags{u"smtp=", u"rfc822=", u"rfc-822=", u"internet="};

bool isLabelChar(QChar c) {
    return c.unicode() >= 0x80 ? c.isLetterOrNumber() : (c.isLetterOrNumber() || c == u'-');
}

// RFC 5321 address-literal: "[192.0.2.1]" or "[IPv6:2001:db8::1]" (the general form is not mail).
bool isAddressLiteral(QStringView domain) {
    if (!domain.startsWith(u'[') || !domain.endsWith(u']'))
        return false;
    QStringView inner = domain.sliced(1, domain.size() - 2);
    const bool v6 = inner.startsWith(u"IPv6:", Qt::CaseInsensitive);
    if (v6)
        inner = inner.sliced(5);
    return v6 == inner.contains(u':') && isPlausibleSender(inner);
}

} // namespace

bool isPlausibleAddress(QStringView address, DomainForm form) {
    const qsizetype at = address.lastIndexOf(u'@');
    const qsizetype domainSize = address.size() - at - 1;
    if (at <= 0 || at > 64 || domainSize < (form == DomainForm::Dotted ? 3 : 1) || domainSize > 255)
        return false;
    const QStringView local = address.first(at);
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u"..") || local.startsWith(u'/'))
        return false;
    for (const QChar c : local) {
        if (!isLocalChar(c))
            return false;
    }
    const QStringView domain = address.sliced(at + 1);
    if (form == DomainForm::AnyDomain && domain.startsWith(u'['))
        return isAddressLiteral(domain);
    int labels = 0;
    bool tldHasNonDigit = false;
    for (qsizetype start = 0; start <= domain.size();) {
        qsizetype dot = domain.indexOf(u'.', start);
        if (dot < 0)
            dot = domain.size();
        const QStringView label = domain.sliced(start, dot - start);
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        tldHasNonDigit = false;
        for (const QChar c : label) {
            if (!isLabelChar(c))
                return false;
            tldHasNonDigit |= !c.isDigit();
        }
        ++labels;
        start = dot + 1;
    }
    // A top-level domain is never all digits ("user@192.0.2.1" is not a mailbox name).
    return (labels >= 2 || form == DomainForm::AnyDomain) && tldHasNonDigit;
}

namespace {

// Role addresses that a bounce names for contact, never as the failed recipient.
bool isRoleAddress(const QString& address) {
    static const QStringList roles{u"postmaster@"_s, u"mailer-daemon@"_s, u"mailer_daemon@"_s,
                                   u"abuse@"_s,      u"noreply@"_s,       u"no-reply@"_s};
    for (const QString& role : roles) {
        if (address.startsWith(role))
            return true;
    }
    return false;
}

qsizetype lineStart(const QString& text, qsizetype pos, qsizetype from) {
    const qsizetype nl = text.lastIndexOf(u'\n', pos - 1 < 0 ? 0 : pos - 1);
    return qMax(from, nl < 0 ? qsizetype(0) : nl + 1);
}

// Text before the address on its line says it is the sender or a contact, not a recipient. "generated
// from" and "expanded from" name the address the failed one came from: a recipient, not a sender.
bool namedAsSender(QStringView before) {
    QStringView tail = before.right(24);
    if (tail.endsWith(u'<'))
        tail.chop(1);
    tail = tail.trimmed();
    if (tail.endsWith(u"generated from", Qt::CaseInsensitive)
        || tail.endsWith(u"expanded from", Qt::CaseInsensitive))
        return false;
    return tail.contains(u"mail from", Qt::CaseInsensitive) || tail.contains(u"from:", Qt::CaseInsensitive)
           || tail.contains(u"sender", Qt::CaseInsensitive)
           || tail.contains(u"envelope-from", Qt::CaseInsensitive)
           || tail.contains(u"return-path", Qt::CaseInsensitive)
           || tail.contains(u"reply-to", Qt::CaseInsensitive) || tail.endsWith(u"from <", Qt::CaseInsensitive)
           || tail.endsWith(u"from ", Qt::CaseInsensitive);
}

// Text before the address says whom to ask for help ("please contact <support@example.net>").
bool namedAsContact(QStringView before) {
    return before.right(24).contains(u"contact", Qt::CaseInsensitive);
}

// What may stand before a recipient that starts a line: nothing, "<", a quote, a bullet, "To:", or a
// reply code ("554 <user@example.org>... Host unknown").
bool looksLikeLineLead(QStringView before) {
    QStringView t = before.trimmed();
    // A quoted header line ("To: x@example.org") repeats an address; it does not list a new recipient.
    if (t.compare(u"to:", Qt::CaseInsensitive) == 0 || t.compare(u"cc:", Qt::CaseInsensitive) == 0
        || t.compare(u"to: <", Qt::CaseInsensitive) == 0 || t.compare(u"cc: <", Qt::CaseInsensitive) == 0)
        return false;
    if (t.size() >= 3 && t[0].isDigit() && t[1].isDigit() && t[2].isDigit())
        t = t.sliced(3).trimmed();
    // A session transcript names the recipient in the command it refused (">>> RCPT To:<x@example.org>").
    if (t.endsWith(u'<') && t.chopped(1).trimmed().endsWith(u"rcpt to:", Qt::CaseInsensitive))
        return true;
    return t.size() <= 2 || t.endsWith(u':');
}

// A line that starts the transcript of another SMTP session or another recipient's command: it ends
// the block before it (Sendmail: "While talking to mx.example.org:", ">>> RCPT To:<y@example.org>").
bool startsTranscriptStep(QStringView line) {
    const QStringView t = line.trimmed();
    return t.startsWith(u"while talking to ", Qt::CaseInsensitive)
           || t.startsWith(u">>> rcpt to:", Qt::CaseInsensitive);
}

qsizetype leadingSpaces(QStringView line) {
    qsizetype n = 0;
    while (n < line.size() && (line[n] == u' ' || line[n] == u'\t'))
        ++n;
    return n;
}

bool isBlank(QStringView line) {
    return line.trimmed().isEmpty();
}

// True when the paragraph after the blank line at pos (up to the next blank line) holds an '@'.
bool nextParagraphNamesAddress(const QString& text, qsizetype pos, qsizetype to) {
    while (pos < to && text.at(pos).isSpace())
        ++pos;
    const qsizetype blank = text.indexOf(u"\n\n", pos);
    const qsizetype end = blank < 0 ? to : qMin(to, blank);
    return QStringView(text).sliced(pos, end - pos).contains(u'@');
}

// True when text holds something that looks like an SMTP reply code (a 4xx or 5xx number standing alone).
bool holdsReplyCode(QStringView text) {
    for (qsizetype i = 0; i + 2 < text.size(); ++i) {
        const QChar c = text[i];
        if ((c == u'4' || c == u'5') && text[i + 1].isDigit() && text[i + 2].isDigit()
            && (i == 0 || !text[i - 1].isLetterOrNumber())
            && (i + 3 == text.size() || !text[i + 3].isLetterOrNumber()))
            return true;
    }
    return false;
}

} // namespace

QList<AddressHit> findAddresses(const QString& text, qsizetype from, qsizetype to, int maxHits,
                                DomainForm form) {
    QList<AddressHit> hits;
    to = qMin(to, text.size());
    qsizetype pos = from;
    while (pos < to && hits.size() < maxHits) {
        const qsizetype at = text.indexOf(u'@', pos);
        if (at < 0 || at >= to)
            break;
        qsizetype start = at;
        while (start > from && at - start < 128 && isLocalChar(text.at(start - 1)))
            --start;
        qsizetype end = at + 1;
        while (end < to && end - at < 256 && isDomainChar(text.at(end)))
            ++end;
        while (end > at + 1 && (text.at(end - 1) == u'.' || text.at(end - 1) == u'-'))
            --end;
        // A quote before the address delimits it ('user@example.org'); a tag names its type.
        while (start < at && (text.at(start) == u'.' || text.at(start) == u'\'' || text.at(start) == u'`'))
            ++start;
        for (const QStringView tag : kAddressTypeTags) {
            if (QStringView(text).sliced(start, at - start).startsWith(tag, Qt::CaseInsensitive))
                start += tag.size();
        }
        if (start < at && isPlausibleAddress(QStringView(text).sliced(start, end - start), form))
            hits.append({text.sliced(start, end - start).toLower(), start, end - start});
        pos = qMax(end, at + 1);
    }
    return hits;
}

QList<RecipientBlock> findRecipientBlocks(const QString& text, qsizetype from, qsizetype to,
                                          const QStringList& ignore, int maxRecipients) {
    QList<RecipientBlock> blocks;
    to = qMin(to, text.size());
    const QList<AddressHit> hits = findAddresses(text, from, to, 4 * maxRecipients);
    // An address named once as the one to contact is a helpdesk wherever else it stands.
    QStringList contacts;
    for (const AddressHit& hit : hits) {
        const qsizetype start = lineStart(text, hit.offset, from);
        if (namedAsContact(QStringView(text).sliced(start, hit.offset - start))
            && !contacts.contains(hit.address))
            contacts.append(hit.address);
    }
    qsizetype coveredUntil = from; // text already inside a block
    for (const AddressHit& hit : hits) {
        if (blocks.size() >= maxRecipients)
            break;
        if (ignore.contains(hit.address) || isRoleAddress(hit.address) || contacts.contains(hit.address))
            continue;
        const qsizetype start = lineStart(text, hit.offset, from);
        const QStringView before = QStringView(text).sliced(start, hit.offset - start);
        if (namedAsSender(before))
            continue;
        // Inside another recipient's block, an address only repeats or explains that recipient,
        // unless it stands at the start of its line (a list of recipients).
        const bool atLineStart = looksLikeLineLead(before);
        if (hit.offset < coveredUntil && !atLineStart)
            continue;

        // The block: this line and the non-blank lines after it, up to the next line that starts with
        // another address. A block with nothing but the address takes the next paragraph too.
        qsizetype blockEnd = start;
        const qsizetype firstIndent = leadingSpaces(QStringView(text).sliced(start, hit.offset - start));
        int lines = 0;
        int paragraphs = 0;
        qsizetype pos = start;
        while (pos < to && lines < 40 && blockEnd - start < 4000) {
            qsizetype eol = text.indexOf(u'\n', pos);
            if (eol < 0 || eol > to)
                eol = to;
            const QStringView line = QStringView(text).sliced(pos, eol - pos);
            if (isBlank(line)) {
                const QStringView sofar = QStringView(text).sliced(start, blockEnd - start);
                const bool onlyAddress = sofar.trimmed().size() <= hit.length + 4;
                // "There was an error delivering your mail to <x@example.org>." and no reply: the
                // server's answer follows in the next paragraph, unless that one names an address
                // (another recipient's fields).
                if (paragraphs >= 1
                    || (!onlyAddress && (holdsReplyCode(sofar) || nextParagraphNamesAddress(text, eol, to))))
                    break;
                ++paragraphs;
                pos = eol + 1;
                continue;
            }
            if (lines > 0) {
                if (line.trimmed().startsWith(u"--") || startsTranscriptStep(line))
                    break;
                // Another recipient at the same or a lesser indent ends this block.
                const qsizetype indent = leadingSpaces(line);
                QStringView t = line.trimmed();
                if (t.size() > 4 && t[0].isDigit() && t[1].isDigit() && t[2].isDigit() && t[3] == u' ')
                    t = t.sliced(4);
                if (t.startsWith(u'<') || t.startsWith(u'"'))
                    t = t.sliced(1);
                const qsizetype at = t.indexOf(u'@');
                const qsizetype space = t.indexOf(u' ');
                if (indent <= firstIndent && at > 0 && (space < 0 || at < space))
                    break;
            }
            blockEnd = eol;
            ++lines;
            pos = eol + 1;
        }
        coveredUntil = qMax(coveredUntil, blockEnd);

        auto existing = std::find_if(blocks.begin(), blocks.end(), [&](const RecipientBlock& b) {
            return b.address.address == hit.address;
        });
        if (existing != blocks.end()) {
            if (existing->spans.size() < 3)
                existing->spans.append({start, blockEnd - start});
            continue;
        }
        RecipientBlock block;
        block.address = hit;
        block.spans.append({start, blockEnd - start});
        blocks.append(block);
    }
    return blocks;
}

} // namespace rebound::bounce
