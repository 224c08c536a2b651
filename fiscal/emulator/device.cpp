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
    if (!split)
        return answer; // an empty body cannot come from a valid frame
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
    case cmd::OpenCheck:
        return openCheck(in);
    case cmd::ContinuePrint:
        return continuePrint();
    case cmd::RepeatDocument:
        return repeatDocument();
    case cmd::OpenShift:
        return openShiftLegacy();
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
        return fail(isTwoByteCommand(code) ? deverr::FnUnknownCommand : deverr::NotSupported);
    }
}

// ---- status -------------------------------------------------------------------------------------

namespace {
// Flags of 10h/11h: bits 1, 7 and 9 (receipt roll, optical sensor, lever down) and bit 4 as in the
// real capture 0292h (§3.1 "Flags").
std::uint16_t statusFlags(bool paper)
{
    return paper ? 0x0292 : 0x0210;
}
} // namespace

Device::Reply Device::shortStatus()
{
    // 16-byte frame with the legacy FM/EJ bytes present (§3.1, [TRACE]).
    Bytes d;
    d.push_back(static_cast<std::uint8_t>(m_operator));
    appendLE(d, statusFlags(m_state.paperSubmode == 0 || m_state.paperSubmode == 3), 2);
    d.push_back(modeByte());
    d.push_back(submode());
    const std::size_t ops = m_state.receipt.open ? m_state.receipt.lines.size() : 0;
    d.push_back(static_cast<std::uint8_t>(ops & 0xFF));
    d.push_back(0x9F); // battery, raw (x 5 / 255 V)
    d.push_back(0xE5); // supply, raw (x 24 / 216 V)
    d.push_back(m_config.legacyStatus[0]);
    d.push_back(m_config.legacyStatus[1]);
    d.push_back(static_cast<std::uint8_t>((ops >> 8) & 0xFF));
    d.insert(d.end(), {0, 0, 0});
    return ok(std::move(d));
}

Device::Reply Device::fullStatus()
{
    // 48-byte frame: the long layout with the legacy FM fields (§3.1).
    const auto c = calendar(now());
    Bytes d;
    d.push_back(static_cast<std::uint8_t>(m_operator));
    d.insert(d.end(), {'C', '2'}); // firmware version "C.2" as two characters
    appendLE(d, 29011, 2);         // firmware build
    appendDateDmy(d, Date{2024, 3, 15});
    d.push_back(1); // hall number
    appendLE(d, operationalRegister(OregDocumentNumber) & 0xFFFF, 2);
    appendLE(d, statusFlags(m_state.paperSubmode == 0 || m_state.paperSubmode == 3), 2);
    d.push_back(modeByte());
    d.push_back(submode());
    d.push_back(128); // port: TCP
    d.insert(d.end(), {'C', '2'});
    appendLE(d, 29011, 2);
    appendDateDmy(d, Date{2024, 3, 15});
    appendDateDmy(d, Date{c.year, c.month, c.day});
    appendTimeHms(d, Time{c.hour, c.minute, c.second});
    d.push_back(0x03); // FM flags: FM 1 present, FM 2 present (legacy meaning)
    appendLE(d, 12345678, 4);
    appendLE(d, m_state.shiftOpen ? m_state.shiftNumber - 1u : m_state.shiftNumber, 2);
    appendLE(d, 2000, 2); // free FM records (legacy)
    d.push_back(1);       // registrations done
    d.push_back(29);      // registrations left
    appendLE(d, 7700000000ull, 6);
    return ok(std::move(d));
}

Device::Reply Device::deviceType()
{
    // FCh: type, subtype, protocol 1.14, model 250 (ШТРИХ-М-01Ф), language 0 (Russian), name.
    Bytes d{0, 0, 1, 14, 250, 0};
    const Bytes name = encodeText("ШТРИХ-М-01Ф", CodePage::Cp1251);
    d.insert(d.end(), name.begin(), name.end());
    return ok(std::move(d));
}

