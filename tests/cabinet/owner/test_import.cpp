// The owner's bulk catalog import (POST /catalog/import): CSV in UTF-8 or Windows-1251, XLSX made by
// libxlsxwriter, a dry run that writes nothing, every refusal reason, files that are not what they
// claim, the roles, another organisation's ids, and a till that pulls what was imported.

#include "cabinet/owner/xlsxreader.h"
#include "ownerapi.h"

#include <xlsxwriter.h>
#include <zip.h>

#include <fstream>
#include <iterator>

namespace cabinet::test {

namespace {

// UTF-8 Russian text as Excel on a Russian Windows saves it (Windows-1251).
std::string cp1251(const std::string &utf8)
{
    std::string out;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        if (b < 0x80) {
            out += char(b);
            continue;
        }
        const char32_t c = (char32_t(b & 0x1F) << 6) | (static_cast<unsigned char>(utf8[++i]) & 0x3F);
        if (c >= U'А' && c <= U'я')
            out += char(0xC0 + (c - U'А'));
        else if (c == U'Ё')
            out += char(0xA8);
        else if (c == U'ё')
            out += char(0xB8);
        else
            out += '?';
    }
    return out;
}

std::string fileBytes(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A zip holding the given parts, as libzip writes it.
std::string zipOf(const std::string &path, const std::vector<std::pair<std::string, std::string>> &parts)
{
    int err = 0;
    zip_t *z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    EXPECT_NE(z, nullptr);
    for (const auto &[name, text] : parts) {
        zip_source_t *src = zip_source_buffer(z, text.data(), text.size(), 0);
        EXPECT_GE(zip_file_add(z, name.c_str(), src, ZIP_FL_ENC_UTF_8), 0);
    }
    EXPECT_EQ(zip_close(z), 0);
    return fileBytes(path);
}

const json::Value &row(const HttpReply &r, std::size_t i)
{
    return r.json().find("rows")->asArray().at(i);
}

} // namespace

class CatalogImport : public OwnerApi
{
protected:
    HttpReply upload(const Login &l, const std::string &bytes, const std::string &query = {})
    {
        return http->request("POST", "/api/owner/v1/catalog/import" + query, bytes, {},
                             {{"Cookie", l.cookie}, {"X-CSRF-Token", l.csrf}});
    }
    std::int64_t count(const HttpReply &r, const char *what)
    {
        return r.json().find(what)->asInt64().value_or(-1);
    }
    std::int64_t catalogVersion(const std::string &org)
    {
        return db->query("SELECT catalog_version FROM organizations WHERE id = $1", {org})[0].integer(0);
    }
    std::int64_t products(const std::string &org)
    {
        return db
            ->query("SELECT count(*) FROM catalog_items WHERE organization_id = $1 AND entity = 'product' "
                    "AND deleted = 0",
                    {org})[0]
            .integer(0);
    }
    json::Value product(const std::string &org, const std::string &id)
    {
        return json::tryParse(
                   db->query("SELECT data FROM catalog_items WHERE organization_id = $1 AND id = $2",
                             {org, id})
                       .at(0)
                       .text(0))
            .value_or(json::Object{});
    }
};

TEST_F(CatalogImport, Utf8CsvWithBomCreatesProductsGroupsAndThenUpdatesById)
{
    auto a = login("owner@a.ru");
    const std::string csv =
        "\xEF\xBB\xBF"
        "Наименование;Цена;Ед. изм.;НДС;Группа;Штрихкоды;Артикул;Маркировка;Страна\n"
        "Сыр «Российский» 200 г;189,90;шт;10%;Молочные / Сыры;4601234567893|4600000000015;"
        "С-200;молоко;643\n"
        "Творог 5%;\"1 099,5\";кг;Без НДС;Молочные;;Т-5;;\n";
    auto r = upload(a, csv);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(count(r, "created"), 2);
    EXPECT_EQ(count(r, "refused"), 0);
    EXPECT_EQ(count(r, "groups_created"), 2) << "Молочные and Сыры inside it";
    EXPECT_EQ(row(r, 0).find("row")->asInt64(), 2) << "rows are numbered as the file's lines";
    const std::string cheese = row(r, 0).stringAt("id").value_or("");
    const json::Value stored = product(shop.org, cheese);
    EXPECT_EQ(stored.stringAt("name"), "Сыр «Российский» 200 г");
    EXPECT_EQ(stored.find("price_kopecks")->asInt64(), 18990);
    EXPECT_EQ(stored.stringAt("price"), "189.90");
    EXPECT_EQ(stored.stringAt("unit"), "pcs");
    EXPECT_EQ(stored.stringAt("vat"), "vat10");
    EXPECT_EQ(stored.stringAt("marking"), "milk");
    EXPECT_EQ(stored.stringAt("country"), "643");
    EXPECT_EQ(stored.find("barcodes")->asArray().size(), 2u);
    const std::string cheeses = stored.stringAt("group_id").value_or("");
    const json::Value group = product(shop.org, cheeses);
    EXPECT_EQ(group.stringAt("name"), "Сыры");
    const json::Value curd = product(shop.org, row(r, 1).stringAt("id").value_or(""));
    EXPECT_EQ(curd.find("price_kopecks")->asInt64(), 109950);
    EXPECT_EQ(curd.stringAt("unit"), "kg");
    EXPECT_EQ(curd.stringAt("vat"), "none");
    EXPECT_EQ(curd.stringAt("group_id"), group.stringAt("parent_id")) << "the existing Молочные is reused";

    // The same file's id column updates: only the non-empty cells change, the barcode stays its own.
    auto again = upload(a, "id,price,barcodes\n" + cheese + ",199.00,4601234567893\n");
    ASSERT_EQ(again.status, 200) << again.body;
    EXPECT_EQ(count(again, "updated"), 1);
    EXPECT_EQ(count(again, "created"), 0);
    const json::Value changed = product(shop.org, cheese);
    EXPECT_EQ(changed.find("price_kopecks")->asInt64(), 19900);
    EXPECT_EQ(changed.stringAt("name"), "Сыр «Российский» 200 г");
    EXPECT_EQ(changed.stringAt("group_id"), cheeses);
    EXPECT_EQ(products(shop.org), 2);
    EXPECT_GE(
        db->query("SELECT count(*) FROM audit_log WHERE organization_id = $1 AND action = 'product.import'",
                  {shop.org})[0]
            .integer(0),
        2);
}

TEST_F(CatalogImport, Windows1251CsvWithCommasIsRead)
{
    auto a = login("owner@a.ru");
    auto r = upload(a, cp1251("Название,Цена,Единица,Ставка НДС,Штрихкод\r\n"
                              "Хлеб Бородинский,64.90,шт.,20,4607001234562\r\n"
                              "Ёлочная игрушка,350,шт,НДС 20%,\r\n"));
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(count(r, "created"), 2) << r.body;
    EXPECT_EQ(row(r, 0).stringAt("name"), "Хлеб Бородинский");
    EXPECT_EQ(row(r, 1).stringAt("name"), "Ёлочная игрушка");
    const json::Value bread = product(shop.org, row(r, 0).stringAt("id").value_or(""));
    EXPECT_EQ(bread.find("price_kopecks")->asInt64(), 6490);
    EXPECT_EQ(bread.stringAt("vat"), "vat20");
}

TEST_F(CatalogImport, XlsxFirstSheetIsRead)
{
    const std::string path = h->tempDir() + "/catalog.xlsx";
    lxw_workbook *wb = workbook_new(path.c_str());
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Товары");
    workbook_add_worksheet(wb, "Другой лист");
    const char *head[] = {"Наименование", "Цена", "Ед.", "НДС", "Штрихкод", "Артикул"};
    for (int c = 0; c < 6; ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), head[c], nullptr);
    worksheet_write_string(ws, 1, 0, "Кефир 1%", nullptr);
    worksheet_write_number(ws, 1, 1, 79.9, nullptr);
    worksheet_write_string(ws, 1, 2, "шт", nullptr);
    worksheet_write_number(ws, 1, 3, 0.1, nullptr); // a percent cell: 10%
    worksheet_write_number(ws, 1, 4, 4601234567893, nullptr);
    worksheet_write_string(ws, 1, 5, "К-1", nullptr);
    // Row 3 left empty; row 4 refused for its price.
    worksheet_write_string(ws, 3, 0, "Ряженка", nullptr);
    worksheet_write_number(ws, 3, 1, -5, nullptr);
    ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);

    auto a = login("owner@a.ru");
    auto r = upload(a, fileBytes(path));
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(count(r, "created"), 1) << r.body;
    EXPECT_EQ(count(r, "refused"), 1);
    EXPECT_EQ(row(r, 1).find("row")->asInt64(), 4) << "the sheet's own row number";
    EXPECT_NE(row(r, 1).stringAt("reason").value_or("").find("Цена меньше нуля"), std::string::npos);
    const json::Value kefir = product(shop.org, row(r, 0).stringAt("id").value_or(""));
    EXPECT_EQ(kefir.stringAt("name"), "Кефир 1%");
    EXPECT_EQ(kefir.find("price_kopecks")->asInt64(), 7990);
    EXPECT_EQ(kefir.stringAt("vat"), "vat10");
    EXPECT_EQ(kefir.find("barcodes")->asArray().at(0).asString(), "4601234567893");
    EXPECT_EQ(kefir.stringAt("article"), "К-1");
}

