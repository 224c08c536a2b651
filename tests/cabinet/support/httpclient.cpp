#include "httpclient.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace cabinet::test {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

double HttpReply::serverMs() const
{
    auto it = headers.find("server-timing");
    if (it == headers.end())
        return -1;
    auto pos = it->second.find("dur=");
    return pos == std::string::npos ? -1 : std::atof(it->second.c_str() + pos + 4);
}

struct HttpClient::Impl
{
    unsigned short port;
    asio::io_context ioc;
    std::unique_ptr<beast::tcp_stream> stream;
    beast::flat_buffer buffer;
};

HttpClient::HttpClient(unsigned short port)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->port = port;
}

HttpClient::~HttpClient() = default;

HttpReply HttpClient::request(const std::string &method, const std::string &target, const std::string &body,
                              const std::string &token, const std::map<std::string, std::string> &headers)
{
    HttpReply reply;
    Impl &d = *m_impl;
    beast::error_code ec;
    if (!d.stream) {
        d.stream = std::make_unique<beast::tcp_stream>(d.ioc);
        d.stream->expires_after(std::chrono::seconds(60));
        d.stream->connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), d.port), ec);
        if (ec) {
            d.stream.reset();
            reply.error = ec.message();
            return reply;
        }
        d.buffer.clear();
    }
    http::request<http::string_body> req(http::string_to_verb(method), target, 11);
    req.set(http::field::host, "127.0.0.1");
    req.set(http::field::content_type, "application/json");
    if (!token.empty())
        req.set(http::field::authorization, "Bearer " + token);
    for (const auto &[k, v] : headers)
        req.set(k, v);
    req.body() = body;
    req.keep_alive(true);
    req.prepare_payload();

    d.stream->expires_after(std::chrono::seconds(60));
    http::write(*d.stream, req, ec);
    http::response_parser<http::string_body> parser;
    parser.body_limit(512 * 1024 * 1024);
    if (!ec)
        http::read(*d.stream, d.buffer, parser, ec);
    if (ec) {
        reply.error = ec.message();
        d.stream.reset();
        return reply;
    }
    auto res = parser.release();
    reply.status = int(res.result_int());
    reply.body = std::move(res.body());
    for (const auto &f : res) {
        std::string name(f.name_string());
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return char(std::tolower(c)); });
        reply.headers[name] = std::string(f.value());
    }
    if (!res.keep_alive())
        d.stream.reset();
    return reply;
}

void sendAndVanish(unsigned short port, const std::string &bytes)
{
    asio::io_context ioc;
    tcp::socket socket(ioc);
    beast::error_code ec;
    socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port), ec);
    if (ec)
        return;
    asio::write(socket, asio::buffer(bytes), ec);
    socket.close(ec);
}

std::string rawRequest(const std::string &method, const std::string &target, const std::string &body,
                       const std::string &token)
{
    return method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
           "Authorization: Bearer " + token + "\r\nContent-Length: " + std::to_string(body.size()) +
           "\r\n\r\n" + body;
}

} // namespace cabinet::test
