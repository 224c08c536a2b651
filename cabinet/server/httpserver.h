#pragma once

// The HTTP/1.1 front end: Boost.Beast on an io_context run by a small thread pool, one strand per
// connection. Beast stays inside httpserver.cpp so only one translation unit pays for it.

#include "cabinet/api/router.h"

#include <memory>
#include <string>

namespace cabinet {

struct ServerOptions
{
    std::string address = "127.0.0.1";
    unsigned short port = 0; // 0: the kernel picks one; port() tells which
    int threads = 4;
    std::size_t maxBodyBytes = 16 * 1024 * 1024;
    bool accessLog = true; // one JSON line per request on stderr
};

class HttpServer
{
public:
    HttpServer(api::Router &router, ServerOptions options);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    unsigned short port() const;
    // Serves until SIGINT or SIGTERM, then drains the worker threads and returns.
    void run();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cabinet
