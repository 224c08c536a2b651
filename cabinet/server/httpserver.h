#pragma once

// The HTTP/1.1 front end: Boost.Beast on an io_context run by a small thread pool, one strand per
// connection. Beast stays inside httpserver.cpp so only one translation unit pays for it.

#include "cabinet/api/router.h"
#include "cabinet/server/tlsoptions.h"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace cabinet {

struct ServerOptions
{
    std::string address = "127.0.0.1";
    unsigned short port = 0; // 0: the kernel picks one; port() tells which
    int threads = 4;
    bool accessLog = true; // one JSON line per request on stderr
    // Bounds on what one client can hold (issue 21 §4). Body sizes are the router's (admit()).
    int maxConnections = 1024;
    int maxConnectionsPerClient = 64;
    std::vector<std::string> trustedProxies; // exempt from the per-client cap
    std::chrono::seconds headerTimeout{20};  // idle keep-alive plus the whole head: no slow loris
    std::chrono::seconds bodyTimeout{120};   // a 16 MiB batch on a slow shop line
    int maxRequestsPerConnection = 1000;
    TlsOptions tls; // no certificate: plain HTTP (behind a TLS-terminating proxy, or on loopback)
};

class HttpServer
{
public:
    HttpServer(api::Router &router, ServerOptions options);
    ~HttpServer();
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    unsigned short port() const;
    bool tls() const;
    // Serves until SIGINT or SIGTERM, then drains the worker threads and returns.
    void run();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cabinet
