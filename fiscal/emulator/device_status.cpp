// Status, identification and service commands: 10h, 11h, FCh, F7h, 14h/15h, 1Ah/1Bh registers,
// 1Eh/1Fh/2Dh/2Eh tables, 21h-23h clock, 6Bh error names (reference §3.1).

#include <algorithm>

#include "fiscal/codec/text.h"
#include "fiscal/codec/values.h"
#include "fiscal/codes.h"
#include "fiscal/emulator/device.h"
#include "fiscal/emulator/tables.h"

namespace fiscal::emu {

namespace {
constexpr std::int64_t Day = 24 * 3600;
} // namespace

std::string modelName(std::uint8_t model)
{
    // Model numbers of the FN-era devices, all on protocol 1.14 (§3.1 "Model numbers").
    switch (model) {
    case 250:
        return "ШТРИХ-М-01Ф";
    case 252:
        return "ШТРИХ-ЛАЙТ-01Ф";
    case 249:
        return "ШТРИХ-ФР-01Ф";
    case 22:
        return "РИТЕЙЛ-01Ф";
    case 50:
        return "ШТРИХ-МИНИ-01Ф";
    case 25:
        return "ШТРИХ-ON-LINE";
    default:
        return {};
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
    d.push_back(m_config.port);
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
    Bytes d{0, 0, 1, 14, m_config.model, 0};
    const Bytes name = encodeText(modelName(m_config.model), CodePage::Cp1251);
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

} // namespace fiscal::emu
