#include "core/blocklist/answerclassifier.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace rebound::blocklist {

QString listStatusName(ListStatus status) {
    switch (status) {
    case ListStatus::Listed:
        return u"listed"_s;
    case ListStatus::Clean:
        return u"clean"_s;
    case ListStatus::Refused:
        return u"refused"_s;
    case ListStatus::Unknown:
        return u"unknown"_s;
    case ListStatus::Broken:
        return u"broken"_s;
    case ListStatus::Unavailable:
        return u"unavailable"_s;
    case ListStatus::Skipped:
        return u"skipped"_s;
    }
    return {};
}

QString listHealthName(ListHealth health) {
    switch (health) {
    case ListHealth::Answering:
        return u"answering"_s;
    case ListHealth::NotAnswering:
        return u"not_answering"_s;
    case ListHealth::Failing:
        return u"failing"_s;
    case ListHealth::Refusing:
        return u"refusing"_s;
    }
    return {};
}

QString listHealthReason(ListHealth health) {
    switch (health) {
    case ListHealth::Answering:
        break;
    case ListHealth::NotAnswering:
        return QCoreApplication::translate(
            "rebound::blocklist", "could not check (list not answering): its test point or its first "
                                  "queries got no answer within the deadline, so it was not asked "
                                  "again in this run");
    case ListHealth::Failing:
        return QCoreApplication::translate("rebound::blocklist",
                                           "could not check (list failing): its test point or its first "
                                           "queries got SERVFAIL, so it was not asked again in this run");
    case ListHealth::Refusing:
        return QCoreApplication::translate("rebound::blocklist",
                                           "could not check (list refusing): its test point or its first "
                                           "queries were REFUSED, so it was not asked again in this run");
    }
    return {};
}

ListHealth healthFromOutcome(dns::Outcome outcome) {
    switch (outcome) {
    case dns::Outcome::Timeout:
    case dns::Outcome::NetworkError:
        return ListHealth::NotAnswering;
    case dns::Outcome::ServFail:
    case dns::Outcome::FormErr:
    case dns::Outcome::OtherRcode:
    case dns::Outcome::BadResponse:
        return ListHealth::Failing;
    case dns::Outcome::Refused:
        return ListHealth::Refusing;
    case dns::Outcome::Answer:
    case dns::Outcome::NoData:
    case dns::Outcome::NxDomain:
    case dns::Outcome::InvalidQuery:
    case dns::Outcome::Cancelled:
        break;
    }
    return ListHealth::Answering;
}

bool isCouldNotCheck(ListStatus status) {
    return status == ListStatus::Refused || status == ListStatus::Unknown || status == ListStatus::Broken
           || status == ListStatus::Unavailable;
}

QString dottedCode(quint32 code) {
    return QHostAddress(code).toString();
}

