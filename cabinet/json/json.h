#pragma once

// A small JSON value with a strict RFC 8259 parser and a compact serializer. Boost 1.74 on Debian 12
// ships no header-only Boost.JSON, and the protocol needs only this much. Numbers keep their source
// text, so money strings and 64-bit counters survive a round trip exactly.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace cabinet::json {

class Value;
using Array = std::vector<Value>;
using Member = std::pair<std::string, Value>;
using Object = std::vector<Member>;

struct Number
{
    std::string text; // a valid JSON number literal
    bool operator==(const Number &) const = default;
};

class Value
{
public:
    enum class Type { Null, Bool, Num, Str, Arr, Obj };

    Value() = default;
    Value(std::nullptr_t) {}
    Value(bool b)
        : m_v(b)
    {}
    Value(int i)
        : m_v(Number{std::to_string(i)})
    {}
    Value(std::int64_t i)
        : m_v(Number{std::to_string(i)})
    {}
    Value(Number n)
        : m_v(std::move(n))
    {}
    Value(const char *s)
        : m_v(std::string(s))
    {}
    Value(std::string s)
        : m_v(std::move(s))
    {}
    Value(std::string_view s)
        : m_v(std::string(s))
    {}
    Value(Array a)
        : m_v(std::move(a))
    {}
    Value(Object o)
        : m_v(std::move(o))
    {}

    Type type() const { return static_cast<Type>(m_v.index()); }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isNumber() const { return type() == Type::Num; }
    bool isString() const { return type() == Type::Str; }
    bool isArray() const { return type() == Type::Arr; }
    bool isObject() const { return type() == Type::Obj; }

    bool asBool() const { return std::get<bool>(m_v); }
    const std::string &asString() const { return std::get<std::string>(m_v); }
    const std::string &numberText() const { return std::get<Number>(m_v).text; }
    const Array &asArray() const { return std::get<Array>(m_v); }
    Array &asArray() { return std::get<Array>(m_v); }
    const Object &asObject() const { return std::get<Object>(m_v); }
    Object &asObject() { return std::get<Object>(m_v); }

    // An integer only when the literal is one (no fraction, no exponent) and fits in 64 bits.
    std::optional<std::int64_t> asInt64() const;

    // Member lookup on an object; nullptr when absent or when this is not an object.
    const Value *find(std::string_view key) const;
    // Appends or replaces a member; turns a null into an empty object first.
    Value &set(std::string key, Value value);
    // Convenience for optional fields: the string member or nullopt.
    std::optional<std::string> stringAt(std::string_view key) const;

    bool operator==(const Value &other) const = default;

private:
    std::variant<std::nullptr_t, bool, Number, std::string, Array, Object> m_v;
};

struct ParseError
{
    std::size_t offset = 0;
    std::string message;
};

// Parses exactly one JSON text (surrounding whitespace allowed). Depth is capped so hostile input
// cannot exhaust the stack.
std::variant<Value, ParseError> parse(std::string_view text, int maxDepth = 64);

// Convenience: nullopt on any error.
std::optional<Value> tryParse(std::string_view text);

std::string serialize(const Value &value);
void serializeTo(const Value &value, std::string &out);
// Appends a quoted, escaped JSON string.
void appendQuoted(std::string_view s, std::string &out);

} // namespace cabinet::json
