#include "ui/translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

using namespace Qt::StringLiterals;

namespace rebound::ui {

namespace {

// Rebound's own .qm: a miss in the caller's context is retried in the contexts lupdate used instead.
class FallbackContextTranslator final : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!text.isNull() || context == nullptr)
            return text;
        for (const QByteArray& other : Translation::fallbackContexts(QByteArray(context))) {
            text = QTranslator::translate(other.constData(), sourceText, disambiguation, n);
            if (!text.isNull())
                return text;
        }
        return {};
    }
};

} // namespace

Translation::~Translation() {
    remove();
}

void Translation::remove() {
    if (m_appInstalled)
        QCoreApplication::removeTranslator(m_app.get());
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
    if (m_qt.load(m_locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    m_app = std::make_unique<FallbackContextTranslator>();
    if (m_app->load(m_locale, u"rebound"_s, u"_"_s, kResourceDir))
        m_appInstalled = QCoreApplication::installTranslator(m_app.get());
    return m_appInstalled;
}

QStringList Translation::availableLanguages() {
    QStringList languages;
    const QStringList files = QDir(kResourceDir).entryList({u"rebound_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        languages << file.mid(qsizetype(sizeof("rebound_") - 1)).chopped(3);
    return languages;
}

QList<QByteArray> Translation::fallbackContexts(const QByteArray& context) {
    QList<QByteArray> out;
    // words::tr() of core/report (also used by core/pdf's PDF renderer).
    if (context == "rebound::report")
        out << "rebound::report::sections"
            << "rebound::report::words"
            << "words"
            << "rebound::pdf";
    // The tr() wrapper of ui/presentation.cpp.
    if (context == "rebound::ui::Presentation")
        out << "rebound::ui";
    return out;
}

} // namespace rebound::ui
