#pragma once

// Text encodings of the registrar: Windows-1251 for everything printed, CP866 for TLV strings that
// go to the FN. Our strings are UTF-8; characters a code page lacks become '?'.

#include <string>
#include <string_view>

#include "fiscal/codec/bytes.h"

namespace fiscal {

enum class CodePage { Cp1251, Cp866 };

Bytes encodeText(std::string_view utf8, CodePage page);
std::string decodeText(ByteView bytes, CodePage page);

// A fixed-width printed field (the 40-byte text of 80h, 85h, 17h ...): CP1251, cut or padded with NUL.
Bytes encodeFixedText(std::string_view utf8, std::size_t width);
// Decodes a fixed-width field, stopping at the first NUL.
std::string decodeFixedText(ByteView bytes);

// Number of Unicode characters in a UTF-8 string (for field length limits in characters).
std::size_t utf8Length(std::string_view utf8);

} // namespace fiscal
