#include "cabinet/json/json.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <unordered_set>

namespace cabinet::json {

std::optional<std::int64_t> Value::asInt64() const
{
    if (!isNumber())
        return std::nullopt;
    const std::string &t = numberText();
    if (t.find_first_of(".eE") != std::string::npos)
        return std::nullopt;
    std::int64_t v = 0;
    auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (ec != std::errc() || ptr != t.data() + t.size())
        return std::nullopt;
    return v;
}

const Value *Value::find(std::string_view key) const
{
    if (!isObject())
        return nullptr;
    for (const auto &[k, v] : asObject())
        if (k == key)
            return &v;
    return nullptr;
}

Value &Value::set(std::string key, Value value)
{
    if (isNull())
        m_v = Object{};
    auto &obj = asObject();
    for (auto &[k, v] : obj)
        if (k == key) {
            v = std::move(value);
            return v;
        }
    obj.emplace_back(std::move(key), std::move(value));
    return obj.back().second;
}

std::optional<std::string> Value::stringAt(std::string_view key) const
{
    const Value *v = find(key);
    if (!v || !v->isString())
        return std::nullopt;
    return v->asString();
}

namespace {

class Parser
{
public:
    Parser(std::string_view text, int maxDepth)
        : m_text(text)
        , m_maxDepth(maxDepth)
    {}

    std::variant<Value, ParseError> run()
    {
        skipWs();
        Value v;
        if (!value(v, 0))
            return m_error;
        skipWs();
        if (m_pos != m_text.size())
            return fail("trailing characters");
        return v;
    }

private:
    ParseError fail(std::string message)
    {
        if (m_error.message.empty())
            m_error = {m_pos, std::move(message)};
        return m_error;
    }
    bool failed(std::string message)
    {
        fail(std::move(message));
        return false;
    }

    void skipWs()
    {
        while (m_pos < m_text.size()) {
            char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    bool literal(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return failed("invalid literal");
        m_pos += word.size();
        return true;
    }

    bool value(Value &out, int depth)
    {
        if (depth > m_maxDepth)
            return failed("nesting too deep");
        if (m_pos >= m_text.size())
            return failed("unexpected end");
        switch (m_text[m_pos]) {
        case 'n':
            out = nullptr;
            return literal("null");
        case 't':
            out = true;
            return literal("true");
        case 'f':
            out = false;
            return literal("false");
        case '"': {
            std::string s;
            if (!string(s))
                return false;
            out = std::move(s);
            return true;
        }
        case '[':
            return array(out, depth);
        case '{':
            return object(out, depth);
        default:
            return number(out);
        }
    }

    bool array(Value &out, int depth)
    {
        ++m_pos;
        Array a;
        skipWs();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            out = std::move(a);
            return true;
        }
        for (;;) {
            skipWs();
            Value v;
            if (!value(v, depth + 1))
                return false;
            a.push_back(std::move(v));
            skipWs();
            if (m_pos >= m_text.size())
                return failed("unterminated array");
            char c = m_text[m_pos++];
            if (c == ']')
                break;
            if (c != ',')
                return failed("expected , or ]");
        }
        out = std::move(a);
        return true;
    }

    // Two members of one name are refused: which one a reader takes differs between parsers, and a
    // hostile client could show the validator one value and the store another.
    // Small objects are scanned; large ones keep a set, so a hostile object of many members costs
    // linear time.
    static bool isDuplicate(const Object &o, std::unordered_set<std::string> &names, const std::string &key)
    {
        if (o.size() < 16)
            return std::any_of(o.begin(), o.end(), [&](const Member &m) { return m.first == key; });
        if (names.empty())
            for (const Member &m : o)
                names.insert(m.first);
        return !names.insert(key).second;
    }

    bool object(Value &out, int depth)
    {
        ++m_pos;
        Object o;
        std::unordered_set<std::string> names;
        skipWs();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            out = std::move(o);
            return true;
        }
        for (;;) {
            skipWs();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                return failed("expected a member name");
            std::string key;
            if (!string(key))
                return false;
            skipWs();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return failed("expected :");
            ++m_pos;
            skipWs();
            if (isDuplicate(o, names, key))
                return failed("duplicate member name");
            Value v;
            if (!value(v, depth + 1))
                return false;
            o.emplace_back(std::move(key), std::move(v));
            skipWs();
            if (m_pos >= m_text.size())
                return failed("unterminated object");
            char c = m_text[m_pos++];
            if (c == '}')
                break;
            if (c != ',')
                return failed("expected , or }");
        }
        out = std::move(o);
        return true;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    bool number(Value &out)
    {
        std::size_t start = m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '-')
            ++m_pos;
        if (m_pos >= m_text.size() || !isDigit(m_text[m_pos]))
            return failed("invalid value");
        if (m_text[m_pos] == '0') {
            ++m_pos;
        } else {
            while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
                ++m_pos;
        }
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            if (m_pos >= m_text.size() || !isDigit(m_text[m_pos]))
                return failed("invalid fraction");
            while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
                ++m_pos;
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            if (m_pos >= m_text.size() || !isDigit(m_text[m_pos]))
                return failed("invalid exponent");
            while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
                ++m_pos;
        }
        out = Number{std::string(m_text.substr(start, m_pos - start))};
        return true;
    }

