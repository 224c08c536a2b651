#pragma once

// PostgreSQL array literals ('{"a","b",NULL}') for binding a whole batch as one parameter, so a
// 500-document push is three statements instead of a thousand round trips (§7 bulk ingest).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cabinet::db {

class PgArray
{
public:
    void add(std::string_view text)
    {
        sep();
        m_text += '"';
        for (char c : text) {
            if (c == '"' || c == '\\')
                m_text += '\\';
            m_text += c;
        }
        m_text += '"';
    }
    void add(std::int64_t n)
    {
        sep();
        m_text += std::to_string(n);
    }
    void add(const std::optional<std::string> &text)
    {
        if (text) {
            add(std::string_view(*text));
        } else {
            sep();
            m_text += "NULL";
        }
    }
    void add(const std::optional<std::int64_t> &n)
    {
        if (n) {
            add(*n);
        } else {
            sep();
            m_text += "NULL";
        }
    }
    std::string str() const { return "{" + m_text + "}"; }

private:
    void sep()
    {
        if (!m_text.empty())
            m_text += ',';
    }
    std::string m_text;
};

} // namespace cabinet::db
