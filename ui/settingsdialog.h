// Settings: resolver (with the reason public resolvers break Spamhaus, and a test), Spamhaus DQS key,
// enabled blocklists, timeouts, SMTP probing, EHLO name and language. Stored with QSettings on OK.
#pragma once

#include "ui/appsettings.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace rebound::dns {
class Resolver;
}

namespace rebound::ui {

class ResolverTester;

class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    AppSettings settings() const;
    void accept() override;

private:
    QWidget* createDnsPage();
    QWidget* createBlocklistPage();
    QWidget* createSmtpPage();
    QWidget* createGeneralPage();
    QWidget* createPostmasterPage();
    // Google Postmaster Tools: Connect runs the browser sign-in (Qt NetworkAuth, 127.0.0.1) and stores the
    // refresh token in the keychain at once; Disconnect revokes it at Google and deletes it.
    void connectPostmaster();
    void disconnectPostmaster();
    void storePostmasterToken(const QString& token);
    void showPostmasterState(const QString& message = {});
    QLineEdit* secretField(const QString& value, const QString& objectName, const QString& name,
                           QWidget* parent);
    void testResolver();
    void warn(const QString& text);
    void updateEnabled();

    AppSettings m_initial;
    QRadioButton* m_systemResolver = nullptr;
    QRadioButton* m_customResolver = nullptr;
    QLineEdit* m_servers = nullptr;
    QSpinBox* m_dnsTimeout = nullptr;
    QPushButton* m_testButton = nullptr;
    QLabel* m_testResult = nullptr;
    QLineEdit* m_dqsKey = nullptr;
    QLineEdit* m_abusixKey = nullptr;
    QLineEdit* m_sndsKey = nullptr;
    QLabel* m_secretsNote = nullptr;
    QListWidget* m_lists = nullptr;
    QLineEdit* m_otherDisabled = nullptr;
    QCheckBox* m_smtpProbe = nullptr;
    QSpinBox* m_smtpPort = nullptr;
    QSpinBox* m_smtpTimeout = nullptr;
    QLineEdit* m_ehloName = nullptr;
    QCheckBox* m_mailboxProbe = nullptr;
    QLineEdit* m_probeSender = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_pmClientId = nullptr;
    QLineEdit* m_pmClientSecret = nullptr;
    QLineEdit* m_pmDomains = nullptr;
    QLabel* m_pmState = nullptr;
    QPushButton* m_pmConnect = nullptr;
    QPushButton* m_pmDisconnect = nullptr;
    QString m_pmRefreshToken;
    QObject* m_pmRun = nullptr; // the authorizer or the revocation in progress
    std::unique_ptr<dns::Resolver> m_pmResolver;
    QCheckBox* m_watchInTray = nullptr;
    ResolverTester* m_tester = nullptr;
};

} // namespace rebound::ui
