#include "ui/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace rebound::ui {

Translation::~Translation() {
    remove();
}

void Translation::remove() {
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    m_appInstalled = m_qtInstalled = false;
}

bool Translation::install(const QString& language) {
    remove();
    m_locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(m_locale);

    // QTranslator::load(QLocale, ...) walks the locale's UI languages (pt-BR, then pt), so a
    // system in de_AT finds rebound_de.qm. English is the source language and has no file.
    if (m_qt.load(m_locale, u"qtbase"_qs, u"_"_qs, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    if (m_app.load(m_locale, u"rebound"_qs, u"_"_qs, kResourceDir))
        m_appInstalled = QCoreApplication::installTranslator(&m_app);
    return m_appInstalled;
}

QStringList Translation::availableLanguages() {
    QStringList languages;
    const QStringList files = QDir(kResourceDir).entryList({u"rebound_*.qm"_qs}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages << file.mid(qsizetype(sizeof("rebound_") - 1)).chopped(3);
    return languages;
}

} // namespace rebound::ui