TEST_F(CatalogImport, DryRunReportsAndWritesNothing)
{
    auto a = login("owner@a.ru");
    const std::int64_t before = catalogVersion(shop.org);
    auto r = upload(a, "name;price;category\nМасло;250;Новая группа\nПустая цена;;\n", "?dry_run=true");
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_TRUE(r.json().find("dry_run")->asBool());
    EXPECT_EQ(count(r, "created"), 1);
    EXPECT_EQ(count(r, "refused"), 1);
    EXPECT_EQ(count(r, "groups_created"), 1);
    EXPECT_EQ(row(r, 1).stringAt("reason"), "Не указана цена");
    EXPECT_EQ(catalogVersion(shop.org), before);
    EXPECT_EQ(
        db->query("SELECT count(*) FROM catalog_items WHERE organization_id = $1", {shop.org})[0].integer(0),
        0);
    EXPECT_EQ(
        db->query("SELECT count(*) FROM catalog_changes WHERE organization_id = $1", {shop.org})[0].integer(
            0),
        0);
}

TEST_F(CatalogImport, EveryRefusalHasItsRussianReasonAndChangesNothing)
{
    auto a = login("owner@a.ru");
    json::Value held;
    held.set("name", "Вода 0,5 л");
    held.set("price", std::int64_t(5000));
    held.set("unit", "pcs");
    held.set("vat", "vat20");
    held.set("barcodes", json::Array{json::Value("4600000000022")});
    auto existing = send(a, "POST", "/catalog/products", held);
    ASSERT_EQ(existing.status, 201) << existing.body;
    const std::int64_t before = catalogVersion(shop.org);

    const std::vector<std::pair<std::string, std::string>> cases{
        {"Годный товар;10;шт;20%;4600000000039;", ""},
        {"Минус;-1;шт;20%;;", "Цена меньше нуля: -1"},
        {"Текст в цене;десять;шт;20%;;", "не число рублей"},
        {"Доли копейки;1,234;шт;20%;;", "не число рублей"},
        {";10;шт;20%;;", "Не указано название"},
        {"Без цены;;шт;20%;;", "Не указана цена"},
        {"Ящик;10;ящик;20%;;", "Неизвестная единица измерения «ящик»"},
        {"НДС 18;10;шт;18%;;", "Неизвестная ставка НДС «18%»"},
        {"Повтор кода;10;шт;20%;4600000000039;", "Штрихкод 4600000000039 уже есть в строке 2 файла"},
        {"Чужой код;10;шт;20%;4600000000022;", "Штрихкод 4600000000022 уже у товара «Вода 0,5 л»"},
        {"Контрольная цифра;10;шт;20%;4600000000036;", "неверная контрольная цифра"},
        {"Кириллица в коде;10;шт;20%;ШК-1;", "не похож на штрихкод"},
        {"Маркировка;10;шт;20%;;мебель", "Неизвестный вид маркировки «мебель»"},
        {"\"\"\"Кавычка\";10;шт;20%;;", "не закрыта кавычка"},
        {std::string(129, 'x') + ";10;шт;20%;;", "длиннее 128 символов"},
    };
    std::string csv = "Наименование;Цена;Ед;НДС;Штрихкод;Маркировка\n";
    for (const auto &c : cases)
        csv += c.first + "\n";
    auto r = upload(a, csv, "?dry_run=false");
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(count(r, "created"), 1);
    EXPECT_EQ(count(r, "refused"), std::int64_t(cases.size()) - 1) << r.body;
    for (std::size_t i = 1; i < cases.size(); ++i) {
        EXPECT_EQ(row(r, i).stringAt("status"), "refused") << cases[i].first;
        EXPECT_NE(row(r, i).stringAt("reason").value_or("").find(cases[i].second), std::string::npos)
            << cases[i].first << " => " << row(r, i).stringAt("reason").value_or("");
    }
    EXPECT_EQ(catalogVersion(shop.org), before + 1) << "only the good row went into the change log";
    EXPECT_EQ(products(shop.org), 2);

    auto unknownId = upload(a, "id;name;price\n00000000-0000-4000-8000-000000000000;Призрак;10\n");
    ASSERT_EQ(unknownId.status, 200);
    EXPECT_EQ(row(unknownId, 0).stringAt("reason"),
              "Товара с id «00000000-0000-4000-8000-000000000000» нет в каталоге вашей организации");
    auto twice = upload(a, "id;price\n" + existing.json().stringAt("id").value_or("") + ";1\n" +
                               existing.json().stringAt("id").value_or("") + ";2\n");
    EXPECT_EQ(row(twice, 1).stringAt("reason"), "Этот товар уже изменён строкой 2 файла");

    auto noHeader = upload(a, "Товар А;10\n");
    EXPECT_EQ(noHeader.status, 400);
    EXPECT_EQ(noHeader.json().find("error")->stringAt("code"), "bad_file");
    auto notText = upload(a, std::string("name;price\nA\0B;1\n", 15));
    EXPECT_EQ(notText.status, 400);
    EXPECT_EQ(catalogVersion(shop.org), before + 2) << "the update by id (a good row) went in, nothing else";
}

