#pragma once

// The settings tables of 1Eh/1Fh/2Dh/2Eh, limited to what the app and common drivers touch:
// table 1 (device mode), 2 (operator passwords and names), 4 (header and advertising text), 5 (payment
// type names), 6 (tax rates), 18 (fiscal storage / user data) and 21 (network). Only changed fields are
// stored in the state; the rest come from these defaults.

#include <cstdint>
#include <optional>
#include <string>

#include "fiscal/codec/bytes.h"

namespace fiscal::emu {

struct FieldDef
{
    std::uint8_t table;
    std::uint8_t field;
    const char *name; // UTF-8, printed in CP1251 by 2Eh
    bool text;        // CHAR (true) or BIN (false)
    std::uint8_t size;
    std::uint64_t min, max; // for BIN fields
};

struct TableDef
{
    std::uint8_t table;
    const char *name;
    std::uint16_t rows;
    std::uint8_t fields;
};

const TableDef *findTable(int table);
const FieldDef *findField(int table, int field);
// The factory value of a field, already sized (BIN little-endian, CHAR CP1251 padded with NUL).
Bytes defaultFieldValue(const FieldDef &def, int row);
std::string tableKey(int table, int row, int field);

} // namespace fiscal::emu
