// View > Microsoft SNDS: every IP of the user's SNDS account with its filter colour (icon and word, never
// colour alone), complaint rate, trap hits and block status, fetched with the key from Settings (or the
// cache with its date when Microsoft cannot be reached).
#pragma once

#include "core/diagnosis/diagnosisrun.h"
#include "core/snds/sndsdata.h"

#include <QDialog>

#include <memory>

class QLabel;
class QTableWidget;

namespace rebound::dns {
class Resolver;
}
namespace rebound::snds {
class SndsClient;
}

namespace rebound::ui {

// The colour as an icon and a word ("■ Red"): the word carries the meaning, the icon only repeats it.
QString sndsColorText(snds::FilterColor color);

class SndsView final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SndsView)

public:
    explicit SndsView(const diagnosis::RunOptions& options, QWidget* parent = nullptr);
    ~SndsView() override;

    // Fills the table from data (also used by tests).
    void setData(const snds::SndsData& data);

private:
    void refresh();

    diagnosis::RunOptions m_options;
    std::unique_ptr<dns::Resolver> m_resolver;
    snds::SndsClient* m_client = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace rebound::ui
