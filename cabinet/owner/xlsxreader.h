#pragma once

// The first sheet of an XLSX workbook as rows of text, for the catalog import. The zip is read with
// libzip and the XML with expat (Debian's, security-maintained; no inflater or XML parser of our own).
// Bounded: every part read is capped, so a zip bomb or a huge sheet ends with a message, not with
// the server's memory. A DTD is refused (no entity expansion at all).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cabinet::owner {

struct SheetRow
{
    int number = 0;                 // the row's number as Excel shows it (1-based)
    std::vector<std::string> cells; // by column, A first; missing cells are empty
};

struct SheetLimits
{
    std::size_t maxPartBytes = 64 * 1024 * 1024; // one part (the sheet, the shared strings) unzipped
    std::size_t maxRows = 50001;                 // the header and the data rows
    std::size_t maxColumns = 200;
};

struct Sheet
{
    std::vector<SheetRow> rows;
    std::string error; // in Russian, for the owner; empty when read
};

// `bytes` is the whole file. Numbers come as their shortest decimal text ("129.9", "4601234567893").
Sheet readFirstSheet(std::string_view bytes, const SheetLimits &limits = {});

} // namespace cabinet::owner
