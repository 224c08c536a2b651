#include "cabinet/api/gzip.h"

#include <algorithm>

#include <zlib.h>

namespace cabinet::api {

namespace {

std::size_t allowedOutput(std::string_view data, const InflateLimits &limits)
{
    if (limits.maxRatio == 0)
        return limits.maxBytes;
    const std::size_t byRatio = std::max(limits.ratioFloor, data.size() * limits.maxRatio);
    return std::min(limits.maxBytes, byRatio);
}

} // namespace

std::variant<std::string, InflateError> inflateGzip(std::string_view data, const InflateLimits &limits)
{
    const std::size_t allowed = allowedOutput(data, limits);
    z_stream zs{};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) // 16: expect a gzip header
        return InflateError::Corrupt;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    std::string out;
    char buf[16384]; // small steps, so inflating stops close to the limit
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef *>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return InflateError::Corrupt;
        }
        out.append(buf, sizeof buf - zs.avail_out);
        if (out.size() > allowed) {
            inflateEnd(&zs);
            return InflateError::TooLarge;
        }
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
            inflateEnd(&zs);
            return InflateError::Corrupt; // truncated input
        }
    }
    inflateEnd(&zs);
    return out;
}

std::optional<std::string> gunzip(std::string_view data, std::size_t maxBytes)
{
    auto result = inflateGzip(data, {maxBytes, 0, 0});
    if (auto *text = std::get_if<std::string>(&result))
        return std::move(*text);
    return std::nullopt;
}

std::string gzip(std::string_view data)
{
    z_stream zs{};
    deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    std::string out(deflateBound(&zs, static_cast<uLong>(data.size())), '\0');
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

} // namespace cabinet::api
