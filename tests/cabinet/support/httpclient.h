#pragma once

// A blocking HTTP/1.1 client on loopback for tests and benchmarks. It keeps one connection alive and
// never retries by itself: a dropped answer must reach the test as a transport error.

#include "cabinet/json/json.h"

#include <map>
#include <memory>
#include <string>

namespace cabinet::test {

struct HttpReply
{
    int status = 0; // 0: transport error (connection refused, reset, closed without an answer)
    std::string body;
    std::map<std::string, std::string> headers; // lowercase names
    std::string error;

    // Parsed once and kept, so references into it live as long as the reply.
    const json::Value &json() const
    {
        if (!m_parsed) {
            m_json = json::tryParse(body).value_or(json::Value());
            m_parsed = true;
        }
        return m_json;
    }
    // The server's own time for the request, from Server-Timing: app;dur=X.
    double serverMs() const;

private:
    mutable json::Value m_json;
    mutable bool m_parsed = false;
};

class HttpClient
{
public:
    explicit HttpClient(unsigned short port);
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    HttpReply request(const std::string &method, const std::string &target, const std::string &body = {},
                      const std::string &token = {}, const std::map<std::string, std::string> &headers = {});
    HttpReply get(const std::string &target, const std::string &token = {})
    {
        return request("GET", target, {}, token);
    }
    HttpReply post(const std::string &target, const json::Value &body, const std::string &token = {},
                   const std::map<std::string, std::string> &headers = {})
    {
        return request("POST", target, json::serialize(body), token, headers);
    }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// Writes raw bytes on a fresh connection and closes it without reading: a till killed mid-push.
void sendAndVanish(unsigned short port, const std::string &bytes);

// A complete HTTP request as the wire carries it.
std::string rawRequest(const std::string &method, const std::string &target, const std::string &body,
                       const std::string &token);

} // namespace cabinet::test
