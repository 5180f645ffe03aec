#include "ui/settingsdialog.h"

#include "core/dns/resolver.h"
#include "core/postmaster/postmasterauthorizer.h"
#include "core/secrets/secretstore.h"
#include "ui/linkopener.h"
#include "ui/resolvertester.h"
#include "ui/translation.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rebound::ui {

namespace {

// The blocklist catalog, wherever core embeds it: the first resource whose schema names blocklists
// and whose lists carry ids. Returns (id, name) pairs; empty when no catalog is built in.
QList<QPair<QString, QString>> blocklistCatalog() {
    QDirIterator it(u":/"_s, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QString schema = root[u"schema"].toString();
        if (!schema.contains(u"blocklist"_s) || schema.startsWith(u"rebound.bounce"_s))
            continue;
        QList<QPair<QString, QString>> lists;
        for (const QJsonValue& list : root[u"lists"].toArray())
            if (!list[u"id"].toString().isEmpty())
                lists.append({list[u"id"].toString(), list[u"name"].toString(list[u"id"].toString())});
        if (!lists.isEmpty())
            return lists;
    }
    return {};
}

QLabel* explanation(const QString& text) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_initial(settings)
    , m_tester(new ResolverTester(this)) {
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(u"settingsTabs"_s);
    tabs->addTab(createDnsPage(), tr("&DNS"));
    tabs->addTab(createBlocklistPage(), tr("&Blocklists"));
    tabs->addTab(createSmtpPage(), tr("&SMTP"));
    // No accelerator: every letter of the name is taken on some page in some language.
    tabs->addTab(createPostmasterPage(), tr("Google Postmaster Tools"));
    tabs->addTab(createGeneralPage(), tr("&General"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    connect(m_tester, &ResolverTester::finished, this, [this](bool ok, const QString& message) {
        m_testResult->setText((ok ? tr("✔ ") : tr("✘ ")) + message);
        m_testButton->setEnabled(true);
    });
    updateEnabled();
    resize(640, 520);
}

QWidget* SettingsDialog::createDnsPage() {
    auto* page = new QWidget;
    m_systemResolver = new QRadioButton(tr("Use the s&ystem resolver (resolv.conf)"), page);
    m_customResolver = new QRadioButton(tr("Use these ser&vers:"), page);
    m_servers = new QLineEdit(m_initial.resolverServers, page);
    m_servers->setObjectName(u"resolverServers"_s);
    m_servers->setPlaceholderText(tr("192.0.2.53, [2001:db8::53]:53"));
    m_servers->setAccessibleName(tr("Resolver servers"));
    (m_initial.customResolver ? m_customResolver : m_systemResolver)->setChecked(true);
    m_customResolver->setObjectName(u"customResolver"_s);
    m_dnsTimeout = new QSpinBox(page);
    m_dnsTimeout->setRange(AppSettings::kMinDnsTimeoutMs, AppSettings::kMaxDnsTimeoutMs);
    m_dnsTimeout->setSingleStep(500);
    m_dnsTimeout->setSuffix(tr(" ms"));
    m_dnsTimeout->setValue(m_initial.dnsTimeoutMs);
    m_testButton = new QPushButton(tr("&Test resolver"), page);
    m_testButton->setObjectName(u"testResolver"_s);
    m_testResult = new QLabel(page);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    auto* timeoutLabel = new QLabel(tr("Query ti&meout:"), page);
    timeoutLabel->setBuddy(m_dnsTimeout);
    form->addRow(timeoutLabel, m_dnsTimeout);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_systemResolver);
    layout->addWidget(m_customResolver);
    layout->addWidget(m_servers);
    layout->addLayout(form);
    layout->addWidget(explanation(
        tr("Why the resolver matters: Spamhaus and several other blocklists refuse queries that come through "
           "public resolvers (8.8.8.8, 1.1.1.1, 9.9.9.9 and most ISP resolvers that forward to them). They "
           "answer "
           "with an error code or simply \"not listed\" for every address, so a listed IP would look clean. "
           "Use a "
           "resolver of your own, or a Spamhaus DQS key. Rebound checks the test point of every list before "
           "trusting it and reports \"could not check\" instead of \"clean\" when it fails.")));
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch();
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addStretch();
    connect(m_customResolver, &QRadioButton::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsDialog::testResolver);
    return page;
}

// A key field: masked, with an action that shows it while checked.
QLineEdit* SettingsDialog::secretField(const QString& value, const QString& objectName, const QString& name,
                                       QWidget* parent) {
    auto* field = new QLineEdit(value, parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    field->setAccessibleName(name);
    QAction* show = field->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                     QLineEdit::TrailingPosition);
    show->setObjectName(objectName + u"Show"_s);
    show->setCheckable(true);
    show->setToolTip(tr("Show the key"));
    connect(show, &QAction::toggled, field,
            [field](bool shown) { field->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    return field;
}

SettingsDialog::~SettingsDialog() = default;

QWidget* SettingsDialog::createPostmasterPage() {
    auto* page = new QWidget;
    m_pmRefreshToken = m_initial.postmasterRefreshToken;
    m_pmClientId = new QLineEdit(m_initial.postmasterClientId, page);
    m_pmClientId->setObjectName(u"postmasterClientId"_s);
    m_pmClientId->setAccessibleName(tr("OAuth client ID"));
    m_pmClientSecret = secretField(m_initial.postmasterClientSecret, u"postmasterClientSecret"_s,
                                   tr("OAuth client secret"), page);
    m_pmDomains = new QLineEdit(m_initial.postmasterDomains.join(u", "_s), page);
    m_pmDomains->setObjectName(u"postmasterDomains"_s);
    m_pmDomains->setAccessibleName(tr("Domains to show"));
    m_pmDomains->setPlaceholderText(tr("every domain of the account"));
    m_pmState = new QLabel(page);
    m_pmState->setObjectName(u"postmasterState"_s);
    m_pmState->setTextFormat(Qt::PlainText);
    m_pmState->setWordWrap(true);
    m_pmConnect = new QPushButton(tr("Co&nnect…"), page);
    m_pmConnect->setObjectName(u"postmasterConnect"_s);
    m_pmDisconnect = new QPushButton(tr("Disconnec&t"), page);
    m_pmDisconnect->setObjectName(u"postmasterDisconnect"_s);
    connect(m_pmConnect, &QPushButton::clicked, this, &SettingsDialog::connectPostmaster);
    connect(m_pmDisconnect, &QPushButton::clicked, this, &SettingsDialog::disconnectPostmaster);
    auto* form = new QFormLayout(page);
    form->addRow(
        explanation(tr("Rebound reads Google Postmaster Tools (spam rate, authentication and TLS rates, "
                       "compliance) with your own OAuth client: in the Google Cloud console, enable the "
                       "Gmail Postmaster Tools API and create an OAuth client of type Desktop app. "
                       "Connect opens Google's sign-in in your browser; the access Rebound asks for is "
                       "read-only, and the token is kept in the system keychain.")));
    auto* idLabel = new QLabel(tr("Client &ID:"), page);
    idLabel->setBuddy(m_pmClientId);
    form->addRow(idLabel, m_pmClientId);
    auto* secretLabel = new QLabel(tr("Client sec&ret:"), page);
    secretLabel->setBuddy(m_pmClientSecret);
    form->addRow(secretLabel, m_pmClientSecret);
    auto* domainsLabel = new QLabel(tr("D&omains:"), page);
    domainsLabel->setBuddy(m_pmDomains);
    form->addRow(domainsLabel, m_pmDomains);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_pmConnect);
    buttons->addWidget(m_pmDisconnect);
    buttons->addStretch(1);
    form->addRow(buttons);
    form->addRow(m_pmState);
    showPostmasterState();
    return page;
}

void SettingsDialog::showPostmasterState(const QString& message) {
    const bool busy = m_pmRun != nullptr;
    m_pmConnect->setEnabled(!busy);
    m_pmDisconnect->setEnabled(!busy && !m_pmRefreshToken.isEmpty());
    const QString state = m_pmRefreshToken.isEmpty() ? tr("Not connected.") : tr("Connected.");
    m_pmState->setText(message.isEmpty() ? state : message + u' ' + state);
}

void SettingsDialog::storePostmasterToken(const QString& token) {
    m_pmRefreshToken = token;
    m_initial.postmasterRefreshToken = token;
    const secrets::SecretStore::Outcome stored =
        secrets::SecretStore::write(secrets::names::postmasterRefreshToken(), token);
    if (!stored.ok)
        warn(stored.note);
}

void SettingsDialog::connectPostmaster() {
    if (m_pmClientId->text().trimmed().isEmpty()) {
        warn(tr("Enter the client ID of your own OAuth client (Desktop app) first."));
        return;
    }
    const postmaster::Credentials client{
        m_pmClientId->text().trimmed(), m_pmClientSecret->text().trimmed(), {}};
    auto* authorizer = new postmaster::PostmasterAuthorizer(client, postmaster::OAuthEndpoints(), {}, this);
    m_pmRun = authorizer;
    connect(authorizer, &postmaster::PostmasterAuthorizer::openBrowser, this, [this](const QUrl& url) {
        LinkOpener::confirmAndOpen(this, tr("Sign in to Google"), url.toString(QUrl::FullyEncoded));
    });
    connect(authorizer, &postmaster::PostmasterAuthorizer::finished, this, [this, authorizer] {
        m_pmRun = nullptr;
        if (authorizer->ok())
            storePostmasterToken(authorizer->refreshToken());
        showPostmasterState(authorizer->ok() ? tr("Google granted read-only access.") : authorizer->error());
        authorizer->deleteLater();
    });
    showPostmasterState(tr("Waiting for the sign-in in your browser…"));
    authorizer->start();
}

void SettingsDialog::disconnectPostmaster() {
    if (m_pmRefreshToken.isEmpty())
        return;
    const auto options = settings().runOptions();
    m_pmResolver = std::make_unique<dns::Resolver>(options ? options->resolver : dns::ResolverConfig());
    auto* revoker = new postmaster::TokenClient(m_pmResolver.get(), postmaster::OAuthEndpoints(), {}, this);
    m_pmRun = revoker;
    connect(revoker, &postmaster::TokenClient::finished, this, [this, revoker] {
        m_pmRun = nullptr;
        // The token is deleted here whatever Google answered: the user asked for it to go.
        storePostmasterToken({});
        showPostmasterState(revoker->ok() ? tr("Google revoked the access.")
                                          : tr("The token is deleted, but Google could not be told (%1): "
                                               "remove Rebound's access at myaccount.google.com/permissions.")
                                                .arg(revoker->error()));
        revoker->deleteLater();
    });
    showPostmasterState(tr("Revoking…"));
    revoker->revoke(m_pmRefreshToken);
}

QWidget* SettingsDialog::createBlocklistPage() {
    auto* page = new QWidget;
    m_dqsKey = secretField(m_initial.spamhausDqsKey, u"dqsKey"_s, tr("Spamhaus DQS key"), page);
    m_abusixKey = secretField(m_initial.abusixKey, u"abusixKey"_s, tr("Abusix Mail Intelligence key"), page);
    m_sndsKey = secretField(m_initial.sndsKey, u"sndsKey"_s, tr("Microsoft SNDS key"), page);
    m_lists = new QListWidget(page);
    m_lists->setObjectName(u"enabledLists"_s);
    m_lists->setAccessibleName(tr("Enabled blocklists"));
    QStringList unknownDisabled = m_initial.disabledLists;
    for (const auto& [id, name] : blocklistCatalog()) {
        auto* item = new QListWidgetItem(name, m_lists);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_initial.disabledLists.contains(id) ? Qt::Unchecked : Qt::Checked);
        unknownDisabled.removeAll(id);
    }
    m_otherDisabled = new QLineEdit(unknownDisabled.join(u", "_s), page);
    m_otherDisabled->setObjectName(u"otherDisabledLists"_s);
    m_otherDisabled->setPlaceholderText(tr("list ids, comma-separated"));

    auto* form = new QFormLayout;
    auto* keyLabel = new QLabel(tr("Spamhaus DQS &key:"), page);
    keyLabel->setBuddy(m_dqsKey);
    form->addRow(keyLabel, m_dqsKey);
    auto* abusixLabel = new QLabel(tr("Abusi&x key:"), page);
    abusixLabel->setBuddy(m_abusixKey);
    form->addRow(abusixLabel, m_abusixKey);
    auto* sndsLabel = new QLabel(tr("Microsoft S&NDS key:"), page);
    sndsLabel->setBuddy(m_sndsKey);
    form->addRow(sndsLabel, m_sndsKey);
    form->addRow(explanation(tr("The SNDS Automated Data Access key (SNDS > Automated Data Access) shows "
                                "Microsoft's filter colour, complaint rate and trap hits for your IPs in the "
                                "diagnosis and in View > Microsoft SNDS. Empty the field to remove it.")));
    m_secretsNote = new QLabel(m_initial.secretsNote, page);
    m_secretsNote->setObjectName(u"secretsNote"_s);
    m_secretsNote->setTextFormat(Qt::PlainText);
    m_secretsNote->setWordWrap(true);
    form->addRow(m_secretsNote);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(
        explanation(tr("With a free DQS key, Spamhaus answers through any resolver, public ones "
                       "included, and adds the ZRD and AuthBL lists.")));
    auto* listsLabel = new QLabel(tr("&Lists to check:"), page);
    listsLabel->setBuddy(m_lists);
    layout->addWidget(listsLabel);
    layout->addWidget(m_lists, 1);
    auto* otherLabel = new QLabel(tr("&Other lists to skip:"), page);
    otherLabel->setBuddy(m_otherDisabled);
    layout->addWidget(otherLabel);
    layout->addWidget(m_otherDisabled);
    if (m_lists->count() == 0)
        m_lists->hide();
    return page;
}

QWidget* SettingsDialog::createSmtpPage() {
    auto* page = new QWidget;
    m_smtpProbe = new QCheckBox(tr("&Connect to mail servers (never sends mail)"), page);
    m_smtpProbe->setObjectName(u"smtpProbe"_s);
    m_smtpProbe->setChecked(m_initial.smtpProbe);
    m_smtpPort = new QSpinBox(page);
    m_smtpPort->setObjectName(u"smtpPort"_s);
    m_smtpPort->setRange(1, 65535);
    m_smtpPort->setValue(m_initial.smtpPort);
    m_smtpTimeout = new QSpinBox(page);
    m_smtpTimeout->setRange(AppSettings::kMinSmtpTimeoutMs, AppSettings::kMaxSmtpTimeoutMs);
    m_smtpTimeout->setSingleStep(1000);
    m_smtpTimeout->setSuffix(tr(" ms"));
    m_smtpTimeout->setValue(m_initial.smtpTimeoutMs);
    m_ehloName = new QLineEdit(m_initial.ehloName, page);
    m_ehloName->setObjectName(u"ehloName"_s);
    m_ehloName->setPlaceholderText(tr("this machine's name"));
    auto* form = new QFormLayout(page);
    form->addRow(m_smtpProbe);
    form->addRow(tr("&Port:"), m_smtpPort);
    form->addRow(tr("&Timeout:"), m_smtpTimeout);
    form->addRow(tr("&EHLO name:"), m_ehloName);
    form->addRow(explanation(tr("Port 25 is blocked by many home and cloud networks; the probe then reports "
                                "\"could not connect\", which says nothing about the server.")));
    m_mailboxProbe = new QCheckBox(tr("Probe &mailboxes: ask the recipient's server whether it accepts an "
                                      "address (RCPT TO, no message sent)"),
                                   page);
    m_mailboxProbe->setObjectName(u"mailboxProbe"_s);
    m_mailboxProbe->setChecked(m_initial.mailboxProbe);
    m_probeSender = new QLineEdit(m_initial.probeSender, page);
    m_probeSender->setObjectName(u"probeSender"_s);
    m_probeSender->setPlaceholderText(tr("you@example.com"));
    form->addRow(m_mailboxProbe);
    form->addRow(tr("Your &address (MAIL FROM):"), m_probeSender);
    form->addRow(explanation(tr("Warning: receivers treat address probing like directory harvesting, and "
                                "probing can get your sender address or this machine's IP listed. Rebound "
                                "probes only an address you enter or one a bounce calls unknown, at most "
                                "once per domain every 10 minutes, and never sends a message. Some "
                                "servers accept every address; those are reported as \"cannot be verified "
                                "by probing\".")));
    connect(m_smtpProbe, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_mailboxProbe, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    return page;
}

QWidget* SettingsDialog::createGeneralPage() {
    auto* page = new QWidget;
    m_language = new QComboBox(page);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    // Each language by its own name ("Deutsch", "日本語"), from the translations built in.
    for (const QString& language : Translation::availableLanguages()) {
        const QLocale locale(language);
        QString name = locale.nativeLanguageName();
        if (language.contains(u'_'))
            name += u" ("_s + locale.nativeTerritoryName() + u')';
        m_language->addItem(name.left(1).toUpper() + name.mid(1), language);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initial.language)));
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(explanation(tr("The language takes effect the next time Rebound starts.")));
    m_watchInTray = new QCheckBox(tr("Keep &watching from the system tray when the window is closed"), page);
    m_watchInTray->setObjectName(u"watchInTray"_s);
    m_watchInTray->setChecked(m_initial.watchInTray);
    form->addRow(m_watchInTray);
    form->addRow(
        explanation(tr("Only when the desktop has a system tray and the watch list (View > Watch) is "
                       "not empty; File > Quit always quits.")));
    return page;
}

void SettingsDialog::updateEnabled() {
    m_servers->setEnabled(m_customResolver->isChecked());
    m_smtpPort->setEnabled(m_smtpProbe->isChecked());
    m_smtpTimeout->setEnabled(m_smtpProbe->isChecked());
    m_ehloName->setEnabled(m_smtpProbe->isChecked());
    m_probeSender->setEnabled(m_mailboxProbe->isChecked());
}

void SettingsDialog::testResolver() {
    QString error;
    const auto options = settings().runOptions(&error);
    if (!options) {
        m_testResult->setText(tr("✘ The server list is not valid: %1").arg(error));
        return;
    }
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Testing %1…").arg(ResolverTester::testName(m_dqsKey->text())));
    m_tester->start(options->resolver, m_dqsKey->text());
}

AppSettings SettingsDialog::settings() const {
    AppSettings s = m_initial;
    s.customResolver = m_customResolver->isChecked();
    s.resolverServers = m_servers->text().trimmed();
    s.dnsTimeoutMs = m_dnsTimeout->value();
    s.spamhausDqsKey = m_dqsKey->text().trimmed();
    s.abusixKey = m_abusixKey->text().trimmed();
    s.sndsKey = m_sndsKey->text().trimmed();
    s.postmasterClientId = m_pmClientId->text().trimmed();
    s.postmasterClientSecret = m_pmClientSecret->text().trimmed();
    s.postmasterRefreshToken = m_pmRefreshToken;
    s.postmasterDomains.clear();
    for (const QString& domain : m_pmDomains->text().split(u',', Qt::SkipEmptyParts))
        if (!domain.trimmed().isEmpty())
            s.postmasterDomains << domain.trimmed().toLower();
    s.disabledLists.clear();
    for (int row = 0; row < m_lists->count(); ++row)
        if (m_lists->item(row)->checkState() == Qt::Unchecked)
            s.disabledLists << m_lists->item(row)->data(Qt::UserRole).toString();
    for (const QString& id : m_otherDisabled->text().split(u',', Qt::SkipEmptyParts))
        if (!id.trimmed().isEmpty())
            s.disabledLists << id.trimmed();
    s.smtpProbe = m_smtpProbe->isChecked();
    s.smtpPort = m_smtpPort->value();
    s.smtpTimeoutMs = m_smtpTimeout->value();
    s.ehloName = m_ehloName->text().trimmed();
    s.mailboxProbe = m_mailboxProbe->isChecked();
    s.probeSender = m_probeSender->text().trimmed();
    s.language = m_language->currentData().toString();
    s.watchInTray = m_watchInTray->isChecked();
    return s;
}

void SettingsDialog::accept() {
    AppSettings s = settings();
    QString error;
    if (s.customResolver && !s.runOptions(&error)) {
        warn(tr("The resolver list is not valid: %1").arg(error));
        return;
    }
    if (s.mailboxProbe && !s.probeSender.contains(u'@')) {
        warn(tr("Mailbox probing needs your own email address as the sender (MAIL FROM)."));
        return;
    }
    if (!s.save()) {
        m_secretsNote->setText(s.secretsNote);
        warn(s.secretsNote);
        return;
    }
    QDialog::accept();
}

void SettingsDialog::warn(const QString& text) {
    // Window-modal and opened, not exec()'d: the dialog stays as it was, to be corrected.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Settings"), text, QMessageBox::Ok, this);
    box->setObjectName(u"settingsProblem"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->open();
}

} // namespace rebound::ui
