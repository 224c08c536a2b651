#include "cabinet/admin/admincli.h"

#include "cabinet/admin/catalogimport.h"
#include "cabinet/db/schema.h"
#include "cabinet/store/store.h"
#include "cabinet/util/clock.h"
#include "cabinet/util/crypto.h"

#include <CLI/CLI.hpp>

#include <fstream>
#include <functional>
#include <iostream>
#include <memory>

namespace cabinet::admin {

namespace {

void print(const json::Value &v)
{
    std::cout << json::serialize(v) << std::endl;
}

struct State
{
    std::string org, inn, pos, workplace, address, role = "cashier", id, pinHash;
    std::string name, entity, entityId, jsonText, file, what, device;
    int ttlHours = 24;
    bool force = false;
};

std::string existingOrg(Store &store, const std::string &id)
{
    if (!store.organizationExists(id))
        throw std::invalid_argument("no organization " + id);
    return id;
}

json::Value newCode(Store &store, const State &s, bool createWorkplace)
{
    const std::string o = existingOrg(store, s.org);
    std::string workplace = createWorkplace ? store.createWorkplace(o, s.pos, s.name) : s.workplace;
    const std::int64_t ttl = std::int64_t(s.ttlHours) * 3600 * 1000;
    json::Value out;
    out.set("workplace_id", workplace);
    out.set("activation_code", store.newActivationCode(o, workplace, ttl, s.force));
    out.set("expires_at", isoTime(nowMs() + ttl));
    return out;
}

json::Value one(const char *key, json::Value v)
{
    json::Value out;
    out.set(key, std::move(v));
    return out;
}

json::Value putItem(Store &store, const State &s)
{
    CatalogItem item{s.entity, s.entityId, {}};
    if (!Store::isCatalogEntity(item.entity))
        throw std::invalid_argument("unknown entity " + item.entity);
    auto data = json::tryParse(s.jsonText);
    if (!data || !data->isObject())
        throw std::invalid_argument("JSON must be an object");
    item.data = *data;
    return one("version", store.putItems(existingOrg(store, s.org), {item}));
}

json::Value addEmployee(Store &store, const State &s)
{
    CatalogItem e;
    e.entity = "employee";
    e.id = s.id.empty() ? crypto::newUuid() : s.id;
    e.data.set("name", s.name);
    e.data.set("role", s.role);
    e.data.set("pin_hash", s.pinHash); // opaque: the till's PBKDF2/Argon2 string
    e.data.set("archived", false);
    json::Value out;
    out.set("employee_id", e.id);
    out.set("version", store.putItems(existingOrg(store, s.org), {e}));
    return out;
}

using Action = std::function<json::Value(Store &, const State &)>;

// Registers one command; `withOrg` adds the required --org.
CLI::App *command(CLI::App &admin, Command &chosen, const std::shared_ptr<State> &st, const char *name,
                  const char *help, bool withOrg, Action action)
{
    CLI::App *c = admin.add_subcommand(name, help);
    c->fallthrough(); // `admin create-org X --db CONN` still finds admin's --db
    if (withOrg)
        c->add_option("--org", st->org, "organization id")->required();
    c->callback([&chosen, st, action] { chosen = [st, action](Store &s) { return action(s, *st); }; });
    return c;
}

void addOrganizationCommands(CLI::App &admin, Command &chosen, const std::shared_ptr<State> &st)
{
    auto *c =
        command(admin, chosen, st, "init", "create or upgrade the schema", false,
                [](Store &, const State &) { return one("schema_version", db::latestSchemaVersion()); });
    c = command(
        admin, chosen, st, "create-org", "create an organization", false,
        [](Store &s, const State &o) { return one("organization_id", s.createOrganization(o.name, o.inn)); });
    c->add_option("NAME", st->name)->required();
    c->add_option("--inn", st->inn, "taxpayer number")->required();
    c = command(
        admin, chosen, st, "create-pos", "create a point of sale", true, [](Store &s, const State &o) {
            return one("point_of_sale_id", s.createPointOfSale(existingOrg(s, o.org), o.name, o.address));
        });
    c->add_option("NAME", st->name)->required();
    c->add_option("--address", st->address);
    c = command(admin, chosen, st, "create-workplace", "create a workplace; prints its activation code", true,
                [](Store &s, const State &o) { return newCode(s, o, true); });
    c->add_option("NAME", st->name)->required();
    c->add_option("--pos", st->pos, "point of sale id")->required();
    c->add_option("--ttl-hours", st->ttlHours, "code lifetime (0: expired on issue, for tests)")
        ->check(CLI::NonNegativeNumber);
    c = command(admin, chosen, st, "new-code", "a new activation code for a workplace", true,
                [](Store &s, const State &o) { return newCode(s, o, false); });
    c->add_option("--workplace", st->workplace, "workplace id")->required();
    c->add_option("--ttl-hours", st->ttlHours, "code lifetime (0: expired on issue, for tests)")
        ->check(CLI::NonNegativeNumber);
    c->add_flag("--force", st->force, "replace the device already activated there");
    c = command(admin, chosen, st, "add-employee", "add an employee to the catalog", true, addEmployee);
    c->add_option("NAME", st->name)->required();
    c->add_option("--pin-hash", st->pinHash, "the till's PIN hash string")->required();
    c->add_option("--role", st->role);
    c->add_option("--id", st->id);
}

void addCatalogCommands(CLI::App &admin, Command &chosen, const std::shared_ptr<State> &st)
{
    auto *c = command(admin, chosen, st, "put", "create or replace a catalog item", true, putItem);
    c->add_option("ENTITY", st->entity)->required();
    c->add_option("ID", st->entityId)->required();
    c->add_option("JSON", st->jsonText, "the item's data, an object")->required();
    c = command(admin, chosen, st, "delete", "delete a catalog item", true, [](Store &s, const State &o) {
        return one("version", s.deleteItem(existingOrg(s, o.org), o.entity, o.entityId));
    });
    c->add_option("ENTITY", st->entity)->required();
    c->add_option("ID", st->entityId)->required();
    c = command(admin, chosen, st, "import-catalog", "import a CSV (header row; entity,id,name,price,...)",
                true,
                [](Store &s, const State &o) { return importCatalog(s, existingOrg(s, o.org), o.file); });
    c->add_option("FILE", st->file, "FILE.csv")->required();
    command(admin, chosen, st, "compact", "drop the change log (clients must resync)", true,
            [](Store &s, const State &o) { return one("catalog_epoch", s.compact(existingOrg(s, o.org))); });
}

void addDeviceAndReadCommands(CLI::App &admin, Command &chosen, const std::shared_ptr<State> &st)
{
    auto *c = command(admin, chosen, st, "revoke-device", "revoke a device's token", true,
                      [](Store &s, const State &o) {
                          return one("revoked", s.revokeDevice(existingOrg(s, o.org), o.device));
                      });
    c->add_option("DEVICE_ID", st->device)->required();
    c = command(admin, chosen, st, "resync-device", "the device reloads its catalog from a new snapshot",
                true, [](Store &s, const State &o) {
                    return one("must_resync", s.requireResync(existingOrg(s, o.org), o.device));
                });
    c->add_option("DEVICE_ID", st->device)->required();
    c = command(admin, chosen, st, "list",
                "list orgs|pos|workplaces|devices|employees|documents|conflicts|ENTITY", false,
                [](Store &s, const State &o) {
                    if (o.what == "orgs")
                        return s.list(o.what, std::string());
                    if (o.org.empty())
                        throw std::invalid_argument("list " + o.what + " needs --org");
                    return s.list(o.what, existingOrg(s, o.org));
                });
    c->add_option("WHAT", st->what)->required();
    c->add_option("--org", st->org, "organization id");
    command(admin, chosen, st, "stats", "counts of the organization's data", true,
            [](Store &s, const State &o) { return s.stats(existingOrg(s, o.org)); });
    command(admin, chosen, st, "rebuild-reports",
            "recompute the report tables from the documents; lists differences", true,
            [](Store &s, const State &o) { return s.rebuildReports(existingOrg(s, o.org)); });
    command(admin, chosen, st, "quarantine",
            "documents the cabinet rejected: reason, till, body as sent, how many times", true,
            [](Store &s, const State &o) { return s.quarantine(existingOrg(s, o.org)); });
    command(admin, chosen, st, "gaps", "holes in device_seq per device and FD per fiscal drive", true,
            [](Store &s, const State &o) { return s.gaps(existingOrg(s, o.org)); });
}

} // namespace

void addCommands(CLI::App &admin, Command &chosen)
{
    auto st = std::make_shared<State>();
    admin.require_subcommand(1);
    addOrganizationCommands(admin, chosen, st);
    addCatalogCommands(admin, chosen, st);
    addDeviceAndReadCommands(admin, chosen, st);
}

int run(const std::string &connectionString, const Command &command)
{
    try {
        db::Pool pool(connectionString, 1);
        {
            auto conn = pool.acquire();
            db::migrate(*conn);
        }
        Store store(pool);
        print(command(store));
        return 0;
    } catch (const std::invalid_argument &e) {
        std::cerr << "prilavok-cabinet admin: " << e.what() << "\n";
        return 2;
    } catch (const std::exception &e) {
        std::cerr << "prilavok-cabinet admin: " << e.what() << "\n";
        return 1;
    }
}

} // namespace cabinet::admin
