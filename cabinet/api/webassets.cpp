#include "cabinet/api/webassets.h"

#include "cabinet/api/gzip.h"

#include <fstream>
#include <sstream>
#include <utility>

namespace cabinet::api {

namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxFileBytes = 32 * 1024 * 1024;
constexpr std::size_t kMaxFiles = 10000;

std::string contentTypeOf(const fs::path &file)
{
    static const std::map<std::string, std::string, std::less<>> types = {
        {".html", "text/html; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".json", "application/json"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".ico", "image/x-icon"},
        {".woff2", "font/woff2"},
        {".txt", "text/plain; charset=utf-8"},
        {".webmanifest", "application/manifest+json"}};
    const auto it = types.find(file.extension().string());
    return it == types.end() ? "application/octet-stream" : it->second;
}

bool compressible(const std::string &contentType)
{
    return contentType.rfind("text/", 0) == 0 || contentType == "application/json" ||
           contentType == "image/svg+xml" || contentType == "application/manifest+json";
}

std::optional<std::string> readFile(const fs::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream out;
    out << in.rdbuf();
    return std::move(out).str();
}

// Headers every page answer carries: the pages run only our own scripts and are never framed.
// Naive UI writes its styles at run time, hence 'unsafe-inline' for styles (and only for styles).
void securityHeaders(Response &r)
{
    r.headers.emplace_back("X-Content-Type-Options", "nosniff");
    r.headers.emplace_back("X-Frame-Options", "DENY");
    r.headers.emplace_back("Referrer-Policy", "same-origin");
    r.headers.emplace_back(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'");
}

} // namespace

std::optional<WebAssets> WebAssets::load(const fs::path &root, std::string &error)
{
    std::error_code ec;
    if (!fs::is_regular_file(root / "index.html", ec)) {
        error = "no index.html in " + root.string() + " (build the pages: cmake --build, needs Node.js)";
        return std::nullopt;
    }
    WebAssets assets;
    for (auto it = fs::recursive_directory_iterator(root, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec) || it->file_size(ec) > kMaxFileBytes)
            continue;
        if (assets.m_files.size() >= kMaxFiles) {
            error = "more than 10000 files in " + root.string();
            return std::nullopt;
        }
        auto body = readFile(it->path());
        if (!body) {
            error = "cannot read " + it->path().string();
            return std::nullopt;
        }
        File file;
        file.contentType = contentTypeOf(it->path());
        const std::string urlPath = "/" + fs::relative(it->path(), root, ec).generic_string();
        // Vite names what it emits under assets/ by content hash: such a file never changes.
        file.immutable = urlPath.rfind("/assets/", 0) == 0;
        if (compressible(file.contentType) && body->size() > 1024) {
            auto packed = gzip(*body);
            if (packed.size() < body->size())
                file.gzipBody = std::make_shared<const std::string>(std::move(packed));
        }
        file.body = std::make_shared<const std::string>(std::move(*body));
        assets.m_files.emplace(urlPath, std::move(file));
    }
    if (ec) {
        error = "cannot list " + root.string() + ": " + ec.message();
        return std::nullopt;
    }
    return assets;
}

Response WebAssets::answer(const File &file) const
{
    Response r;
    r.contentType = file.contentType;
    r.body = *file.body;
    r.gzipBody = file.gzipBody;
    r.headers.emplace_back("Cache-Control",
                           file.immutable ? "public, max-age=31536000, immutable" : "no-cache");
    r.headers.emplace_back("Vary", "Accept-Encoding");
    securityHeaders(r);
    return r;
}

Response WebAssets::serve(std::string_view method, std::string_view path) const
{
    if (method != "GET") {
        Response r;
        r.status = 405;
        r.contentType = "text/plain; charset=utf-8";
        r.body = "method not allowed\n";
        r.headers.emplace_back("Allow", "GET");
        return r;
    }
    if (path != "/" && path != "/index.html") {
        if (const auto it = m_files.find(path); it != m_files.end())
            return answer(it->second);
        // A missing script or style must fail loudly, not turn into the page (a stale tab after an upgrade).
        const auto slash = path.rfind('/');
        const bool looksLikeFile =
            path.find('.', slash == std::string_view::npos ? 0 : slash) != std::string_view::npos;
        if (path.rfind("/assets/", 0) == 0 || looksLikeFile) {
            Response r;
            r.status = 404;
            r.contentType = "text/plain; charset=utf-8";
            r.body = "not found\n";
            r.headers.emplace_back("Cache-Control", "no-cache");
            return r;
        }
    }
    return answer(m_files.at("/index.html"));
}

} // namespace cabinet::api
