#include "widgets/till/tillstyle.h"

#include <QApplication>

namespace ui {

QFont tillFont(int pointSize, bool bold)
{
    QFont font = QApplication::font();
    font.setPointSize(pointSize);
    font.setBold(bold);
    return font;
}

QString totalStyle()
{
    return QStringLiteral(
        "QLabel { background: #111111; color: #ffffff; padding: 8px 12px; border-radius: 6px; }");
}

QString errorStyle()
{
    return QStringLiteral(
        "QLabel { background: #a00000; color: #ffffff; padding: 4px 8px; border-radius: 4px; }");
}

QString okStyle()
{
    return QStringLiteral(
        "QLabel { background: #0b6b2b; color: #ffffff; padding: 4px 8px; border-radius: 4px; }");
}

QString primaryButtonStyle()
{
    return QStringLiteral("QPushButton { background: #0b6b2b; color: #ffffff; border-radius: 6px; }"
                          "QPushButton:disabled { background: #8a8a8a; }");
}

} // namespace ui