namespace {

// What one A value means for the list.
struct CodeMatch {
    bool broken = false; // outside 127/8
    bool known = false;  // documented by a code or by bits
    CodeKind kind = CodeKind::Listing;
    QString meaning;
    QString remedy;
    Impact impact = Impact::None;
};

// A catalog text (meaning, remedy, access note) in the interface language; rebound-cli installs no
// translator and stays English. translations/extract_data_strings.py lists them for lupdate.
QString translated(const QString& text) {
    return QCoreApplication::translate("rebound::data::blocklist", text.toUtf8().constData());
}

// The classifier's own words (reasons, remedies) are whole phrases in the "rebound::blocklist" context,
// translated like the catalog's; machine values (codes, outcome names, list ids) stay as they are.

QString fillMeaning(const QString& meaning, quint32 code) {
    return translated(meaning).replace(u"{last}"_s, QString::number(code & 0xff));
}

// Bits are read on the last octet of 127.0.0.x only: URIBL, SURBL and Validity put the mask there.
std::optional<CodeMatch> matchBits(const BlocklistEntry& entry, quint32 code) {
    if (entry.bits.isEmpty() || (code & 0xffffff00u) != 0x7f000000u)
        return std::nullopt;
    const quint32 last = code & 0xff;
    for (const AnswerBit& bit : entry.bits) {
        if (bit.kind == CodeKind::Error && (last & bit.bit))
            return CodeMatch{
                false, true, CodeKind::Error, translated(bit.meaning), translated(bit.remedy), Impact::None};
    }
    CodeMatch match;
    quint32 knownMask = 0;
    QStringList meanings;
    std::optional<CodeKind> kind;
    for (const AnswerBit& bit : entry.bits) {
        knownMask |= bit.bit;
        if (!(last & bit.bit))
            continue;
        meanings << translated(bit.meaning);
        if (!kind || bit.kind == CodeKind::Listing)
            kind = bit.kind;
        if (bit.kind == CodeKind::Listing)
            match.impact = qMax(match.impact, bit.impact.value_or(entry.impact));
    }
    if (const quint32 unknownBits = last & ~knownMask)
        meanings
            << QCoreApplication::translate("rebound::blocklist", "undocumented bits %1").arg(unknownBits);
    if (!kind)
        return CodeMatch{false, false, CodeKind::Listing, meanings.join(u"; "_s), {}, Impact::None};
    match.known = true;
    match.kind = *kind;
    match.meaning = meanings.join(u"; "_s);
    return match;
}

CodeMatch matchCode(const BlocklistEntry& entry, quint32 code) {
    if ((code >> 24) != 127)
        return CodeMatch{true,
                         false,
                         CodeKind::Listing,
                         QCoreApplication::translate("rebound::blocklist", "answer outside 127.0.0.0/8"),
                         {},
                         Impact::None};
    for (const AnswerCode& c : entry.codes) {
        if (code >= c.first && code <= c.last) {
            const Impact impact =
                c.kind == CodeKind::Listing ? c.impact.value_or(entry.impact) : Impact::None;
            return CodeMatch{false, true, c.kind, fillMeaning(c.meaning, code), translated(c.remedy), impact};
        }
    }
    if (auto bits = matchBits(entry, code))
        return *bits;
    return CodeMatch{false,
                     false,
                     CodeKind::Listing,
                     QCoreApplication::translate("rebound::blocklist", "not documented for this list"),
                     {},
                     Impact::None};
}

QString remedyFor(const BlocklistEntry& entry) {
    if (!entry.accessNote.isEmpty())
        return translated(entry.accessNote);
    return QCoreApplication::translate("rebound::blocklist", "Try again later, or through another resolver.");
}

// Joins the first few items and counts the rest: a hostile answer of a thousand records must not
// become a reason of a thousand codes.
QString joinCapped(const QStringList& items, const QString& separator) {
    constexpr qsizetype kMaxItems = 8;
    if (items.size() <= kMaxItems)
        return items.join(separator);
    return items.first(kMaxItems).join(separator) + separator
           + QCoreApplication::translate("rebound::blocklist", "and %1 more").arg(items.size() - kMaxItems);
}

} // namespace

