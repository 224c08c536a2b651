#include "fiscal/commands/service.h"

#include "fiscal/codec/text.h"
#include "fiscal/codes.h"

namespace fiscal {

Request beepRequest(Password password)
{
    return passwordOnly(cmd::Beep, password);
}

RequestResult printStringRequest(Password password, std::string_view utf8, std::uint8_t flags)
{
    Request r = passwordOnly(cmd::PrintString, password);
    r.data.push_back(flags);
    Bytes text = encodeText(utf8, CodePage::Cp1251);
    if (text.size() < PrintStringWidth)
        text.resize(PrintStringWidth, 0);
    // 1 code byte + 4 password + 1 flags + text must fit a 255-byte frame body.
    if (text.size() > MaxFrameBody - 6)
        return unexpected(detail::cannotEncode(cmd::PrintString, "text longer than a frame"));
    r.data.insert(r.data.end(), text.begin(), text.end());
    return r;
}

Request cutRequest(Password password, bool partial)
{
    Request r = passwordOnly(cmd::Cut, password);
    r.data.push_back(partial ? 1 : 0);
    return r;
}

Request openDrawerRequest(Password password, std::uint8_t drawer)
{
    Request r = passwordOnly(cmd::OpenDrawer, password);
    r.data.push_back(drawer);
    return r;
}

Request continuePrintRequest(Password password)
{
    return passwordOnly(cmd::ContinuePrint, password);
}

Request readMoneyRegisterRequest(Password password, std::uint8_t reg)
{
    Request r = passwordOnly(cmd::ReadMoneyRegister, password);
    r.data.push_back(reg);
    return r;
}

Result<RegisterValue> parseMoneyRegister(ByteView data)
{
    FISCAL_TRY(detail::requireLength(cmd::ReadMoneyRegister, data, 1 + RegisterWidth));
    return RegisterValue{data[0], readLE(data, 1, RegisterWidth).value_or(0)};
}

Request readOperationalRegisterRequest(Password password, std::uint8_t reg)
{
    Request r = passwordOnly(cmd::ReadOperationalRegister, password);
    r.data.push_back(reg);
    return r;
}

Result<RegisterValue> parseOperationalRegister(ByteView data)
{
    FISCAL_TRY(detail::requireLength(cmd::ReadOperationalRegister, data, 3));
    return RegisterValue{data[0], readLE(data, 1, 2).value_or(0)};
}

static void appendCell(Bytes &out, const TableCell &cell)
{
    out.push_back(cell.table);
    appendLE(out, cell.row, 2);
    out.push_back(cell.field);
}

RequestResult writeTableRequest(Password password, const TableCell &cell, ByteView value)
{
    Request r = passwordOnly(cmd::WriteTable, password);
    appendCell(r.data, cell);
    if (value.empty() || value.size() > MaxFrameBody - 1 - r.data.size())
        return unexpected(detail::cannotEncode(cmd::WriteTable, "table value must be 1..246 bytes"));
    r.data.insert(r.data.end(), value.begin(), value.end());
    return r;
}

Request readTableRequest(Password password, const TableCell &cell)
{
    Request r = passwordOnly(cmd::ReadTable, password);
    appendCell(r.data, cell);
    return r;
}

Result<Bytes> parseTableValue(ByteView data)
{
    FISCAL_TRY(detail::requireLength(cmd::ReadTable, data, 1));
    return Bytes(data.begin(), data.end());
}

} // namespace fiscal
