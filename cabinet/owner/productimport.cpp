#include "cabinet/owner/productimport.h"

#include "cabinet/owner/audit.h"
#include "cabinet/owner/http.h"
#include "cabinet/owner/importtable.h"
#include "cabinet/owner/productvalues.h"
#include "cabinet/store/searchkeys.h"
#include "cabinet/store/storable.h"
#include "cabinet/store/store.h"
#include "cabinet/util/crypto.h"

#include <array>
#include <map>

namespace cabinet::owner {

namespace {

enum Column {
    Id,
    Name,
    Price,
    Unit,
    Vat,
    Group,
    Barcodes,
    Article,
    Description,
    Marking,
    Subject,
    Country,
    kColumns
};

// Header names as key() leaves them (folded, letters and digits only), English and Russian.
const std::map<std::string, Column> &headerNames()
{
    static const std::map<std::string, Column> names{
        {"id", Id},
        {"uuid", Id},
        {"идентификатор", Id},
        {"name", Name},
        {"наименование", Name},
        {"название", Name},
        {"товар", Name},
        {"price", Price},
        {"цена", Price},
        {"ценаруб", Price},
        {"ценапродажи", Price},
        {"unit", Unit},
        {"ед", Unit},
        {"едизм", Unit},
        {"единица", Unit},
        {"единицаизмерения", Unit},
        {"vat", Vat},
        {"ндс", Vat},
        {"ставкандс", Vat},
        {"category", Group},
        {"group", Group},
        {"группа", Group},
        {"категория", Group},
        {"группатоваров", Group},
        {"barcode", Barcodes},
        {"barcodes", Barcodes},
        {"штрихкод", Barcodes},
        {"штрихкоды", Barcodes},
        {"ean", Barcodes},
        {"article", Article},
        {"артикул", Article},
        {"description", Description},
        {"описание", Description},
        {"marking", Marking},
        {"markingtype", Marking},
        {"маркировка", Marking},
        {"видмаркировки", Marking},
        {"subject", Subject},
        {"предметрасчета", Subject},
        {"признакпредметарасчета", Subject},
        {"country", Country},
        {"страна", Country},
        {"странапроисхождения", Country},
        {"кодстраны", Country},
    };
    return names;
}

// Folded, without anything but letters and digits ("Ед. изм." is "едизм", "Штрих-код" "штрихкод").
std::string headerKey(const std::string &text)
{
    std::string out;
    for (const char c : search::fold(text))
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) & 0x80))
            out += c;
    const std::string nbsp = "\xC2\xA0";
    for (auto at = out.find(nbsp); at != std::string::npos; at = out.find(nbsp))
        out.erase(at, nbsp.size());
    const std::string bom = "\xEF\xBB\xBF";
    if (out.rfind(bom, 0) == 0)
        out.erase(0, bom.size());
    return out;
}