Device::Reply Device::extendedRequest(ByteReader &in)
{
    auto type = in.u8();
    if (!type)
        return fail(deverr::BadParameters);
    if (*type != 1)
        return fail(deverr::BadParameters);
    // Model parameters. Layout after the 8-byte capability mask is our guess (the reference lists
    // only "capability bit mask, widths, max frame length"): font 1 width, font 2 width, max frame.
    Bytes d;
    appendLE(d, 0x0000000000000000ull, 8); // bit 28 (alternative protocol) clear: standard link only
    d.push_back(48);
    d.push_back(24);
    appendLE(d, MaxFrameBody, 2);
    return ok(std::move(d));
}

Device::Reply Device::setExchange(ByteReader &in)
{
    auto port = in.u8();
    auto baud = in.u8();
    auto timeout = in.u8();
    if (!port || !baud || !timeout || *baud > 9)
        return fail(deverr::BadParameters);
    m_baudCode = *baud;
    // Byte-timeout encoding of 14h: 0..150 ms as is, 151..249 in 150 ms steps, 250..255 in 15 s
    // steps (vendor protocol description of 14h).
    const int t = *timeout;
    int ms = t;
    if (t > 150 && t <= 249)
        ms = (t - 149) * 150;
    else if (t >= 250)
        ms = (t - 248) * 15000;
    m_byteTimeout = std::chrono::milliseconds(ms == 0 ? 1 : ms);
    return ok();
}

Device::Reply Device::readExchange(ByteReader &in)
{
    if (!in.u8())
        return fail(deverr::BadParameters);
    const int ms = static_cast<int>(m_byteTimeout.count());
    int code = ms;
    if (ms > 150 && ms <= 15000)
        code = ms / 150 + 149;
    else if (ms > 15000)
        code = ms / 15000 + 248;
    return ok({m_baudCode, static_cast<std::uint8_t>(code > 255 ? 255 : code)});
}

Device::Reply Device::printText(ByteReader &in, bool bold)
{
    if (!in.u8())
        return fail(deverr::BadParameters);
    if (auto gate = printGate())
        return fail(gate);
    const std::string text = decodeFixedText(in.rest());
    print({bold ? "**" + text + "**" : text});
    return opOnly();
}

Device::Reply Device::readMoney(ByteReader &in)
{
    std::optional<std::uint64_t> reg = in.remaining() >= 2 ? in.le(2) : in.le(1);
    if (!reg)
        return fail(deverr::BadParameters);
    Bytes d{static_cast<std::uint8_t>(m_operator)};
    const Kopecks v = moneyRegister(static_cast<int>(*reg));
    appendLE(d, static_cast<std::uint64_t>(v < 0 ? 0 : v), 6);
    return ok(std::move(d));
}

Device::Reply Device::readOperational(ByteReader &in)
{
    std::optional<std::uint64_t> reg = in.remaining() >= 2 ? in.le(2) : in.le(1);
    if (!reg)
        return fail(deverr::BadParameters);
    Bytes d{static_cast<std::uint8_t>(m_operator)};
    appendLE(d, operationalRegister(static_cast<int>(*reg)) & 0xFFFF, 2);
    return ok(std::move(d));
}

Device::Reply Device::writeTable(ByteReader &in)
{
    auto table = in.u8();
    auto row = in.le(2);
    auto field = in.u8();
    if (!table || !row || !field)
        return fail(deverr::BadParameters);
    const TableDef *t = findTable(*table);
    if (!t)
        return fail(deverr::TableNotDefined); // table not defined
    const FieldDef *f = findField(*table, *field);
    if (!f || *row < 1 || *row > t->rows)
        return fail(deverr::BadParameters);
    ByteView value = in.rest();
    Bytes stored;
    if (f->text) {
        const std::size_t n = std::min<std::size_t>(value.size(), f->size);
        stored.assign(value.begin(), value.begin() + static_cast<std::ptrdiff_t>(n));
        stored.resize(f->size, 0);
    } else {
        if (value.size() < f->size)
            return fail(deverr::BadParameters);
        const std::uint64_t v = readLE(value, 0, f->size).value_or(0);
        if (v < f->min || v > f->max)
            return fail(deverr::BadParameters);
        appendLE(stored, v, f->size);
    }
    m_state.tables[tableKey(*table, static_cast<int>(*row), *field)] = std::move(stored);
    m_dirty = true;
    return ok();
}

