// One tab's verdicts as a test report: a row per thing checked, each with an icon and a word (Pass,
// Warning, Fail, Note), a one-line reason, and the detail and raw evidence one level down.
#pragma once

#include "core/util/finding.h"

#include <QJsonArray>
#include <QStandardItemModel>

namespace rebound::ui {

class FindingsModel final : public QStandardItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)

public:
    enum Column { ResultColumn, ReasonColumn, ColumnCount };
    enum Role { OutcomeRole = Qt::UserRole + 1 }; // "pass", "warning", "fail", "note"

    // A row the caller knows passed or failed (an SPF result, a record found), beside the findings.
    struct Row {
        QString outcome; // "pass", "warning", "fail", "note"
        QString reason;  // one line
        QString detail;  // shown on expand; may be empty
        QStringList evidence;
        bool operator==(const Row&) const = default;
    };

    explicit FindingsModel(QObject* parent = nullptr);

    // rows first, then the findings (the session's {id, severity, title, detail, evidence}) whose id
    // starts with one of prefixes, worst first.
    void setRows(const QList<Row>& rows, const QJsonArray& findings, const QStringList& prefixes);

    // critical and error read "fail", warning "warning", info "note".
    static QString outcomeOfSeverity(std::optional<Severity> severity);
    static QString outcomeText(const QString& outcome);

private:
    void appendRow(const Row& row);

    QList<Row> m_shown; // a run updates every view many times a second: unchanged rows are kept
};

} // namespace rebound::ui