TEST_F(CatalogImport, AFileThatIsNotAnXlsxIsA400AndChangesNothing)
{
    auto a = login("owner@a.ru");
    const std::int64_t before = catalogVersion(shop.org);
    auto message = [](const HttpReply &r) {
        return r.json().find("error")->stringAt("message").value_or("");
    };

    auto badZip = upload(a, std::string("PK\x03\x04 this is not a zip at all", 32));
    EXPECT_EQ(badZip.status, 400) << badZip.body;
    EXPECT_NE(message(badZip).find("Файл не является книгой XLSX: это не ZIP-архив"), std::string::npos)
        << message(badZip);
    auto textAsXlsx = upload(a, "name;price\nA;1\n", "?format=xlsx");
    EXPECT_EQ(textAsXlsx.status, 400);
    EXPECT_NE(message(textAsXlsx).find("не является книгой XLSX"), std::string::npos);

    const std::string dir = h->tempDir();
    auto noBook = upload(a, zipOf(dir + "/a.zip", {{"readme.txt", "hello"}}));
    EXPECT_EQ(noBook.status, 400);
    EXPECT_NE(message(noBook).find("нет книги"), std::string::npos) << message(noBook);
    auto noSheet = upload(a, zipOf(dir + "/b.zip", {{"xl/workbook.xml", "<workbook><sheets/></workbook>"}}));
    EXPECT_EQ(noSheet.status, 400);
    EXPECT_EQ(message(noSheet), "В книге нет ни одного листа");
    auto notXml = upload(a, zipOf(dir + "/c.zip", {{"xl/workbook.xml", "это не XML <<<"}}));
    EXPECT_EQ(notXml.status, 400);
    EXPECT_NE(message(notXml).find("не XML"), std::string::npos) << message(notXml);
    auto entities = upload(
        a, zipOf(dir + "/d.zip",
                 {{"xl/workbook.xml", "<!DOCTYPE a [<!ENTITY b \"bb\">]><workbook><sheets/></workbook>"}}));
    EXPECT_EQ(entities.status, 400);
    EXPECT_NE(message(entities).find("DTD"), std::string::npos) << message(entities);
    auto csvAsZip = upload(a, zipOf(dir + "/e.zip", {{"x", "y"}}), "?format=csv");
    EXPECT_EQ(csvAsZip.status, 400);
    EXPECT_EQ(catalogVersion(shop.org), before);

    auto tooBig = upload(a, std::string(8 * 1024 * 1024 + 1, 'a'));
    EXPECT_EQ(tooBig.status, 413) << "refused from the head, before the body is read";
}

