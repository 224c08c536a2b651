#include "cabinet/admin/catalogimport.h"

#include <fstream>
#include <stdexcept>

#include "cabinet/store/store.h"
#include "cabinet/util/crypto.h"
#include "csv/csvreader.h"
#include "csv/encoding.h"

namespace cabinet::admin {

namespace {

json::Value csvValue(const std::string &column, const std::string &text)
{
    if (column == "barcodes") {
        json::Array codes;
        std::size_t start = 0;
        while (start <= text.size()) {
            auto bar = text.find('|', start);
            std::string code = text.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
            if (!code.empty())
                codes.emplace_back(code);
            if (bar == std::string::npos)
                break;
            start = bar + 1;
        }
        return codes;
    }
    if (column == "archived")
        return text == "1" || text == "true" || text == "yes";
    return text;
}

// The first 64 KiB decide the encoding and the separator, then the file is read from its start.
std::string sample(std::ifstream &in)
{
    std::string head(64 * 1024, '\0');
    in.read(head.data(), std::streamsize(head.size()));
    head.resize(std::size_t(in.gcount()));
    in.clear();
    in.seekg(0);
    return head;
}

class RowReader
{
public:
    RowReader(std::ifstream &in, const std::string &head)
        : m_encoding(csv::detectEncoding(head))
        , m_reader(
              [&in](char *buffer, std::size_t capacity) {
                  in.read(buffer, std::streamsize(capacity));
                  return std::size_t(in.gcount());
              },
              csv::detectSeparator(head))
    {}

    // The next record with every field in UTF-8.
    bool next(std::vector<std::string> &fields)
    {
        if (!m_reader.next(fields))
            return false;
        for (std::string &field : fields) {
            auto utf8 = csv::toUtf8(field, m_encoding);
            if (!utf8)
                throw csv::Error(m_reader.line(),
                                 "the text is neither UTF-8 nor Windows-1251; save the file as "
                                 "CSV UTF-8");
            field = std::move(*utf8);
        }
        return true;
    }
    int line() const { return m_reader.line(); }

private:
    csv::Encoding m_encoding;
    csv::Reader m_reader;
};

CatalogItem itemOf(const std::vector<std::string> &header, const std::vector<std::string> &record, int line)
{
    CatalogItem item;
    item.entity = "product";
    item.data = json::Object{};
    for (std::size_t i = 0; i < header.size() && i < record.size(); ++i) {
        const std::string &col = header[i];
        const std::string &val = record[i];
        if (col == "entity") {
            if (!val.empty())
                item.entity = val;
        } else if (col == "id") {
            item.id = val;
        } else if (!val.empty() || col == "name") {
            item.data.set(col, csvValue(col, val));
        }
    }
    if (!Store::isCatalogEntity(item.entity))
        throw csv::Error(line, "unknown entity " + item.entity);
    if (item.id.empty())
        item.id = crypto::newUuid();
    return item;
}

// Calls `use` with every item of the file, in order.
template<class Use>
void forEachItem(const std::string &path, Use use)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot open " + path);
    RowReader rows(in, sample(in));
    std::vector<std::string> header;
    if (!rows.next(header))
        throw std::runtime_error("empty CSV");
    std::vector<std::string> record;
    while (rows.next(record))
        use(itemOf(header, record, rows.line()));
}

} // namespace

json::Value importCatalog(Store &store, const std::string &org, const std::string &path)
{
    // Two passes in constant memory: the first checks every line, so a bad one refuses the whole
    // file before anything is stored; the second stores in chunks.
    forEachItem(path, [](CatalogItem &&) {});
    std::int64_t imported = 0;
    std::int64_t version = 0;
    std::vector<CatalogItem> chunk;
    auto flush = [&] {
        if (chunk.empty())
            return;
        version = store.putItems(org, chunk);
        imported += std::int64_t(chunk.size());
        chunk.clear();
    };
    forEachItem(path, [&](CatalogItem &&item) {
        chunk.push_back(std::move(item));
        if (chunk.size() >= 10000)
            flush();
    });
    flush();
    store.analyzeCatalog();
    json::Value out;
    out.set("imported", imported);
    out.set("catalog_version", version);
    return out;
}

} // namespace cabinet::admin
