#include "widgets/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "app/logging.h"

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
    // Qt's own standard buttons and dialogs ("OK", "Cancel"): qt6-translations-l10n, a dependency
    // of the package and of install-deps.sh. Without it those stay English: say why in the log.
    auto *qtBase = new QTranslator(&app);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qtBase->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"), qtDir)) {
        app.installTranslator(qtBase);
    } else {
        qCWarning(lcUi) << "Qt's own translation qtbase_" << language << "is missing in" << qtDir
                        << "(install qt6-translations-l10n)";
        delete qtBase;
    }
    return true;
}

} // namespace ui