TEST_F(CatalogImport, AFileOverOneMebibyteIsReadToItsLastRow)
{
    // Beast's own default body limit (1 MB) once refused such a file while reading the request's head.
    std::string csv = "Наименование;Цена;Артикул\n";
    int rows = 0;
    while (csv.size() < 3 * 1024 * 1024 / 2) {
        ++rows;
        csv += "Товар номер " + std::to_string(rows) + " с длинным названием для объёма;" +
               std::to_string(rows) + ",50;АРТ-" + std::to_string(rows) + "\n";
    }
    auto a = login("owner@a.ru");
    auto r = upload(a, csv, "?dry_run=true");
    ASSERT_EQ(r.status, 200) << r.body.substr(0, 300);
    EXPECT_EQ(count(r, "created"), rows);
    EXPECT_EQ(row(r, std::size_t(rows - 1)).find("row")->asInt64(), rows + 1);
}

TEST_F(CatalogImport, OnlyOwnersAndAdminsImportAndOnlyTheirOwnCatalog)
{
    auto acc = login("acc@a.ru");
    auto refused = upload(acc, "name;price\nМыло;50\n");
    EXPECT_EQ(refused.status, 403);
    EXPECT_EQ(refused.json().find("error")->stringAt("code"), "forbidden");
    addUser("manager@a.ru", shop.org, "manager", true);
    EXPECT_EQ(upload(login("manager@a.ru"), "name;price\nМыло;50\n").status, 403);
    addUser("admin@a.ru", shop.org, "admin", true);
    EXPECT_EQ(upload(login("admin@a.ru"), "name;price\nМыло;50\n").status, 200);
    auto noCsrf = http->request("POST", "/api/owner/v1/catalog/import", "name;price\nМыло;50\n", {},
                                {{"Cookie", acc.cookie}});
    EXPECT_EQ(noCsrf.status, 403);
    EXPECT_EQ(products(shop.org), 1);

    // Shop B's owner names shop A's product and barcode: refused as unknown, A's product untouched.
    auto a = login("owner@a.ru");
    auto mine = upload(a, "name;price;barcodes\nШампунь;300;4600000000046\n");
    const std::string id = row(mine, 0).stringAt("id").value_or("");
    auto b = login("owner@b.ru");
    auto theirs = upload(b, "id;name;price\n" + id + ";Взломано;1\n");
    ASSERT_EQ(theirs.status, 200);
    EXPECT_EQ(count(theirs, "refused"), 1);
    EXPECT_EQ(row(theirs, 0).stringAt("reason"), "Товара с id «" + id + "» нет в каталоге вашей организации");
    EXPECT_EQ(product(shop.org, id).stringAt("name"), "Шампунь");
    auto sameCode = upload(b, "name;price;barcodes\nСвой шампунь;300;4600000000046\n");
    EXPECT_EQ(count(sameCode, "created"), 1) << "another shop's barcodes are not this shop's";
    EXPECT_EQ(products(other.org), 1);
}

