#pragma once

// How prilavok-fr prints: plain text for a person, one JSON object per line with --json.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "fiscal/cli/cliparse.h"
#include "fiscal/cli/tool.h"
#include "fiscal/registrar.h"

namespace fiscal::cli {

std::string dateText(const Date &d);
std::string dateTimeText(const FnDateTime &dt);
const char *modeName(std::uint8_t mode);
const char *submodeName(std::uint8_t submode);

// A JSON object printed key by key in insertion order.
class JsonObject final
{
public:
    JsonObject &add(const std::string &key, const std::string &value)
    {
        m_items.emplace_back(key, jsonString(value));
        return *this;
    }
    JsonObject &add(const std::string &key, const char *value) { return add(key, std::string(value)); }
    JsonObject &add(const std::string &key, std::uint64_t value)
    {
        m_items.emplace_back(key, std::to_string(value));
        return *this;
    }
    JsonObject &add(const std::string &key, int value)
    {
        m_items.emplace_back(key, std::to_string(value));
        return *this;
    }
    JsonObject &addBool(const std::string &key, bool value)
    {
        m_items.emplace_back(key, value ? "true" : "false");
        return *this;
    }
    JsonObject &addNull(const std::string &key)
    {
        m_items.emplace_back(key, "null");
        return *this;
    }
    std::string str() const
    {
        std::string out = "{";
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            if (i > 0)
                out += ", ";
            out += jsonString(m_items[i].first) + ": " + m_items[i].second;
        }
        return out + "}";
    }

private:
    std::vector<std::pair<std::string, std::string>> m_items;
};

// --trace: every byte both ways on stderr.
void traceBytes(Direction direction, ByteView bytes);
// The result line of an operation that prints, with the paper state when printing stopped.
int printOutcome(const Options &o, const PrintOutcome &p, const std::string &what);

} // namespace fiscal::cli
