// View > Google Postmaster Tools: the user's domains (those named in Settings, else every domain of the
// connected account) with the user-reported spam rate against Gmail's thresholds (an icon and a word,
// never colour alone), the SPF, DKIM, DMARC and TLS rates, the compliance rows that need work and the
// data's date; the cache with its date when Google cannot be asked.
#pragma once

#include "core/diagnosis/diagnosisrun.h"
#include "core/postmaster/postmasterdata.h"

#include <QDialog>

#include <memory>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace rebound::dns {
class Resolver;
}
namespace rebound::postmaster {
class PostmasterClient;
}

namespace rebound::ui {

class PostmasterView final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostmasterView)

public:
    PostmasterView(const diagnosis::RunOptions& options, const QStringList& domains,
                   QWidget* parent = nullptr);
    ~PostmasterView() override;

    // Fills the table from data (also used by tests).
    void setData(const postmaster::PostmasterData& data);
    QStandardItemModel* model() const { return m_model; }

private:
    void refresh();

    diagnosis::RunOptions m_options;
    QStringList m_domains;
    std::unique_ptr<dns::Resolver> m_resolver;
    postmaster::PostmasterClient* m_client = nullptr;
    QLabel* m_status = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
};

} // namespace rebound::ui
