// The blocklists tab: one IP's answers from every list, listed and could-not-check first, with a
// "show only problems" switch, a text filter, copy, and the list's lookup and removal pages.
#pragma once

#include <QJsonArray>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rebound::ui {

class BlocklistFilterModel;
class BlocklistModel;

class BlocklistView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlocklistView)

public:
    explicit BlocklistView(QWidget* parent = nullptr);

    // checks: every check object of the session whose id is "blocklists" (one per IP).
    void setChecks(const QList<QJsonObject>& checks);
    // checks: the session's "snds" checks (Microsoft SNDS, one per IP; none without a key). The row above
    // the table shows the current address's colour, trap hits and block.
    void setSndsChecks(const QList<QJsonObject>& checks);
    void clear();

    BlocklistModel* model() const { return m_model; }
    BlocklistFilterModel* filterModel() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);

    // The selected rows (or all shown rows when none is selected) as tab-separated text.
    QString selectedAsText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showCheck(int index);
    void showSnds(const QString& ip);
    QString sndsText(const QString& ip) const;
    void copySelection();
    void openPage(int role, const QString& what);
    void updateButtons();

    QList<QJsonObject> m_checks;
    QList<QJsonObject> m_sndsChecks;
    QComboBox* m_ip = nullptr;
    QLabel* m_snds = nullptr;
    QLabel* m_state = nullptr;
    QCheckBox* m_onlyProblems = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_lookup = nullptr;
    QPushButton* m_removal = nullptr;
    BlocklistModel* m_model = nullptr;
    BlocklistFilterModel* m_filter = nullptr;
};

} // namespace rebound::ui
