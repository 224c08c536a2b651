#include "cabinet/server/httpserver.h"

#include "cabinet/api/gzip.h"
#include "cabinet/server/connectionlimits.h"
#include "cabinet/util/clock.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <array>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <thread>

namespace cabinet {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

std::mutex g_logMutex;

void logLine(const std::string &line)
{
    std::lock_guard lock(g_logMutex);
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

class Session : public std::enable_shared_from_this<Session>
{
public:
    Session(tcp::socket socket, std::string remote, std::shared_ptr<void> ticket, api::Router &router,
            const ServerOptions &options)
        : m_stream(std::move(socket))
        , m_timer(m_stream.get_executor())
        , m_router(router)
        , m_options(options)
        , m_remote(std::move(remote))
        , m_ticket(std::move(ticket))
    {}

    void start()
    {
        asio::dispatch(m_stream.get_executor(), [self = shared_from_this()] { self->read(); });
    }

private:
    // The head first: what the body may cost is decided before a byte of it is read.
    void read()
    {
        m_parser.emplace();
        m_parser->header_limit(16 * 1024);
        m_stream.expires_after(m_options.headerTimeout);
        http::async_read_header(
            m_stream, m_buffer, *m_parser,
            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onHeader(ec); });
    }

    void onHeader(beast::error_code ec)
    {
        if (ec) {
            onReadError(ec);
            return;
        }
        const auto &head = m_parser->get();
        api::RequestHead h;
        h.method = std::string(head.method_string());
        h.target = std::string(head.target());
        h.remoteIp = m_remote;
        h.forwardedFor = std::string(head["X-Forwarded-For"]);
        if (auto length = m_parser->content_length())
            h.contentLength = *length;
        api::Admission admission = m_router.admit(h);
        if (admission.refusal) {
            refuse(std::move(*admission.refusal), h.method, h.target);
            return;
        }
        m_slot = std::move(admission.slot);
        m_parser->body_limit(admission.bodyLimit);
        m_stream.expires_after(m_options.bodyTimeout);
        http::async_read(
            m_stream, m_buffer, *m_parser,
            [self = shared_from_this()](beast::error_code bodyEc, std::size_t) { self->onRead(bodyEc); });
    }

    // Answers and closes, reading away what the client still sends (see drain()).
    void refuse(api::Response r, std::string method, std::string target)
    {
        m_keepAlive = false;
        m_drainAfterWrite = true;
        m_started = std::chrono::steady_clock::now();
        m_request = {};
        m_request.method = std::move(method);
        m_request.target = std::move(target);
        write(std::move(r));
    }

    void onReadError(beast::error_code ec)
    {
        if (ec == http::error::end_of_stream) {
            m_stream.socket().shutdown(tcp::socket::shutdown_send, ec);
            return;
        }
        if (ec == http::error::body_limit) {
            refuse(api::errorResponse({413, "PAYLOAD_TOO_LARGE",
                                       "the request body is over this endpoint's limit; split the batch",
                                       false, 0}),
                   std::string(m_parser->get().method_string()), std::string(m_parser->get().target()));
            return;
        }
        if (ec.category() == http::make_error_code(http::error::bad_target).category()) {
            // A malformed request (both Transfer-Encoding and Content-Length, a bad length, a head
            // over the limit): one answer, then the connection is closed.
            refuse(
                api::errorResponse({400, "BAD_REQUEST", "malformed HTTP request: " + ec.message(), false, 0}),
                {}, {});
            return;
        }
        // Timeout or reset: nothing to answer.
    }

    void onRead(beast::error_code ec)
    {
        if (ec) {
            onReadError(ec);
            return;
        }
        m_started = std::chrono::steady_clock::now();
        auto msg = m_parser->release();
        m_keepAlive = msg.keep_alive() && ++m_served < m_options.maxRequestsPerConnection;
        m_acceptGzip = std::string(msg[http::field::accept_encoding]).find("gzip") != std::string::npos;
        m_request = {};
        m_request.method = std::string(msg.method_string());
        m_request.target = std::string(msg.target());
        m_request.authorization = std::string(msg[http::field::authorization]);
        m_request.contentEncoding = std::string(msg[http::field::content_encoding]);
        m_request.faultHeader = std::string(msg["X-Prilavok-Fault"]);
        m_request.remoteIp = m_router.clientAddress(m_remote, std::string(msg["X-Forwarded-For"]));
        m_request.body = std::move(msg.body());
        handle(true);
    }

    void handle(bool mayWait)
    {
        api::Response r = m_router.handle(m_request, mayWait);
        if (r.pollAgain) {
            if (m_waitUntil == std::chrono::steady_clock::time_point{})
                m_waitUntil = r.waitUntil;
            bool last = std::chrono::steady_clock::now() + std::chrono::milliseconds(250) >= m_waitUntil;
            m_timer.expires_after(std::chrono::milliseconds(250));
            m_timer.async_wait([self = shared_from_this(), last](beast::error_code ec) {
                if (!ec)
                    self->handle(!last);
            });
            return;
        }
        m_waitUntil = {};
        write(std::move(r));
    }

    void write(api::Response r)
    {
        if (r.dropConnection) {
            access(r, 0);
            beast::error_code ec;
            m_stream.socket().shutdown(tcp::socket::shutdown_both, ec);
            m_stream.socket().close(ec);
            return;
        }
        auto res = std::make_shared<http::response<http::string_body>>(http::status(unsigned(r.status)), 11);
        res->set(http::field::server, "prilavok-cabinet");
        res->set(http::field::content_type, r.contentType);
        char timing[64];
        std::snprintf(timing, sizeof timing, "app;dur=%.3f", r.serverMs);
        res->set("Server-Timing", timing);
        if (r.retryAfterMs > 0)
            res->set(http::field::retry_after, std::to_string((r.retryAfterMs + 999) / 1000));
        if (m_acceptGzip && r.body.size() > 1024) {
            r.body = api::gzip(r.body);
            res->set(http::field::content_encoding, "gzip");
        }
        res->body() = std::move(r.body);
        res->keep_alive(m_keepAlive);
        res->prepare_payload();
        access(r, res->body().size());
        m_slot.reset(); // the work is done; only the bytes are still on their way
        http::async_write(m_stream, *res,
                          [self = shared_from_this(), res](beast::error_code ec, std::size_t) {
                              // Beast reports end_of_stream after a "Connection: close" message.
                              if (ec && ec != http::error::end_of_stream)
                                  return;
                              if (!res->keep_alive()) {
                                  self->m_stream.socket().shutdown(tcp::socket::shutdown_send, ec);
                                  if (self->m_drainAfterWrite)
                                      self->drain();
                                  return;
                              }
                              self->read();
                          });
    }

    // Lingering close after an early 413: read and discard what the client is still sending, so it
    // finishes its write and reads our answer instead of meeting a connection reset.
    void drain()
    {
        m_stream.expires_after(std::chrono::seconds(10));
        m_stream.async_read_some(asio::buffer(m_drainBuffer),
                                 [self = shared_from_this()](beast::error_code ec, std::size_t) {
                                     if (!ec)
                                         self->drain();
                                 });
    }

    void access(const api::Response &r, std::size_t bytesOut)
    {
        if (!m_options.accessLog)
            return;
        double ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_started).count();
        std::string path = m_request.target.substr(0, m_request.target.find('?'));
        json::Value v;
        v.set("ts", isoTime(nowMs()));
        v.set("remote", m_remote);
        v.set("method", m_request.method);
        v.set("path", path);
        v.set("status", r.status);
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.3f", ms);
        v.set("ms", json::Number{buf});
        std::snprintf(buf, sizeof buf, "%.3f", r.serverMs);
        v.set("server_ms", json::Number{buf});
        v.set("bytes_in", std::int64_t(m_request.body.size()));
        v.set("bytes_out", std::int64_t(bytesOut));
        if (!r.organizationId.empty())
            v.set("org", r.organizationId);
        if (!r.deviceId.empty())
            v.set("device", r.deviceId);
        if (!r.errorCode.empty())
            v.set("error", r.errorCode);
        if (r.dropConnection)
            v.set("fault", "drop-response");
        logLine(json::serialize(v));
    }

    beast::tcp_stream m_stream;
    asio::steady_timer m_timer;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    api::Router &m_router;
    const ServerOptions &m_options;
    std::string m_remote;
    std::shared_ptr<void> m_ticket; // this connection's place under the connection caps
    std::shared_ptr<void> m_slot;   // this request's place under the unauthenticated cap
    int m_served = 0;
    api::Request m_request;
    bool m_keepAlive = true;
    bool m_acceptGzip = false;
    bool m_drainAfterWrite = false;
    std::array<char, 65536> m_drainBuffer{};
    std::chrono::steady_clock::time_point m_started{};
    std::chrono::steady_clock::time_point m_waitUntil{};
};

} // namespace

struct HttpServer::Impl
{
    Impl(api::Router &r, ServerOptions opts)
        : router(r)
        , options(std::move(opts))
        , limits(options.maxConnections, options.maxConnectionsPerClient, options.trustedProxies)
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
        std::make_shared<Session>(std::move(socket), ip, std::move(ticket), router, options)->start();
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
