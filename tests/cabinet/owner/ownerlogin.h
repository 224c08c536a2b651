#pragma once

// Signing in to the owner API as a person would (the session cookie and the CSRF token it answers
// with), and calling it with both: shared by the owner API fixture and the tests that start their
// own server.

#include "support/httpclient.h"

#include <gtest/gtest.h>

#include <string>

namespace cabinet::test {

struct OwnerLogin
{
    std::string cookie, csrf;
};

inline OwnerLogin ownerLogin(HttpClient &http, const std::string &email, const std::string &password)
{
    json::Value body;
    body.set("email", email);
    body.set("password", password);
    auto r = http.post("/api/owner/v1/auth/login", body);
    EXPECT_EQ(r.status, 200) << r.body;
    const std::string setCookie = r.headers["set-cookie"];
    EXPECT_NE(setCookie.find("HttpOnly"), std::string::npos);
    EXPECT_NE(setCookie.find("SameSite=Strict"), std::string::npos);
    return {setCookie.substr(0, setCookie.find(';')), r.json().stringAt("csrf_token").value_or("")};
}

// `path` is below /api/owner/v1; `body` is sent as it is.
inline HttpReply ownerCall(HttpClient &http, const OwnerLogin &l, const std::string &method,
                           const std::string &path, const std::string &body = {})
{
    return http.request(method, "/api/owner/v1" + path, body, {},
                        {{"Cookie", l.cookie}, {"X-CSRF-Token", l.csrf}});
}

} // namespace cabinet::test
