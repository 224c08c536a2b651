#pragma once

// RFC 4180 CSV for every import in Prilavok (the till's catalog import, the cabinet's admin import):
// quoted fields, "" escapes, line breaks inside quotes, CRLF or LF, a UTF-8 BOM skipped. Qt-free
// and byte-level, reading from any source in chunks so a million rows stay small in memory. Strict:
// an unterminated quote or an over-long field ends the reading with the line where it started.

#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace csv {

struct Limits
{
    std::size_t maxFieldBytes = 64 * 1024; // a product name or a marking code is far shorter
    std::size_t maxFields = 1000;
};

class Error : public std::runtime_error
{
public:
    // What went wrong, for a caller that words it in its own language.
    enum class Kind { UnclosedQuote, FieldTooLong, TooManyFields, Other };

    Error(int line, const std::string &message, Kind kind = Kind::Other);
    int line() const { return m_line; }
    Kind kind() const { return m_kind; }

private:
    int m_line;
    Kind m_kind;
};

class Reader final
{
public:
    // Fills `buffer` with up to `capacity` next bytes; 0 at the end of the input.
    using Source = std::function<std::size_t(char *buffer, std::size_t capacity)>;

    Reader(Source source, char separator, Limits limits = {});
    // Over bytes the caller keeps alive; position() is then an offset into them.
    static Reader overBytes(std::string_view data, char separator, Limits limits = {});

    // The next record; false at the end. Blank lines between records are skipped. Throws csv::Error.
    bool next(std::vector<std::string> &fields);
    // The 1-based line where the last record started.
    int line() const { return m_recordLine; }
    // Bytes consumed so far (just past the last record).
    std::size_t position() const { return m_consumed; }

private:
    bool fill();
    int get();
    int peek();

    Source m_source;
    char m_separator;
    Limits m_limits;
    std::string m_buffer;
    std::size_t m_pos = 0;
    std::size_t m_consumed = 0;
    int m_line = 1;
    int m_recordLine = 0;
    bool m_started = false;
};

// ';' when the first line has more semicolons than commas (Excel with a Russian locale), else ','.
char detectSeparator(std::string_view firstBytes);

} // namespace csv
