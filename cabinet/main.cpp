// prilavok-cabinet: the reference cloud cabinet. `serve` runs the sync API, `admin` manages the data.

#include "cabinet/admin/admincli.h"
#include "cabinet/api/router.h"
#include "cabinet/db/schema.h"
#include "cabinet/server/httpserver.h"
#include "cabinet/util/crypto.h"

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

namespace {

void usage()
{
    std::cerr << "usage:\n"
                 "  prilavok-cabinet serve --db CONN [--listen 127.0.0.1:PORT] [--threads N] [--pool N]\n"
                 "                         [--activation-interval-ms MS] [--activation-failures-per-hour N]\n"
                 "                         [--no-access-log] [--enable-fault-injection]\n"
                 "  prilavok-cabinet admin --db CONN COMMAND ...   (prilavok-cabinet admin --help)\n"
                 "CONN: sqlite:/path/cabinet.db (default sqlite:cabinet.db) or postgresql://user@host/db\n";
}

int serve(const std::string &conn, const std::vector<std::string> &args)
{
    cabinet::ServerOptions server;
    cabinet::StoreOptions store;
    cabinet::api::RouterOptions router;
    int poolSize = 0;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= args.size())
                throw std::invalid_argument(a + " needs a value");
            return args[++i];
        };
        if (a == "--listen") {
            std::string v = value();
            auto colon = v.rfind(':');
            if (colon == std::string::npos)
                throw std::invalid_argument("--listen wants ADDRESS:PORT");
            server.address = v.substr(0, colon);
            server.port = static_cast<unsigned short>(std::stoi(v.substr(colon + 1)));
        } else if (a == "--threads") {
            server.threads = std::max(1, std::stoi(value()));
        } else if (a == "--pool") {
            poolSize = std::max(1, std::stoi(value()));
        } else if (a == "--activation-interval-ms") {
            store.activationFailureIntervalMs = std::stoll(value());
        } else if (a == "--activation-failures-per-hour") {
            store.activationFailuresPerHour = std::stoi(value());
        } else if (a == "--no-access-log") {
            server.accessLog = false;
        } else if (a == "--enable-fault-injection") {
            router.faultInjection = true;
        } else {
            throw std::invalid_argument("unknown option " + a);
        }
    }
    const bool pg = cabinet::db::isPostgres(conn);
    // SQLite: one connection is the single writer; PostgreSQL: one connection per worker thread.
    if (poolSize == 0)
        poolSize = pg ? server.threads : 1;
    cabinet::db::Pool pool(conn, poolSize);
    {
        auto c = pool.acquire();
        cabinet::db::migrate(*c);
    }
    cabinet::Store st(pool, store);
    cabinet::api::Router r(st, router);
    cabinet::HttpServer http(r, server);
    std::cout << "listening http://" << server.address << ":" << http.port() << std::endl;
    http.run();
    std::cerr << "{\"event\":\"stopped\"}" << std::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        usage();
        return args.empty() ? 2 : 0;
    }
    if (!cabinet::crypto::init()) {
        std::cerr << "prilavok-cabinet: libsodium failed to initialise\n";
        return 1;
    }
    const std::string mode = args[0];
    std::string conn = "sqlite:cabinet.db";
    if (const char *env = std::getenv("PRILAVOK_CABINET_DB"))
        conn = env;
    std::vector<std::string> rest;
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (args[i] == "--db" && i + 1 < args.size())
            conn = args[++i];
        else
            rest.push_back(args[i]);
    }
    if (mode == "admin") {
        if (!rest.empty() && (rest[0] == "--help" || rest[0] == "-h")) {
            cabinet::admin::printUsage();
            return 0;
        }
        return cabinet::admin::run(conn, rest);
    }
    if (mode == "serve") {
        try {
            return serve(conn, rest);
        } catch (const std::invalid_argument &e) {
            std::cerr << "prilavok-cabinet serve: " << e.what() << "\n";
            usage();
            return 2;
        } catch (const std::exception &e) {
            std::cerr << "prilavok-cabinet serve: " << e.what() << "\n";
            return 1;
        }
    }
    usage();
    return 2;
}
