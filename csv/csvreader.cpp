#include "csv/csvreader.h"

#include <algorithm>
#include <cstring>
#include <memory>

namespace csv {

Error::Error(int line, const std::string &message, Kind kind)
    : std::runtime_error("line " + std::to_string(line) + ": " + message)
    , m_line(line)
    , m_kind(kind)
{}

Reader::Reader(Source source, char separator, Limits limits)
    : m_source(std::move(source))
    , m_separator(separator)
    , m_limits(limits)
{}

Reader Reader::overBytes(std::string_view data, char separator, Limits limits)
{
    auto rest = std::make_shared<std::string_view>(data);
    return Reader(
        [rest](char *buffer, std::size_t capacity) {
            const std::size_t n = std::min(capacity, rest->size());
            if (n == 0)
                return n; // an empty view may hold a null pointer, which memcpy must not see
            std::memcpy(buffer, rest->data(), n);
            rest->remove_prefix(n);
            return n;
        },
        separator, limits);
}

bool Reader::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    m_buffer.resize(64 * 1024);
    m_buffer.resize(m_source(m_buffer.data(), m_buffer.size()));
    m_pos = 0;
    if (!m_started) {
        m_started = true;
        if (m_buffer.rfind("\xEF\xBB\xBF", 0) == 0) { // a UTF-8 BOM from spreadsheet exports
            m_pos = 3;
            m_consumed = 3;
        }
    }
    return m_pos < m_buffer.size();
}

int Reader::get()
{
    if (!fill())
        return -1;
    ++m_consumed;
    return static_cast<unsigned char>(m_buffer[m_pos++]);
}

int Reader::peek()
{
    return fill() ? static_cast<unsigned char>(m_buffer[m_pos]) : -1;
}

bool Reader::next(std::vector<std::string> &fields)
{
    fields.clear();
    for (int c = peek(); c == '\n' || c == '\r'; c = peek()) { // blank lines between records
        if (get() == '\n')
            ++m_line;
    }
    if (peek() < 0)
        return false;
    m_recordLine = m_line;
    std::string field;
    bool quoted = false;
    bool wasQuoted = false;
    auto endField = [&] {
        if (fields.size() >= m_limits.maxFields)
            throw Error(m_recordLine,
                        "more than " + std::to_string(m_limits.maxFields) + " fields in a record",
                        Error::Kind::TooManyFields);
        fields.push_back(std::move(field));
        field.clear();
        wasQuoted = false;
    };
    for (int c = get(); c >= 0; c = get()) {
        if (field.size() >= m_limits.maxFieldBytes)
            throw Error(m_recordLine,
                        "a field longer than " + std::to_string(m_limits.maxFieldBytes) + " bytes",
                        Error::Kind::FieldTooLong);
        if (quoted) {
            if (c == '"' && peek() == '"') {
                get();
                field += '"';
            } else if (c == '"') {
                quoted = false;
            } else {
                m_line += c == '\n';
                field += char(c);
            }
        } else if (c == '"' && field.empty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == m_separator) {
            endField();
        } else if (c == '\n') {
            ++m_line;
            endField();
            return true;
        } else if (c != '\r') {
            field += char(c);
        }
    }
    if (quoted)
        throw Error(m_recordLine, "a quoted field is not closed", Error::Kind::UnclosedQuote);
    endField();
    return true;
}

char detectSeparator(std::string_view firstBytes)
{
    const std::string_view header = firstBytes.substr(0, firstBytes.find('\n'));
    const auto semicolons = std::count(header.begin(), header.end(), ';');
    const auto commas = std::count(header.begin(), header.end(), ',');
    return semicolons > commas ? ';' : ',';
}

} // namespace csv