std::string trimmed(const std::string &s)
{
    const auto first = s.find_first_not_of(" \t\r\n");
    return first == std::string::npos ? std::string()
                                      : s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// The organisation's catalog as the import needs it: products by id, who holds each barcode, groups.
struct Catalog
{
    std::map<std::string, json::Value> products;
    std::map<std::string, std::pair<std::string, std::string>> barcodes; // code -> product id, name
    std::multimap<std::string, std::string> groupsByName;                // folded name -> id
    std::multimap<std::string, std::string> groupsByParent; // parent id + '/' + folded name -> id
    std::vector<CatalogItem> newGroups;

    void addGroup(const std::string &id, const std::string &parent, const std::string &name)
    {
        groupsByName.emplace(search::fold(name), id);
        groupsByParent.emplace(parent + "/" + search::fold(name), id);
    }

    // The group a cell names: a name ("Сыры") or a path ("Молочные / Сыры", "Молочные > Сыры").
    // Missing groups are made (and later written before the products that need them).
    Checked<std::string> group(const std::string &text)
    {
        if (auto [first, last] = groupsByName.equal_range(search::fold(text)); first != last) {
            if (std::next(first) != last)
                return Refusal{"Групп «" + text + "» несколько: укажите путь, например «Родитель / " + text +
                               "»"};
            return first->second;
        }
        std::vector<std::string> path;
        std::string part;
        for (const char c : text + "/") {
            if (c == '/' || c == '>' || c == '\\') {
                if (!trimmed(part).empty())
                    path.push_back(trimmed(part));
                part.clear();
            } else {
                part += c;
            }
        }
        std::string parent;
        for (const std::string &name : path) {
            if (characters(name) > 128)
                return Refusal{"Название группы длиннее 128 символов: " + name};
            const auto it = groupsByParent.find(parent + "/" + search::fold(name));
            if (it != groupsByParent.end()) {
                parent = it->second;
                continue;
            }
            CatalogItem g{"category", crypto::newUuid(), json::Object{}};
            g.data.set("id", g.id);
            g.data.set("name", name);
            if (!parent.empty())
                g.data.set("parent_id", parent);
            addGroup(g.id, parent, name);
            newGroups.push_back(std::move(g));
            parent = newGroups.back().id;
        }
        return parent;
    }
};

Catalog catalogOf(db::Connection &c, const std::string &org)
{
    Catalog cat;
    const auto rows = c.query("SELECT id, entity, data FROM catalog_items WHERE organization_id = $1 AND "
                              "entity IN ('product', 'category') AND deleted = 0",
                              {org});
    std::vector<std::tuple<std::string, std::string, std::string>> groups;
    for (const auto &r : rows) {
        json::Value data =
            r.isNull(2) ? json::Value(json::Object{}) : json::tryParse(r.text(2)).value_or(json::Object{});
        const std::string id = r.text(0);
        if (r.text(1) == "category") {
            cat.addGroup(id, data.stringAt("parent_id").value_or(""), data.stringAt("name").value_or(""));
            continue;
        }
        if (const json::Value *codes = data.find("barcodes"); codes && codes->isArray())
            for (const json::Value &code : codes->asArray())
                if (code.isString())
                    cat.barcodes[code.asString()] = {id, data.stringAt("name").value_or("")};
        cat.products.emplace(id, std::move(data));
    }
    return cat;
}

struct RowReport
{
    int row = 0;
    std::string status; // created, updated, refused
    std::string id;
    std::string name;
    std::vector<std::string> reasons;
};

class Importer
{
public:
    Importer(Catalog &catalog, std::array<int, kColumns> columns)
        : m_catalog(catalog)
        , m_columns(columns)
    {}

    // Checks one row; a row that passes becomes an item and claims its barcodes and id in the file.
    RowReport check(const SheetRow &row)
    {
        RowReport r;
        r.row = row.number;
        const Cells cell{row, m_columns};
        const std::string id = cell(Id);
        // A row with an id changes that product: its empty cells keep what the product has.
        const bool update = !id.empty();
        json::Value data = update ? existing(id, r) : json::Value(json::Object{});
        readBasics(cell, update, r, data);
        readExtras(cell, r, data);
        const std::vector<std::string> codes = readBarcodes(cell, id, r, data);
        if (r.reasons.empty())
            if (auto problem = storageProblem(data))
                r.reasons.push_back("Данные не приняты: " + *problem);
        // Last: a group the file names is made only for a row that is otherwise accepted.
        if (r.reasons.empty())
            if (const std::string text = cell(Group); !text.empty()) {
                auto group = m_catalog.group(text);
                if (const auto *why = std::get_if<Refusal>(&group))
                    r.reasons.push_back(why->why);
                else if (!std::get<std::string>(group).empty())
                    data.set("group_id", std::get<std::string>(group));
            }
        if (!r.reasons.empty()) {
            r.status = "refused";
            return r;
        }
        r.id = update ? id : crypto::newUuid();
        r.status = update ? "updated" : "created";
        data.set("id", r.id);
        if (update)
            m_idRows[id] = r.row;
        for (const std::string &code : codes)
            m_codeRows[code] = r.row;
        items.push_back({"product", r.id, std::move(data)});
        return r;
    }

    std::vector<CatalogItem> items;

private:
    // One row's cells by column, trimmed; a column the file lacks reads as empty.
    struct Cells
    {
        const SheetRow &row;
        const std::array<int, kColumns> &columns;
        std::string operator()(Column c) const
        {
            const int at = columns[c];
            return at < 0 || std::size_t(at) >= row.cells.size() ? std::string()
                                                                 : trimmed(row.cells[std::size_t(at)]);
        }
    };

    // The product a row with an id changes, or a reason it cannot.
    json::Value existing(const std::string &id, RowReport &r)
    {
        const auto it = m_catalog.products.find(id);
        if (const auto seen = m_idRows.find(id); seen != m_idRows.end())
            r.reasons.push_back("Этот товар уже изменён строкой " + std::to_string(seen->second) + " файла");
        else if (it == m_catalog.products.end())
            r.reasons.push_back("Товара с id «" + id + "» нет в каталоге вашей организации");
        else
            return it->second;
        return json::Object{};
    }

    // Name, price and the coded fields; a new product gets the defaults of those that have one.
    static void readBasics(const Cells &cell, bool update, RowReport &r, json::Value &data)
    {
        r.name = cell(Name).empty() ? data.stringAt("name").value_or("") : cell(Name);
        if (!cell(Name).empty() || !update) {
            if (auto why = nameProblem(cell(Name)); !why.empty())
                r.reasons.push_back(why);
            data.set("name", cell(Name));
        }
        if (!cell(Price).empty() || !update) {
            const auto price = priceOf(cell(Price));
            if (const auto *why = std::get_if<Refusal>(&price)) {
                r.reasons.push_back(why->why);
            } else {
                data.set("price_kopecks", std::get<std::int64_t>(price));
                data.set("price", roublesText(std::get<std::int64_t>(price)));
            }
        }
        auto coded = [&](Column c, const char *field, Checked<std::string> (*parse)(const std::string &),
                         const char *byDefault) {
            if (cell(c).empty() && (update || !byDefault))
                return;
            const auto v = parse(cell(c).empty() ? byDefault : cell(c));
            if (const auto *why = std::get_if<Refusal>(&v))
                r.reasons.push_back(why->why);
            else
                data.set(field, std::get<std::string>(v));
        };
        coded(Unit, "unit", unitOf, "pcs");
        coded(Vat, "vat", vatOf, "none");
        coded(Subject, "subject", subjectOf, nullptr);
        coded(Marking, "marking", markingOf, nullptr);
        if (const json::Value *m = data.find("marking"); m && m->isString() && !cell(Marking).empty())
            data.set("marking_type", m->asString()); // the name the tills read (app/cloud productapplier)
    }

    // Country, article and description: kept only when the row fills them.
    static void readExtras(const Cells &cell, RowReport &r, json::Value &data)
    {
        if (const std::string country = cell(Country); !country.empty()) {
            if (country.size() != 3 || country.find_first_not_of("0123456789") != std::string::npos)
                r.reasons.push_back("Код страны «" + country + "» — три цифры по ОКСМ, например 643");
            else
                data.set("country", country);
        }
        if (const std::string article = cell(Article); !article.empty()) {
            if (characters(article) > 64)
                r.reasons.push_back("Артикул длиннее 64 символов");
            data.set("article", article);
        }
        if (const std::string text = cell(Description); !text.empty()) {
            if (characters(text) > 1000)
                r.reasons.push_back("Описание длиннее 1000 символов");
            data.set("description", text);
        }
    }

    // The row's barcodes, each free in the file and in the catalog (the product's own are no conflict).
    std::vector<std::string> readBarcodes(const Cells &cell, const std::string &id, RowReport &r,
                                          json::Value &data)
    {
        std::vector<std::string> codes;
        if (cell(Barcodes).empty())
            return codes;
        auto parsed = barcodesOf(cell(Barcodes));
        if (const auto *why = std::get_if<Refusal>(&parsed))
            r.reasons.push_back(why->why);
        else
            codes = std::move(std::get<std::vector<std::string>>(parsed));
        for (const std::string &code : codes) {
            if (const auto in = m_codeRows.find(code); in != m_codeRows.end())
                r.reasons.push_back("Штрихкод " + code + " уже есть в строке " + std::to_string(in->second) +
                                    " файла");
            else if (const auto at = m_catalog.barcodes.find(code);
                     at != m_catalog.barcodes.end() && at->second.first != id)
                r.reasons.push_back(barcodeTaken(code, at->second.second));
        }
        json::Array list;
        for (const std::string &code : codes)
            list.emplace_back(code);
        data.set("barcodes", std::move(list));
        return codes;
    }

    Catalog &m_catalog;
    std::array<int, kColumns> m_columns;
    std::map<std::string, int> m_idRows;   // id -> the row that changed it
    std::map<std::string, int> m_codeRows; // barcode -> the row that took it
};

json::Value reportJson(const RowReport &r)
{
    json::Value v;
    v.set("row", std::int64_t(r.row));
    v.set("status", r.status);
    v.set("name", r.name);
    if (!r.id.empty())
        v.set("id", r.id);
    if (!r.reasons.empty()) {
        std::string reason;
        for (const std::string &why : r.reasons)
            reason += (reason.empty() ? "" : "; ") + why;
        v.set("reason", reason);
    }
    return v;
}

} // namespace

