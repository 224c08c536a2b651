#pragma once

// The till's look in one place: large fonts for a screen read from a step away, and the
// high-contrast colours for totals and errors (readable at 1366x768 and 1920x1080).

#include <QFont>
#include <QString>

namespace ui {

QFont tillFont(int pointSize, bool bold = false);
QString totalStyle();         // white on near-black: the amount the buyer must see
QString errorStyle();         // white on dark red
QString okStyle();            // white on dark green
QString primaryButtonStyle(); // the one action the cashier does next

} // namespace ui