Device::Reply Device::readTable(ByteReader &in)
{
    auto table = in.u8();
    auto row = in.le(2);
    auto field = in.u8();
    if (!table || !row || !field)
        return fail(deverr::BadParameters);
    const TableDef *t = findTable(*table);
    if (!t)
        return fail(deverr::TableNotDefined);
    if (!findField(*table, *field) || *row < 1 || *row > t->rows)
        return fail(deverr::BadParameters);
    return ok(tableValue(*table, static_cast<int>(*row), *field));
}

Device::Reply Device::tableStructure(ByteReader &in)
{
    auto table = in.u8();
    if (!table)
        return fail(deverr::BadParameters);
    const TableDef *t = findTable(*table);
    if (!t)
        return fail(deverr::TableNotDefined);
    Bytes d = encodeFixedText(t->name, 40);
    appendLE(d, t->rows, 2);
    d.push_back(t->fields);
    return ok(std::move(d));
}

Device::Reply Device::fieldStructure(ByteReader &in)
{
    auto table = in.u8();
    auto field = in.u8();
    if (!table || !field)
        return fail(deverr::BadParameters);
    if (!findTable(*table))
        return fail(deverr::TableNotDefined);
    const FieldDef *f = findField(*table, *field);
    if (!f)
        return fail(deverr::BadParameters);
    Bytes d = encodeFixedText(f->name, 40);
    d.push_back(f->text ? 1 : 0);
    d.push_back(f->size);
    if (!f->text) {
        appendLE(d, f->min, f->size);
        appendLE(d, f->max, f->size);
    }
    return ok(std::move(d));
}

Device::Reply Device::setTime(ByteReader &in)
{
    auto t = readTimeHms(in);
    if (!t || !isValid(*t))
        return fail(deverr::BadParameters);
    const std::int64_t current = now();
    const std::int64_t midnight = current - ((current % Day) + Day) % Day;
    m_state.clockOffset += midnight + t->hour * 3600 + t->minute * 60 + t->second - current;
    m_dirty = true;
    return ok();
}

Device::Reply Device::setDate(ByteReader &in)
{
    auto d = readDateDmy(in);
    if (!d || !isValid(*d))
        return fail(0x7D); // wrong date format
    m_pendingDate = fromCalendar(d->year, d->month, d->day);
    return ok();
}

Device::Reply Device::confirmDate(ByteReader &in)
{
    auto d = readDateDmy(in);
    if (!d || m_pendingDate < 0 || fromCalendar(d->year, d->month, d->day) != m_pendingDate)
        return fail(0x7C); // date mismatch
    const std::int64_t current = now();
    const std::int64_t timeOfDay = ((current % Day) + Day) % Day;
    m_state.clockOffset += m_pendingDate + timeOfDay - current;
    m_pendingDate = -1;
    m_dirty = true;
    return ok();
}

Device::Reply Device::errorName(ByteReader &in)
{
    auto code = in.u8();
    if (!code)
        return fail(deverr::BadParameters);
    const char *text = "Неизвестная ошибка";
    switch (*code) {
    case 0x00:
        text = "Ошибок нет";
        break;
    case 0x37:
        text = "Команда не поддерживается";
        break;
    case 0x4E:
        text = "Смена превысила 24 часа";
        break;
    case 0x4F:
        text = "Неверный пароль";
        break;
    case 0x50:
        text = "Идет печать предыдущей команды";
        break;
    case 0x58:
        text = "Ожидание команды продолжения печати";
        break;
    case 0x6B:
        text = "Нет чековой ленты";
        break;
    default:
        break;
    }
    Bytes d{static_cast<std::uint8_t>(m_operator)};
    const Bytes t = encodeText(text, CodePage::Cp1251);
    d.insert(d.end(), t.begin(), t.end());
    return ok(std::move(d));
}

// ---- printing -----------------------------------------------------------------------------------

