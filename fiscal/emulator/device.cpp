#include "fiscal/emulator/device.h"

#include <cstdio>
#include <sstream>

#include "fiscal/codec/text.h"
#include "fiscal/codec/values.h"
#include "fiscal/codes.h"
#include "fiscal/emulator/format.h"
#include "fiscal/emulator/persist.h"
#include "fiscal/emulator/tables.h"

namespace fiscal::emu {

namespace {

enum class Pwd : std::uint8_t { None, Any, Admin, SysAdmin };

struct CommandInfo
{
    CommandCode code;
    Pwd pwd;
};

// Which password each understood command wants (§2 "Passwords"). FN commands are accepted with
// any operator's password: the spec asks for the system administrator's, but several drivers send
// the cashier's for FF45h/FF0Ch/FF4Dh and the real firmware is known to accept it (our guess).
constexpr CommandInfo Commands[] = {
    {cmd::ShortStatus, Pwd::Any},
    {cmd::FullStatus, Pwd::Any},
    {cmd::PrintBold, Pwd::Any},
    {cmd::Beep, Pwd::Any},
    {cmd::SetExchangeParams, Pwd::SysAdmin},
    {cmd::ReadExchangeParams, Pwd::SysAdmin},
    {cmd::PrintString, Pwd::Any},
    {cmd::ReadMoneyRegister, Pwd::Any},
    {cmd::ReadOperationalRegister, Pwd::Any},
    {cmd::WriteTable, Pwd::SysAdmin},
    {cmd::ReadTable, Pwd::Any},
    {cmd::SetTime, Pwd::SysAdmin},
    {cmd::SetDate, Pwd::SysAdmin},
    {cmd::ConfirmDate, Pwd::SysAdmin},
    {cmd::Cut, Pwd::Any},
    {cmd::OpenDrawer, Pwd::Any},
    {cmd::Feed, Pwd::Any},
    {cmd::TableStructure, Pwd::Any},
    {cmd::FieldStructure, Pwd::Any},
    {cmd::XReport, Pwd::Admin},
    {cmd::ZReport, Pwd::Admin},
    {cmd::CashIn, Pwd::Any},
    {cmd::CashOut, Pwd::Any},
    {cmd::ErrorName, Pwd::None},
    {cmd::Sale, Pwd::Any},
    {cmd::Purchase, Pwd::Any},
    {cmd::SaleReturn, Pwd::Any},
    {cmd::PurchaseReturn, Pwd::Any},
    {cmd::CloseCheck, Pwd::Any},
    {cmd::CancelCheck, Pwd::Any},
    {cmd::Discount, Pwd::Any},
    {cmd::Surcharge, Pwd::Any},
    {cmd::Subtotal, Pwd::Any},
    {cmd::OpenCheck, Pwd::Any},
    {cmd::CloseCheckExtended, Pwd::Any},
    {cmd::ContinuePrint, Pwd::Any},
    {cmd::RepeatDocument, Pwd::Any},
    {cmd::OpenShift, Pwd::Any},
    {cmd::ExtendedRequest, Pwd::None},
    {cmd::DeviceType, Pwd::None},
    {cmd::FnStatus, Pwd::Any},
    {cmd::FnNumber, Pwd::Any},
    {cmd::FnExpiry, Pwd::Any},
    {cmd::FnVersion, Pwd::Any},
    {cmd::FnCancelDocument, Pwd::Any},
    {cmd::FnFindDocument, Pwd::Any},
    {cmd::FnOpenShift, Pwd::Any},
    {cmd::FnSendTlv, Pwd::Any},
    {cmd::FnBeginCorrection, Pwd::Any},
    {cmd::FnMakeCorrection, Pwd::Any},
    {cmd::FnExchangeStatus, Pwd::Any},
    {cmd::FnReadDocumentBegin, Pwd::Any},
    {cmd::FnReadDocumentBlock, Pwd::Any},
    {cmd::FnUnconfirmedCount, Pwd::Any},
    {cmd::FnShiftParams, Pwd::Any},
    {cmd::FnBeginOpenShift, Pwd::Any},
    {cmd::FnBeginCloseShift, Pwd::Any},
    {cmd::FnCloseShift, Pwd::Any},
    {cmd::FnOpenCorrectionReceipt, Pwd::Any},
    {cmd::FnCloseCheckV2, Pwd::Any},
    {cmd::FnOperationV2, Pwd::Any},
    {cmd::FnCorrectionV2, Pwd::Any},
    {cmd::FnSendOperationTlv, Pwd::Any},
    {cmd::FnFreeMemory, Pwd::Any},
    {cmd::FnCheckMarkingCode, Pwd::Any},
    {cmd::FnBindMarkingCode, Pwd::Any},
    {cmd::FnAcceptMarkingCode, Pwd::Any},
    {cmd::FnMarkingStatus, Pwd::Any},
};

const CommandInfo *findCommand(CommandCode code)
{
    for (const auto &c : Commands)
        if (c.code == code)
            return &c;
    return nullptr;
}

constexpr std::int64_t Day = 24 * 3600;

} // namespace

Device::Device(DeviceConfig config)
    : m_config(std::move(config))
    , m_tape(m_config.tapePath)
{
    if (!m_config.clock)
        m_config.clock = systemLocalSeconds;
    bool fresh = true;
    if (!m_config.statePath.empty()) {
        std::string error;
        if (auto loaded = loadStateFile(m_config.statePath, error)) {
            m_state = std::move(*loaded);
            fresh = false;
        } else if (!error.empty()) {
            // A damaged file is never silently replaced: keep it for a person to look at.
            std::fprintf(stderr, "prilavok-fr-emulator: %s, starting from a fresh FN\n", error.c_str());
            std::rename(m_config.statePath.c_str(), (m_config.statePath + ".damaged").c_str());
        }
    }
    if (fresh) {
        // A registered FN: document 1 is the registration report, the shift is closed.
        if (!m_config.fnNumber.empty())
            m_state.fnNumber = m_config.fnNumber;
        const std::int64_t t = now();
        m_state.fnExpiry = t - t % Day + 3 * 365 * Day;
        std::vector<Tlv> tlvs{tlvString(1018, "7700000000  "), tlvString(1037, "0000000001012345    "),
                              tlvByte(1062, 1), tlvString(1048, "ООО \"ПРИЛАВОК\"")};
        makeDocument(fdtype::Registration, 0, 0, std::move(tlvs), {});
        m_state.operational[OregDocumentNumber] = 1;
        m_dirty = true;
    }
    powerCycle();
    persist();
}

std::int64_t Device::now() const
{
    return m_config.clock() + m_state.clockOffset;
}

void Device::powerCycle()
{
    m_printingUntil = {};
    m_lastDocument.clear();
    m_readBackActive = false;
    m_checkPending = false;
    m_pendingDate = -1;
    if (m_state.receipt.open && m_config.cancelOpenReceiptOnPowerUp) {
        addMoney(regShiftAnnulled(m_state.receipt.type), m_state.receipt.total());
        incOperational(OregCancelledInShift);
        incOperational(OregAnnulments);
        m_state.receipt = Receipt{};
        m_state.fnDocument = fndoc::None;
        m_tape.print("ЧЕК АННУЛИРОВАН (сбой питания)");
        m_dirty = true;
    }
    persist();
}

Kopecks Device::moneyRegister(int reg) const
{
    auto it = m_state.money.find(reg);
    return it == m_state.money.end() ? 0 : it->second;
}

std::uint32_t Device::operationalRegister(int reg) const
{
    auto it = m_state.operational.find(reg);
    return it == m_state.operational.end() ? 0 : it->second;
}

bool Device::shiftExpired() const
{
    return m_state.shiftOpen && now() - m_state.shiftOpenedAt >= Day;
}

std::uint8_t Device::modeByte() const
{
    if (m_state.receipt.open)
        return static_cast<std::uint8_t>(mode::DocumentOpen | (m_state.receipt.type << 4));
    if (!m_state.shiftOpen)
        return mode::ShiftClosed;
    return shiftExpired() ? mode::ShiftExpired : mode::ShiftOpen;
}

std::uint8_t Device::submode() const
{
    if (m_state.paperSubmode != submode::PaperPresent)
        return m_state.paperSubmode;
    if (std::chrono::steady_clock::now() < m_printingUntil)
        return submode::Printing;
    return submode::PaperPresent;
}

int Device::operatorFor(std::uint32_t password) const
{
    for (int row = 1; row <= 30; ++row) {
        const Bytes value = tableValue(2, row, 1);
        if (readLE(value, 0, 4).value_or(~0ull) == password)
            return row;
    }
    return 0;
}

Bytes Device::tableValue(int table, int row, int field) const
{
    auto it = m_state.tables.find(tableKey(table, row, field));
    if (it != m_state.tables.end())
        return it->second;
    const FieldDef *def = findField(table, field);
    return def ? defaultFieldValue(*def, row) : Bytes{};
}

Device::Reply Device::opOnly() const
{
    return ok({static_cast<std::uint8_t>(m_operator)});
}

Bytes Device::execute(ByteView body)
{
    Bytes answer;
    auto split = splitCommand(body);
    if (!split) {
        // A lone FFh: a two-byte command cut short. Answer "unknown command" under that byte.
        if (!body.empty())
            answer = Bytes{body[0], deverr::FnUnknownCommand};
        return answer;
    }
    const CommandCode code = split->code;
    appendCommandCode(answer, code);
    const bool fnCommand = isTwoByteCommand(code);
    Reply reply;
    const CommandInfo *info = findCommand(code);
    if (!info) {
        // §5: 37h "not supported" for device commands, FN 01h "unknown command" for FFxx.
        reply = fail(fnCommand ? deverr::FnUnknownCommand : deverr::NotSupported);
    } else {
        ByteView data = split->rest;
        m_operator = 0;
        bool passed = true;
        if (info->pwd != Pwd::None) {
            auto pwd = readLE(data, 0, 4);
            if (!pwd) {
                reply = fail(fnCommand ? deverr::FnUnknownCommand : deverr::BadParameters);
                passed = false;
            } else {
                m_operator = operatorFor(static_cast<std::uint32_t>(*pwd));
                const bool admin = m_operator >= operators::Administrator;
                if (m_operator == 0 || (info->pwd == Pwd::Admin && !admin) ||
                    (info->pwd == Pwd::SysAdmin && m_operator != operators::SystemAdministrator)) {
                    reply = fail(deverr::WrongPassword);
                    passed = false;
                }
                data = data.subspan(4);
            }
        }
        if (passed)
            reply = dispatch(code, data);
    }
    answer.push_back(reply.error);
    if (reply.error == deverr::Ok)
        answer.insert(answer.end(), reply.data.begin(), reply.data.end());
    persist();
    return answer;
}

Device::Reply Device::dispatch(CommandCode code, ByteView data)
{
    ByteReader in(data);
    return isTwoByteCommand(code) ? dispatchFn(code, in) : dispatchDevice(code, in);
}

// Status, printing, registers, tables, the clock and error names: the one-byte commands that are
// not about receipts, cash in and out, reports or shifts.
Device::Reply Device::dispatchDevice(CommandCode code, ByteReader &in)
{
    switch (code) {
    case cmd::ShortStatus:
        return shortStatus();
    case cmd::FullStatus:
        return fullStatus();
    case cmd::DeviceType:
        return deviceType();
    case cmd::ExtendedRequest:
        return extendedRequest(in);
    case cmd::Beep:
    case cmd::OpenDrawer:
        return opOnly();
    case cmd::SetExchangeParams:
        return setExchange(in);
    case cmd::ReadExchangeParams:
        return readExchange(in);
    case cmd::PrintString:
        return printText(in, false);
    case cmd::PrintBold:
        return printText(in, true);
    case cmd::Cut:
    case cmd::Feed: {
        if (auto gate = printGate())
            return fail(gate);
        print({code == cmd::Cut ? "- - - - - - - - отрезка - - - - - - - -" : ""});
        return opOnly();
    }
    case cmd::ReadMoneyRegister:
        return readMoney(in);
    case cmd::ReadOperationalRegister:
        return readOperational(in);
    case cmd::WriteTable:
        return writeTable(in);
    case cmd::ReadTable:
        return readTable(in);
    case cmd::TableStructure:
        return tableStructure(in);
    case cmd::FieldStructure:
        return fieldStructure(in);
    case cmd::SetTime:
        return setTime(in);
    case cmd::SetDate:
        return setDate(in);
    case cmd::ConfirmDate:
        return confirmDate(in);
    case cmd::ErrorName:
        return errorName(in);
    default:
        return dispatchReceipt(code, in);
    }
}

// Receipts, cash in and out, X and Z reports and the shift: the rest of the one-byte commands.
Device::Reply Device::dispatchReceipt(CommandCode code, ByteReader &in)
{
    switch (code) {
    case cmd::XReport:
        return xReport();
    case cmd::ZReport:
        return zReport();
    case cmd::CashIn:
        return cashInOut(in, true);
    case cmd::CashOut:
        return cashInOut(in, false);
    case cmd::Sale:
        return legacyOperation(in, 0);
    case cmd::Purchase:
        return legacyOperation(in, 1);
    case cmd::SaleReturn:
        return legacyOperation(in, 2);
    case cmd::PurchaseReturn:
        return legacyOperation(in, 3);
    case cmd::CloseCheck:
        return closeCheck(in);
    case cmd::CloseCheckExtended:
        return closeCheckExtended(in);
    case cmd::CancelCheck:
        return cancelCheck();
    case cmd::Subtotal:
        return subtotal();
    case cmd::Discount:
        return discountOrSurcharge(in, true);
    case cmd::Surcharge:
        return discountOrSurcharge(in, false);
    case cmd::OpenCheck:
        return openCheck(in);
    case cmd::ContinuePrint:
        return continuePrint();
    case cmd::RepeatDocument:
        return repeatDocument();
    case cmd::OpenShift:
        return openShiftLegacy();
    default:
        return fail(deverr::NotSupported);
    }
}

// The FN family (FFxxh): FN state, shifts, documents, FFD 1.2 receipts and marking codes.
Device::Reply Device::dispatchFn(CommandCode code, ByteReader &in)
{
    switch (code) {
    case cmd::FnStatus:
        return fnStatus();
    case cmd::FnNumber:
        return fnNumber();
    case cmd::FnExpiry:
        return fnExpiry();
    case cmd::FnVersion:
        return fnVersion();
    case cmd::FnCancelDocument:
        return fnCancelDocument();
    case cmd::FnFindDocument:
        return fnFindDocument(in);
    case cmd::FnOpenShift:
        return fnOpenShift();
    case cmd::FnSendTlv:
        return sendDocumentTlv(in);
    case cmd::FnBeginCorrection:
        return fnBeginCorrection();
    case cmd::FnMakeCorrection:
        return fnMakeCorrection(in);
    case cmd::FnExchangeStatus:
        return fnExchangeStatus();
    case cmd::FnReadDocumentBegin:
        return fnReadDocumentBegin(in);
    case cmd::FnReadDocumentBlock:
        return fnReadDocumentBlock();
    case cmd::FnUnconfirmedCount:
        return fnUnconfirmedCount();
    case cmd::FnShiftParams:
        return fnShiftParams();
    case cmd::FnBeginOpenShift:
        return fnBeginOpenShift();
    case cmd::FnBeginCloseShift:
        return fnBeginCloseShift();
    case cmd::FnCloseShift:
        return fnCloseShift();
    case cmd::FnCloseCheckV2:
        return closeCheckV2(in);
    case cmd::FnOperationV2:
        return operationV2(in);
    case cmd::FnCorrectionV2:
        return fnCorrectionV2(in);
    case cmd::FnOpenCorrectionReceipt:
        return openCorrectionReceipt(in);
    case cmd::FnSendOperationTlv:
        return sendOperationTlv(in);
    case cmd::FnFreeMemory:
        return fnFreeMemory();
    case cmd::FnCheckMarkingCode:
        return checkMarking(in);
    case cmd::FnAcceptMarkingCode:
        return acceptMarking(in);
    case cmd::FnBindMarkingCode:
        return bindMarking(in);
    case cmd::FnMarkingStatus:
        return markingStatus();
    default:
        return fail(deverr::FnUnknownCommand);
    }
}

void Device::persist()
{
    if (!m_dirty || m_config.statePath.empty()) {
        m_dirty = false;
        return;
    }
    std::string error;
    if (!saveStateFile(m_config.statePath, m_state, error, m_config.fsync)) {
        m_persistError = error;
        std::fprintf(stderr, "prilavok-fr-emulator: %s\n", error.c_str());
    }
    m_dirty = false;
}

// ---- reports for people -------------------------------------------------------------------------

std::string Device::summary() const
{
    std::ostringstream o;
    const auto c = calendar(now());
    o << "mode=" << int(modeByte() & 0x0F) << "." << int(modeByte() >> 4) << " submode=" << int(submode())
      << " shift=" << (m_state.shiftOpen ? "open" : "closed") << " shift_number=" << m_state.shiftNumber
      << " expired=" << (shiftExpired() ? 1 : 0) << " receipt=" << (m_state.receipt.open ? "open" : "none")
      << " lines=" << m_state.receipt.lines.size() << " last_fd=" << m_state.lastFd
      << " fn=" << m_state.fnNumber << " ofd_backlog=" << m_state.ofdBacklog
      << " cash=" << formatMoney(moneyRegister(RegCash)) << " time=" << c.year << "-" << two(c.month) << "-"
      << two(c.day) << "T" << two(c.hour) << ":" << two(c.minute);
    return o.str();
}

std::string Device::registersDump() const
{
    std::ostringstream o;
    bool first = true;
    for (const auto &[reg, value] : m_state.money) {
        if (value == 0)
            continue;
        o << (first ? "" : " ") << "money[" << reg << "]=" << value;
        first = false;
    }
    for (const auto &[reg, value] : m_state.operational) {
        if (value == 0)
            continue;
        o << (first ? "" : " ") << "oper[" << reg << "]=" << value;
        first = false;
    }
    return o.str();
}

} // namespace fiscal::emu
