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
    std::string text;
    std::uint64_t value = 0;
    switch (def.table * 100 + def.field) {
    case 201:
        value = static_cast<std::uint64_t>(row); // operator N has password N (§2)
        break;
    case 202:
        text = operatorName(row);
        break;
    case 101:
        value = 0;
        break;
    case 401: {
        // A factory header of three lines and one advertising line (receipttext layout).
        static const char *header[] = {"ООО \"ПРИЛАВОК\"", "Магазин у дома", "г. Москва, ул. Тестовая, д. 1"};
        const int h = row - receipttext::HeaderFirstRow;
        if (h >= 0 && h < 3)
            text = header[h];
        else if (row == receipttext::TrailerFirstRow)
            text = "СПАСИБО ЗА ПОКУПКУ!";
        break;
    }
    case 501: {
        static const char *names[] = {"НАЛИЧНЫМИ", "БЕЗНАЛИЧНЫМИ", "ТИП ОПЛАТЫ 3", "ТИП ОПЛАТЫ 4"};
        text = row >= 1 && row <= 4 ? names[row - 1] : "ТИП ОПЛАТЫ " + std::to_string(row);
        break;
    }
    case 601: {
        // Tax groups in hundredths of a percent: 20 %, 10 %, 0 %, without VAT, 20/120, 10/110.
        static constexpr std::uint64_t rates[] = {2000, 1000, 0, 0, 2000, 1000};
        value = rates[(row - 1) % 6];
        break;
    }
    case 602: {
        static const char *names[] = {"НДС 20%", "НДС 10%", "НДС 0%", "БЕЗ НДС", "НДС 20/120", "НДС 10/110"};
        text = names[(row - 1) % 6];
        break;
    }
    case 104:
        value = 2;
        break;
    case 1801:
        text = "0012345678";
        break;
    case 1802:
        text = "7700000000";
        break;
    case 1803:
        text = "0000000001012345";
        break;
    case 1804:
        value = 4; // FFD 1.2
        break;
    case 1805:
        value = 1; // ОСН
        break;
    case 1807:
        text = "ООО \"ПРИЛАВОК\"";
        break;
    case 1808:
        text = "г. Москва, ул. Тестовая, д. 1";
        break;
    case 1809:
        text = "Магазин";
        break;
    case 1810:
        text = "ООО \"ДЕМО ОФД\"";
        break;
    case 2101:
        value = 0x0100007F; // 127.0.0.1, first octet first
        break;
    case 2102:
        value = 0x00FFFFFF;
        break;
    case 2103:
        value = 1;
        break;
    case 2104:
        value = 7778;
        break;
    default:
        break;
    }
    if (def.text)
        return encodeFixedText(text, def.size);
    return bin(value, def.size);
}

std::string tableKey(int table, int row, int field)
{
    return std::to_string(table) + "." + std::to_string(row) + "." + std::to_string(field);
}

} // namespace fiscal::emu
