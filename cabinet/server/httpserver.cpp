#include "cabinet/server/httpserver.h"

#include "cabinet/server/connectionlimits.h"
#include "cabinet/server/session.h"
#include "cabinet/server/tlscontext.h"

#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>

#include <thread>

namespace cabinet {

using namespace server_detail;

struct HttpServer::Impl
{
    Impl(api::Router &r, ServerOptions opts)
        : router(r)
        , options(std::move(opts))
        , limits(options.maxConnections, options.maxConnectionsPerClient, options.trustedProxies)
        , tls(makeTlsContext(options.tls))
        , acceptor(ioc)
        , acceptRetry(ioc)
        , signals(ioc, SIGINT, SIGTERM)
    {
        tcp::endpoint ep(asio::ip::make_address(options.address), options.port);
        acceptor.open(ep.protocol());
        acceptor.set_option(asio::socket_base::reuse_address(true));
        acceptor.bind(ep);
        acceptor.listen(asio::socket_base::max_listen_connections);
    }

    void accept()
    {
        acceptor.async_accept(asio::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
            if (ec == asio::error::operation_aborted)
                return;
            if (ec) {
                backOff(ec); // out of descriptors: accepting again at once would spin at 100% CPU
                return;
            }
            start(std::move(socket));
            accept();
        });
    }

    void start(tcp::socket socket)
    {
        beast::error_code ec;
        const auto peer = socket.remote_endpoint(ec);
        if (ec)
            return;
        const std::string ip = peer.address().to_string();
        std::shared_ptr<void> ticket = limits.open(ip);
        if (!ticket) {
            socket.close(ec); // over a cap: the client sees a closed connection and retries later
            return;
        }
        socket.set_option(tcp::no_delay(true), ec);
        if (tls)
            std::make_shared<TlsSession>(beast::ssl_stream<beast::tcp_stream>(std::move(socket), *tls), ip,
                                         std::move(ticket), router, options)
                ->start();
        else
            std::make_shared<PlainSession>(beast::tcp_stream(std::move(socket)), ip, std::move(ticket),
                                           router, options)
                ->start();
    }

    void backOff(const beast::error_code &ec)
    {
        if (!acceptFailing)
            logLine("{\"event\":\"accept_failed\",\"error\":" + json::serialize(json::Value(ec.message())) +
                    "}");
        acceptFailing = true;
        acceptRetry.expires_after(std::chrono::milliseconds(100));
        acceptRetry.async_wait([this](beast::error_code waitEc) {
            if (waitEc)
                return;
            acceptFailing = false;
            accept();
        });
    }

    api::Router &router;
    ServerOptions options;
    ConnectionLimits limits; // before ioc: sessions give their tickets back while ioc is destroyed
    std::unique_ptr<asio::ssl::context> tls; // null: plain HTTP
    asio::io_context ioc;
    tcp::acceptor acceptor;
    asio::steady_timer acceptRetry;
    asio::signal_set signals;
    bool acceptFailing = false;
};

HttpServer::HttpServer(api::Router &router, ServerOptions options)
    : m_impl(std::make_unique<Impl>(router, std::move(options)))
{}

HttpServer::~HttpServer() = default;

unsigned short HttpServer::port() const
{
    return m_impl->acceptor.local_endpoint().port();
}

bool HttpServer::tls() const
{
    return m_impl->tls != nullptr;
}

void HttpServer::run()
{
    Impl &impl = *m_impl;
    impl.signals.async_wait([&impl](beast::error_code ec, int signal) {
        if (ec)
            return;
        logLine("{\"event\":\"shutdown\",\"signal\":" + std::to_string(signal) + "}");
        beast::error_code ignored;
        impl.acceptor.close(ignored);
        impl.ioc.stop();
    });
    impl.accept();
    std::vector<std::thread> workers;
    for (int i = 1; i < impl.options.threads; ++i)
        workers.emplace_back([&impl] { impl.ioc.run(); });
    impl.ioc.run();
    for (auto &t : workers)
        t.join();
}

} // namespace cabinet
