#include "fiscal/emulator/tables.h"

#include <array>
#include <string>

#include "fiscal/codec/text.h"
#include "fiscal/commands/service.h"

namespace fiscal::emu {

namespace {

// Field names and layouts of tables 1, 4, 5, 6 and 18 are our guess from the vendor guide's field lists;
// table 2 (password 4 bytes, name) and table 21 fields 3/4 (TCP server, port 7778) are documented
// in the reference (§2 passwords, §1.1 TCP port).
constexpr std::array<TableDef, 8> Tables{{
    {1, "Тип и режим кассы", 1, 8},
    {2, "Пароли кассиров и администраторов", 30, 2},
    {4, "Текст в чеке", 14, 1},
    {5, "Наименования типов оплаты", 16, 1},
    {6, "Налоговые ставки", 6, 2},
    {17, "Региональные настройки", 1, 7},
    {18, "Fiscal storage", 1, 10},
    {21, "Сетевые интерфейсы", 1, 4},
}};

constexpr std::array<FieldDef, 29> Fields{{
    {1, 1, "Автоматическое обнуление наличности", false, 1, 0, 1},
    {1, 2, "Печать рекламного текста", false, 1, 0, 1},
    {1, 3, "Печать необнуляемой суммы", false, 1, 0, 1},
    {1, 4, "Отрезка чека", false, 1, 0, 2},
    {1, 5, "Открывать ящик", false, 1, 0, 1},
    {1, 6, "Звуковой сигнал", false, 1, 0, 1},
    {1, 7, "Использование весовых датчиков", false, 1, 0, 1},
    {1, 8, "Печать налогов", false, 1, 0, 3},
    {2, 1, "Пароль", false, 4, 0, 99999999},
    {2, 2, "Имя", true, 21, 0, 0},
    {4, 1, "Строка", true, 48, 0, 0},
    {5, 1, "Наименование", true, 20, 0, 0},
    {6, 1, "Ставка", false, 2, 0, 9999},
    {6, 2, "Наименование", true, 20, 0, 0},
    {17, 7, "Не печатать документ", false, 1, 0, 1}, // fiscal::skipprint; fields 1..6 not modelled
    {18, 1, "Заводской номер ККТ", true, 20, 0, 0},
    {18, 2, "ИНН", true, 12, 0, 0},
    {18, 3, "РНМ", true, 20, 0, 0},
    {18, 4, "Версия ФФД", false, 1, 0, 4},
    {18, 5, "Система налогообложения", false, 1, 0, 63},
    {18, 6, "Режим работы", false, 1, 0, 255},
    {18, 7, "Пользователь", true, 64, 0, 0},
    {18, 8, "Адрес расчетов", true, 64, 0, 0},
    {18, 9, "Место расчетов", true, 64, 0, 0},
    {18, 10, "Наименование ОФД", true, 64, 0, 0},
    {21, 1, "IP адрес", false, 4, 0, 0xFFFFFFFF},
    {21, 2, "Маска", false, 4, 0, 0xFFFFFFFF},
    {21, 3, "TCP сервер включен", false, 1, 0, 1},
    {21, 4, "TCP порт", false, 2, 1, 65535},
}};

Bytes bin(std::uint64_t value, int width)
{
    Bytes out;
    appendLE(out, value, width);
    return out;
}

std::string operatorName(int row)
{
    if (row == 29)
        return "АДМИНИСТРАТОР";
    if (row == 30)
        return "СИС. АДМИНИСТРАТОР";
    return "КАССИР " + std::to_string(row);
}

// A text field's factory value, by table * 100 + field: operator names, the receipt header,
// payment type and tax group names, the registration data (table 18); empty for the rest.
std::string defaultText(int key, int row)
{
    switch (key) {
    case 202:
        return operatorName(row);
    case 401: {
        // A factory header of three lines and one advertising line (receipttext layout).
        static const char *header[] = {"ООО \"ПРИЛАВОК\"", "Магазин у дома", "г. Москва, ул. Тестовая, д. 1"};
        const int h = row - receipttext::HeaderFirstRow;
        if (h >= 0 && h < 3)
            return header[h];
        if (row == receipttext::TrailerFirstRow)
            return "СПАСИБО ЗА ПОКУПКУ!";
        return {};
    }
    case 501: {
        static const char *names[] = {"НАЛИЧНЫМИ", "БЕЗНАЛИЧНЫМИ", "ТИП ОПЛАТЫ 3", "ТИП ОПЛАТЫ 4"};
        return row >= 1 && row <= 4 ? names[row - 1] : "ТИП ОПЛАТЫ " + std::to_string(row);
    }
    case 602: {
        static const char *names[] = {"НДС 20%", "НДС 10%", "НДС 0%", "БЕЗ НДС", "НДС 20/120", "НДС 10/110"};
        return names[(row - 1) % 6];
    }
    case 1801:
        return "0012345678";
    case 1802:
        return "7700000000";
    case 1803:
        return "0000000001012345";
    case 1807:
        return "ООО \"ПРИЛАВОК\"";
    case 1808:
        return "г. Москва, ул. Тестовая, д. 1";
    case 1809:
        return "Магазин";
    case 1810:
        return "ООО \"ДЕМО ОФД\"";
    default:
        return {};
    }
}

// A number field's factory value, by table * 100 + field: operator passwords, tax rates, the FFD
// version and tax system, the OFD address (table 21); 0 for the rest.
std::uint64_t defaultNumber(int key, int row)
{
    switch (key) {
    case 201:
        return static_cast<std::uint64_t>(row); // operator N has password N (§2)
    case 101:
        return 0;
    case 601: {
        // Tax groups in hundredths of a percent: 20 %, 10 %, 0 %, without VAT, 20/120, 10/110.
        static constexpr std::uint64_t rates[] = {2000, 1000, 0, 0, 2000, 1000};
        return rates[(row - 1) % 6];
    }
    case 104:
        return 2;
    case 1804:
        return 4; // FFD 1.2
    case 1805:
        return 1; // ОСН
    case 2101:
        return 0x0100007F; // 127.0.0.1, first octet first
    case 2102:
        return 0x00FFFFFF;
    case 2103:
        return 1;
    case 2104:
        return 7778;
    default:
        return 0;
    }
}

} // namespace

const TableDef *findTable(int table)
{
    for (const auto &t : Tables)
        if (t.table == table)
            return &t;
    return nullptr;
}

const FieldDef *findField(int table, int field)
{
    for (const auto &f : Fields)
        if (f.table == table && f.field == field)
            return &f;
    return nullptr;
}

Bytes defaultFieldValue(const FieldDef &def, int row)
{
    const int key = def.table * 100 + def.field;
    if (def.text)
        return encodeFixedText(defaultText(key, row), def.size);
    return bin(defaultNumber(key, row), def.size);
}

std::string tableKey(int table, int row, int field)
{
    return std::to_string(table) + "." + std::to_string(row) + "." + std::to_string(field);
}

} // namespace fiscal::emu