AnswerVerdict classifyCodes(const BlocklistEntry& entry, const QList<quint32>& codes) {
    AnswerVerdict verdict;
    bool broken = false, error = false, listing = false, unknown = false, allow = false;
    QStringList brokenCodes, errorReasons, unknownReasons;
    for (const quint32 code : codes) {
        const CodeMatch match = matchCode(entry, code);
        verdict.codes << dottedCode(code);
        verdict.meanings << match.meaning;
        if (match.broken) {
            broken = true;
            brokenCodes << dottedCode(code);
        } else if (!match.known) {
            unknown = true;
            unknownReasons << QCoreApplication::translate("rebound::blocklist",
                                                          "%1 is not documented for this list")
                                  .arg(dottedCode(code));
        } else {
            switch (match.kind) {
            case CodeKind::Error:
                error = true;
                errorReasons << u"%1: %2"_s.arg(dottedCode(code), match.meaning);
                if (verdict.remedy.isEmpty())
                    verdict.remedy = match.remedy;
                break;
            case CodeKind::Listing:
                listing = true;
                verdict.impact = qMax(verdict.impact, match.impact);
                break;
            case CodeKind::Untrusted:
                unknown = true;
                unknownReasons << QCoreApplication::translate("rebound::blocklist", "%1 is not trusted: %2")
                                      .arg(dottedCode(code), match.meaning);
                break;
            case CodeKind::Allow:
                allow = true;
                break;
            case CodeKind::Neutral:
                break;
            }
        }
    }
    if (broken) {
        verdict.status = ListStatus::Broken;
        verdict.reason = QCoreApplication::translate(
                             "rebound::blocklist", "answered %1, outside 127.0.0.0/8 where RFC 5782 answers "
                                                   "must be: the list's domain may have lapsed, or the "
                                                   "resolver rewrites answers")
                             .arg(joinCapped(brokenCodes, u", "_s));
        verdict.impact = Impact::None;
    } else if (error) {
        verdict.status = ListStatus::Refused;
        verdict.reason = QCoreApplication::translate("rebound::blocklist",
                                                     "the list refused the query (%1); this is not a listing")
                             .arg(joinCapped(errorReasons, u"; "_s));
        verdict.impact = Impact::None;
    } else if (listing) {
        verdict.status = ListStatus::Listed;
    } else if (unknown) {
        verdict.status = ListStatus::Unknown;
        verdict.reason = joinCapped(unknownReasons, u"; "_s);
    } else if (allow && entry.kind == ListKind::Allowlist) {
        verdict.status = ListStatus::Listed; // on an allowlist: good news, impact none
    } else {
        verdict.status = ListStatus::Clean; // neutral or allow codes of a reputation list
    }
    if (verdict.status != ListStatus::Listed)
        verdict.impact = Impact::None;
    return verdict;
}

AnswerVerdict classifyReply(const BlocklistEntry& entry, const dns::DnsResult& reply) {
    AnswerVerdict verdict;
    switch (reply.outcome) {
    case dns::Outcome::Answer: {
        QList<quint32> codes;
        for (const dns::DnsRecord& record : reply.recordsOfType(quint16(dns::RecordType::A)))
            codes << record.address.toIPv4Address();
        if (codes.isEmpty()) {
            verdict.status = ListStatus::Clean;
            return verdict;
        }
        return classifyCodes(entry, codes);
    }
    case dns::Outcome::NxDomain:
    case dns::Outcome::NoData:
        verdict.status = ListStatus::Clean;
        return verdict;
    case dns::Outcome::Refused:
        verdict.status = ListStatus::Refused;
        verdict.reason =
            QCoreApplication::translate("rebound::blocklist", "the DNS server refused the query (REFUSED)");
        verdict.remedy = remedyFor(entry);
        return verdict;
    case dns::Outcome::Cancelled:
        verdict.status = ListStatus::Skipped;
        verdict.reason = QCoreApplication::translate("rebound::blocklist", "cancelled");
        return verdict;
    default:
        verdict.status = ListStatus::Unavailable;
        verdict.reason = reply.error.isEmpty()
                             ? QCoreApplication::translate("rebound::blocklist", "no usable answer (%1)")
                                   .arg(dns::outcomeName(reply.outcome))
                             : QCoreApplication::translate("rebound::blocklist", "no usable answer (%1: %2)")
                                   .arg(dns::outcomeName(reply.outcome), reply.error);
        verdict.remedy = remedyFor(entry);
        return verdict;
    }
}

namespace {

QString testPointReason(const QString& point, const QString& reason) {
    return QCoreApplication::translate("rebound::blocklist", "test point %1: %2").arg(point, reason);
}

TestVerdict failedTest(ListStatus status, const QString& reason, const QString& remedy = {}) {
    return TestVerdict{false, status, reason, remedy};
}

// Outcomes that say nothing about the test point itself.
std::optional<TestVerdict> indefiniteTest(const BlocklistEntry& entry, const QString& point,
                                          const dns::DnsResult& reply) {
    const AnswerVerdict verdict = classifyReply(entry, reply);
    if (reply.outcome == dns::Outcome::Answer || reply.outcome == dns::Outcome::NxDomain
        || reply.outcome == dns::Outcome::NoData)
        return std::nullopt;
    TestVerdict failed = failedTest(verdict.status, testPointReason(point, verdict.reason), verdict.remedy);
    failed.health = healthFromOutcome(reply.outcome);
    return failed;
}

} // namespace

