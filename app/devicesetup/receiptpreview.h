#pragma once

// The sample receipt the Settings page shows while the owner edits the header and footer: the same
// texts a real tape carries (store name, address, phone, the legal entity, a line or two, totals,
// the footer), wrapped to the registrar's print width. Pure text, no widgets.

#include <QStringList>

#include "app/organisation/organisation.h"

namespace app {

inline constexpr int DefaultTapeWidth = 32; // characters per line of a 57 mm roll in font 1

// Wraps `text` at word boundaries into lines of at most `width` characters (long words are cut).
QStringList wrapTapeText(const QString &text, int width);
QString centreTapeLine(const QString &text, int width);

QStringList sampleReceipt(const PointOfSale &pos, const LegalEntity &entity, int workplaceNumber,
                          int width = DefaultTapeWidth);

} // namespace app
