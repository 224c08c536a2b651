#pragma once

// Saves a PNG of any widget so a person can look at a screen from a headless run.

#include <QString>

class QWidget;

namespace testing_support {

// Writes <PRILAVOK_SCREENSHOT_DIR or the temp dir>/<name>.png; returns the path, empty on failure.
QString saveScreenshot(QWidget *widget, const QString &name);

} // namespace testing_support
