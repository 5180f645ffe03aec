#include "core/report/blocks.h"
#include "core/report/jsonread.h"
#include "core/report/reportsections.h"
#include "core/report/reportwords.h"

using namespace Qt::StringLiterals;

namespace rebound::report::sections {

using namespace blocks;
using words::tr;

namespace {

// The quoted span of the bounce text an evidence item points at, if it is inside the text.
QString bounceSpan(const QJsonObject& session, const QJsonObject& evidence) {
    const QString text = json::text(json::object(session, u"bounce"), u"text");
    const qint64 offset = json::integer(evidence, u"offset");
    const qint64 length = json::integer(evidence, u"length", 0);
    if (offset < 0 || length <= 0 || offset >= text.size())
        return {};
    return oneLine(text.mid(offset, qMin<qint64>(length, 300)), 300);
}

RichText evidenceText(const QJsonObject& session, const QJsonObject& evidence) {
    const QString source = json::text(evidence, u"source");
    RichText text;
    if (!source.isEmpty())
        text.append(words::strong(oneLine(source, 40) + u": "_s));
    text.append(words::plain(oneLine(json::text(evidence, u"text"), 2000)));
    if (diagnosis::evidenceSourceFromName(source) == diagnosis::EvidenceSource::Bounce) {
        const QString span = bounceSpan(session, evidence);
        if (!span.isEmpty()) {
            text.append(words::plain(u" — "_s + tr("the bounce says ")));
            text.append(words::code(span));
        }
    }
    return text;
}

} // namespace

Section diagnosis(const QJsonObject& session) {
    Section section;
    section.id = u"diagnosis"_s;
    section.title = tr("Diagnosis");
    const QList<QJsonObject> ranked = causes(session);
    if (ranked.isEmpty()) {
        section.blocks.append(paragraph(tr("No cause was identified from the bounce and the checks.")));
        return section;
    }
    int number = 0;
    for (const QJsonObject& cause : ranked) {
        const QString severity = words::severityMark(json::severity(cause));
        section.blocks.append(heading(
            QString::number(++number) + u". "_s + oneLine(json::text(cause, u"title"), 300), 3, severity));
        const QString summary = json::text(cause, u"summary");
        if (!summary.isEmpty())
            section.blocks.append(paragraph(oneLine(summary, 4000)));
        QList<QList<RichText>> facts{
            row(tr("Severity"), severityText(severity, words::severity(severity))),
            row(tr("Confidence"), cause.contains(u"confidence") ? words::confidence(cause) : QString()),
        };
        if (const QString note = json::text(cause, u"confidence_note"); !note.isEmpty())
            facts.append(row(tr("Why not certain"), note));
        if (const QString recovery = json::text(cause, u"recovery"); !recovery.isEmpty())
            facts.append(row(tr("Recovery"), recovery));
        if (const QString id = json::text(cause, u"id"); !id.isEmpty())
            facts.append(row(tr("Rule"), RichText{words::code(oneLine(id, 200))}));
        section.blocks.append(keyValues(facts));

        QList<RichText> evidence;
        for (const QJsonObject& item : json::objects(cause, u"evidence"))
            evidence.append(evidenceText(session, item));
        if (!evidence.isEmpty()) {
            section.blocks.append(paragraph(RichText{words::strong(tr("Evidence"))}));
            section.blocks.append(bullets(evidence));
        }
        QList<RichText> against;
        for (const QString& item : json::strings(cause, u"against"))
            against.append(RichText{words::plain(oneLine(item, 2000))});
        if (!against.isEmpty()) {
            section.blocks.append(paragraph(RichText{words::strong(tr("Against the alternatives"))}));
            section.blocks.append(bullets(against));
        }
        QList<RichText> steps;
        for (const QJsonObject& step : json::objects(cause, u"steps"))
            steps.append(stepText(step));
        if (!steps.isEmpty()) {
            section.blocks.append(paragraph(RichText{words::strong(tr("Steps"))}));
            section.blocks.append(numbered(steps));
        }
        QList<RichText> dont;
        for (const QString& item : json::strings(cause, u"dont"))
            dont.append(RichText{words::icon(u"warning"_s), words::plain(oneLine(item, 2000))});
        if (!dont.isEmpty()) {
            section.blocks.append(paragraph(RichText{words::strong(tr("What not to do"))}));
            section.blocks.append(bullets(dont));
        }
        QList<RichText> links;
        for (const QJsonObject& link : json::objects(cause, u"links"))
            links.append(words::link(oneLine(json::text(link, u"title"), 200), json::text(link, u"url")));
        if (!links.isEmpty()) {
            section.blocks.append(paragraph(RichText{words::strong(tr("Links"))}));
            section.blocks.append(bullets(links));
        }
    }
    return section;
}

} // namespace rebound::report::sections
