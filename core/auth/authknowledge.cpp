#include "core/auth/authknowledge.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace rebound::auth {
namespace {

QString translated(const QString& text) {
    return QCoreApplication::translate("rebound::data::auth", text.toUtf8().constData());
}

bool isAsciiDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

// %1..%99 replaced by args in one pass, as QString::arg() with several arguments does; a placeholder
// without an argument stays as it is.
QString fill(const QString& text, const QStringList& args) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'%' || i + 1 >= text.size() || !isAsciiDigit(text.at(i + 1))) {
            out += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && end < i + 3 && isAsciiDigit(text.at(end)))
            ++end;
        const int number = text.mid(i + 1, end - i - 1).toInt();
        if (number < 1 || number > args.size()) {
            out += QStringView(text).mid(i, end - i);
        } else {
            out += args.at(number - 1);
        }
        i = end - 1;
    }
    return out;
}

bool isSeverityName(const QString& name) {
    return severityName(severityFromName(name, Severity::Info)) == name;
}

// "severity", "severity_<variant>" and the like: the variant ("" for the plain key), or nothing when
// the key is not of this kind.
std::optional<QString> variantOf(const QString& key, QStringView kind) {
    if (key == kind)
        return QString();
    if (key.startsWith(kind) && key.size() > kind.size() + 1 && key.at(kind.size()) == u'_')
        return key.mid(kind.size() + 1);
    return std::nullopt;
}

} // namespace

const AuthKnowledge& AuthKnowledge::instance() {
    static const AuthKnowledge knowledge = [] {
        AuthKnowledge k;
        QFile file(u":/auth/findings.json"_s);
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !k.load(file.readAll(), &error))
            qWarning("rebound: the auth findings could not be read: %s", qPrintable(error));
        return k;
    }();
    return knowledge;
}

bool AuthKnowledge::load(const QByteArray& json, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = parseError.errorString();
        return false;
    }
    const QJsonObject root = document.object();
    m_texts.clear();
    m_findings.clear();
    const QJsonObject texts = root.value(u"texts"_s).toObject();
    for (auto it = texts.begin(); it != texts.end(); ++it)
        m_texts.insert(it.key(), it.value().toString());
    const QJsonObject findings = root.value(u"findings"_s).toObject();
    for (auto it = findings.begin(); it != findings.end(); ++it) {
        Entry entry;
        const QJsonObject object = it.value().toObject();
        for (auto field = object.begin(); field != object.end(); ++field) {
            const QString value = field.value().toString();
            if (const auto variant = variantOf(field.key(), u"severity")) {
                if (!isSeverityName(value)) {
                    *error = u"%1: unknown severity '%2'"_s.arg(it.key(), value);
                    return false;
                }
                entry.severities.insert(*variant, severityFromName(value));
            } else if (const auto title = variantOf(field.key(), u"title")) {
                entry.titles.insert(*title, value);
            } else if (const auto detail = variantOf(field.key(), u"detail")) {
                entry.details.insert(*detail, value);
            }
        }
        if (!entry.severities.contains(QString()) || entry.titles.value(QString()).isEmpty()) {
            *error = u"%1: no severity or no title"_s.arg(it.key());
            return false;
        }
        m_findings.insert(it.key(), entry);
    }
    if (m_findings.isEmpty()) {
        *error = u"no findings"_s;
        return false;
    }
    return true;
}

Severity AuthKnowledge::severity(const QString& id, const QString& variant) const {
    const auto it = m_findings.constFind(id);
    if (it == m_findings.constEnd())
        return Severity::Error;
    return it->severities.value(variant, it->severities.value(QString()));
}

QString AuthKnowledge::text(const QString& key, const QStringList& args) const {
    const QString text = m_texts.value(key);
    return text.isEmpty() ? key : fill(translated(text), args);
}

Finding AuthKnowledge::finding(const QString& id, const QStringList& titleArgs, const QStringList& detailArgs,
                               const QStringList& evidence, const QString& detailVariant) const {
    const auto it = m_findings.constFind(id);
    if (it == m_findings.constEnd())
        return Finding{id, Severity::Error, id, {}, evidence};
    QString detail = detailVariant.isEmpty() ? QString() : it->details.value(detailVariant);
    if (detail.isEmpty())
        detail = it->details.value(QString());
    return Finding{id, severity(id), fill(translated(it->titles.value(QString())), titleArgs),
                   detail.isEmpty() ? QString() : fill(translated(detail), detailArgs), evidence};
}

} // namespace rebound::auth
