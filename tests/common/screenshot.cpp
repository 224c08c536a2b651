#include "tests/common/screenshot.h"

#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace testing_support {

QString saveScreenshot(QWidget *widget, const QString &name)
{
    QString dir = qEnvironmentVariable("PRILAVOK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/prilavok-screenshots");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    if (!widget->grab().save(path))
        return {};
    return path;
}

} // namespace testing_support
