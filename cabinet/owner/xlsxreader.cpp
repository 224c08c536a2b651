#include "cabinet/owner/xlsxreader.h"

#include <expat.h>
#include <zip.h>

#include <charconv>
#include <cmath>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace cabinet::owner {

namespace {

const char *const kNotXlsx = "Файл не является книгой XLSX: ";

struct ZipCloser
{
    void operator()(zip_t *z) const { zip_discard(z); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

// The element's or attribute's name without a namespace prefix ("x:row" is "row").
std::string_view local(const char *name)
{
    std::string_view s(name);
    const auto colon = s.rfind(':');
    return colon == std::string_view::npos ? s : s.substr(colon + 1);
}

const char *attribute(const char **atts, std::string_view name)
{
    for (int i = 0; atts[i]; i += 2)
        if (local(atts[i]) == name)
            return atts[i + 1];
    return nullptr;
}

// One part of the package, unzipped, at most `limit` bytes; nullopt when absent. Throws the message.
std::optional<std::string> part(zip_t *z, const std::string &name, std::size_t limit)
{
    const zip_int64_t index = zip_name_locate(z, name.c_str(), 0);
    if (index < 0)
        return std::nullopt;
    std::unique_ptr<zip_file_t, int (*)(zip_file_t *)> file(zip_fopen_index(z, zip_uint64_t(index), 0),
                                                            zip_fclose);
    if (!file)
        throw std::runtime_error(std::string(kNotXlsx) + "часть «" + name +
                                 "» не распаковывается (архив повреждён или зашифрован)");
    std::string out;
    char buffer[64 * 1024];
    for (;;) {
        const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
        if (n < 0)
            throw std::runtime_error(std::string(kNotXlsx) + "часть «" + name + "» повреждена");
        if (n == 0)
            break;
        if (out.size() + std::size_t(n) > limit)
            throw std::runtime_error("Лист слишком большой: распакованная часть «" + name + "» больше " +
                                     std::to_string(limit / (1024 * 1024)) +
                                     " МБ. Разделите файл на несколько");
        out.append(buffer, std::size_t(n));
    }
    return out;
}

// Runs expat over `xml`, calling `start`, `end` and `text`; throws a Russian message on bad XML.
class Xml
{
public:
    std::function<void(std::string_view, const char **)> start;
    std::function<void(std::string_view)> end;
    std::function<void(std::string_view)> text;

    void parse(const std::string &xml, const std::string &what)
    {
        std::unique_ptr<XML_ParserStruct, void (*)(XML_Parser)> p(XML_ParserCreate("UTF-8"), XML_ParserFree);
        XML_SetUserData(p.get(), this);
        XML_SetElementHandler(
            p.get(),
            [](void *self, const char *name, const char **atts) {
                auto *x = static_cast<Xml *>(self);
                if (x->start)
                    x->start(local(name), atts);
            },
            [](void *self, const char *name) {
                auto *x = static_cast<Xml *>(self);
                if (x->end)
                    x->end(local(name));
            });
        XML_SetCharacterDataHandler(p.get(), [](void *self, const char *s, int len) {
            auto *x = static_cast<Xml *>(self);
            if (x->text)
                x->text(std::string_view(s, std::size_t(len)));
        });
        // An XLSX never has a DTD; refusing it closes the door on entity expansion.
        m_parser = p.get();
        XML_SetStartDoctypeDeclHandler(p.get(),
                                       [](void *self, const char *, const char *, const char *, int) {
                                           auto *x = static_cast<Xml *>(self);
                                           x->m_doctype = true;
                                           XML_StopParser(x->m_parser, XML_FALSE);
                                       });
        if (XML_Parse(p.get(), xml.data(), int(xml.size()), XML_TRUE) != XML_STATUS_OK) {
            if (m_doctype)
                throw std::runtime_error(std::string(kNotXlsx) + "в части «" + what + "» есть DTD");
            throw std::runtime_error(std::string(kNotXlsx) + "часть «" + what + "» не XML (строка " +
                                     std::to_string(XML_GetCurrentLineNumber(p.get())) + ": " +
                                     XML_ErrorString(XML_GetErrorCode(p.get())) + ")");
        }
    }

private:
    XML_Parser m_parser = nullptr;
    bool m_doctype = false;
};

// "xl/worksheets/sheet1.xml" from the workbook's first <sheet> and its relationship.
std::string firstSheetPath(zip_t *z, const SheetLimits &limits)
{
    const auto workbook = part(z, "xl/workbook.xml", limits.maxPartBytes);
    if (!workbook)
        throw std::runtime_error(std::string(kNotXlsx) + "в архиве нет книги (xl/workbook.xml)");
    std::string relId;
    Xml wb;
    wb.start = [&](std::string_view name, const char **atts) {
        if (name == "sheet" && relId.empty())
            if (const char *id = attribute(atts, "id"))
                relId = id;
    };
    wb.parse(*workbook, "xl/workbook.xml");
    if (relId.empty())
        throw std::runtime_error("В книге нет ни одного листа");
    std::string target;
    if (const auto rels = part(z, "xl/_rels/workbook.xml.rels", limits.maxPartBytes)) {
        Xml r;
        r.start = [&](std::string_view name, const char **atts) {
            const char *id = attribute(atts, "Id");
            const char *to = attribute(atts, "Target");
            if (name == "Relationship" && id && to && relId == id)
                target = to;
        };
        r.parse(*rels, "xl/_rels/workbook.xml.rels");
    }
    if (target.empty())
        throw std::runtime_error(std::string(kNotXlsx) + "первый лист книги не найден в архиве");
    return target.front() == '/' ? target.substr(1) : "xl/" + target;
}

std::vector<std::string> sharedStrings(zip_t *z, const SheetLimits &limits)
{
    std::vector<std::string> out;
    const auto xml = part(z, "xl/sharedStrings.xml", limits.maxPartBytes);
    if (!xml)
        return out;
    bool inText = false, inPhonetic = false;
    Xml x;
    x.start = [&](std::string_view name, const char **) {
        if (name == "si")
            out.emplace_back();
        else if (name == "rPh")
            inPhonetic = true;
        else if (name == "t")
            inText = !inPhonetic && !out.empty();
    };
    x.end = [&](std::string_view name) {
        if (name == "t")
            inText = false;
        else if (name == "rPh")
            inPhonetic = false;
    };
    x.text = [&](std::string_view s) {
        if (inText)
            out.back() += s;
    };
    x.parse(*xml, "xl/sharedStrings.xml");
    return out;
}

// "BC12" -> 54 (0-based column); -1 when there are no letters.
int columnOf(const char *ref)
{
    int col = 0;
    bool any = false;
    for (; *ref >= 'A' && *ref <= 'Z'; ++ref) {
        col = col * 26 + (*ref - 'A' + 1);
        any = true;
        if (col > 16384)
            return -1;
    }
    return any ? col - 1 : -1;
}

// A stored double as the text a person typed: integers without ".0" or an exponent (barcodes), the
// rest as the shortest decimal that reads back to the same double (129.9, not 129.90000000000001).
std::string numberText(const std::string &raw)
{
    double v = 0;
    const auto [ptr, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), v);
    if (ec != std::errc() || ptr != raw.data() + raw.size() || !std::isfinite(v))
        return raw;
    if (std::fabs(v) < 1e15 && v == std::floor(v))
        return std::to_string(std::int64_t(v));
    char buffer[64];
    const auto r = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed);
    return r.ec == std::errc() ? std::string(buffer, r.ptr) : raw;
}

std::vector<SheetRow> cells(const std::string &xml, const std::string &path,
                            const std::vector<std::string> &shared, const SheetLimits &limits)
{
    std::vector<SheetRow> rows;
    std::string type, value;
    int column = -1, nextColumn = 0;
    bool inValue = false, inInline = false, inCell = false;
    Xml x;
    x.start = [&](std::string_view name, const char **atts) {
        if (name == "row") {
            if (rows.size() >= limits.maxRows)
                throw std::runtime_error("В листе больше " + std::to_string(limits.maxRows - 1) +
                                         " строк товаров: разделите файл на несколько");
            const char *r = attribute(atts, "r");
            int number = rows.empty() ? 1 : rows.back().number + 1;
            if (r)
                std::from_chars(r, r + std::char_traits<char>::length(r), number);
            rows.push_back({number, {}});
            nextColumn = 0;
        } else if (name == "c" && !rows.empty()) {
            const char *r = attribute(atts, "r");
            const char *t = attribute(atts, "t");
            column = r ? columnOf(r) : nextColumn;
            if (column < 0)
                column = nextColumn;
            type = t ? t : "n";
            value.clear();
            inCell = true;
        } else if (inCell && name == "v") {
            inValue = true;
        } else if (inCell && name == "is") {
            inInline = true;
        } else if (inInline && name == "t") {
            inValue = true;
        }
    };
    x.end = [&](std::string_view name) {
        if (name == "v" || name == "t") {
            inValue = false;
        } else if (name == "is") {
            inInline = false;
        } else if (name == "c" && inCell) {
            inCell = false;
            nextColumn = column + 1;
            std::string text;
            if (type == "s") {
                std::size_t index = 0;
                const auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), index);
                if (ec != std::errc() || index >= shared.size())
                    throw std::runtime_error(std::string(kNotXlsx) + "ячейка ссылается на строку " + value +
                                             ", которой нет в книге");
                text = shared[index];
            } else if (type == "n" || type.empty()) {
                text = numberText(value);
            } else if (type != "e") {
                text = value; // str, inlineStr, b
            }
            if (std::size_t(column) >= limits.maxColumns || text.empty())
                return;
            auto &row = rows.back().cells;
            if (row.size() <= std::size_t(column))
                row.resize(std::size_t(column) + 1);
            row[std::size_t(column)] = std::move(text);
        }
    };
    x.text = [&](std::string_view s) {
        if (inValue)
            value += s;
    };
    x.parse(xml, path);
    return rows;
}

} // namespace

Sheet readFirstSheet(std::string_view bytes, const SheetLimits &limits)
{
    Sheet sheet;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    Zip z(source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr);
    zip_error_fini(&error);
    if (!z) {
        if (source)
            zip_source_free(source);
        sheet.error = std::string(kNotXlsx) +
                      "это не ZIP-архив или он повреждён. Сохраните таблицу в Excel как «Книга Excel "
                      "(*.xlsx)» или как CSV";
        return sheet;
    }
    try {
        const std::string path = firstSheetPath(z.get(), limits);
        const auto xml = part(z.get(), path, limits.maxPartBytes);
        if (!xml)
            throw std::runtime_error(std::string(kNotXlsx) + "в архиве нет листа «" + path + "»");
        sheet.rows = cells(*xml, path, sharedStrings(z.get(), limits), limits);
    } catch (const std::runtime_error &e) {
        sheet.rows.clear();
        sheet.error = e.what();
    }
    return sheet;
}

} // namespace cabinet::owner
