// prilavok-cabinet: the reference cloud cabinet. `serve` runs the sync API, `admin` manages the data.

#include "cabinet/admin/admincli.h"
#include "cabinet/api/router.h"
#include "cabinet/db/schema.h"
#include "cabinet/notify/notifier.h"
#include "cabinet/owner/api.h"
#include "cabinet/server/httpserver.h"
#include "cabinet/util/crypto.h"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>

namespace {

struct ServeOptions
{
    cabinet::ServerOptions server;
    cabinet::StoreOptions store;
    cabinet::api::RouterOptions router;
    std::string listen;
    int pool = 0;
    cabinet::mail::Options mail;
    std::string webRoot; // empty: the pages installed beside the binary, when there are any
    bool noWeb = false;
    int notifyIntervalS = 300;
};

// The pages live in ../share/prilavok/cabinet-web from the binary, in the build tree and installed.
std::filesystem::path defaultWebRoot()
{
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : exe.parent_path().parent_path() / "share/prilavok/cabinet-web";
}

// Loads the web cabinet's pages; nullptr when serving the API only. Throws when --web-root is wrong.
std::shared_ptr<const cabinet::api::WebAssets> loadWeb(const ServeOptions &o)
{
    if (o.noWeb)
        return nullptr;
    std::string error;
    auto web = cabinet::api::WebAssets::load(
        o.webRoot.empty() ? defaultWebRoot() : std::filesystem::path(o.webRoot), error);
    if (web)
        return std::make_shared<const cabinet::api::WebAssets>(std::move(*web));
    if (!o.webRoot.empty())
        throw std::runtime_error("--web-root: " + error);
    std::cerr << "{\"event\":\"no_web_pages\",\"detail\":\"serving the API only\"}" << std::endl;
    return nullptr;
}

int serve(const std::string &conn, ServeOptions &o)
{
    if (!o.listen.empty()) {
        const auto colon = o.listen.rfind(':');
        o.server.address = o.listen.substr(0, colon);
        o.server.port = static_cast<unsigned short>(std::stoi(o.listen.substr(colon + 1)));
    }
    const bool pg = cabinet::db::isPostgres(conn);
    // SQLite: one connection is the single writer; PostgreSQL: one connection per worker thread.
    const int poolSize = o.pool > 0 ? o.pool : (pg ? o.server.threads : 1);
    cabinet::db::Pool pool(conn, poolSize);
    {
        auto c = pool.acquire();
        cabinet::db::migrate(*c);
    }
    o.router.admission.trustedProxies = o.server.trustedProxies;
    cabinet::Store st(pool, o.store);
    cabinet::api::Router r(st, o.router);
    const cabinet::mail::Mailer mailer(o.mail);
    cabinet::owner::Api owner(pool, st, mailer);
    r.mountOwner([&owner](const cabinet::api::Request &rq) { return owner.handle(rq); });
    if (auto web = loadWeb(o))
        r.mountWeb(std::move(web));
    // Alerts by e-mail, on their own thread (stopped when serve returns); off without --smtp-url.
    cabinet::notify::Notifier notifier(pool, mailer, std::chrono::seconds(o.notifyIntervalS));
    cabinet::HttpServer http(r, o.server);
    std::cout << "listening " << (http.tls() ? "https://" : "http://") << o.server.address << ":"
              << http.port() << std::endl;
    http.run();
    std::cerr << "{\"event\":\"stopped\"}" << std::endl;
    return 0;
}

CLI::App *addServe(CLI::App &app, ServeOptions &o)
{
    CLI::App *s = app.add_subcommand("serve", "run the sync API");
    s->add_option("--web-root", o.webRoot,
                  "folder of the built web cabinet (default: ../share/prilavok/cabinet-web)");
    s->add_flag("--no-web", o.noWeb, "serve the APIs only, no web pages");
    s->add_option("--smtp-url", o.mail.smtpUrl,
                  "SMTP relay for the owners' e-mail (smtp://host:port); off if empty");
    s->add_option("--mail-from", o.mail.from, "sender address of the owners' e-mail");
    s->add_option("--public-url", o.mail.publicUrl, "the cabinet's web address, prefix of e-mailed links");
    s->add_option("--notify-interval-seconds", o.notifyIntervalS,
                  "how often alerts are checked and new ones e-mailed (default 300)")
        ->check(CLI::PositiveNumber);
    s->add_option("--listen", o.listen, "ADDRESS:PORT to listen on (port 0: the kernel picks; printed)")
        ->check([](const std::string &v) {
            const auto colon = v.rfind(':');
            if (colon == std::string::npos || colon + 1 == v.size() ||
                v.find_first_not_of("0123456789", colon + 1) != std::string::npos)
                return std::string("--listen wants ADDRESS:PORT");
            return std::string();
        });
    s->add_option("--threads", o.server.threads, "worker threads")->check(CLI::PositiveNumber);
    s->add_option("--pool", o.pool,
                  "database connections (default: 1 on SQLite, one per thread on PostgreSQL)")
        ->check(CLI::PositiveNumber);
    s->add_option("--activation-interval-ms", o.store.activationFailureIntervalMs,
                  "minimum time between failed activations from one address");
    s->add_option("--activation-failures-per-hour", o.store.activationFailuresPerHour,
                  "failed activations allowed per address per hour");
    s->add_option("--activation-failures-per-prefix-per-hour", o.store.activationFailuresPerPrefixPerHour,
                  "failed activations allowed per hour for codes sharing their first 4 digits")
        ->check(CLI::PositiveNumber);
    s->add_option("--activation-failures-total-per-hour", o.store.activationFailuresTotalPerHour,
                  "failed activations allowed per hour from all addresses together")
        ->check(CLI::PositiveNumber);
    CLI::Option *cert = s->add_option("--tls-cert", o.server.tls.certificateChainFile,
                                      "PEM certificate chain: serve HTTPS (TLS 1.2+) instead of HTTP")
                            ->check(CLI::ExistingFile);
    CLI::Option *key =
        s->add_option("--tls-key", o.server.tls.privateKeyFile, "PEM private key of --tls-cert")
            ->check(CLI::ExistingFile);
    cert->needs(key);
    key->needs(cert);
    s->add_option("--trusted-proxy", o.server.trustedProxies,
                  "address of a reverse proxy allowed to name the client in X-Forwarded-For (repeatable)");
    s->add_option("--max-connections", o.server.maxConnections, "open connections in total")
        ->check(CLI::PositiveNumber);
    s->add_option("--max-connections-per-client", o.server.maxConnectionsPerClient,
                  "open connections from one address (trusted proxies exempt)")
        ->check(CLI::PositiveNumber);
    s->add_option(
         "--header-timeout-seconds",
         [&o](const CLI::results_t &r) {
             o.server.headerTimeout = std::chrono::seconds(std::stoi(r.at(0)));
             return true;
         },
         "time for an idle keep-alive connection and a request's head")
        ->check(CLI::PositiveNumber);
    s->add_option("--activations-per-minute", o.router.admission.activationsPerMinutePerClient,
                  "activation requests per client address per minute, counted before the body is read")
        ->check(CLI::PositiveNumber);
    s->add_flag("--no-access-log{false}", o.server.accessLog, "do not log every request");
    s->add_flag("--enable-fault-injection", o.router.faultInjection, "test hooks (never in production)");
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    CLI::App app{"prilavok-cabinet: the reference cloud cabinet (sync API for tills, administration)"};
    app.require_subcommand(1);
    std::string conn = "sqlite:cabinet.db";
    ServeOptions serveOptions;
    cabinet::admin::Command command;
    CLI::App *serveCmd = addServe(app, serveOptions);
    CLI::App *adminCmd = app.add_subcommand("admin", "manage organizations, catalogs and devices");
    for (CLI::App *sub : {serveCmd, adminCmd})
        sub->add_option("--db", conn,
                        "sqlite:/path/cabinet.db (default sqlite:cabinet.db) or postgresql://user@host/db")
            ->envname("PRILAVOK_CABINET_DB");
    cabinet::admin::addCommands(*adminCmd, command);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError &e) {
        const int rc = app.exit(e);
        return rc == 0 ? 0 : 2;
    }
    if (!cabinet::crypto::init()) {
        std::cerr << "prilavok-cabinet: libsodium failed to initialise\n";
        return 1;
    }
    if (adminCmd->parsed())
        return cabinet::admin::run(conn, command);
    try {
        return serve(conn, serveOptions);
    } catch (const std::exception &e) {
        std::cerr << "prilavok-cabinet serve: " << e.what() << "\n";
        return 1;
    }
}
