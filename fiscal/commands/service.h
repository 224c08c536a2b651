#pragma once

// Printer and service commands: 13h beep, 17h print string, 25h cut, 28h drawer, B0h continue
// printing, 1Ah/1Bh registers, 1Eh/1Fh tables.

#include <string_view>

#include "fiscal/commands/request.h"

namespace fiscal {

// Flags byte of 12h/17h.
namespace printflag {
inline constexpr std::uint8_t Journal = 0x01;
inline constexpr std::uint8_t Receipt = 0x02;
inline constexpr std::uint8_t Wrap = 0x40;
inline constexpr std::uint8_t Deferred = 0x80;
} // namespace printflag

inline constexpr std::size_t PrintStringWidth = 40; // the field is 40 bytes or more

Request beepRequest(Password password);
// 17h: the text in CP1251, padded with NUL to 40 bytes; longer text (newer firmware) is sent whole
// up to what a frame holds.
RequestResult printStringRequest(Password password, std::string_view utf8,
                                 std::uint8_t flags = printflag::Receipt);
Request cutRequest(Password password, bool partial);
Request openDrawerRequest(Password password, std::uint8_t drawer = 0);
Request continuePrintRequest(Password password);

struct RegisterValue
{
    std::uint8_t operatorNumber = 0;
    std::uint64_t value = 0;
    friend bool operator==(const RegisterValue &, const RegisterValue &) = default;
};
Request readMoneyRegisterRequest(Password password, std::uint8_t reg);
Result<RegisterValue> parseMoneyRegister(ByteView data); // 6-byte value
Request readOperationalRegisterRequest(Password password, std::uint8_t reg);
Result<RegisterValue> parseOperationalRegister(ByteView data); // 2-byte value

struct TableCell
{
    std::uint8_t table = 0;
    std::uint16_t row = 0;
    std::uint8_t field = 0;
    friend bool operator==(const TableCell &, const TableCell &) = default;
};
RequestResult writeTableRequest(Password password, const TableCell &cell, ByteView value);
Request readTableRequest(Password password, const TableCell &cell);
// 1Fh returns the field's raw bytes (binary LE or CP1251 text, as the field's type says).
Result<Bytes> parseTableValue(ByteView data);

// Table 4 "Текст в чеке" of the ФН-era models, field 1 of each row: the advertising text
// ("рекламный текст") printed at the end of every document from row 1, the header ("клише")
// printed at its top from row 11 (the vendor's JavaPOS driver: trailer row 1, header row 11,
// 4 header lines). One row is one printed line.
namespace receipttext {
inline constexpr std::uint8_t Table = 4;
inline constexpr std::uint8_t Field = 1;
inline constexpr std::uint16_t TrailerFirstRow = 1;
inline constexpr int TrailerRows = 10;
inline constexpr std::uint16_t HeaderFirstRow = 11;
inline constexpr int HeaderRows = 4;
} // namespace receipttext

// Table 17 row 1 field 7 = 1: the next document is not printed (an electronic receipt sent to the
// buyer's phone or e-mail, tag 1008); the device clears it after that document. The vendor's
// JavaPOS driver writes it on desktop models before the receipt's lines.
namespace skipprint {
inline constexpr std::uint8_t Table = 17;
inline constexpr std::uint16_t Row = 1;
inline constexpr std::uint8_t Field = 7;
} // namespace skipprint

} // namespace fiscal