api::Response importProducts(db::Pool &pool, Store &store, const auth::Session &s, const api::Request &rq,
                             std::int64_t nowMs)
{
    if (rq.method != "POST")
        return error(405, "method_not_allowed", "Метод не поддерживается");
    if (s.user.role != auth::Role::Owner && s.user.role != auth::Role::Admin)
        return error(403, "forbidden", "Загружать каталог из файла могут только владелец и администратор");
    auto query = queryOf(rq.target);
    const bool dryRun = query["dry_run"] == "true" || query["dry_run"] == "1";
    const std::string format = query["format"];
    if (!format.empty() && format != "csv" && format != "xlsx")
        return error(400, "bad_request", "Формат файла — csv или xlsx");
    if (rq.body.empty())
        return error(400, "bad_file", "Файл пуст: выберите CSV или книгу Excel (*.xlsx) с товарами");
    const ImportTable table = readImportTable(rq.body, format);
    if (!table.error.empty())
        return error(400, "bad_file", table.error);

    std::array<int, kColumns> columns;
    columns.fill(-1);
    json::Array ignored;
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const std::string name = trimmed(table.header[i]);
        const auto known = headerNames().find(headerKey(name));
        if (known == headerNames().end()) {
            if (!name.empty())
                ignored.emplace_back(name);
        } else if (columns[known->second] >= 0) {
            return error(400, "bad_file", "Столбец «" + name + "» встречается в первой строке дважды");
        } else {
            columns[known->second] = int(i);
        }
    }
    if (columns[Name] < 0 && columns[Id] < 0)
        return error(400, "bad_file",
                     "В первой строке нет столбца «Наименование»: первая строка должна называть столбцы "
                     "(наименование, цена, единица, НДС, группа, штрихкоды, артикул…)");

    const std::string &org = s.user.organizationId;
    Catalog catalog = catalogOf(*pool.acquire(), org);
    Importer importer(catalog, columns);
    json::Array rows;
    std::int64_t created = 0, updated = 0, refused = 0;
    for (const SheetRow &row : table.rows) {
        const RowReport r = importer.check(row);
        (r.status == "created" ? created : r.status == "updated" ? updated : refused) += 1;
        rows.push_back(reportJson(r));
    }
    if (!dryRun) {
        // The groups first, so a till has each group before the products in it; then chunks, each one
        // transaction of the change log, so a large file never holds one long write.
        try {
            store.putItems(org, catalog.newGroups);
            constexpr std::size_t kChunk = 1000;
            for (std::size_t at = 0; at < importer.items.size(); at += kChunk)
                store.putItems(org, std::vector<CatalogItem>(
                                        importer.items.begin() + std::ptrdiff_t(at),
                                        importer.items.begin() +
                                            std::ptrdiff_t(std::min(at + kChunk, importer.items.size()))));
        } catch (const std::runtime_error &e) {
            return error(400, "validation", "Данные не приняты: " + std::string(e.what()));
        }
        if (importer.items.size() >= 1000)
            store.analyzeCatalog();
        // One entry for the file; what it did is its name in the log.
        audit(*pool.acquire(), s, "product.import", "", nowMs,
              "создано " + std::to_string(created) + ", изменено " + std::to_string(updated) +
                  ", отклонено " + std::to_string(refused));
    }
    json::Value v;
    v.set("dry_run", dryRun);
    v.set("created", created);
    v.set("updated", updated);
    v.set("refused", refused);
    v.set("groups_created", std::int64_t(catalog.newGroups.size()));
    v.set("ignored_columns", std::move(ignored));
    v.set("rows", std::move(rows));
    return reply(v);
}

} // namespace cabinet::owner
