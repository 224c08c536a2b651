#include "cabinet/reports/export.h"

#include <xlsxwriter.h>

namespace cabinet::reports {

namespace {

const char *const kHeader[] = {"Дата",  "Тип",    "Номер", "Сумма, руб.", "Оплата", "Точка продаж",
                               "Касса", "Кассир", "ФН",    "ФД",          "ФП",     "UUID"};

std::string rubles(std::int64_t kopecks)
{
    const bool negative = kopecks < 0;
    const std::uint64_t k = negative ? std::uint64_t(-kopecks) : std::uint64_t(kopecks);
    std::string cents = std::to_string(k % 100);
    return (negative ? "-" : "") + std::to_string(k / 100) + "," + (cents.size() == 1 ? "0" : "") + cents;
}

std::string localTime(std::int64_t ms)
{
    // The journal's day column is already local; the time of day is shown in UTC+3 like the day.
    const std::int64_t local = ms + 3 * 3600 * 1000;
    const std::int64_t s = ((local / 1000) % 86400 + 86400) % 86400;
    char buf[16];
    std::snprintf(buf, sizeof buf, " %02d:%02d:%02d", int(s / 3600), int(s / 60 % 60), int(s % 60));
    return buf;
}

std::vector<std::string> cells(const json::Value &d)
{
    std::string methods;
    for (const json::Value &m : d.find("payment_methods")->asArray())
        methods += (methods.empty() ? "" : ",") + m.asString();
    auto text = [&](const char *key) {
        const json::Value *v = d.find(key);
        return !v || v->isNull() ? std::string() : v->isString() ? v->asString() : v->numberText();
    };
    const std::int64_t total = *d.find("total")->asInt64() * *d.find("direction")->asInt64();
    return {text("day") + localTime(*d.find("at_ms")->asInt64()),
            text("type"),
            text("number"),
            rubles(total),
            methods,
            text("point_of_sale_id"),
            text("workplace_id"),
            text("cashier_id"),
            text("fn"),
            text("fd"),
            text("fp"),
            text("uuid")};
}

// Walks the journal oldest first, 500 at a time.
void forEachDocument(db::Connection &c, const Scope &scope, DocumentFilter f,
                     const std::function<void(const json::Value &)> &each)
{
    f.sort = "at";
    f.descending = false;
    f.limit = 500;
    for (f.offset = 0;; f.offset += f.limit) {
        auto page = documents(c, scope, f);
        if (!page)
            return;
        for (const json::Value &d : page->find("items")->asArray())
            each(d);
        if (!page->find("has_more")->asBool())
            return;
    }
}

std::string csvField(const std::string &s)
{
    if (s.find_first_of(";\"\r\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char ch : s)
        out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return out + "\"";
}

std::string xml(const std::string &s)
{
    std::string out;
    for (char ch : s) {
        switch (ch) {
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '&':
            out += "&amp;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += ch;
        }
    }
    return out;
}

std::string decimal3(std::int64_t milli)
{
    std::string frac = std::to_string((milli < 0 ? -milli : milli) % 1000);
    return (milli < 0 ? "-" : "") + std::to_string((milli < 0 ? -milli : milli) / 1000) + "." +
           std::string(3 - frac.size(), '0') + frac;
}

std::string money(std::int64_t kopecks)
{
    std::string r = rubles(kopecks);
    r[r.find(',')] = '.';
    return r;
}

const char *const kCmlHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<КоммерческаяИнформация ВерсияСхемы=\"2.05\">\n";

} // namespace

void exportJournalCsv(db::Connection &c, const Scope &scope, DocumentFilter filter, const Sink &sink)
{
    std::string line = "\xEF\xBB\xBF";
    for (const char *h : kHeader)
        line += std::string(line.size() > 3 ? ";" : "") + h;
    sink(line + "\r\n");
    forEachDocument(c, scope, filter, [&](const json::Value &d) {
        line.clear();
        for (const std::string &cell : cells(d))
            line += (line.empty() ? "" : ";") + csvField(cell);
        sink(line + "\r\n");
    });
}

bool exportJournalXlsx(db::Connection &c, const Scope &scope, DocumentFilter filter, const std::string &path,
                       std::string &error)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // each row goes to a temp file once the next one starts
    lxw_workbook *book = workbook_new_opt(path.c_str(), &options);
    if (!book) {
        error = "cannot create " + path;
        return false;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Журнал");
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *rub = workbook_add_format(book);
    format_set_num_format(rub, "#,##0.00");
    lxw_row_t row = 0;
    for (lxw_col_t col = 0; col < sizeof kHeader / sizeof *kHeader; ++col)
        worksheet_write_string(sheet, row, col, kHeader[col], bold);
    forEachDocument(c, scope, filter, [&](const json::Value &d) {
        ++row;
        const auto values = cells(d);
        for (lxw_col_t col = 0; col < values.size(); ++col) {
            if (col == 3)
                worksheet_write_number(sheet, row, col,
                                       double(*d.find("total")->asInt64() * *d.find("direction")->asInt64()) /
                                           100.0,
                                       rub); // a spreadsheet number; the kopecks stay exact in CSV
            else
                worksheet_write_string(sheet, row, col, values[col].c_str(), nullptr);
        }
    });
    const lxw_error rc = workbook_close(book);
    if (rc != LXW_NO_ERROR) {
        error = lxw_strerror(rc);
        return false;
    }
    return true;
}

void exportCatalogCommerceMl(db::Connection &c, const std::string &org, const Sink &sink)
{
    sink(std::string(kCmlHead) + "<Каталог СодержитТолькоИзменения=\"false\">\n<Ид>" + xml(org) +
         "</Ид>\n<Наименование>Каталог товаров</Наименование>\n<Товары>\n");
    std::string after;
    for (;;) {
        auto rows =
            c.query("SELECT id, data FROM catalog_items WHERE organization_id = $1 AND entity = 'product' "
                    "AND deleted = 0 AND id > $2 ORDER BY id LIMIT 1000",
                    {org, after});
        if (rows.empty())
            break;
        std::string chunk;
        for (const auto &r : rows) {
            after = r.text(0);
            const json::Value data = json::tryParse(r.textOr(1, "{}")).value_or(json::Object{});
            chunk += "<Товар><Ид>" + xml(after) + "</Ид>";
            if (const json::Value *codes = data.find("barcodes");
                codes && codes->isArray() && !codes->asArray().empty())
                chunk += "<Штрихкод>" +
                         xml(codes->asArray()[0].isString() ? codes->asArray()[0].asString() : "") +
                         "</Штрихкод>";
            chunk += "<Артикул>" + xml(data.stringAt("article").value_or("")) + "</Артикул><Наименование>" +
                     xml(data.stringAt("name").value_or("")) + "</Наименование><БазоваяЕдиница>" +
                     xml(data.stringAt("unit").value_or("шт")) + "</БазоваяЕдиница></Товар>\n";
        }
        sink(chunk);
    }
    sink("</Товары>\n</Каталог>\n</КоммерческаяИнформация>\n");
}

void exportSalesCommerceMl(db::Connection &c, const Scope &scope, const Period &period, const Sink &sink)
{
    sink(kCmlHead);
    Sql q;
    q << "SELECT day, point_of_sale_id, key, sum(amount_in) - sum(amount_out), sum(qty_in) - sum(qty_out) "
         "FROM daily_rollups WHERE organization_id = ";
    q.bind(scope.organizationId) << " AND dimension = 'product' AND day >= ";
    q.bind(period.from) << " AND day <= ";
    q.bind(period.to);
    q.scopePos(scope, "point_of_sale_id");
    q << " GROUP BY day, point_of_sale_id, key ORDER BY day, point_of_sale_id, key";
    std::string day, pos, items;
    std::int64_t sum = 0;
    auto close = [&] {
        if (day.empty())
            return;
        sink("<Документ><Ид>" + xml(pos + "-" + day) + "</Ид><Номер>" + xml(day) + "</Номер><Дата>" +
             xml(day) +
             "</Дата><ХозОперация>Отчет о розничных продажах</ХозОперация><Роль>Продавец</Роль>"
             "<Валюта>руб</Валюта><Курс>1</Курс><Сумма>" +
             money(sum) + "</Сумма><Склад><Ид>" + xml(pos) + "</Ид></Склад><Товары>\n" + items +
             "</Товары></Документ>\n");
        items.clear();
        sum = 0;
    };
    for (const auto &r : q.run(c)) {
        if (r.text(0) != day || r.text(1) != pos) {
            close();
            day = r.text(0);
            pos = r.text(1);
        }
        sum += r.integer(3);
        items += "<Товар><Ид>" + xml(r.text(2)) + "</Ид><Количество>" + decimal3(r.integer(4)) +
                 "</Количество><Сумма>" + money(r.integer(3)) + "</Сумма></Товар>\n";
    }
    close();
    sink("</КоммерческаяИнформация>\n");
}

} // namespace cabinet::reports
