#pragma once

// Vendor terminal software writes its answer files in 8-bit Russian code pages: KOI8-R for
// Sberbank's sb_pilot on Linux, CP1251 for Arcus2. glibc's iconv knows both, so no table of ours.

#include <QByteArray>
#include <QString>

namespace devices::payments {

// Undecodable bytes become U+FFFD instead of cutting the text short: a garbled slip is still
// worth printing, and the answer code on line 0 is ASCII anyway.
QString decode8bit(const QByteArray &bytes, const char *charset);
QByteArray encode8bit(const QString &text, const char *charset);

inline constexpr const char *Koi8r = "KOI8-R";
inline constexpr const char *Cp1251 = "CP1251";

} // namespace devices::payments
