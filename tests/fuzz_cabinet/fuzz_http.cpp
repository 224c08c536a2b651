// libFuzzer target: the request path through the router, without sockets, as an activated till and
// as a stranger: admission from the head, gzip, JSON, document validation and the store on a real
// SQLite file. The first byte picks the route and the encoding; the rest is the body (or the target).

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include <unistd.h>

#include "cabinet/api/router.h"
#include "cabinet/db/pool.h"
#include "cabinet/db/schema.h"
#include "cabinet/store/store.h"

namespace {

struct World
{
    std::string dir;
    std::unique_ptr<cabinet::db::Pool> pool;
    std::unique_ptr<cabinet::Store> store;
    std::unique_ptr<cabinet::api::Router> router;
    std::string token;

    World()
    {
        char tmpl[] = "/tmp/fuzz-cabinet-XXXXXX";
        dir = mkdtemp(tmpl);
        pool = std::make_unique<cabinet::db::Pool>("sqlite:" + dir + "/cabinet.db", 1);
        {
            auto c = pool->acquire();
            cabinet::db::migrate(*c);
        }
        cabinet::StoreOptions so;
        so.activationFailureIntervalMs = 0;
        so.activationFailuresPerHour = 1 << 30;
        store = std::make_unique<cabinet::Store>(*pool, so);
        cabinet::api::RouterOptions ro;
        ro.admission.activationsPerMinutePerClient = 1 << 30;
        ro.admission.activationsPerMinuteTotal = 1 << 30;
        router = std::make_unique<cabinet::api::Router>(*store, ro);
        const std::string org = store->createOrganization("Фаззинг", "7700000000");
        const std::string pos = store->createPointOfSale(org, "Магазин", "Москва");
        const std::string wp = store->createWorkplace(org, pos, "Касса 1");
        cabinet::ActivationRequest a;
        a.code = store->newActivationCode(org, wp, 3600 * 1000, true);
        a.ip = "127.0.0.1";
        auto res = store->activate(a);
        token = std::get<cabinet::json::Value>(res).stringAt("device_token").value_or("");
    }
    ~World() { std::filesystem::remove_all(dir); }
};

const char *const targets[] = {
    "/api/v1/documents:batch", "/api/v1/devices/status", "/api/v1/activate",
    "/api/v1/changes?cursor=", "/api/v1/documents/",     "/api/v1/devices/token:rotate"};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static World world;
    if (size == 0)
        return 0;
    const std::uint8_t selector = data[0];
    const std::string rest(reinterpret_cast<const char *>(data + 1), size - 1);
    cabinet::api::Request request;
    const std::size_t route = selector % 6;
    const bool get = route == 3 || route == 4;
    request.method = get ? "GET" : "POST";
    request.target = std::string(targets[route]) + (get ? rest.substr(0, 200) : std::string());
    request.body = get ? std::string() : rest;
    request.remoteIp = "127.0.0.1";
    if (selector & 0x40)
        request.authorization = "Bearer " + world.token;
    if (selector & 0x80)
        request.contentEncoding = "gzip";
    cabinet::api::RequestHead head{request.method, request.target, request.remoteIp, {}, request.body.size()};
    if (world.router->admit(head).refusal)
        return 0;
    const cabinet::api::Response r = world.router->handle(request, false);
    if (r.status >= 500 && r.status != 503)
        std::abort(); // a hostile request is the client's fault, never an internal error
    return 0;
}
