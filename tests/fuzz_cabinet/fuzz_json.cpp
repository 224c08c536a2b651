// libFuzzer target: any bytes given to the cabinet's JSON parser either fail cleanly or parse into a
// value that serializes and parses back to itself (the store keeps what it serialized).

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "cabinet/json/json.h"
#include "cabinet/store/storable.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace cabinet;
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    auto parsed = json::tryParse(text);
    if (!parsed)
        return 0;
    (void)storageProblem(*parsed);
    const std::string once = json::serialize(*parsed);
    auto again = json::tryParse(once);
    if (!again || json::serialize(*again) != once || !(*again == *parsed))
        std::abort(); // a value the store wrote would not read back the same
    return 0;
}