TestVerdict evaluatePositiveTest(const BlocklistEntry& entry, Family family, const dns::DnsResult& reply) {
    const std::optional<TestSpec>& spec = entry.testFor(family);
    const QString point = spec ? spec->listed : QString();
    if (auto indefinite = indefiniteTest(entry, point, reply))
        return *indefinite;
    if (reply.outcome != dns::Outcome::Answer) {
        return failedTest(ListStatus::Unavailable,
                          QCoreApplication::translate(
                              "rebound::blocklist",
                              "test point %1 is not listed (%2), though RFC 5782 says it must be: the "
                              "list is dead or emptied, does not serve %3, or answers nothing to this "
                              "resolver (Spamhaus does this to public resolvers)")
                              .arg(point, dns::outcomeName(reply.outcome), familyName(family)),
                          remedyFor(entry));
    }
    const AnswerVerdict verdict = classifyReply(entry, reply);
    if (verdict.status == ListStatus::Broken || verdict.status == ListStatus::Refused)
        return failedTest(verdict.status, testPointReason(point, verdict.reason), verdict.remedy);
    if (spec && spec->answers) {
        QStringList expected;
        bool all = true;
        for (const quint32 code : *spec->answers) {
            expected << dottedCode(code);
            all = all && verdict.codes.contains(dottedCode(code));
        }
        if (!all) {
            return failedTest(ListStatus::Broken,
                              QCoreApplication::translate(
                                  "rebound::blocklist",
                                  "test point %1 answered %2, but the list documents %3: it changed "
                                  "its codes or is not the list it claims to be")
                                  .arg(point, verdict.codes.join(u", "_s), expected.join(u", "_s)));
        }
    }
    return TestVerdict{true, ListStatus::Clean, {}, {}};
}

TestVerdict evaluateNegativeTest(const BlocklistEntry& entry, Family family, const dns::DnsResult& reply) {
    const std::optional<TestSpec>& spec = entry.testFor(family);
    const QString point = spec ? spec->notListed : QString();
    if (auto indefinite = indefiniteTest(entry, point, reply))
        return *indefinite;
    if (reply.outcome != dns::Outcome::Answer)
        return TestVerdict{true, ListStatus::Clean, {}, {}};
    const AnswerVerdict verdict = classifyReply(entry, reply);
    switch (verdict.status) {
    case ListStatus::Broken:
    case ListStatus::Refused:
        return failedTest(verdict.status, testPointReason(point, verdict.reason), verdict.remedy);
    case ListStatus::Listed:
    case ListStatus::Unknown:
        return failedTest(ListStatus::Broken,
                          QCoreApplication::translate(
                              "rebound::blocklist", "lists the test point %1 (%2), which RFC 5782 says must "
                                                    "never be listed: the list answers for everything "
                                                    "(wildcard), so its answers are ignored")
                              .arg(point, verdict.codes.join(u", "_s)));
    default:
        return TestVerdict{true, ListStatus::Clean, {}, {}}; // neutral or allow codes by design (Hostkarma)
    }
}

TestVerdict combineTests(const TestVerdict& positive, const TestVerdict& negative) {
    if (!positive.passed)
        return positive;
    if (!negative.passed)
        return negative;
    return positive;
}

AnswerVerdict finalVerdict(const BlocklistEntry& entry, const AnswerVerdict& listing,
                           const TestVerdict& tests) {
    Q_UNUSED(entry)
    if (listing.status == ListStatus::Skipped || listing.status == ListStatus::Refused || tests.passed)
        return listing;
    AnswerVerdict verdict = listing;
    verdict.status = tests.status;
    verdict.impact = Impact::None;
    verdict.remedy = tests.remedy;
    verdict.reason =
        listing.status == ListStatus::Listed
            ? QCoreApplication::translate("rebound::blocklist",
                                          "could not verify the list in this run: %1. Its answer for this "
                                          "address (%2) does not count")
                  .arg(tests.reason, listing.codes.join(u", "_s))
            : QCoreApplication::translate("rebound::blocklist", "could not verify the list in this run: %1")
                  .arg(tests.reason);
    return verdict;
}

} // namespace rebound::blocklist
