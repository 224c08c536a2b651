#include "cabinet/owner/http.h"

#include <charconv>

namespace cabinet::owner {

api::Response reply(const json::Value &v, int status)
{
    api::Response r;
    r.status = status;
    r.body = json::serialize(v);
    return r;
}

api::Response noContent()
{
    api::Response r;
    r.status = 204;
    return r;
}

api::Response error(int status, const std::string &code, const std::string &message)
{
    json::Value e;
    e.set("code", code);
    e.set("message", message);
    json::Value v;
    v.set("error", std::move(e));
    api::Response r = reply(v, status);
    r.errorCode = code;
    return r;
}

namespace {

std::string decode(std::string_view s)
{
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        int v = 0;
        if (s[i] == '%' && i + 2 < s.size() &&
            std::from_chars(s.data() + i + 1, s.data() + i + 3, v, 16).ptr == s.data() + i + 3) {
            out += char(v);
            i += 2;
        } else {
            out += s[i] == '+' ? ' ' : s[i];
        }
    }
    return out;
}

} // namespace

std::map<std::string, std::string> queryOf(const std::string &target)
{
    std::map<std::string, std::string> out;
    const auto q = target.find('?');
    if (q == std::string::npos)
        return out;
    std::string_view rest = std::string_view(target).substr(q + 1);
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        const std::string_view part = rest.substr(0, amp);
        const auto eq = part.find('=');
        if (eq != std::string_view::npos)
            out[decode(part.substr(0, eq))] = decode(part.substr(eq + 1));
        rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
    }
    return out;
}

std::string cookieValue(const std::string &header, const std::string &name)
{
    std::string_view rest = header;
    while (!rest.empty()) {
        const auto semi = rest.find(';');
        std::string_view part = rest.substr(0, semi);
        while (!part.empty() && part.front() == ' ')
            part.remove_prefix(1);
        if (part.size() > name.size() && part.substr(0, name.size()) == name && part[name.size()] == '=')
            return std::string(part.substr(name.size() + 1));
        rest = semi == std::string_view::npos ? std::string_view() : rest.substr(semi + 1);
    }
    return {};
}

} // namespace cabinet::owner
