// The interface language: Qt's own translations (qtbase_*.qm from the system) and Rebound's
// (embedded under :/rebound/i18n), for a language chosen in Settings or the system locale.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace rebound::ui {

class Translation final {
    Q_DISABLE_COPY_MOVE(Translation)

public:
    static inline const QString kResourceDir = QStringLiteral(":/rebound/i18n");

    Translation() = default;
    ~Translation();

    // language: a Settings value ("de", "pt_BR", "en"); empty follows the system's UI languages.
    // Replaces the translators a previous call installed. False when Rebound has no translation
    // for the language (the interface stays English); Qt's own is installed when it exists.
    bool install(const QString& language);
    void remove();

    // The locale install() chose, and the languages Rebound ships (from the embedded .qm files).
    QLocale locale() const { return m_locale; }
    static QStringList availableLanguages();

    // The contexts lupdate filed a runtime context's messages under: the free tr() wrappers of
    // core/report ("rebound::report") and ui/presentation ("rebound::ui::Presentation") are named by
    // lupdate after the namespace they are called in. Tried in order after the context itself.
    static QList<QByteArray> fallbackContexts(const QByteArray& context);

    // The texts of the knowledge files (resources/*.json), translated like the interface: context is
    // one of the kData* names (the generator translations/extract_data_strings.py uses the same).
    static inline constexpr const char* kDataRules = "rebound::data::rules";
    static inline constexpr const char* kDataSmtp = "rebound::data::smtp";
    static inline constexpr const char* kDataBlocklist = "rebound::data::blocklist";
    static inline constexpr const char* kDataAuthTags = "rebound::data::authtags";

private:
    QTranslator m_qt;
    std::unique_ptr<QTranslator> m_app;
    QLocale m_locale;
    bool m_qtInstalled = false;
    bool m_appInstalled = false;
};

} // namespace rebound::ui
