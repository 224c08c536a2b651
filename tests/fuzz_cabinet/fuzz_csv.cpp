// libFuzzer target: the shared CSV reader ends every input, with records or a csv::Error naming a
// line, never a crash or an endless loop; every field decodes to valid UTF-8 as the importers do.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "csv/csvreader.h"
#include "csv/encoding.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto reader = csv::Reader::overBytes(text, csv::detectSeparator(text), {4096, 100});
    const csv::Encoding encoding = csv::detectEncoding(text.substr(0, 65536));
    std::vector<std::string> fields;
    try {
        for (std::size_t records = 0; reader.next(fields); ++records) {
            if (records > size + 1)
                __builtin_trap(); // more records than bytes: the reader is not moving forward
            for (const std::string &field : fields)
                if (auto utf8 = csv::toUtf8(field, encoding); utf8 && !csv::isValidUtf8(*utf8))
                    __builtin_trap();
        }
    } catch (const csv::Error &) {
    }
    return 0;
}
