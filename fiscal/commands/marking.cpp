#include "fiscal/commands/marking.h"

#include "fiscal/codes.h"

namespace fiscal {

RequestResult checkMarkingCodeRequest(Password password, PlannedStatus planned, std::string_view code,
                                      ByteView tlvs)
{
    const CommandCode c = cmd::FnCheckMarkingCode;
    Request r = passwordOnly(c, password);
    // 2 code bytes + 4 password + status, mode and two lengths: the rest of 255 is for code and TLVs.
    if (code.empty() || code.size() > 255 || tlvs.size() > 255 ||
        10 + code.size() + tlvs.size() > MaxFrameBody)
        return unexpected(detail::cannotEncode(c, "marking code or TLVs too long"));
    r.data.push_back(static_cast<std::uint8_t>(planned));
    r.data.push_back(0); // processing mode: always 0
    r.data.push_back(static_cast<std::uint8_t>(code.size()));
    r.data.push_back(static_cast<std::uint8_t>(tlvs.size()));
    r.data.insert(r.data.end(), code.begin(), code.end());
    r.data.insert(r.data.end(), tlvs.begin(), tlvs.end());
    return r;
}

Tlv packPartTlv(std::uint64_t units, std::uint64_t packUnits)
{
    return tlvStlv(1291, {tlvVln(1293, units), tlvVln(1294, packUnits)});
}

Result<MarkingCheck> parseMarkingCheck(ByteView data)
{
    FISCAL_TRY(detail::requireLength(cmd::FnCheckMarkingCode, data, 4));
    ByteReader in(data);
    MarkingCheck m;
    m.localStatus = *in.u8();
    m.localSkipReason = *in.u8();
    m.codeType = *in.u8();
    m.extraLength = *in.u8();
    if (in.remaining() >= 2) {
        m.onlineCode = *in.u8();
        m.result = *in.u8();
        const ByteView rest = in.rest();
        m.serverTlvs.assign(rest.begin(), rest.end());
    }
    return m;
}

Request acceptMarkingCodeRequest(Password password, bool accept)
{
    Request r = passwordOnly(cmd::FnAcceptMarkingCode, password);
    r.data.push_back(accept ? 1 : 0);
    return r;
}

Result<std::uint8_t> parseMarkingAccept(ByteView data)
{
    FISCAL_TRY(detail::requireLength(cmd::FnAcceptMarkingCode, data, 1));
    return data[0];
}

RequestResult bindMarkingCodeRequest(Password password, std::string_view code, bool volumeAccounting)
{
    const CommandCode c = cmd::FnBindMarkingCode;
    Request r = passwordOnly(c, password);
    if (code.empty() || code.size() > MaxFrameBody - 8)
        return unexpected(detail::cannotEncode(c, "marking code too long"));
    r.data.push_back(static_cast<std::uint8_t>(code.size()));
    r.data.insert(r.data.end(), code.begin(), code.end());
    if (volumeAccounting)
        r.data.push_back(0xFF);
    return r;
}

Result<MarkingBind> parseMarkingBind(ByteView data)
{
    FISCAL_TRY(detail::requireLength(cmd::FnBindMarkingCode, data, 3));
    return MarkingBind{static_cast<std::uint16_t>(*readLE(data, 0, 2)), data[2],
                       Bytes(data.begin() + 3, data.end())};
}

Request markingStatusRequest(Password password)
{
    return passwordOnly(cmd::FnMarkingStatus, password);
}

Result<MarkingStatus> parseMarkingStatus(ByteView data)
{
    FISCAL_TRY(detail::requireLength(cmd::FnMarkingStatus, data, 8));
    return MarkingStatus{data[0],
                         data[1],
                         data[2],
                         data[3],
                         data[4],
                         data[5],
                         static_cast<std::uint16_t>(*readLE(data, 6, 2))};
}

} // namespace fiscal
