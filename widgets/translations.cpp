#include "widgets/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ui {

bool installTranslations(QCoreApplication &app, const QString &language)
{
    if (language == QStringLiteral("en"))
        return true;
    auto *ours = new QTranslator(&app);
    if (!ours->load(QStringLiteral(":/i18n/prilavok_") + language + QStringLiteral(".qm"))) {
        delete ours;
        return false;
    }
    app.installTranslator(ours);
    // Qt's own standard buttons and dialogs, when qt6-translations-l10n is installed.
    auto *qtBase = new QTranslator(&app);
    if (qtBase->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtBase);
    else
        delete qtBase;
    return true;
}

} // namespace ui
