#include "cabinet/admin/admincli.h"

#include "cabinet/admin/csv.h"
#include "cabinet/db/schema.h"
#include "cabinet/store/store.h"
#include "cabinet/util/clock.h"
#include "cabinet/util/crypto.h"

#include <fstream>
#include <iostream>
#include <map>
#include <set>

namespace cabinet::admin {

namespace {

struct Args
{
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;
    std::set<std::string> flags;

    std::string option(const std::string &name) const
    {
        auto it = options.find(name);
        if (it == options.end())
            throw std::invalid_argument("missing --" + name);
        return it->second;
    }
    std::string optionOr(const std::string &name, std::string fallback) const
    {
        auto it = options.find(name);
        return it == options.end() ? std::move(fallback) : it->second;
    }
    const std::string &arg(std::size_t i, const char *what) const
    {
        if (i >= positional.size())
            throw std::invalid_argument(std::string("missing ") + what);
        return positional[i];
    }
};

const std::set<std::string> kFlags = {"force"};

Args parseArgs(const std::vector<std::string> &args)
{
    Args out;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        if (a.rfind("--", 0) == 0) {
            std::string name = a.substr(2);
            if (kFlags.count(name)) {
                out.flags.insert(name);
            } else {
                if (i + 1 >= args.size())
                    throw std::invalid_argument("--" + name + " needs a value");
                out.options[name] = args[++i];
            }
        } else {
            out.positional.push_back(a);
        }
    }
    return out;
}

void print(const json::Value &v)
{
    std::cout << json::serialize(v) << std::endl;
}

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

// Header row names the columns; `entity` (default product) and `id` (default: a new uuid) are keys,
// every other non-empty column becomes a data field. Committed in chunks so a million rows stay small.
json::Value importCatalog(Store &store, const std::string &org, const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot open " + path);
    auto header = readCsvRecord(in);
    if (!header)
        throw std::runtime_error("empty CSV");
    if (!header->empty() && header->front().rfind("\xEF\xBB\xBF", 0) == 0)
        header->front().erase(0, 3); // Excel's UTF-8 BOM
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
    std::size_t line = 1;
    while (auto record = readCsvRecord(in)) {
        ++line;
        if (record->size() == 1 && record->front().empty())
            continue; // blank line
        CatalogItem item;
        item.entity = "product";
        item.data = json::Object{};
        for (std::size_t i = 0; i < header->size() && i < record->size(); ++i) {
            const std::string &col = (*header)[i];
            const std::string &val = (*record)[i];
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
            throw std::runtime_error("line " + std::to_string(line) + ": unknown entity " + item.entity);
        if (item.id.empty())
            item.id = crypto::newUuid();
        chunk.push_back(std::move(item));
        if (chunk.size() >= 10000)
            flush();
    }
    flush();
    store.analyzeCatalog();
    json::Value out;
    out.set("imported", imported);
    out.set("catalog_version", version);
    return out;
}

int dispatch(Store &store, const Args &a)
{
    const std::string &command = a.arg(0, "command");
    auto org = [&] {
        std::string id = a.option("org");
        if (!store.organizationExists(id))
            throw std::invalid_argument("no organization " + id);
        return id;
    };
    json::Value out;
    if (command == "init") {
        out.set("schema_version", db::latestSchemaVersion());
    } else if (command == "create-org") {
        out.set("organization_id", store.createOrganization(a.arg(1, "NAME"), a.option("inn")));
    } else if (command == "create-pos") {
        out.set("point_of_sale_id",
                store.createPointOfSale(org(), a.arg(1, "NAME"), a.optionOr("address", "")));
    } else if (command == "create-workplace" || command == "new-code") {
        const std::string o = org();
        std::string workplace = command == "new-code"
                                    ? a.option("workplace")
                                    : store.createWorkplace(o, a.option("pos"), a.arg(1, "NAME"));
        const std::int64_t ttl = std::stoll(a.optionOr("ttl-hours", "24")) * 3600 * 1000;
        out.set("workplace_id", workplace);
        out.set("activation_code", store.newActivationCode(o, workplace, ttl, a.flags.count("force") > 0));
        out.set("expires_at", isoTime(nowMs() + ttl));
    } else if (command == "add-employee") {
        CatalogItem e;
        e.entity = "employee";
        e.id = a.optionOr("id", crypto::newUuid());
        e.data.set("name", a.arg(1, "NAME"));
        e.data.set("role", a.optionOr("role", "cashier"));
        e.data.set("pin_hash", a.option("pin-hash")); // opaque: the till's PBKDF2/Argon2 string
        e.data.set("archived", false);
        out.set("employee_id", e.id);
        out.set("version", store.putItems(org(), {e}));
    } else if (command == "put") {
        CatalogItem item{a.arg(1, "ENTITY"), a.arg(2, "ID"), {}};
        if (!Store::isCatalogEntity(item.entity))
            throw std::invalid_argument("unknown entity " + item.entity);
        auto data = json::tryParse(a.arg(3, "JSON"));
        if (!data || !data->isObject())
            throw std::invalid_argument("JSON must be an object");
        item.data = *data;
        out.set("version", store.putItems(org(), {item}));
    } else if (command == "delete") {
        out.set("version", store.deleteItem(org(), a.arg(1, "ENTITY"), a.arg(2, "ID")));
    } else if (command == "import-catalog") {
        out = importCatalog(store, org(), a.arg(1, "FILE.csv"));
    } else if (command == "revoke-device") {
        out.set("revoked", store.revokeDevice(org(), a.arg(1, "DEVICE_ID")));
    } else if (command == "resync-device") {
        out.set("must_resync", store.requireResync(org(), a.arg(1, "DEVICE_ID")));
    } else if (command == "compact") {
        out.set("catalog_epoch", store.compact(org()));
    } else if (command == "list") {
        const std::string &what = a.arg(1, "WHAT");
        print(store.list(what, what == "orgs" ? std::string() : org()));
        return 0;
    } else if (command == "stats") {
        out = store.stats(org());
    } else if (command == "gaps") {
        print(store.gaps(org()));
        return 0;
    } else {
        throw std::invalid_argument("unknown command " + command);
    }
    print(out);
    return 0;
}

} // namespace

void printUsage()
{
    std::cerr
        << "usage: prilavok-cabinet admin --db CONN COMMAND ...\n"
           "  init\n"
           "  create-org NAME --inn INN\n"
           "  create-pos --org ORG NAME [--address TEXT]\n"
           "  create-workplace --org ORG --pos POS NAME [--ttl-hours 24]   (prints the activation code)\n"
           "  new-code --org ORG --workplace WP [--ttl-hours 24] [--force]\n"
           "  add-employee --org ORG NAME --pin-hash HASH [--role ROLE] [--id ID]\n"
           "  put --org ORG ENTITY ID JSON        delete --org ORG ENTITY ID\n"
           "  import-catalog --org ORG FILE.csv   (header row; entity,id,name,price,vat,barcodes,...)\n"
           "  revoke-device --org ORG DEVICE_ID\n"
           "  compact --org ORG                   (drops the change log; clients must resync)\n"
           "  resync-device --org ORG DEVICE_ID   (the device reloads its catalog from a new snapshot)\n"
           "  list orgs|pos|workplaces|devices|employees|documents|conflicts|ENTITY [--org ORG]\n"
           "  stats --org ORG\n"
           "  gaps --org ORG                      (holes in device_seq per device and FD per fiscal drive)\n";
}

int run(const std::string &connectionString, const std::vector<std::string> &args)
{
    Args a;
    try {
        a = parseArgs(args);
        if (a.positional.empty()) {
            printUsage();
            return 2;
        }
    } catch (const std::exception &e) {
        std::cerr << "prilavok-cabinet admin: " << e.what() << "\n";
        printUsage();
        return 2;
    }
    try {
        db::Pool pool(connectionString, 1);
        {
            auto conn = pool.acquire();
            db::migrate(*conn);
        }
        Store store(pool);
        return dispatch(store, a);
    } catch (const std::invalid_argument &e) {
        std::cerr << "prilavok-cabinet admin: " << e.what() << "\n";
        return 2;
    } catch (const std::exception &e) {
        std::cerr << "prilavok-cabinet admin: " << e.what() << "\n";
        return 1;
    }
}

} // namespace cabinet::admin
