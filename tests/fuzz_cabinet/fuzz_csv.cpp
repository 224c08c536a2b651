// libFuzzer target: the catalog import's CSV reader ends every input, with records or a clear
// error, never a crash or an endless loop.

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <stdexcept>
#include <string>

#include "cabinet/admin/csv.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char *>(data), size));
    try {
        for (std::size_t records = 0; cabinet::admin::readCsvRecord(in); ++records)
            if (records > size + 1)
                __builtin_trap(); // more records than bytes: the reader is not moving forward
    } catch (const std::runtime_error &) {
    }
    return 0;
}
