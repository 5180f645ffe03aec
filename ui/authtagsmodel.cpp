#include "ui/authtagsmodel.h"

#include "core/util/jsonutil.h"
#include "ui/presentation.h"
#include "ui/translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace rebound::ui {

namespace {

const QJsonObject& tagMeanings() {
    static const QJsonObject meanings = [] {
        QFile file(u":/rebound/ui/auth-tags.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return meanings;
}

QStringList stringsOf(const QJsonValue& value) {
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list << (v.isString() ? v.toString() : jsonText(v));
    return list;
}

} // namespace

AuthTagsModel::AuthTagsModel(QObject* parent)
    : QStandardItemModel(0, ColumnCount, parent) {
    setHorizontalHeaderLabels({tr("Tag"), tr("Value"), tr("Meaning")});
}

QList<QPair<QString, QString>> AuthTagsModel::splitTags(const QString& record) {
    QList<QPair<QString, QString>> tags;
    for (const QString& part : record.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals < 0) {
            if (!part.trimmed().isEmpty())
                tags.append({part.trimmed(), QString()});
            continue;
        }
        tags.append({part.left(equals).trimmed(), part.mid(equals + 1).simplified()});
    }
    return tags;
}

void AuthTagsModel::setDomainResult(const QJsonObject& domainResult) {
    removeRows(0, rowCount());
    const QString domain = domainResult[u"domain"].toString();

    const QJsonValue dmarc = domainResult[u"dmarc"];
    if (dmarc.isObject()) {
        const QJsonObject object = dmarc.toObject();
        appendRecord(tr("DMARC (_dmarc.%1)").arg(object[u"domain"].toString(domain)),
                     object[u"record"].toString(object[u"text"].toString()),
                     tagMeanings()[u"dmarc"].toObject(),
                     {stringsOf(object[u"errors"]), stringsOf(object[u"warnings"])});
    } else if (dmarc.isString()) {
        appendRecord(tr("DMARC"), dmarc.toString(), tagMeanings()[u"dmarc"].toObject(), {});
    }

    // DKIM: an array of selectors, or an object with a "selectors" array; each {selector, record, ...}.
    const QJsonValue dkim = domainResult[u"dkim"];
    const QJsonArray selectors = dkim.isArray() ? dkim.toArray() : dkim[u"selectors"].toArray();
    for (const QJsonValue& value : selectors) {
        const QJsonObject selector = value.toObject();
        const QString name = selector[u"selector"].toString();
        Problems problems{stringsOf(selector[u"errors"]), stringsOf(selector[u"warnings"])};
        const QString error = selector[u"error"].toString();
        if (!error.isEmpty())
            problems.errors.prepend(error);
        appendRecord(
            tr("DKIM selector %1 (%1._domainkey.%2)").arg(name, selector[u"domain"].toString(domain)),
            selector[u"record"].toString(), tagMeanings()[u"dkim"].toObject(), problems);
    }
}

void AuthTagsModel::appendRecord(const QString& title, const QString& record, const QJsonObject& meanings,
                                 const Problems& problems) {
    QStandardItem* top = readOnlyItem(title);
    invisibleRootItem()->appendRow(
        {top, readOnlyItem(record.isEmpty() ? tr("no record published") : record), readOnlyItem({})});
    for (const auto& [tag, value] : splitTags(record)) {
        const QJsonValue known = meanings[tag.toLower()];
        const QString meaning = known.isString() ? QCoreApplication::translate(
                                    Translation::kDataAuthTags, known.toString().toUtf8().constData())
                                                 : tr("Not a tag this version knows; receivers ignore it.");
        QStandardItem* tagItem = readOnlyItem(tag);
        if (!known.isString())
            tagItem->setIcon(severityIcon(Severity::Warning));
        top->appendRow({tagItem, readOnlyItem(value), readOnlyItem(meaning)});
    }
    // A bad value is a verdict, not a footnote: an icon and a word, like every other finding.
    const auto appendProblem = [&](Severity severity, const QString& text) {
        QStandardItem* word = readOnlyItem(severityText(severity));
        word->setIcon(severityIcon(severity));
        top->appendRow({word, readOnlyItem({}), readOnlyItem(text)});
    };
    for (const QString& error : problems.errors)
        appendProblem(Severity::Error, error);
    for (const QString& warning : problems.warnings)
        appendProblem(Severity::Warning, warning);
    if (!problems.errors.isEmpty() || !problems.warnings.isEmpty())
        top->setIcon(severityIcon(problems.errors.isEmpty() ? Severity::Warning : Severity::Error));
}

} // namespace rebound::ui
