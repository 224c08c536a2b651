// libFuzzer target: a gzip request body never inflates past its limits, and a corrupt one is an
// error, not a crash.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <variant>

#include "cabinet/api/gzip.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace cabinet::api;
    const std::string_view body(reinterpret_cast<const char *>(data), size);
    const InflateLimits limits{64 * 1024, 20, 4096};
    auto out = inflateGzip(body, limits);
    if (auto *text = std::get_if<std::string>(&out)) {
        const std::size_t allowed =
            std::min<std::size_t>(limits.maxBytes, std::max<std::size_t>(4096, size * 20));
        if (text->size() > allowed)
            std::abort();
        if (gunzip(gzip(*text), limits.maxBytes) != *text)
            std::abort(); // our own gzip must read back
    }
    return 0;
}
