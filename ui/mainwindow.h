// ui owns the Widgets front end: the main window, its views and models, settings and history.
#pragma once

#include <QMainWindow>

namespace rebound::ui {

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void restoreState();
    void saveState();
};

} // namespace rebound::ui