TEST_F(CatalogImport, ATillPullsTheImportedProductsAfterTheirGroups)
{
    auto a = login("owner@a.ru");
    auto r =
        upload(a, "Наименование;Цена;Группа;Штрихкод\nПряник тульский;129,90;Кондитерские;4600000000053\n");
    ASSERT_EQ(r.status, 200) << r.body;
    const std::string id = row(r, 0).stringAt("id").value_or("");
    const std::string token = h->activate(h->newCode(shop, true));
    ASSERT_FALSE(token.empty());
    auto pulled = http->get("/api/v1/changes?limit=500", token);
    ASSERT_EQ(pulled.status, 200) << pulled.body;
    int groupAt = -1, productAt = -1, i = 0;
    for (const json::Value &c : pulled.json().find("changes")->asArray()) {
        if (c.stringAt("entity") == "category" && c.find("data")->stringAt("name") == "Кондитерские")
            groupAt = i;
        if (c.stringAt("entity") == "product" && c.stringAt("id") == id) {
            productAt = i;
            EXPECT_EQ(c.find("data")->stringAt("price"), "129.90") << "roubles, as the tills read them";
            EXPECT_EQ(c.find("data")->stringAt("name"), "Пряник тульский");
        }
        ++i;
    }
    EXPECT_GE(groupAt, 0);
    EXPECT_GT(productAt, groupAt) << "a till has the group before the product in it";
}

} // namespace cabinet::test

