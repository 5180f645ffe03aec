#include "core/smtp/smtpknowledge.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rebound::smtp {
namespace {

// A findings.json text in the interface language, before its placeholders are filled; rebound-cli
// installs no translator and stays English. translations/extract_data_strings.py lists them for lupdate.
QString translated(const QString& text) {
    return QCoreApplication::translate("rebound::data::smtp", text.toUtf8().constData());
}

// One pass, so that a value (a banner name, say) that holds "{x}" is never expanded itself.
QString fill(const QString& text, const SmtpKnowledge::Args& args) {
    static const QRegularExpression placeholder(u"\\{([a-z_]+)\\}"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += args.contains(match.captured(1)) ? args.value(match.captured(1)) : match.captured(0);
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

const SmtpKnowledge& SmtpKnowledge::instance() {
    static const SmtpKnowledge knowledge = [] {
        SmtpKnowledge k;
        QFile file(u":/smtp/findings.json"_s);
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !k.load(file.readAll(), &error))
            qWarning("rebound: the SMTP knowledge could not be read: %s", qPrintable(error));
        return k;
    }();
    return knowledge;
}

bool SmtpKnowledge::load(const QByteArray& json, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = parseError.errorString();
        return false;
    }
    const QJsonObject root = document.object();
    greylisting = QRegularExpression(root.value(u"greylisting_pattern"_s).toString(),
                                     QRegularExpression::CaseInsensitiveOption);
    expiringDays = root.value(u"expiring_days"_s).toInt(14);
    weakRsaBits = root.value(u"weak_rsa_bits"_s).toInt(2048);
    oldProtocols.clear();
    for (const QJsonValue& v : root.value(u"old_protocols"_s).toArray())
        oldProtocols << v.toString();
    const QJsonObject texts = root.value(u"texts"_s).toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it)
        m_texts.insert(it.key(), it.value().toString());
    const QJsonObject findings = root.value(u"findings"_s).toObject();
    for (auto it = findings.begin(); it != findings.end(); ++it)
        m_findings.insert(it.key(), it.value().toObject());
    if (!greylisting.isValid() || m_findings.isEmpty()) {
        *error = u"no findings, or a bad greylisting pattern"_s;
        return false;
    }
    return true;
}

Severity SmtpKnowledge::severity(const QString& id, const QString& variant) const {
    const QJsonObject entry = m_findings.value(id);
    const QString name =
        entry.value(variant.isEmpty() ? u"severity"_s : u"severity_"_s + variant).toString();
    return severityFromName(name.isEmpty() ? entry.value(u"severity"_s).toString() : name, Severity::Error);
}

QString SmtpKnowledge::text(const QString& key) const {
    return translated(m_texts.value(key));
}

Finding SmtpKnowledge::finding(const QString& id, const Args& args, const QStringList& evidence,
                               const QString& titleVariant, const QString& detailVariant) const {
    const QJsonObject entry = m_findings.value(id);
    if (entry.isEmpty())
        return Finding{id, Severity::Error, id, {}, evidence};
    QString title =
        entry.value(titleVariant.isEmpty() ? u"title"_s : u"title_"_s + titleVariant).toString();
    if (title.isEmpty())
        title = entry.value(u"title"_s).toString();
    QString detail =
        detailVariant.isEmpty() ? QString() : entry.value(u"detail_"_s + detailVariant).toString();
    if (detail.isEmpty())
        detail = entry.value(u"detail"_s).toString();
    return Finding{id, severity(id), fill(translated(title), args), fill(translated(detail), args), evidence};
}

} // namespace rebound::smtp
