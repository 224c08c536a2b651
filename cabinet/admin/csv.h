#pragma once

// RFC 4180 CSV reading for catalog import: quoted fields, doubled quotes, CRLF or LF line ends.

#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace cabinet::admin {

// Reads one record; nullopt at end of input. Throws std::runtime_error on an unterminated quote.
std::optional<std::vector<std::string>> readCsvRecord(std::istream &in);

} // namespace cabinet::admin
