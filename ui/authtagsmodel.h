// The DMARC record and the DKIM key records of a domain, tag by tag, each tag explained
// (the explanations live in resources/ui/auth-tags.json).
#pragma once

#include <QJsonObject>
#include <QStandardItemModel>

namespace rebound::ui {

class AuthTagsModel final : public QStandardItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthTagsModel)

public:
    enum Column { TagColumn, ValueColumn, MeaningColumn, ColumnCount };

    explicit AuthTagsModel(QObject* parent = nullptr);

    // domainResult: the domain check's JSON ({domain, mx, spf, dmarc, dkim, findings}).
    void setDomainResult(const QJsonObject& domainResult);

    // "tag=value; tag=value" split into (tag, value) pairs, as RFC 6376 3.2 tag-lists are written.
    static QList<QPair<QString, QString>> splitTags(const QString& record);

private:
    struct Problems {
        QStringList errors;
        QStringList warnings;
    };
    void appendRecord(const QString& title, const QString& record, const QJsonObject& meanings,
                      const Problems& problems);
};

} // namespace rebound::ui
