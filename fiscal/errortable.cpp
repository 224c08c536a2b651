#include "fiscal/errortable.h"

#include <array>
#include <cstdio>
#include <utility>

namespace fiscal {

namespace {

using Entry = std::pair<std::uint8_t, std::string_view>;

constexpr std::array fnErrors{
    Entry{0x00, "no error"},
    Entry{0x01, "FN: unknown command, bad format or unknown parameters"},
    Entry{0x02, "FN: wrong FN state for this command"},
    Entry{0x03, "FN: FN failure"},
    Entry{0x04, "FN: crypto-processor failure"},
    Entry{0x05, "FN: FN lifetime expired"},
    Entry{0x06, "FN: archive full"},
    Entry{0x07, "FN: wrong date/time"},
    Entry{0x08, "FN: no requested data"},
    Entry{0x09, "FN: incorrect parameter values"},
    Entry{0x10, "FN: TLV size exceeded"},
    Entry{0x11, "FN: no transport connection"},
    Entry{0x12, "FN: resource exhausted"},
    Entry{0x14, "FN: storage resource for the OFD exhausted"},
    Entry{0x15, "FN: OFD waiting resource exhausted"},
    Entry{0x16, "FN: shift longer than 24 hours"},
    Entry{0x17, "FN: wrong time interval between documents"},
    Entry{0x20, "FN: OFD message cannot be accepted"},
    Entry{0x2F, "FN: exchange timeout"},
    Entry{0x30, "FN: not responding"},
};

constexpr std::array kktErrors{
    Entry{0x00, "no error"},
    Entry{0x33, "incorrect command parameters"},
    Entry{0x34, "no data"},
    Entry{0x35, "parameter incorrect for current settings"},
    Entry{0x36, "parameters incorrect for this device"},
    Entry{0x37, "command not supported by this device"},
    Entry{0x38, "ROM error"},
    Entry{0x39, "internal software error"},
    Entry{0x3A, "surcharge accumulation overflow in shift"},
    Entry{0x3B, "shift accumulation overflow"},
    Entry{0x3C, "shift open, operation impossible"},
    Entry{0x3D, "shift not open, operation impossible"},
    Entry{0x3E, "section accumulation overflow"},
    Entry{0x3F, "discount accumulation overflow"},
    Entry{0x40, "discount range overflow"},
    Entry{0x41, "cash payment range overflow"},
    Entry{0x42, "payment type 2 range overflow"},
    Entry{0x43, "payment type 3 range overflow"},
    Entry{0x44, "payment type 4 range overflow"},
    Entry{0x45, "sum of payments less than receipt total"},
    Entry{0x46, "not enough cash in the drawer"},
    Entry{0x47, "tax accumulation overflow"},
    Entry{0x48, "receipt total overflow"},
    Entry{0x49, "operation impossible in an open receipt of this type"},
    Entry{0x4A, "receipt open, operation impossible"},
    Entry{0x4B, "receipt buffer full"},
    Entry{0x4C, "tax turnover overflow"},
    Entry{0x4D, "non-cash payment exceeds receipt total"},
    Entry{0x4E, "shift exceeded 24 hours"},
    Entry{0x4F, "wrong password"},
    Entry{0x50, "printing of the previous command in progress"},
    Entry{0x51, "cash accumulation overflow in shift"},
    Entry{0x52, "payment type 2 accumulation overflow in shift"},
    Entry{0x53, "payment type 3 accumulation overflow in shift"},
    Entry{0x54, "payment type 4 accumulation overflow in shift"},
    Entry{0x55, "receipt closed, operation impossible"},
    Entry{0x56, "no document to repeat"},
    Entry{0x57, "EKLZ shift count mismatch"},
    Entry{0x58, "waiting for the continue-printing command"},
    Entry{0x59, "document opened by another operator"},
    Entry{0x5A, "discount exceeds receipt accumulations"},
    Entry{0x5B, "surcharge range overflow"},
    Entry{0x5C, "24 V supply low"},
    Entry{0x5D, "table not defined"},
    Entry{0x5E, "wrong operation"},
    Entry{0x5F, "negative receipt total"},
    Entry{0x60, "multiplication overflow"},
    Entry{0x61, "price range overflow"},
    Entry{0x62, "quantity range overflow"},
    Entry{0x63, "department range overflow"},
    Entry{0x64, "FM missing"},
    Entry{0x65, "not enough money in the section"},
    Entry{0x66, "section money overflow"},
    Entry{0x67, "FM link error"},
    Entry{0x68, "not enough money by tax turnover"},
    Entry{0x69, "tax turnover overflow"},
    Entry{0x6A, "power failure during I2C answer"},
    Entry{0x6B, "no receipt paper"},
    Entry{0x6C, "no journal paper"},
    Entry{0x6D, "not enough money by tax"},
    Entry{0x6E, "tax money overflow"},
    Entry{0x6F, "cash-out overflow in shift"},
    Entry{0x70, "FM overflow"},
    Entry{0x71, "cutter error"},
    Entry{0x72, "command not supported in this submode"},
    Entry{0x73, "command not supported in this mode"},
    Entry{0x74, "RAM error"},
    Entry{0x75, "power failure"},
    Entry{0x76, "printer: no tacho pulses"},
    Entry{0x77, "printer: no sensor signal"},
    Entry{0x78, "software replaced"},
    Entry{0x79, "FM replaced"},
    Entry{0x7A, "field not editable"},
    Entry{0x7B, "hardware error"},
    Entry{0x7C, "date mismatch"},
    Entry{0x7D, "wrong date format"},
    Entry{0x7E, "wrong length field value"},
    Entry{0x7F, "receipt total range overflow"},
    Entry{0x80, "FM link error"},
    Entry{0x81, "FM link error"},
    Entry{0x82, "FM link error"},
    Entry{0x83, "FM link error"},
    Entry{0x84, "cash overflow"},
    Entry{0x85, "sales overflow in shift"},
    Entry{0x86, "purchases overflow in shift"},
    Entry{0x87, "sale returns overflow in shift"},
    Entry{0x88, "purchase returns overflow in shift"},
    Entry{0x89, "cash-in overflow in shift"},
    Entry{0x8A, "surcharge overflow in receipt"},
    Entry{0x8B, "discount overflow in receipt"},
    Entry{0x8C, "negative surcharge total"},
    Entry{0x8D, "negative discount total"},
    Entry{0x8E, "zero receipt total"},
    Entry{0x8F, "device not fiscalised"},
    Entry{0x90, "field larger than set in settings"},
    Entry{0x91, "outside the print area for this font"},
    Entry{0x92, "field overlap"},
    Entry{0x93, "RAM restored successfully"},
    Entry{0x94, "receipt operations limit reached"},
    Entry{0x95, "unknown EKLZ error"},
    Entry{0x96, "perform a Z report"},
    Entry{0x9B, "incorrect action"},
    Entry{0x9C, "item not found by code"},
    Entry{0x9D, "bad item record"},
    Entry{0x9E, "bad item base size"},
    Entry{0xA0, "marking work forbidden (FN registered without marking)"},
    Entry{0xA1, "wrong sequence of marking commands"},
    Entry{0xA2, "marking temporarily blocked (notification area full)"},
    Entry{0xA3, "marking-check table full"},
    Entry{0xA4, "required TLV tags missing"},
    Entry{0xA5, "tag 2007 holds an unchecked marking code"},
    Entry{0xA6, "legacy EKLZ error"},
    Entry{0xA7, "legacy EKLZ error"},
    Entry{0xA8, "legacy EKLZ error"},
    Entry{0xA9, "legacy EKLZ error"},
    Entry{0xAA, "legacy EKLZ error"},
    Entry{0xAB, "legacy EKLZ error"},
    Entry{0xAC, "legacy EKLZ error"},
    Entry{0xAD, "legacy EKLZ error"},
    Entry{0xAE, "legacy EKLZ error"},
    Entry{0xAF, "legacy EKLZ error"},
    Entry{0xB0, "legacy EKLZ error"},
    Entry{0xB1, "legacy EKLZ error"},
    Entry{0xB2, "legacy EKLZ error"},
    Entry{0xB4, "legacy FM record or structure error"},
    Entry{0xB5, "legacy FM record or structure error"},
    Entry{0xB6, "legacy FM record or structure error"},
    Entry{0xB7, "legacy FM record or structure error"},
    Entry{0xB8, "legacy FM record or structure error"},
    Entry{0xB9, "legacy FM record or structure error"},
    Entry{0xBA, "legacy FM record or structure error"},
    Entry{0xBB, "legacy FM record or structure error"},
    Entry{0xBC, "legacy FM record or structure error"},
    Entry{0xBD, "legacy FM record or structure error"},
    Entry{0xBE, "legacy FM record or structure error"},
    Entry{0xBF, "legacy FM record or structure error"},
    Entry{0xC0, "date and time control: confirm date and time"},
    Entry{0xC1, "EKLZ Z report cannot be interrupted"},
    Entry{0xC2, "supply over-voltage"},
    Entry{0xC3, "receipt total and EKLZ mismatch"},
    Entry{0xC4, "shift number mismatch"},
    Entry{0xC5, "slip buffer empty"},
    Entry{0xC6, "slip missing"},
    Entry{0xC7, "field not editable in this mode"},
    Entry{0xC8, "no printer link or no tacho pulses"},
    Entry{0xC9, "print head overheat"},
    Entry{0xCA, "temperature out of range"},
    Entry{0xCB, "wrong receipt subtotal"},
    Entry{0xCC, "EKLZ shift already closed"},
    Entry{0xCD, "EKLZ archive integrity test failed"},
    Entry{0xCE, "RAM/ROM free-space limit reached"},
    Entry{0xCF, "wrong date (clock reset)"},
    Entry{0xD0, "journal report not printed"},
    Entry{0xD1, "no data in buffer"},
    Entry{0xD5, "critical error loading ERRxx"},
    Entry{0xE0, "bill acceptor error"},
    Entry{0xE1, "bill acceptor error"},
    Entry{0xE2, "bill acceptor error"},
    Entry{0xE3, "bill acceptor error"},
    Entry{0xE4, "bill acceptor error"},
};

template<std::size_t N>
std::string_view find(const std::array<Entry, N> &table, std::uint8_t code)
{
    for (const auto &[c, text] : table)
        if (c == code)
            return text;
    return {};
}

} // namespace

std::string_view describeFnError(std::uint8_t code)
{
    if (code >= 0xA0 && code <= 0xA5)
        return find(kktErrors, code);
    return find(fnErrors, code);
}

std::string_view describeKktError(std::uint8_t code)
{
    return find(kktErrors, code);
}

std::string_view describeDeviceError(std::uint8_t code, CommandCode command)
{
    // FN-era devices pass FN errors through fiscal operations too (a sale after 24 h gives FN 16h),
    // and the legacy pre-FN meanings of 01h..32h do not apply to them: below 33h the FN table is the
    // only one. FFxxh commands are always answered by the FN.
    (void)command;
    if (code < 0x33 || (code >= 0xA0 && code <= 0xA5))
        return describeFnError(code);
    return describeKktError(code);
}

std::string_view describe(TransportError e)
{
    switch (e) {
    case TransportError::NotFound:
        return "no such port or host";
    case TransportError::PermissionDenied:
        return "permission denied (is the user in the dialout group?)";
    case TransportError::Busy:
        return "port is busy (another program uses it)";
    case TransportError::OpenFailed:
        return "cannot open";
    case TransportError::WriteFailed:
        return "write failed";
    case TransportError::ReadFailed:
        return "read failed";
    case TransportError::Closed:
        return "link closed";
    }
    return "transport error";
}

std::string_view describe(LinkError e)
{
    switch (e) {
    case LinkError::NoLink:
        return "no link: nothing answers ENQ";
    case LinkError::AnswerTimeout:
        return "no answer to the command";
    case LinkError::ByteTimeout:
        return "answer frame cut short";
    case LinkError::BadLrc:
        return "answer frames keep arriving damaged";
    case LinkError::NakLimit:
        return "the device keeps refusing the command frame";
    case LinkError::UnexpectedByte:
        return "unexpected byte on the link";
    case LinkError::Desync:
        return "cannot get in step with the device";
    case LinkError::AnswerMismatch:
        return "answer to another command";
    case LinkError::Malformed:
        return "malformed frame";
    }
    return "link error";
}

std::string commandName(CommandCode code)
{
    char buf[8];
    std::snprintf(buf, sizeof buf, isTwoByteCommand(code) ? "%04Xh" : "%02Xh", static_cast<unsigned>(code));
    return buf;
}

std::string describe(const Error &error)
{
    std::string out;
    switch (error.tier) {
    case Error::Tier::Transport:
        out = std::string(describe(static_cast<TransportError>(error.code)));
        break;
    case Error::Tier::Link:
        out = std::string(describe(static_cast<LinkError>(error.code)));
        break;
    case Error::Tier::Device: {
        char hex[8];
        std::snprintf(hex, sizeof hex, "%02Xh", static_cast<unsigned>(error.code & 0xFF));
        out = std::string("device error ") + hex;
        const auto text = describeDeviceError(static_cast<std::uint8_t>(error.code), error.command);
        if (!text.empty())
            out += " (" + std::string(text) + ")";
        break;
    }
    }
    if (error.command != 0)
        out += " on command " + commandName(error.command);
    if (!error.detail.empty() && error.tier != Error::Tier::Device)
        out += ": " + error.detail;
    if (error.outcomeUnknown)
        out += " [the command may have run]";
    return out;
}

} // namespace fiscal