namespace cabinet::test {

// The reader's bounds, on a real workbook: a part unzipped past its limit and a sheet with more rows
// than allowed end with a message, never with the whole thing in memory.
TEST(XlsxReader, EveryPartAndTheRowCountAreBounded)
{
    const std::string path = ::testing::TempDir() + "/bounded.xlsx";
    lxw_workbook *wb = workbook_new(path.c_str());
    lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
    for (lxw_row_t r = 0; r < 200; ++r) {
        worksheet_write_string(ws, r, 0, ("Товар " + std::to_string(r)).c_str(), nullptr);
        worksheet_write_number(ws, r, 1, double(r) + 0.5, nullptr);
    }
    ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
    const std::string bytes = fileBytes(path);

    const owner::Sheet whole = owner::readFirstSheet(bytes);
    ASSERT_EQ(whole.error, "");
    ASSERT_EQ(whole.rows.size(), 200u);
    EXPECT_EQ(whole.rows[199].number, 200);
    EXPECT_EQ(whole.rows[199].cells.at(0), "Товар 199");
    EXPECT_EQ(whole.rows[199].cells.at(1), "199.5");

    const owner::Sheet small = owner::readFirstSheet(bytes, {2048, 50001, 200});
    EXPECT_TRUE(small.rows.empty());
    EXPECT_NE(small.error.find("Лист слишком большой"), std::string::npos) << small.error;
    const owner::Sheet few = owner::readFirstSheet(bytes, {64 * 1024 * 1024, 100, 200});
    EXPECT_TRUE(few.rows.empty());
    EXPECT_NE(few.error.find("больше 99 строк"), std::string::npos) << few.error;
}

} // namespace cabinet::test
