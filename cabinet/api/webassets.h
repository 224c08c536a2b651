#pragma once

// The owner's web cabinet (cabinet/web, built by Vite) served at `/`: every file is read into memory
// once at start, text files are gzipped once, and a request only looks a path up in a map, so no
// request can name a file outside the folder. Hashed assets are cached for a year; index.html never;
// any other path that is not an asset gets index.html (the pages route in the browser). `/api` is
// never shadowed: the router answers it before the pages are asked.

#include "cabinet/api/http.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>

namespace cabinet::api {

class WebAssets
{
public:
    // Reads `root` (must hold index.html); nullopt with `error` set when it cannot.
    static std::optional<WebAssets> load(const std::filesystem::path &root, std::string &error);

    // The answer to a GET of `path` (no query): a file, the SPA's index.html, or 404 for a missing asset.
    Response serve(std::string_view method, std::string_view path) const;
    std::size_t fileCount() const { return m_files.size(); }

private:
    struct File
    {
        std::string contentType;
        std::shared_ptr<const std::string> body;
        std::shared_ptr<const std::string> gzipBody; // null when gzip would not pay
        bool immutable = false;
    };
    Response answer(const File &file) const;

    std::map<std::string, File, std::less<>> m_files; // by URL path, "/index.html"
};

} // namespace cabinet::api
