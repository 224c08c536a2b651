#pragma once

// The text encoding of an imported file. Russian shops' spreadsheets are saved as UTF-8 or as
// Windows-1251 (Excel's "CSV" on a Russian Windows); anything stored must be valid UTF-8, so a
// Windows-1251 file is converted and any other invalid byte is refused with its position.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace csv {

enum class Encoding { Utf8, Windows1251 };

bool isValidUtf8(std::string_view text);
// UTF-8 when the sample is valid UTF-8 (a sequence cut at the sample's end is allowed), otherwise
// Windows-1251, which maps every byte to a character.
Encoding detectEncoding(std::string_view sample);
// The text as UTF-8.
std::string windows1251ToUtf8(std::string_view text);
// The field as valid UTF-8; nullopt when it is not text in `encoding` (a bad UTF-8 sequence, or
// Windows-1251's one unassigned byte, 98h).
std::optional<std::string> toUtf8(std::string_view field, Encoding encoding);
// One character of the Basic Multilingual Plane, appended as UTF-8.
void appendUtf8(std::string &out, char16_t c);

} // namespace csv
