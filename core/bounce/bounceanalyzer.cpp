#include "core/bounce/bounceanalyzer.h"

#include "core/bounce/bounceknowledge.h"
#include "core/bounce/dsnfields.h"
#include "core/bounce/inputbytes.h"
#include "core/bounce/mimeparser.h"
#include "core/bounce/recipientblocks.h"
#include "core/bounce/recipientfacts.h"
#include "core/bounce/smtpdetails.h"
#include "core/bounce/textmatch.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rebound::bounce {

namespace {

constexpr qsizetype kErrorSectionChars = 256 * 1024; // of each body part, searched for recipients
constexpr qsizetype kContextChars = 2000;            // general error text read for missing facts
constexpr qsizetype kListMarkerChars = 8 * 1024;     // of each section, searched for a recipient list
constexpr int kMaxLogLines = 200000;

QString firstAddress(const QString& value) {
    const QList<AddressHit> hits = findAddresses(value, 0, value.size(), 1);
    return hits.isEmpty() ? QString() : hits.first().address;
}

// What a Reporting-MTA or Remote-MTA field names: the host, without the comment after it or a
// trailing dot, and its address when the field gives one ("dns; mx.example.jp. (198.51.100.25, the
// server for the domain example.jp.)", "mx.example.org [192.0.2.95]", "dns; [192.0.2.95]").
struct MtaField {
    QString host;
    QString address;
    QString name() const { return host.isEmpty() ? address : host; }
};

MtaField parseMtaField(const QString& value) {
    QString v = stripAddressType(value);
    QString comment;
    for (qsizetype i = 1; i < v.size(); ++i) {
        if ((v.at(i) == u'(' || v.at(i) == u'[') && v.at(i - 1).isSpace()) {
            comment = v.sliced(i + 1);
            v.truncate(i);
            break;
        }
    }
    v = v.trimmed();
    if (v.endsWith(u'.'))
        v.chop(1);
    MtaField f;
    const QString literal = v.startsWith(u'[') && v.endsWith(u']') ? v.sliced(1, v.size() - 2) : v;
    if (isPlausibleSender(literal)) {
        f.address = literal;
        return f;
    }
    f.host = v;
    qsizetype end = 0;
    while (end < comment.size() && !comment.at(end).isSpace()
           && !QStringView(u",)]").contains(comment.at(end)))
        ++end;
    if (isPlausibleSender(QStringView(comment).first(end)))
        f.address = comment.first(end);
    return f;
}

bool containsAnyWord(const QString& haystack, const QStringList& needles) {
    for (const QString& needle : needles) {
        if (haystack.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The earliest "here comes the returned message" marker in text[offset, offset+length), or -1.
qsizetype findOriginalMarker(const BounceKnowledge& k, const QString& text, qsizetype offset,
                             qsizetype length) {
    const QStringView view = QStringView(text).sliced(offset, length);
    auto it = allMatches(k.originalMarker, view);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() > 0)
            return offset + m.capturedStart();
    }
    return -1;
}

// Appends text[offset, offset+length) to slice without its DSN field lines ("Final-Recipient: ...",
// "Action: failed" and their continuation lines): the server's words are its reply, not the fields
// that the reporting MTA wrote around it (those are read as fields).
void appendProse(const BounceKnowledge& k, TextSlice& slice, const QString& text, qsizetype offset,
                 qsizetype length) {
    const qsizetype end = offset + length;
    qsizetype runStart = offset;
    bool skipping = false;
    for (qsizetype pos = offset; pos < end;) {
        qsizetype eol = text.indexOf(u'\n', pos);
        if (eol < 0 || eol > end)
            eol = end;
        const QStringView line = QStringView(text).sliced(pos, eol - pos);
        const bool continuation = !line.isEmpty() && (line.front() == u' ' || line.front() == u'\t');
        const qsizetype colon = line.indexOf(u':');
        const bool field =
            colon > 0 && colon < 32 && k.dsnFieldNames.contains(line.first(colon).toString().toLower());
        if (field || (skipping && continuation)) {
            if (!skipping && pos > runStart)
                slice.append(text, runStart, pos - runStart);
            skipping = true;
        } else if (skipping) {
            skipping = false;
            runStart = pos;
        }
        pos = eol + 1;
    }
    if (!skipping && end > runStart)
        slice.append(text, runStart, end - runStart);
}

struct Section {
    qsizetype offset = 0;
    qsizetype length = 0;
};

// Whether anything says the delivery to this recipient failed: a status, a reply code or a reason
// that words, a code or a stage named ("onhold" and "undefined" say nothing was recognised).
bool failureIsNamed(const BounceRecipient& r) {
    return !r.status.isEmpty() || r.replyCode != 0 || (r.reason != u"onhold" && r.reason != u"undefined");
}

// A plain-text notice that says it is only a warning (formats.json delay_markers) delays its
// recipients: "delayed", else no action.
QString delayedIfWarning(const BounceKnowledge& k, const QString& words) {
    return k.delayMarkers.findAll(words, 1).empty() ? QString() : u"delayed"_s;
}

// A recipient named by a block of text: its address (with evidence) and action; the block's lines
// become its own words in sources.
BounceRecipient recipientOfBlock(const QString& text, const RecipientBlock& block, const QString& action,
                                 FactSources& sources) {
    BounceRecipient r;
    r.recipient = block.address.address;
    r.action = action;
    r.evidence.append({block.address.offset, block.address.length, u"recipient"_s});
    for (const auto& [offset, length] : block.spans)
        sources.own.append(text, offset, length);
    return r;
}

class MessageAnalyzer final {
public:
    MessageAnalyzer(const BounceKnowledge& k, BounceAnalysis& out)
        : m_k(k)
        , m_out(out) {}

    void run(QByteArrayView bytes, qsizetype headerStart) {
        m_parsed = parseMessage(bytes, headerStart);
        m_out.text = m_parsed.text;
        m_out.warnings += m_parsed.warnings;
        m_out.bounceFrom = m_parsed.headers.value("from");
        m_out.bounceSubject = m_parsed.headers.value("subject");
        m_out.bounceTo = m_parsed.headers.value("to");
        findErrorSections();
        fillOriginalHeaders();

        if (isFeedbackReport()) {
            m_out.kind = InputKind::FeedbackReport;
            addFeedbackRecipients();
            return;
        }
        const bool bounceLike = isBounceLike();
        if (!bounceLike && isAutoReply()) {
            m_out.kind = InputKind::AutoReply;
            addAutoReplyRecipient();
            return;
        }
        buildContext();
        const bool dsn = addDsnRecipients();
        if (!dsn)
            addPlainRecipients(bounceLike);
        if (m_out.recipients.isEmpty())
            m_out.kind = InputKind::Unrecognised;
        else
            m_out.kind = dsn ? InputKind::DsnMessage : InputKind::PlainNdr;
    }

private:
    const QString& text() const { return m_out.text; }

    void findErrorSections() {
        for (const MimePart& part : m_parsed.parts) {
            if (part.role != PartRole::Body)
                continue;
            const qsizetype length = qMin(part.length, kErrorSectionChars);
            const qsizetype marker = findOriginalMarker(m_k, text(), part.offset, length);
            if (marker >= 0) {
                m_sections.append({part.offset, marker - part.offset});
                if (!m_parsed.hasOriginal)
                    parseInlineOriginal(marker, part.offset + part.length);
                break; // what follows the marker is the returned message
            }
            m_sections.append({part.offset, length});
        }
    }

    // Non-MIME bounces quote the returned message's headers after the marker line.
    void parseInlineOriginal(qsizetype marker, qsizetype end) {
        // A marker pattern's leading \s* may have matched the blank lines before the marker line.
        while (marker < end && text().at(marker).isSpace())
            ++marker;
        qsizetype pos = text().indexOf(u'\n', marker);
        if (pos < 0 || pos >= end)
            return;
        ++pos;
        while (pos < end && text().at(pos) == u'\n')
            ++pos;
        const QByteArray bytes =
            QStringView(text()).sliced(pos, qMin<qsizetype>(end - pos, 64 * 1024)).toUtf8();
        if (!looksLikeHeaderBlock(bytes))
            return;
        const HeaderBlock headers = parseHeaderBlock(bytes, 300);
        if (headers.fields.size() >= 2) {
            m_parsed.originalHeaders = headers;
            m_parsed.hasOriginal = true;
        }
    }

    void fillOriginalHeaders() {
        if (!m_parsed.hasOriginal)
            return;
        const HeaderBlock& h = m_parsed.originalHeaders;
        OriginalHeaders& o = m_out.original;
        o.present = true;
        o.bytes = m_parsed.originalBytes;
        o.headersOnly = m_parsed.originalHeadersOnly;
        o.from = h.value("from");
        o.to = h.value("to");
        o.subject = h.value("subject");
        o.messageId = h.value("message-id");
        const QString dkim = h.value("dkim-signature");
        if (!dkim.isEmpty()) {
            static const QRegularExpression tagD(u"(?:^|;)\\s*d\\s*=\\s*([^;\\s]+)"_s);
            static const QRegularExpression tagS(u"(?:^|;)\\s*s\\s*=\\s*([^;\\s]+)"_s);
            o.dkimDomain = firstMatch(tagD, dkim).captured(1);
            o.dkimSelector = firstMatch(tagS, dkim).captured(1);
        }
        o.authenticationResults = h.values("authentication-results");
        o.received = h.values("received");
    }

    QStringList ignoredAddresses() const {
        QStringList ignore;
        for (const QString& v :
             {m_parsed.headers.value("from"), m_parsed.headers.value("to"),
              m_parsed.originalHeaders.value("from"), m_parsed.originalHeaders.value("return-path")}) {
            const QString a = firstAddress(v);
            if (!a.isEmpty())
                ignore.append(a);
        }
        return ignore;
    }

    bool isFeedbackReport() {
        if (m_parsed.reportType == u"feedback-report")
            return true;
        for (const MimePart& part : m_parsed.parts) {
            if (part.role == PartRole::FeedbackReport)
                return true;
        }
        // Complaint formats that are not RFC 5965 (Hotmail JMRP, Apple's unsubscribe): a marking header.
        QList<QStringView> headerTexts{QStringView(text()).first(headerEnd())};
        for (const MimePart& part : m_parsed.parts) {
            if (part.role == PartRole::OriginalHeaders)
                headerTexts.append(QStringView(text()).sliced(part.offset, part.length));
        }
        // One pass over each header block says whether any signal occurs (almost never); only then
        // are they tried one by one, in their order.
        if (m_k.feedbackSignals.isEmpty()
            || std::none_of(headerTexts.begin(), headerTexts.end(), [&](QStringView headers) {
                   return firstMatch(m_k.anyFeedbackSignal, headers).hasMatch();
               }))
            return false;
        for (const auto& [pattern, type] : m_k.feedbackSignals) {
            for (const QStringView headers : headerTexts) {
                if (firstMatch(pattern, headers).hasMatch()) {
                    m_feedbackType = type;
                    return true;
                }
            }
        }
        return false;
    }

    bool isBounceLike() const {
        if (m_parsed.reportType == u"delivery-status")
            return true;
        for (const MimePart& part : m_parsed.parts) {
            if (part.role == PartRole::DeliveryStatus)
                return true;
        }
        const QString from = m_parsed.headers.value("from").toLower();
        return containsAnyWord(from, m_k.bounceSenders)
               || containsAnyWord(m_out.bounceSubject, m_k.bounceSubjects);
    }

    // Where the bounce's own header block ends in the text.
    qsizetype headerEnd() const {
        const qsizetype end = m_parsed.parts.isEmpty() ? text().size() : m_parsed.parts.first().offset;
        return qMin(end, text().size());
    }

    bool isAutoReply() const {
        const QStringView headers = QStringView(text()).first(headerEnd());
        for (const QRegularExpression& re : m_k.autoReplyHeaders) {
            if (firstMatch(re, headers).hasMatch())
                return true;
        }
        for (const QRegularExpression& re : m_k.autoReplySubjects) {
            if (firstMatch(re, m_out.bounceSubject).hasMatch())
                return true;
        }
        return false;
    }

    void buildContext() {
        for (const Section& s : m_sections) {
            const qsizetype room = kContextChars - m_context.flat().size();
            if (room <= 0)
                break;
            m_context.append(text(), s.offset, qMin(s.length, room));
        }
    }

    // When a recipient read from text is kept: always; when something says its delivery failed (a
    // status, a reply code or a known reason); only when a status or reply code answers for it.
    enum class Keep { Always, IfFailureNamed, IfAnswered };

    // Reads the recipient's facts and adds it, if keep allows.
    void finish(BounceRecipient& r, FactSources& sources, Keep keep = Keep::Always) {
        sources.context = m_context;
        sources.contextShared = m_contextShared;
        fillRecipientFacts(m_k, r, sources);
        if (keep == Keep::IfFailureNamed && !failureIsNamed(r))
            return;
        if (keep == Keep::IfAnswered && r.status.isEmpty() && r.replyCode == 0)
            return;
        if (m_out.recipients.size() < kMaxRecipients)
            m_out.recipients.append(r);
    }

    void addFeedbackRecipients() {
        for (const MimePart& part : m_parsed.parts) {
            if (part.role != PartRole::FeedbackReport)
                continue;
            const QList<DsnGroup> groups = parseDsnGroups(text(), part.offset, part.length);
            DsnGroup all;
            for (const DsnGroup& g : groups)
                all.fields += g.fields;
            QStringList recipients;
            QList<const DsnField*> fields;
            for (const DsnField& f : all.fields) {
                if (f.name == u"original-rcpt-to" || f.name == u"removal-recipient") {
                    recipients.append(stripAddressType(f.value));
                    fields.append(&f);
                }
            }
            if (recipients.isEmpty()) {
                recipients.append(firstAddress(m_parsed.originalHeaders.value("to")));
                fields.append(nullptr);
            }
            const DsnField* type = all.field(u"feedback-type");
            const QString reportingMta = parseMtaField(all.value(u"reporting-mta")).name();
            // RFC 6591's Source-IP, when it is one (a redacted report writes "XXX.XXX.XXX.XXX").
            const DsnField* sourceIp = all.field(u"source-ip");
            const QString senderIp = sourceIp ? sourceIp->value.section(u' ', 0, 0) : QString();
            if (!isPlausibleSender(senderIp))
                sourceIp = nullptr;
            for (qsizetype i = 0; i < recipients.size() && i < kMaxRecipients; ++i) {
                BounceRecipient r;
                r.recipient = recipients.at(i);
                r.reason = u"feedback"_s;
                r.feedbackType = type ? type->value.toLower() : QString();
                r.reportingMta = reportingMta;
                if (fields.at(i))
                    r.evidence.append({fields.at(i)->offset, fields.at(i)->length, u"recipient"_s});
                if (type)
                    r.evidence.append({type->offset, type->length, u"reason"_s});
                if (sourceIp) {
                    r.senderIp = senderIp;
                    r.evidence.append({sourceIp->offset, sourceIp->length, u"sender_ip"_s});
                }
                r.diagnostic = all.value(u"user-agent");
                m_out.recipients.append(r);
            }
        }
        if (m_out.recipients.isEmpty()) {
            BounceRecipient r;
            for (const QByteArray& header : m_k.feedbackRecipientHeaders) {
                if (r.recipient.isEmpty())
                    r.recipient = firstAddress(m_parsed.originalHeaders.value(header.constData()));
            }
            if (r.recipient.isEmpty())
                r.recipient = firstAddress(m_parsed.originalHeaders.value("to"));
            if (r.recipient.isEmpty())
                r.recipient = firstAddress(m_parsed.headers.value("from"));
            r.reason = u"feedback"_s;
            r.feedbackType = m_feedbackType;
            m_out.recipients.append(r);
        }
    }

    void addAutoReplyRecipient() {
        BounceRecipient r;
        r.recipient = firstAddress(m_parsed.headers.value("from"));
        r.reason = u"vacation"_s;
        r.diagnostic = m_out.bounceSubject;
        for (const Section& s : m_sections) {
            r.diagnostic += u' '
                            + QStringView(text())
                                  .sliced(s.offset, qMin<qsizetype>(s.length, 500))
                                  .toString()
                                  .simplified();
            break;
        }
        r.diagnostic = r.diagnostic.trimmed();
        m_out.recipients.append(r);
    }

    // The plain-text block for each address named in the error sections.
    QList<RecipientBlock> textBlocks(const QStringList& ignore) const {
        QList<RecipientBlock> blocks;
        for (const Section& s : m_sections) {
            // Where the section says "the following recipients": the list starts there.
            qsizetype from = s.offset;
            // It stands near the top: the rest of a long section is not scanned for it. Every marker
            // says "following", which a plain search finds (or rules out) fastest.
            const QStringView head = QStringView(text()).sliced(s.offset, qMin(s.length, kListMarkerChars));
            const qsizetype following = head.indexOf(u"following", 0, Qt::CaseInsensitive);
            if (following >= 0) {
                const qsizetype lead = qMax<qsizetype>(0, following - 40);
                const auto marker = m_k.recipientListMarkers.findAll(head.sliced(lead), 1);
                if (!marker.empty())
                    from = s.offset + lead + marker.front().end;
            }
            blocks += findRecipientBlocks(text(), from, s.offset + s.length, ignore, kMaxRecipients);
        }
        return blocks;
    }

    // Sendmail lists the address an alias expanded to with "(expanded from: <alias>)" under it, and its
    // transcript names the alias ("554 Too many hops ... to alias"): the alias's block is the expanded
    // address's failure too, and the alias its original recipient. The alias's own block, when the text
    // lists it as a recipient as well, is left as it is.
    const RecipientBlock* expandedFrom(const QList<RecipientBlock>& blocks,
                                       const RecipientBlock& block) const {
        for (const auto& [offset, length] : block.spans) {
            const qsizetype at =
                QStringView(text()).sliced(offset, length).indexOf(u"expanded from", 0, Qt::CaseInsensitive);
            if (at < 0)
                continue;
            const QList<AddressHit> named = findAddresses(text(), offset + at, offset + length, 1);
            if (named.isEmpty())
                return nullptr;
            const RecipientBlock* alias = blockFor(blocks, named.first().address, {});
            return alias != &block ? alias : nullptr;
        }
        return nullptr;
    }

    static const RecipientBlock* blockFor(const QList<RecipientBlock>& blocks, const QString& a,
                                          const QString& b) {
        for (const RecipientBlock& block : blocks) {
            if (block.address.address.compare(a, Qt::CaseInsensitive) == 0
                || (!b.isEmpty() && block.address.address.compare(b, Qt::CaseInsensitive) == 0))
                return &block;
        }
        return nullptr;
    }

    // The delivery-status groups: of the message/delivery-status parts, else written into the text.
    QList<DsnGroup> dsnGroups() const {
        QList<DsnGroup> groups;
        for (const MimePart& part : m_parsed.parts) {
            if (part.role == PartRole::DeliveryStatus)
                groups += parseDsnGroups(text(), part.offset, part.length, kMaxRecipients + 2);
        }
        if (groups.isEmpty()) {
            // Some MTAs write the delivery-status fields into the text itself.
            for (const Section& s : m_sections) {
                for (const DsnGroup& g : parseDsnGroups(text(), s.offset, s.length, kMaxRecipients + 2)) {
                    if (g.field(u"final-recipient") && (g.field(u"status") || g.field(u"diagnostic-code")))
                        groups.append(g);
                    else if (g.field(u"reporting-mta"))
                        groups.append(g);
                }
            }
        }
        return groups;
    }

    // A recipient's structured fields: recipient (or a warning when the group names no mailbox),
    // original recipient, action, status and the remote and reporting MTAs.
    BounceRecipient dsnRecipient(const DsnGroup& g, const DsnField* finalRcpt, const DsnField* originalRcpt,
                                 const DsnField* anyRcpt, const QString& reportingMta,
                                 const QString& messageRemoteMta) {
        BounceRecipient r;
        if (const DsnField* rcptField = finalRcpt ? finalRcpt : originalRcpt) {
            r.recipient = stripAddressType(rcptField->value);
            r.evidence.append({rcptField->offset, rcptField->length, u"recipient"_s});
        } else {
            m_out.warnings.append(
                u"A delivery-status group names no mailbox address as its recipient: %1"_s.arg(
                    stripAddressType(anyRcpt->value).left(200)));
        }
        if (originalRcpt)
            r.originalRecipient = stripAddressType(originalRcpt->value);
        r.action = g.value(u"action").section(u' ', 0, 0).toLower();
        if (const DsnField* status = g.field(u"status")) {
            r.status = status->value.section(u' ', 0, 0).section(u'(', 0, 0).trimmed();
            if (!r.status.isEmpty())
                r.evidence.append({status->offset, qMin(status->length, r.status.size()), u"status"_s});
        }
        const MtaField remote =
            parseMtaField(g.value(u"remote-mta").isEmpty() ? messageRemoteMta : g.value(u"remote-mta"));
        r.remoteMta = remote.host;
        r.remoteIp = remote.address;
        r.reportingMta = reportingMta;
        return r;
    }

    // Where a DSN recipient's facts are read: its Diagnostic-Code (whose type goes to r), its block of
    // lines in the text and the comment of its Status: field.
    FactSources dsnSources(const DsnGroup& g, BounceRecipient& r, const QList<RecipientBlock>& blocks) const {
        FactSources sources;
        if (const DsnField* diag = g.field(u"diagnostic-code")) {
            const qsizetype semicolon = diag->value.indexOf(u';');
            qsizetype skip = 0;
            if (semicolon > 0 && semicolon < 16) {
                r.diagnosticType = diag->value.first(semicolon).trimmed().toLower();
                const qsizetype rawSemicolon = text().indexOf(u';', diag->offset);
                if (rawSemicolon >= 0 && rawSemicolon < diag->offset + diag->length)
                    skip = rawSemicolon + 1 - diag->offset;
            }
            sources.own.append(text(), diag->offset + skip, diag->length - skip);
            sources.diagnosticCodeLength = sources.own.flat().size();
        }
        if (const RecipientBlock* block = blockFor(blocks, r.recipient, r.originalRecipient)) {
            for (const auto& [offset, length] : block->spans)
                appendProse(m_k, sources.own, text(), offset, length);
        }
        // "Status: 5.2.1 (mailbox disabled, not accepting messages)": the reporting MTA's comment
        // says what it made of the reply, and is read like the rest of the diagnostic.
        if (const DsnField* status = g.field(u"status")) {
            const QStringView raw = QStringView(text()).sliced(status->offset, status->length);
            const qsizetype open = raw.indexOf(u'(');
            const qsizetype close = raw.lastIndexOf(u')');
            // Some MTAs write the server's reply where RFC 3464 wants the status code ("Status: 553
            // Exceeded maximum inbound message size"): then the whole field is the server's words.
            const bool replyInStatus = raw.size() > 4 && raw.first(3).toInt() >= 200
                                       && raw.first(3).toInt() < 600
                                       && (raw.at(3) == u' ' || raw.at(3) == u'-');
            if (replyInStatus)
                sources.own.append(text(), status->offset, status->length);
            else if (open > 0 && close > open + 1)
                sources.own.append(text(), status->offset + open + 1, close - open - 1);
        }
        return sources;
    }

    bool addDsnRecipients() {
        const QList<DsnGroup> groups = dsnGroups();
        QString reportingMta;
        QString messageRemoteMta;
        bool any = false;
        const QList<RecipientBlock> blocks = textBlocks(ignoredAddresses());
        int recipientGroups = 0;
        for (const DsnGroup& g : groups)
            recipientGroups += g.field(u"final-recipient") || g.field(u"original-recipient")
                               || g.field(u"x-actual-recipient");
        m_contextShared = recipientGroups > 1;
        for (const DsnGroup& g : groups) {
            const DsnField* finalRcpt = g.field(u"final-recipient");
            const DsnField* originalRcpt = g.field(u"original-recipient");
            if (!finalRcpt)
                finalRcpt = g.field(u"x-actual-recipient");
            if (const QString v = parseMtaField(g.value(u"reporting-mta")).name(); !v.isEmpty())
                reportingMta = v;
            if (!finalRcpt && !originalRcpt) {
                if (const QString v = g.value(u"remote-mta"); !v.isEmpty())
                    messageRemoteMta = v;
                continue;
            }
            // A Final-Recipient that is no mailbox address (an X.400 string, an abbreviation such as
            // "david...@gmail.com") yields to a valid Original-Recipient. With neither valid, the group
            // names no recipient, but its failure (status, diagnostic) is still read: a hostile or
            // mangled address must not hide the reply.
            const DsnField* anyRcpt = finalRcpt ? finalRcpt : originalRcpt;
            const QString finalAddress = finalRcpt ? stripAddressType(finalRcpt->value) : QString();
            const QString originalAddress = originalRcpt ? stripAddressType(originalRcpt->value) : QString();
            // A Final-Recipient on a single-label domain (an MTA's internal channel: Sun Messaging
            // Server's "user@ims-ms-daemon") yields to an Original-Recipient with a full domain.
            const bool originalIsFull = isPlausibleAddress(originalAddress, DomainForm::Dotted);
            if (!isPlausibleAddress(finalAddress, DomainForm::AnyDomain)
                || (originalIsFull && !isPlausibleAddress(finalAddress, DomainForm::Dotted)))
                finalRcpt = nullptr;
            if (!originalIsFull && !isPlausibleAddress(originalAddress, DomainForm::AnyDomain))
                originalRcpt = nullptr;
            const bool failureStated = g.field(u"status") || g.field(u"diagnostic-code");
            if (!finalRcpt && !originalRcpt && !failureStated)
                continue;
            if (m_out.recipients.size() >= kMaxRecipients) {
                m_out.warnings.append(recipientCapWarning());
                break;
            }
            any = true;
            BounceRecipient r =
                dsnRecipient(g, finalRcpt, originalRcpt, anyRcpt, reportingMta, messageRemoteMta);
            FactSources sources = dsnSources(g, r, blocks);
            finish(r, sources);
        }
        return any;
    }

    void addPlainRecipients(bool bounceLike) {
        const QList<RecipientBlock> blocks = textBlocks(ignoredAddresses());
        m_contextShared = blocks.size() > 1;
        const QString action = delayedIfWarning(m_k, m_context.flat());
        // Exim and Google name the failed recipients in a header; trust it over addresses in prose.
        const QString failedHeader = m_parsed.headers.value("x-failed-recipients");
        if (!failedHeader.isEmpty()) {
            const QList<AddressHit> failed =
                findAddresses(failedHeader, 0, failedHeader.size(), kMaxRecipients, DomainForm::AnyDomain);
            for (const AddressHit& hit : failed) {
                BounceRecipient r;
                r.recipient = hit.address;
                r.action = action;
                FactSources sources;
                if (const RecipientBlock* block = blockFor(blocks, hit.address, {})) {
                    r.evidence.append({block->address.offset, block->address.length, u"recipient"_s});
                    for (const auto& [offset, length] : block->spans)
                        sources.own.append(text(), offset, length);
                }
                finish(r, sources);
            }
            if (!failed.isEmpty())
                return;
        }
        for (const RecipientBlock& block : blocks) {
            if (m_out.recipients.size() >= kMaxRecipients) {
                m_out.warnings.append(recipientCapWarning());
                break;
            }
            FactSources sources;
            BounceRecipient r = recipientOfBlock(text(), block, action, sources);
            if (const RecipientBlock* alias = expandedFrom(blocks, block)) {
                r.originalRecipient = alias->address.address;
                for (const auto& [offset, length] : alias->spans)
                    sources.own.append(text(), offset, length);
            }
            // In a message that does not look like a bounce (a digest, a forwarded conversation), an
            // address is a recipient only when something says it failed, as in loose text.
            finish(r, sources, bounceLike ? Keep::Always : Keep::IfFailureNamed);
        }
        if (!m_out.recipients.isEmpty() || !bounceLike || m_context.isEmpty())
            return;
        // A bounce that names no recipient in its text: the returned message's To is the one.
        BounceRecipient r;
        r.recipient = firstAddress(m_parsed.originalHeaders.value("to"));
        r.action = action;
        if (r.recipient.isEmpty() && addSelfAddressed(action))
            return;
        FactSources sources;
        finish(r, sources);
    }

    // A sender that wrote to itself (a copy to its own full mailbox) gets a bounce whose only
    // recipient is its own address, which the text's blocks skip as the sender's. With nothing else to
    // go by, that address is the recipient where its block answers with a status or a reply code
    // ("<a>: host mx said: 550 5.1.1"); words alone ("Sorry a. Your mail to the following recipients
    // could not be delivered") only address the sender.
    bool addSelfAddressed(const QString& action) {
        const QString bounceFrom = firstAddress(m_parsed.headers.value("from"));
        const QStringList ignore = bounceFrom.isEmpty() ? QStringList() : QStringList{bounceFrom};
        for (const RecipientBlock& block : textBlocks(ignore)) {
            FactSources sources;
            BounceRecipient r = recipientOfBlock(text(), block, action, sources);
            finish(r, sources, Keep::IfAnswered);
        }
        return !m_out.recipients.isEmpty();
    }

    const BounceKnowledge& m_k;
    BounceAnalysis& m_out;
    ParsedMessage m_parsed;
    QList<Section> m_sections;
    TextSlice m_context;
    QString m_feedbackType;
    bool m_contextShared = false;
};

// Text that is not a message: log lines, an SMTP reply, or a pasted bounce body.
class LooseTextAnalyzer final {
public:
    LooseTextAnalyzer(const BounceKnowledge& k, BounceAnalysis& out)
        : m_k(k)
        , m_out(out) {}

    void run(QByteArrayView bytes) {
        m_out.text = decodeUnlabelled(bytes);
        if (analyzeLogLines())
            return;
        if (analyzeReply())
            return;
        analyzePastedBody();
    }

private:
    const QString& text() const { return m_out.text; }

    bool analyzeLogLines() {
        qsizetype pos = 0;
        int lines = 0;
        bool any = false;
        while (pos < text().size() && lines++ < kMaxLogLines && m_out.recipients.size() < kMaxRecipients) {
            qsizetype eol = text().indexOf(u'\n', pos);
            if (eol < 0)
                eol = text().size();
            const QStringView line = QStringView(text()).sliced(pos, eol - pos);
            if (line.size() > 20 && line.size() < 16384) {
                for (const LogFormat& format : m_k.logFormats) {
                    if (!firstMatch(format.detect, line).hasMatch())
                        continue;
                    if (addLogLine(format, line, pos))
                        any = true;
                    break;
                }
            }
            pos = eol + 1;
        }
        if (m_out.recipients.size() >= kMaxRecipients)
            m_out.warnings.append(recipientCapWarning());
        if (any)
            m_out.kind = InputKind::LogLine;
        return any;
    }

    bool addLogLine(const LogFormat& format, QStringView line, qsizetype lineOffset) {
        const QRegularExpressionMatch rcpt = firstMatch(format.recipient, line);
        const QRegularExpressionMatch action = firstMatch(format.action, line);
        // Successful deliveries and lines about other things carry no bounce.
        const QString act = action.captured(1).toLower();
        if (act == u"sent" || act == u"=>" || act == u"->")
            return false;
        if (!rcpt.hasMatch() && !action.hasMatch())
            return false;
        BounceRecipient r;
        if (rcpt.hasMatch()) {
            r.recipient = rcpt.captured(1);
            r.evidence.append({lineOffset + rcpt.capturedStart(1), rcpt.capturedLength(1), u"recipient"_s});
        }
        if (act == u"bounced" || act == u"**" || act == u"expired")
            r.action = u"failed"_s;
        else if (act == u"deferred" || act == u"==")
            r.action = u"delayed"_s;
        if (format.status.isValid() && !format.status.pattern().isEmpty()) {
            const QRegularExpressionMatch status = firstMatch(format.status, line);
            if (status.hasMatch()) {
                r.status = status.captured(1);
                r.evidence.append(
                    {lineOffset + status.capturedStart(1), status.capturedLength(1), u"status"_s});
            }
        }
        const QRegularExpressionMatch relay = firstMatch(format.relay, line);
        if (relay.hasMatch()) {
            r.remoteMta = relay.captured(1);
            r.remoteIp = relay.captured(2);
        }
        FactSources sources;
        const QRegularExpressionMatch diag = firstMatch(format.diagnostic, line);
        if (diag.hasMatch())
            sources.own.append(text(), lineOffset + diag.capturedStart(1), diag.capturedLength(1));
        else
            sources.own.append(text(), lineOffset, line.size());
        fillRecipientFacts(m_k, r, sources);
        m_out.recipients.append(r);
        return true;
    }

    bool analyzeReply() {
        qsizetype start = 0;
        while (start < text().size() && text().at(start).isSpace())
            ++start;
        const QRegularExpressionMatch first = firstMatch(m_k.replyLine, text(), start);
        if (!first.hasMatch() || first.capturedStart() != start)
            return false;
        // The reply runs over its continuation lines ("550-...") and ends with the "550 " line.
        qsizetype end = start;
        int lines = 0;
        while (end < text().size() && lines++ < 1000) {
            qsizetype eol = text().indexOf(u'\n', end);
            if (eol < 0)
                eol = text().size();
            const QRegularExpressionMatch m =
                firstMatch(m_k.replyLine, QStringView(text()).sliced(end, eol - end));
            const bool isLast = !m.hasMatch() || m.captured(2) == u" ";
            end = eol;
            if (isLast)
                break;
            ++end;
        }
        m_out.kind = InputKind::SmtpReply;
        BounceRecipient r;
        const QList<RecipientBlock> blocks = findRecipientBlocks(text(), start, end, {}, 1);
        if (!blocks.isEmpty()) {
            r.recipient = blocks.first().address.address;
            r.evidence.append({blocks.first().address.offset, blocks.first().address.length, u"recipient"_s});
        }
        FactSources sources;
        sources.own.append(text(), start, end - start);
        fillRecipientFacts(m_k, r, sources);
        m_out.recipients.append(r);
        return true;
    }

    void analyzePastedBody() {
        qsizetype length = qMin(text().size(), kErrorSectionChars);
        const qsizetype marker = findOriginalMarker(m_k, text(), 0, length);
        if (marker >= 0)
            length = marker;
        TextSlice context;
        context.append(text(), 0, qMin(length, kContextChars));
        const QString action = delayedIfWarning(m_k, context.flat());
        const QList<RecipientBlock> blocks = findRecipientBlocks(text(), 0, length, {}, kMaxRecipients);
        for (const RecipientBlock& block : blocks) {
            FactSources sources;
            BounceRecipient r = recipientOfBlock(text(), block, action, sources);
            sources.context = context;
            fillRecipientFacts(m_k, r, sources);
            // An address in ordinary text is a recipient only when something says it failed.
            if (!failureIsNamed(r))
                continue;
            m_out.recipients.append(r);
        }
        if (m_out.recipients.isEmpty()) {
            BounceRecipient r;
            r.action = action;
            FactSources sources;
            sources.context = context;
            fillRecipientFacts(m_k, r, sources);
            if (failureIsNamed(r))
                m_out.recipients.append(r);
        }
        m_out.kind = m_out.recipients.isEmpty() ? InputKind::Unrecognised : InputKind::PlainNdr;
    }

    const BounceKnowledge& m_k;
    BounceAnalysis& m_out;
};

// Where a message's header block starts: after blank lines and, in a forwarded bounce, after the
// forwarding client's line ("---------- Forwarded message ---------", "Begin forwarded message:").
qsizetype headerBlockStart(const BounceKnowledge& k, QByteArrayView bytes) {
    const qsizetype start = blankLinesBefore(bytes);
    const qsizetype eol = bytes.indexOf('\n', start);
    if (eol <= start || eol - start > 200)
        return start;
    if (!firstMatch(k.forwardMarker, QString::fromUtf8(bytes.sliced(start, eol - start))).hasMatch())
        return start;
    return eol + 1 + blankLinesBefore(bytes.sliced(eol + 1));
}

void analyzeOne(const BounceKnowledge& k, QByteArrayView bytes, BounceAnalysis& out) {
    const qsizetype headerStart = headerBlockStart(k, bytes);
    const QByteArrayView headers = bytes.sliced(headerStart);
    if (looksLikeHeaderBlock(headers) && parseHeaderBlock(headers, 8).fields.size() >= 2) {
        MessageAnalyzer analyzer(k, out);
        analyzer.run(bytes, headerStart);
    } else {
        LooseTextAnalyzer analyzer(k, out);
        analyzer.run(bytes);
    }
}

} // namespace

BounceAnalysis refusal(qsizetype inputBytes) {
    BounceAnalysis result;
    if (inputBytes > kMaxInputBytes) {
        result.kind = InputKind::TooLarge;
        result.error = u"The input is %1 MB; the limit is %2 MB. Paste only the bounce message."_s
                           .arg(QString::number(double(inputBytes) / (1024 * 1024), 'f', 1))
                           .arg(kMaxInputBytes / (1024 * 1024));
        return result;
    }
    const BounceKnowledge& k = BounceKnowledge::instance();
    if (!k.error.isEmpty()) {
        result.kind = InputKind::Unrecognised;
        result.error = u"The bounce knowledge files are invalid: "_s + k.error;
    }
    return result;
}

BounceAnalysis refuseBinary(QByteArrayView head) {
    BounceAnalysis result;
    result.kind = InputKind::Binary;
    switch (binaryKindOf(head)) {
    case BinaryKind::Gzip:
        result.error = u"The input is gzip-compressed; decompress it first (gunzip -c FILE | rebound-cli "
                       "bounce -)."_s;
        break;
    case BinaryKind::Zip:
        result.error = u"The input is a zip archive; unpack it and give the files or their folder."_s;
        break;
    case BinaryKind::OutlookMsg:
        result.error = u"The input is an Outlook .msg file, a binary format; save the message as .eml, or "
                       "paste its text and Internet headers."_s;
        break;
    case BinaryKind::Pdf:
        result.error =
            u"The input is a PDF document; paste the bounce's text, or give the message as .eml."_s;
        break;
    case BinaryKind::Other:
        result.error = u"The input is binary data, not text (more than 1 in 20 of its first bytes are NUL "
                       "or control bytes); a bounce is plain text (an .eml or .mbox file)."_s;
        break;
    }
    return result;
}

BounceAnalysis analyzeMessage(QByteArrayView message) {
    BounceAnalysis result;
    if (QByteArrayView(message).trimmed().isEmpty()) {
        result.kind = InputKind::Empty;
        return result;
    }
    analyzeOne(BounceKnowledge::instance(), message, result);
    result.messageCount = result.kind == InputKind::Unrecognised ? 0 : 1;
    if (const qsizetype controls = countControlBytes(message); controls > 0)
        result.warnings.append(
            u"The input holds %1 NUL or control bytes; they were read as they are."_s.arg(controls));
    return result;
}

void placeInMbox(BounceAnalysis& message, int index, qsizetype textBase) {
    for (BounceRecipient& r : message.recipients) {
        r.messageIndex = index;
        for (EvidenceSpan& span : r.evidence)
            span.offset += textBase;
    }
    for (QString& w : message.warnings)
        w = u"message %1: %2"_s.arg(index + 1).arg(w);
}

BounceAnalysis analyzeBounce(const QByteArray& input) {
    BounceAnalysis result = refusal(input.size());
    if (!result.error.isEmpty())
        return result;
    const QByteArray bytes = normaliseInput(input);
    if (looksBinary(bytes))
        return refuseBinary(bytes);
    const QList<QByteArrayView> messages = splitMbox(bytes, kMaxMessages);
    if (messages.size() == 1)
        return analyzeMessage(messages.first());
    result.kind = InputKind::Mbox;
    result.text.reserve(bytes.size());
    for (qsizetype i = 0; i < messages.size(); ++i) {
        BounceAnalysis one = analyzeMessage(messages.at(i));
        placeInMbox(one, int(i), result.text.size());
        for (const BounceRecipient& r : std::as_const(one.recipients)) {
            if (result.recipients.size() >= kMaxRecipients) {
                result.warnings.append(recipientCapWarning());
                break;
            }
            result.recipients.append(r);
        }
        result.warnings += one.warnings;
        if (!result.original.present && one.original.present)
            result.original = one.original;
        if (i == 0) {
            result.bounceFrom = one.bounceFrom;
            result.bounceSubject = one.bounceSubject;
            result.bounceTo = one.bounceTo;
        }
        result.text += one.text;
        result.text += u'\n';
    }
    result.warnings.removeDuplicates();
    result.messageCount = int(messages.size());
    if (messages.size() >= kMaxMessages)
        result.warnings.append(mboxCapWarning());
    return result;
}

QString recipientCapWarning() {
    return u"Only the first %1 failed recipients were read."_s.arg(kMaxRecipients);
}

QString mboxCapWarning() {
    return u"Only the first %1 messages of the mbox were read."_s.arg(kMaxMessages);
}

BounceAnalysis analyzeBounce(const QString& input) {
    return analyzeBounce(input.toUtf8());
}

} // namespace rebound::bounce
