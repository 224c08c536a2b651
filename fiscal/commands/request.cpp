#include "fiscal/commands/request.h"

namespace fiscal {

void appendPassword(Bytes &out, Password password)
{
    appendLE(out, password, 4);
}

Request passwordOnly(CommandCode code, Password password)
{
    Request r{code, {}};
    appendPassword(r.data, password);
    return r;
}

namespace detail {

bool appendAmount(Bytes &out, Kopecks amount)
{
    return appendMoney(out, amount, MoneyWidth);
}

Error cannotEncode(CommandCode code, const std::string &what)
{
    return Error::link(LinkError::Malformed, code, "cannot encode the request: " + what);
}

Error malformed(CommandCode code, std::size_t got, std::size_t need)
{
    return Error::link(LinkError::Malformed, code,
                       "answer data is " + std::to_string(got) + " bytes, expected at least " +
                           std::to_string(need));
}

Result<void> requireLength(CommandCode code, ByteView data, std::size_t need)
{
    if (data.size() < need)
        return unexpected(malformed(code, data.size(), need));
    return {};
}

} // namespace detail

Result<OperatorAnswer> parseOperatorAnswer(CommandCode code, ByteView data)
{
    FISCAL_TRY(detail::requireLength(code, data, 1));
    return OperatorAnswer{data[0]};
}

Result<void> parseEmptyAnswer(CommandCode, ByteView)
{
    return {}; // nothing to check: trailing bytes from newer firmware are ignored
}

} // namespace fiscal
