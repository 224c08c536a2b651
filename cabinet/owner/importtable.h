#pragma once

// An uploaded catalog file as a table of UTF-8 text: a CSV (UTF-8 with or without BOM, or
// Windows-1251; `;` or `,`) or an XLSX (its first sheet). The first row names the columns. A file
// that cannot be read at all is one Russian message; rows are judged later, one by one.

#include <string>
#include <string_view>
#include <vector>

#include "cabinet/owner/xlsxreader.h"

namespace cabinet::owner {

inline constexpr std::size_t kImportMaxRows = 50000;

struct ImportTable
{
    std::vector<std::string> header;
    std::vector<SheetRow> rows; // `number`: the file's line (CSV) or the sheet's row (XLSX)
    std::string error;          // Russian; empty when the file was read
};

// `format` is "csv", "xlsx" or empty (an XLSX is recognised by its zip signature).
ImportTable readImportTable(std::string_view bytes, std::string_view format);

} // namespace cabinet::owner
