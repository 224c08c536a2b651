#pragma once

#include <QString>

class QCoreApplication;

namespace ui {

// Installs the shipped translation for `language` ("ru" is the product language; "en" is the
// source language and needs no translator). Returns false when the catalogue is missing.
bool installTranslations(QCoreApplication &app, const QString &language);

} // namespace ui
