#pragma once

// Small helpers of the owner API: the error shape, JSON replies, query strings, cookies.

#include "cabinet/api/http.h"
#include "cabinet/json/json.h"

#include <map>
#include <string>

namespace cabinet::owner {

inline constexpr const char *kCookie = "prilavok_session";

api::Response reply(const json::Value &v, int status = 200);
api::Response noContent();
// {"error": {"code", "message"}} with a Russian message.
api::Response error(int status, const std::string &code, const std::string &message);
std::map<std::string, std::string> queryOf(const std::string &target);
std::string cookieValue(const std::string &cookieHeader, const std::string &name);

} // namespace cabinet::owner
