#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>

namespace rebound::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("Rebound"));
    auto* input = new QPlainTextEdit(this);
    input->setObjectName(u"input"_qs);
    input->setPlaceholderText(tr("Paste a bounce, an SMTP reply, an IP address or a domain"));
    input->setAccessibleName(tr("Input"));
    setCentralWidget(input);
    createActions();
    statusBar()->showMessage(tr("Ready"));
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(u"actionQuit"_qs);
}

void MainWindow::restoreState() {
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_qs).toByteArray());
    QMainWindow::restoreState(settings.value(u"mainWindow/state"_qs).toByteArray());
}

void MainWindow::saveState() {
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_qs, saveGeometry());
    settings.setValue(u"mainWindow/state"_qs, QMainWindow::saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveState();
    event->accept();
}

} // namespace rebound::ui
