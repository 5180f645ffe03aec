#include "core/report/jsonread.h"

using namespace Qt::StringLiterals;

namespace rebound::report::json {

namespace {

QString scalarText(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

} // namespace

QString text(const QJsonObject& object, QStringView key) {
    return scalarText(object.value(key));
}

QJsonObject object(const QJsonObject& object, QStringView key) {
    return object.value(key).toObject();
}

QJsonArray array(const QJsonObject& object, QStringView key) {
    return object.value(key).toArray();
}

QList<QJsonObject> objects(const QJsonObject& object, QStringView key) {
    QList<QJsonObject> out;
    const QJsonArray items = array(object, key);
    for (const QJsonValue& item : items) {
        if (item.isObject())
            out.append(item.toObject());
    }
    return out;
}

QStringList strings(const QJsonObject& object, QStringView key) {
    const QJsonValue value = object.value(key);
    QStringList out;
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (const QJsonValue& item : items) {
            const QString s = scalarText(item);
            if (!s.isEmpty())
                out.append(s);
        }
    } else if (const QString s = scalarText(value); !s.isEmpty()) {
        out.append(s);
    }
    return out;
}

bool has(const QJsonObject& object, QStringView key) {
    const QJsonValue value = object.value(key);
    return !value.isUndefined() && !value.isNull();
}

qint64 integer(const QJsonObject& object, QStringView key, qint64 fallback) {
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return qint64(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return fallback;
}

std::optional<Severity> severity(const QJsonObject& object) {
    return parseSeverity(text(object, u"severity"));
}

std::optional<diagnosis::CheckState> checkState(const QJsonObject& check) {
    return diagnosis::parseCheckState(text(check, u"state"));
}

} // namespace rebound::report::json
