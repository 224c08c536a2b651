#pragma once

// One HTTP/1.1 connection (plain or TLS): the head is read first and the router decides what the
// body may cost; then the body, the router's answer (long polls asked again on a timer), and
// keep-alive within the limits of ServerOptions. Included only by httpserver.cpp, which is the one
// translation unit that pays for Beast.

#include <array>
#include <chrono>
#include <cstdio>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include "cabinet/api/gzip.h"
#include "cabinet/api/router.h"
#include "cabinet/server/accesslog.h"
#include "cabinet/server/httpserver.h"

namespace cabinet::server_detail {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

// One connection, plain or TLS: the same request cycle over either stream.
template<class Stream>
class Session : public std::enable_shared_from_this<Session<Stream>>
{
public:
    Session(Stream stream, std::string remote, std::shared_ptr<void> ticket, api::Router &router,
            const ServerOptions &options)
        : m_stream(std::move(stream))
        , m_timer(m_stream.get_executor())
        , m_router(router)
        , m_options(options)
        , m_remote(std::move(remote))
        , m_ticket(std::move(ticket))
    {}

    void start()
    {
        asio::dispatch(m_stream.get_executor(), [self = this->shared_from_this()] {
            if constexpr (IsTls) {
                // The handshake is part of the head: a client that never finishes it holds nothing.
                self->lowest().expires_after(self->m_options.headerTimeout);
                self->m_stream.async_handshake(asio::ssl::stream_base::server, [self](beast::error_code ec) {
                    if (!ec)
                        self->read();
                });
            } else {
                self->read();
            }
        });
    }

private:
    static constexpr bool IsTls = !std::is_same_v<Stream, beast::tcp_stream>;

    beast::tcp_stream &lowest() { return beast::get_lowest_layer(m_stream); }

    // Half-close after the last answer; over TLS, the close_notify first.
    void closeSend()
    {
        beast::error_code ec;
        if constexpr (IsTls) {
            m_stream.async_shutdown([self = this->shared_from_this()](beast::error_code) {
                beast::error_code ignored;
                self->lowest().socket().shutdown(tcp::socket::shutdown_send, ignored);
            });
        } else {
            lowest().socket().shutdown(tcp::socket::shutdown_send, ec);
        }
    }

    // The head first: what the body may cost is decided before a byte of it is read.
    void read()
    {
        m_parser.emplace();
        m_parser->header_limit(16 * 1024);
        // Beast compares a Content-Length with the body limit while it parses the head, and its default
        // (1 MB) would refuse the larger bodies some routes take (a push batch, a catalog file) before
        // admit() sees them. admit() checks the Content-Length against the route's own limit and then
        // sets that limit for the body (a chunked one included). Not boost::none: Boost 1.74 compares
        // the length with the empty optional and refuses every body.
        m_parser->body_limit(std::numeric_limits<std::uint64_t>::max());
        lowest().expires_after(m_options.headerTimeout);
        http::async_read_header(
            m_stream, m_buffer, *m_parser,
            [self = this->shared_from_this()](beast::error_code ec, std::size_t) { self->onHeader(ec); });
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
        m_bodyLimit = admission.bodyLimit;
        m_parser->body_limit(admission.bodyLimit);
        lowest().expires_after(m_options.bodyTimeout);
        http::async_read(m_stream, m_buffer, *m_parser,
                         [self = this->shared_from_this()](beast::error_code bodyEc, std::size_t) {
                             self->onRead(bodyEc);
                         });
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
            closeSend();
            return;
        }
        if (ec == http::error::body_limit) {
            refuse(api::errorResponse(api::bodyTooLarge(std::string(m_parser->get().target()), m_bodyLimit)),
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
        m_request.cookie = std::string(msg[http::field::cookie]);
        m_request.csrfToken = std::string(msg["X-CSRF-Token"]);
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
            m_timer.async_wait([self = this->shared_from_this(), last](beast::error_code ec) {
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
            lowest().socket().shutdown(tcp::socket::shutdown_both, ec);
            lowest().socket().close(ec);
            return;
        }
        auto res = std::make_shared<http::response<http::string_body>>(http::status(unsigned(r.status)), 11);
        res->set(http::field::server, "prilavok-cabinet");
        res->set(http::field::content_type, r.contentType);
        char timing[64];
        std::snprintf(timing, sizeof timing, "app;dur=%.3f", r.serverMs);
        res->set("Server-Timing", timing);
        if (!r.setCookie.empty())
            res->set(http::field::set_cookie, r.setCookie + (IsTls ? "; Secure" : ""));
        if (r.retryAfterMs > 0)
            res->set(http::field::retry_after, std::to_string((r.retryAfterMs + 999) / 1000));
        for (const auto &[name, value] : r.headers)
            res->set(name, value);
        if (m_acceptGzip && r.gzipBody) {
            r.body = *r.gzipBody;
            res->set(http::field::content_encoding, "gzip");
        } else if (m_acceptGzip && r.body.size() > 1024 && !r.gzipBody) {
            r.body = api::gzip(r.body);
            res->set(http::field::content_encoding, "gzip");
        }
        res->body() = std::move(r.body);
        res->keep_alive(m_keepAlive);
        res->prepare_payload();
        access(r, res->body().size());
        m_slot.reset(); // the work is done; only the bytes are still on their way
        http::async_write(m_stream, *res,
                          [self = this->shared_from_this(), res](beast::error_code ec, std::size_t) {
                              // Beast reports end_of_stream after a "Connection: close" message.
                              if (ec && ec != http::error::end_of_stream)
                                  return;
                              if (!res->keep_alive()) {
                                  if (!self->m_drainAfterWrite) {
                                      self->closeSend();
                                      return;
                                  }
                                  self->lowest().socket().shutdown(tcp::socket::shutdown_send, ec);
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
        lowest().expires_after(std::chrono::seconds(10));
        m_stream.async_read_some(asio::buffer(m_drainBuffer),
                                 [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                                     if (!ec)
                                         self->drain();
                                 });
    }

    void access(const api::Response &r, std::size_t bytesOut)
    {
        if (m_options.accessLog)
            logAccess(m_remote, m_request, r, bytesOut, m_started);
    }

    Stream m_stream;
    asio::steady_timer m_timer;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    api::Router &m_router;
    const ServerOptions &m_options;
    std::string m_remote;
    std::shared_ptr<void> m_ticket; // this connection's place under the connection caps
    std::size_t m_bodyLimit = 0;    // this request's, for the 413 of a chunked body over it
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

using PlainSession = Session<beast::tcp_stream>;
using TlsSession = Session<beast::ssl_stream<beast::tcp_stream>>;

} // namespace cabinet::server_detail