std::uint8_t Device::printGate() const
{
    switch (m_state.paperSubmode) {
    case submode::PassivePaperOut:
    case submode::ActivePaperOut:
        return deverr::NoPaper;
    case submode::AfterPaperOut:
        return deverr::WaitingContinuePrint;
    default:
        break;
    }
    if (std::chrono::steady_clock::now() < m_printingUntil)
        return deverr::PrintingPrevious;
    return 0;
}

void Device::print(const std::vector<std::string> &lines)
{
    std::size_t printed = 0;
    for (const auto &line : lines) {
        if (m_paperOutArmed && m_state.paperSubmode == submode::PaperPresent) {
            // The roll ends under the head: the rest waits for new paper and B0h (§4 submode 2).
            m_paperOutArmed = false;
            m_state.paperSubmode = submode::ActivePaperOut;
            m_tape.print("~~~~ кончилась бумага ~~~~");
        }
        if (m_state.paperSubmode == submode::ActivePaperOut ||
            m_state.paperSubmode == submode::AfterPaperOut) {
            m_state.unprintedLines.push_back(line);
        } else {
            m_tape.print(line);
            ++printed;
        }
    }
    m_dirty = true;
    if (m_config.printMsPerLine > 0 && printed > 0)
        m_printingUntil = std::chrono::steady_clock::now() +
                          std::chrono::milliseconds(m_config.printMsPerLine * static_cast<int>(printed));
}

void Device::printDocument(const std::vector<std::string> &lines)
{
    m_lastDocument = lines;
    print(lines);
}

Device::Reply Device::repeatDocument()
{
    if (m_state.receipt.open)
        return fail(deverr::ReceiptOpen);
    if (m_lastDocument.empty())
        return fail(0x56); // no document to repeat
    if (auto gate = printGate())
        return fail(gate);
    std::vector<std::string> copy{"КОПИЯ"};
    copy.insert(copy.end(), m_lastDocument.begin(), m_lastDocument.end());
    print(copy);
    return opOnly();
}

Device::Reply Device::continuePrint()
{
    if (m_state.paperSubmode == submode::ActivePaperOut || m_state.paperSubmode == submode::PassivePaperOut)
        return fail(deverr::NoPaper);
    if (m_state.paperSubmode == submode::AfterPaperOut) {
        m_state.paperSubmode = submode::PaperPresent;
        std::vector<std::string> rest;
        rest.swap(m_state.unprintedLines);
        m_tape.print("~~~~ продолжение печати ~~~~");
        print(rest);
    }
    return opOnly();
}

void Device::armPaperOut()
{
    m_paperOutArmed = true;
}

void Device::paperOutNow()
{
    if (m_state.paperSubmode == submode::PaperPresent)
        m_state.paperSubmode = submode::PassivePaperOut;
    m_dirty = true;
    persist();
}

void Device::paperIn()
{
    m_paperOutArmed = false;
    if (m_state.paperSubmode == submode::ActivePaperOut)
        m_state.paperSubmode = submode::AfterPaperOut;
    else if (m_state.paperSubmode == submode::PassivePaperOut)
        m_state.paperSubmode = submode::PaperPresent;
    m_dirty = true;
    persist();
}

void Device::moveClock(std::int64_t seconds)
{
    m_state.clockOffset += seconds;
    m_dirty = true;
    persist();
}

void Device::setFnExpiryDays(int days)
{
    const std::int64_t t = now();
    m_state.fnExpiry = t - ((t % Day) + Day) % Day + static_cast<std::int64_t>(days) * Day;
    m_dirty = true;
    persist();
}

void Device::setFnFull(bool full)
{
    m_state.fnFull = full;
    m_dirty = true;
    persist();
}

void Device::setOfdBacklog(std::uint32_t count)
{
    m_state.ofdBacklog = std::min<std::uint32_t>(count, m_state.lastFd);
    m_state.ofdAutoAck = count == 0;
    m_dirty = true;
    persist();
}

void Device::persist()
{
    if (!m_dirty || m_config.statePath.empty()) {
        m_dirty = false;
        return;
    }
    std::string error;
    if (!saveStateFile(m_config.statePath, m_state, error)) {
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
