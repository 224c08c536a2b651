#include "cabinet/owner/importtable.h"

#include "csv/csvreader.h"
#include "csv/encoding.h"

namespace cabinet::owner {

namespace {

bool blank(const std::vector<std::string> &cells)
{
    for (const std::string &c : cells)
        if (c.find_first_not_of(" \t\r\n") != std::string::npos)
            return false;
    return true;
}

std::string csvProblem(const csv::Error &e)
{
    const std::string where = "Строка " + std::to_string(e.line()) + " файла: ";
    switch (e.kind()) {
    case csv::Error::Kind::UnclosedQuote:
        return where + "кавычка открыта и не закрыта";
    case csv::Error::Kind::FieldTooLong:
        return where + "значение длиннее 64 КБ";
    case csv::Error::Kind::TooManyFields:
        return where + "больше 1000 столбцов";
    case csv::Error::Kind::Other:
        break;
    }
    return where + "не читается как CSV";
}

ImportTable csvTable(std::string_view bytes)
{
    ImportTable t;
    if (bytes.find('\0') != std::string_view::npos) {
        t.error = "Файл не текстовый: это не CSV. Загрузите CSV или книгу Excel (*.xlsx)";
        return t;
    }
    const csv::Encoding encoding = csv::detectEncoding(bytes);
    csv::Reader reader = csv::Reader::overBytes(bytes, csv::detectSeparator(bytes.substr(0, 64 * 1024)));
    std::vector<std::string> fields;
    try {
        while (reader.next(fields)) {
            for (std::string &f : fields) {
                auto utf8 = csv::toUtf8(f, encoding);
                if (!utf8) {
                    t.error = "Строка " + std::to_string(reader.line()) +
                              " файла: текст не в UTF-8 и не в Windows-1251. Сохраните файл как «CSV UTF-8»";
                    return t;
                }
                f = std::move(*utf8);
            }
            if (t.header.empty() && t.rows.empty()) {
                t.header = fields;
                continue;
            }
            if (blank(fields))
                continue;
            if (t.rows.size() >= kImportMaxRows) {
                t.error = "В файле больше " + std::to_string(kImportMaxRows) +
                          " строк товаров: разделите его на несколько";
                return t;
            }
            t.rows.push_back({reader.line(), fields});
        }
    } catch (const csv::Error &e) {
        t.error = csvProblem(e);
    }
    return t;
}

} // namespace

ImportTable readImportTable(std::string_view bytes, std::string_view format)
{
    const bool zip = bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4);
    if (format == "xlsx" || (format.empty() && zip)) {
        ImportTable t;
        Sheet sheet = readFirstSheet(bytes, {64 * 1024 * 1024, kImportMaxRows + 1, 200});
        if (!sheet.error.empty()) {
            t.error = std::move(sheet.error);
            return t;
        }
        for (SheetRow &row : sheet.rows) {
            if (t.header.empty())
                t.header = std::move(row.cells);
            else if (!blank(row.cells))
                t.rows.push_back(std::move(row));
        }
        if (t.header.empty())
            t.error = "Первый лист книги пуст: в первой строке должны быть названия столбцов";
        return t;
    }
    if (zip) {
        ImportTable t;
        t.error = "Это архив или книга Excel, а не CSV: выберите файл *.csv или загрузите книгу как *.xlsx";
        return t;
    }
    ImportTable t = csvTable(bytes);
    if (t.error.empty() && t.header.empty())
        t.error = "Файл пуст: в первой строке должны быть названия столбцов";
    return t;
}

} // namespace cabinet::owner