    bool hex4(unsigned &cp)
    {
        if (m_pos + 4 > m_text.size())
            return failed("short \\u escape");
        cp = 0;
        for (int i = 0; i < 4; ++i) {
            char c = m_text[m_pos++];
            cp <<= 4;
            if (c >= '0' && c <= '9')
                cp |= unsigned(c - '0');
            else if (c >= 'a' && c <= 'f')
                cp |= unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                cp |= unsigned(c - 'A' + 10);
            else
                return failed("bad hex digit");
        }
        return true;
    }

    static void appendUtf8(unsigned cp, std::string &s)
    {
        if (cp < 0x80) {
            s += char(cp);
        } else if (cp < 0x800) {
            s += char(0xC0 | (cp >> 6));
            s += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            s += char(0xE0 | (cp >> 12));
            s += char(0x80 | ((cp >> 6) & 0x3F));
            s += char(0x80 | (cp & 0x3F));
        } else {
            s += char(0xF0 | (cp >> 18));
            s += char(0x80 | ((cp >> 12) & 0x3F));
            s += char(0x80 | ((cp >> 6) & 0x3F));
            s += char(0x80 | (cp & 0x3F));
        }
    }

    // Validates one UTF-8 sequence starting at m_pos and copies it, so stored text is always valid.
    bool utf8(std::string &s)
    {
        auto b0 = static_cast<unsigned char>(m_text[m_pos]);
        int len = b0 >= 0xF0 && b0 <= 0xF4 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 && b0 <= 0xDF ? 2 : 0;
        if (len == 0 || m_pos + std::size_t(len) > m_text.size())
            return failed("invalid UTF-8");
        unsigned cp = b0 & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
        for (int i = 1; i < len; ++i) {
            auto b = static_cast<unsigned char>(m_text[m_pos + std::size_t(i)]);
            if ((b & 0xC0) != 0x80)
                return failed("invalid UTF-8");
            cp = (cp << 6) | (b & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return failed("invalid UTF-8");
        s.append(m_text.substr(m_pos, std::size_t(len)));
        m_pos += std::size_t(len);
        return true;
    }

    bool string(std::string &s)
    {
        ++m_pos; // opening quote
        for (;;) {
            if (m_pos >= m_text.size())
                return failed("unterminated string");
            char c = m_text[m_pos];
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return failed("control character in string");
            if (static_cast<unsigned char>(c) >= 0x80) {
                if (!utf8(s))
                    return false;
                continue;
            }
            ++m_pos;
            if (c != '\\') {
                s += c;
                continue;
            }
            if (m_pos >= m_text.size())
                return failed("unterminated escape");
            char e = m_text[m_pos++];
            switch (e) {
            case '"':
            case '\\':
            case '/':
                s += e;
                break;
            case 'b':
                s += '\b';
                break;
            case 'f':
                s += '\f';
                break;
            case 'n':
                s += '\n';
                break;
            case 'r':
                s += '\r';
                break;
            case 't':
                s += '\t';
                break;
            case 'u': {
                unsigned cp = 0;
                if (!hex4(cp))
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    unsigned lo = 0;
                    if (m_text.substr(m_pos, 2) != "\\u")
                        return failed("lone high surrogate");
                    m_pos += 2;
                    if (!hex4(lo))
                        return false;
                    if (lo < 0xDC00 || lo > 0xDFFF)
                        return failed("bad low surrogate");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return failed("lone low surrogate");
                }
                appendUtf8(cp, s);
                break;
            }
            default:
                return failed("invalid escape");
            }
        }
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_maxDepth;
    ParseError m_error;
};

} // namespace

std::variant<Value, ParseError> parse(std::string_view text, int maxDepth)
{
    return Parser(text, maxDepth).run();
}

std::optional<Value> tryParse(std::string_view text)
{
    auto r = parse(text);
    if (auto *v = std::get_if<Value>(&r))
        return std::move(*v);
    return std::nullopt;
}

void appendQuoted(std::string_view s, std::string &out)
{
    out += '"';
    for (char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void serializeTo(const Value &value, std::string &out)
{
    switch (value.type()) {
    case Value::Type::Null:
        out += "null";
        break;
    case Value::Type::Bool:
        out += value.asBool() ? "true" : "false";
        break;
    case Value::Type::Num:
        out += value.numberText();
        break;
    case Value::Type::Str:
        appendQuoted(value.asString(), out);
        break;
    case Value::Type::Arr: {
        out += '[';
        bool first = true;
        for (const auto &v : value.asArray()) {
            if (!first)
                out += ',';
            first = false;
            serializeTo(v, out);
        }
        out += ']';
        break;
    }
    case Value::Type::Obj: {
        out += '{';
        bool first = true;
        for (const auto &[k, v] : value.asObject()) {
            if (!first)
                out += ',';
            first = false;
            appendQuoted(k, out);
            out += ':';
            serializeTo(v, out);
        }
        out += '}';
        break;
    }
    }
}

std::string serialize(const Value &value)
{
    std::string out;
    serializeTo(value, out);
    return out;
}

} // namespace cabinet::json
