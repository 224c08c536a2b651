#pragma once

// What every typed command shares: the request (code + data after the code), passwords, and the
// checks an answer parser applies. Parsers get the answer data after the error byte; they accept
// extra trailing bytes (newer firmware appends fields) and reject short answers as Malformed.

#include <cstdint>
#include <optional>
#include <string>

#include "fiscal/codec/bytes.h"
#include "fiscal/codec/frame.h"
#include "fiscal/codec/values.h"
#include "fiscal/error.h"

namespace fiscal {

using Password = std::uint32_t;

// Defaults of table 2 (reference §2): cashiers 1..28, administrator 29, system administrator 30.
inline constexpr Password DefaultCashierPassword = 1;
inline constexpr Password DefaultAdminPassword = 29;
inline constexpr Password DefaultSysAdminPassword = 30;

struct Request
{
    CommandCode code = 0;
    Bytes data; // after the command code
    friend bool operator==(const Request &, const Request &) = default;
};

// A request with just a password: most status and action commands.
Request passwordOnly(CommandCode code, Password password);
void appendPassword(Bytes &out, Password password);
// Requests carrying amounts, quantities or text come back as Result: a negative amount or one that
// does not fit its field is refused here (LinkError::Malformed, "cannot encode") rather than sent.
using RequestResult = Result<Request>;

// Answer of the many commands that return only the operator number.
struct OperatorAnswer
{
    std::uint8_t operatorNumber = 0;
    friend bool operator==(const OperatorAnswer &, const OperatorAnswer &) = default;
};
Result<OperatorAnswer> parseOperatorAnswer(CommandCode code, ByteView data);
// For commands whose answer carries nothing after the error byte.
Result<void> parseEmptyAnswer(CommandCode code, ByteView data);

// FD number + fiscal sign (+ date on newer firmware): the tail of every FN document answer.
struct FiscalDocumentId
{
    std::uint32_t fd = 0;
    std::uint32_t fiscalSign = 0;
    std::optional<FnDateTime> dateTime;
    friend bool operator==(const FiscalDocumentId &, const FiscalDocumentId &) = default;
};

namespace detail {
Error malformed(CommandCode code, std::size_t got, std::size_t need);
Error cannotEncode(CommandCode code, const std::string &what);
// Appends a 5-byte amount; false when it is negative or too large.
bool appendAmount(Bytes &out, Kopecks amount);
// Checks the answer is at least `need` bytes long.
Result<void> requireLength(CommandCode code, ByteView data, std::size_t need);
} // namespace detail

} // namespace fiscal
