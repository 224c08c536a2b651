// prilavok-chz-emulator: the legacy path's fakes (issue 18, reference §5.2 A and B) on loopback,
// real HTTP servers (Boost.Beast) for tests and demo mode: Честный знак's CDN directory, two or more
// True API check sites, and a local module (ЛМ ЧЗ), each on its own port.
//
//   prilavok-chz-emulator [--sites 2] [--api-key KEY] [--lm-auth LOGIN:PASSWORD] [--exit-with-stdin]
//
// Prints "listening PORT" (the directory's port) once ready. The directory serves
// GET /api/v4/true-api/cdn/info; every site GET /api/v4/true-api/cdn/health/check and
// POST /api/v4/true-api/codes/check (X-API-KEY required, 401 otherwise); the ЛМ GET /api/v1/status,
// GET /api/v1/cis/outCheck?cis=<КИ> (Basic auth), POST /api/v2/cis/sell and /api/v2/cis/return.
// Every port answers the control API:
//   GET  /_ctl/ports     {"cdn": P, "sites": [P1, P2], "lm": P}
//   POST /_ctl/code      {"identity", "fixture", "fields", "where": "online|lm|both"}  (or "default")
//   POST /_ctl/fault     {"target": "site0|site1|…|lm|cdn", "mode": "none|delay|status|malformed|
//                         close|down|request_error", "ms", "status", "count"}  down: every route of it
//   POST /_ctl/health    {"site": 0, "ms": 300, "code": 0}  the site's health-check latency and code
//   POST /_ctl/lm        {"status": "ready|not_configured|initialization|sync_error|failure"}
//   GET  /_ctl/requests  every request received (with "role": cdn, site0…, lm) and check answers
//   POST /_ctl/reset

#include "devices/marking/fakechz.h"

#include <boost/asio/io_context.hpp>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace fakechz;

namespace {

constexpr int Cdn = -1;
constexpr int Lm = -2;

struct Site
{
    Fault fault;
    int healthMs = 0;
    int healthCode = 0;
};

struct State
{
    std::mutex mutex;
    Scenarios online, lm;
    std::vector<Site> sites;
    Fault cdnFault, lmFault;
    QString lmStatus = QStringLiteral("ready");
    QSet<QString> lmSold; // the ЛМ's own sold-code database (/cis/sell, /cis/return)
    QJsonArray requests;
    QString apiKey = QStringLiteral("chz-token");
    QByteArray lmAuth = "admin:admin";
    QJsonObject ports;
};

State g_state;

const QString LmInst = QStringLiteral("a5b2c1d0-0000-4000-8000-00000000lm01");
const QString LmVersion = QStringLiteral("9f3e2d1c-0000-4000-8000-0000000000v1");

QString roleName(int role)
{
    return role == Cdn  ? QStringLiteral("cdn")
           : role == Lm ? QStringLiteral("lm")
                        : QStringLiteral("site%1").arg(role);
}

std::string header(const Request &req, const char *name)
{
    const auto it = req.find(name);
    return it == req.end() ? std::string() : std::string(it->value());
}

Fault &faultOf(int role)
{
    return role == Cdn  ? g_state.cdnFault
           : role == Lm ? g_state.lmFault
                        : g_state.sites.at(size_t(role)).fault;
}

// Files the request; returns its index in the record (for the answer, added later).
qsizetype file(int role, QJsonObject rec)
{
    rec["role"] = roleName(role);
    std::lock_guard lock(g_state.mutex);
    g_state.requests.append(rec);
    return g_state.requests.size() - 1;
}

void fileAnswer(qsizetype index, const QJsonObject &answer)
{
    std::lock_guard lock(g_state.mutex);
    QJsonObject r = g_state.requests.at(index).toObject();
    r["answer"] = answer;
    g_state.requests.replace(index, r);
}

bool apiKeyRefused(const Request &req, Response &res)
{
    QString key;
    {
        std::lock_guard lock(g_state.mutex);
        key = g_state.apiKey;
    }
    if (QString::fromStdString(header(req, "X-API-KEY")) == key)
        return false;
    res = reply(401, json({{"error_message", "Токен недействителен"}}), req.version());
    return true;
}

bool handleCodesCheck(int role, const Request &req, Response &res, const Fault &fault)
{
    const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(req.body())).object();
    QJsonObject rec = record(req);
    rec["codes"] = body.value("codes");
    rec["fiscalDriveNumber"] = body.value("fiscalDriveNumber");
    const qsizetype index = file(role, rec);
    if (const auto done = faultReply(fault, req, res, "{\"code\": 0, \"codes\": ["))
        return *done;
    if (apiKeyRefused(req, res))
        return true;
    Scenarios scenarios;
    {
        std::lock_guard lock(g_state.mutex);
        scenarios = g_state.online;
    }
    QJsonArray out;
    bool offline = false;
    for (const QJsonValue &c : body.value("codes").toArray()) {
        const QByteArray code = c.toString().toUtf8();
        out.append(facts(code, scenarios.of(code), &offline));
    }
    if (out.isEmpty()) {
        res = reply(400, json({{"error_message", "codes are required"}}), req.version());
        return true;
    }
    QJsonObject answer{{"code", fault.mode == QLatin1String("request_error") ? 5 : 0},
                       {"description", "ok"},
                       {"codes", out},
                       {"reqId", QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {"reqTimestamp", QDateTime::currentMSecsSinceEpoch()}};
    fileAnswer(index, answer);
    res = reply(200, json(answer), req.version());
    return true;
}

bool handleSite(int role, const Request &req, Response &res, const std::string &path)
{
    Fault fault;
    Site site;
    {
        std::lock_guard lock(g_state.mutex);
        Site &s = g_state.sites.at(size_t(role));
        fault = s.fault.mode == QLatin1String("down") ? s.fault : s.fault.take();
        site = s;
    }
    if (fault.mode == QLatin1String("down")) {
        file(role, record(req)); // recorded all the same: a test sees the attempt
        return false;
    }
    if (path == "/api/v4/true-api/cdn/health/check") {
        file(role, record(req));
        if (apiKeyRefused(req, res))
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(site.healthMs));
        res =
            reply(200, json({{"code", site.healthCode}, {"description", "ok"}, {"avgTimeMs", site.healthMs}}),
                  req.version());
        return true;
    }
    if (path == "/api/v4/true-api/codes/check" && req.method() == http::verb::post)
        return handleCodesCheck(role, req, res, fault);
    res = reply(404, json({{"error_message", "no such route"}}), req.version());
    return true;
}

bool handleCdn(const Request &req, Response &res, const std::string &path)
{
    Fault fault;
    QJsonArray hosts;
    {
        std::lock_guard lock(g_state.mutex);
        fault = g_state.cdnFault.take();
        for (const QJsonValue &p : g_state.ports.value("sites").toArray())
            hosts.append(QJsonObject{{"host", QStringLiteral("http://127.0.0.1:%1").arg(p.toInt())}});
    }
    file(Cdn, record(req));
    if (fault.mode == QLatin1String("down"))
        return false;
    if (const auto done = faultReply(fault, req, res, "{\"code\": 0, \"hosts\": ["))
        return *done;
    if (path != "/api/v4/true-api/cdn/info") {
        res = reply(404, json({{"error_message", "no such route"}}), req.version());
        return true;
    }
    if (apiKeyRefused(req, res))
        return true;
    res = reply(200, json({{"code", 0}, {"description", "ok"}, {"hosts", hosts}}), req.version());
    return true;
}

int lmErrorOf(const QString &status)
{
    return status == QLatin1String("sync_error") ? 4050 : 4045; // [SPEC-LM]
}

// GET /api/v1/cis/outCheck?cis=<КИ>: the v1 answer, the True API shape with the reduced field set.
void lmOutCheck(const Request &req, Response &res, const QUrlQuery &query, const QString &status)
{
    if (status != QLatin1String("ready")) {
        const int code = lmErrorOf(status);
        res =
            reply(503, json({{"code", code}, {"description", QStringLiteral("ЛМ не готов: %1").arg(status)}}),
                  req.version());
        return;
    }
    const QByteArray ki = query.queryItemValue("cis", QUrl::FullyDecoded).toUtf8();
    QJsonObject facts;
    {
        std::lock_guard lock(g_state.mutex);
        facts = lmFacts(ki, g_state.lm.of(ki));
        if (g_state.lmSold.contains(QString::fromUtf8(ki)))
            facts["sold"] = true;
    }
    const QJsonObject answer{{"code", 0},
                             {"description", "ok"},
                             {"codes", QJsonArray{facts}},
                             {"reqId", QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {"reqTimestamp", QDateTime::currentMSecsSinceEpoch()},
                             {"inst", LmInst},
                             {"version", LmVersion}};
    res = reply(200, json(answer), req.version());
}

// POST /api/v2/cis/sell (201) and /cis/return (200) with {"cis_list": [КИ, …}]}.
void lmSellOrReturn(const Request &req, Response &res, bool sell)
{
    const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(req.body())).object();
    {
        std::lock_guard lock(g_state.mutex);
        for (const QJsonValue &v : body.value("cis_list").toArray())
            sell ? void(g_state.lmSold.insert(v.toString())) : void(g_state.lmSold.remove(v.toString()));
    }
    res = reply(sell ? 201 : 200, json({{"code", 0}, {"description", "ok"}}), req.version());
}

bool handleLm(const Request &req, Response &res, const QUrl &url)
{
    const QString path = url.path();
    const bool statusCall = path.endsWith(QLatin1String("/status"));
    Fault fault;
    QString status;
    QByteArray auth;
    {
        std::lock_guard lock(g_state.mutex);
        fault = g_state.lmFault.mode == QLatin1String("down") || statusCall ? g_state.lmFault
                                                                            : g_state.lmFault.take();
        status = g_state.lmStatus;
        auth = "Basic " + g_state.lmAuth.toBase64();
    }
    const qsizetype index = file(Lm, record(req));
    if (fault.mode == QLatin1String("down"))
        return false;
    if (header(req, "Authorization") != auth.toStdString()) {
        res = reply(401, json({{"error_message", "Unauthorized"}}), req.version());
        return true;
    }
    if (statusCall) {
        res = reply(200,
                    json({{"status", status},
                          {"inst", LmInst},
                          {"version", LmVersion},
                          {"inn", "7700000000"},
                          {"lastSync", QDateTime::currentMSecsSinceEpoch()}}),
                    req.version());
        return true;
    }
    if (const auto done = faultReply(fault, req, res, "{\"code\": 0, \"codes\": ["))
        return *done;
    if (path == QLatin1String("/api/v1/cis/outCheck") || path == QLatin1String("/api/v1/cis/check"))
        lmOutCheck(req, res, QUrlQuery(url), status);
    else if (path == QLatin1String("/api/v2/cis/sell") || path == QLatin1String("/api/v2/cis/return"))
        lmSellOrReturn(req, res, path.endsWith(QLatin1String("sell")));
    else
        res = reply(404, json({{"error_message", "no such route"}}), req.version());
    fileAnswer(index, QJsonDocument::fromJson(QByteArray::fromStdString(res.body())).object());
    return true;
}

void control(const std::string &path, const QJsonObject &body, const Request &req, Response &res)
{
    std::lock_guard lock(g_state.mutex);
    if (path == "/_ctl/ports") {
        res = reply(200, json(g_state.ports), req.version());
        return;
    }
    if (path == "/_ctl/requests") {
        res = reply(200, QJsonDocument(g_state.requests).toJson(QJsonDocument::Compact), req.version());
        return;
    }
    if (path == "/_ctl/code") {
        const QString where = body.value("where").toString(QStringLiteral("both"));
        if (where != QLatin1String("lm"))
            g_state.online.apply(body);
        if (where != QLatin1String("online"))
            g_state.lm.apply(body);
    } else if (path == "/_ctl/fault") {
        const QString target = body.value("target").toString();
        const int role = target == QLatin1String("cdn")  ? Cdn
                         : target == QLatin1String("lm") ? Lm
                                                         : target.mid(4).toInt();
        if (role >= int(g_state.sites.size())) {
            res = reply(400, json({{"error_message", "no such site"}}), req.version());
            return;
        }
        faultOf(role) = Fault::fromJson(body);
    } else if (path == "/_ctl/health") {
        Site &s =
            g_state.sites.at(size_t(qBound(0, body.value("site").toInt(), int(g_state.sites.size()) - 1)));
        s.healthMs = body.value("ms").toInt();
        s.healthCode = body.value("code").toInt();
    } else if (path == "/_ctl/lm") {
        g_state.lmStatus = body.value("status").toString(QStringLiteral("ready"));
    } else if (path == "/_ctl/reset") {
        g_state.online = {};
        g_state.lm = {};
        for (Site &s : g_state.sites)
            s = {};
        g_state.cdnFault = g_state.lmFault = {};
        g_state.lmStatus = QStringLiteral("ready");
        g_state.lmSold.clear();
        g_state.requests = {};
    } else {
        res = reply(404, json({{"error_message", "no such route"}}), req.version());
        return;
    }
    res = reply(200, "{}", req.version());
}

Handler handlerFor(int role)
{
    return [role](const Request &req, Response &res) {
        const QUrl url(QStringLiteral("http://h") + QString::fromStdString(std::string(req.target())));
        const std::string path = url.path().toStdString();
        if (path.rfind("/_ctl/", 0) == 0) {
            control(path, QJsonDocument::fromJson(QByteArray::fromStdString(req.body())).object(), req, res);
            return true;
        }
        if (role == Cdn)
            return handleCdn(req, res, path);
        if (role == Lm)
            return handleLm(req, res, url);
        return handleSite(role, req, res, path);
    };
}

int usage(bool help)
{
    std::cerr << "usage: prilavok-chz-emulator [--sites N] [--api-key KEY] [--lm-auth LOGIN:PASSWORD] "
                 "[--exit-with-stdin]\n";
    return help ? 0 : 2;
}

} // namespace

int main(int argc, char **argv)
{
    int sites = 2;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool more = i + 1 < argc;
        if (arg == "--sites" && more)
            sites = std::max(1, std::atoi(argv[++i]));
        else if (arg == "--api-key" && more)
            g_state.apiKey = QString::fromUtf8(argv[++i]);
        else if (arg == "--lm-auth" && more)
            g_state.lmAuth = QByteArray(argv[++i]);
        else if (arg == "--exit-with-stdin")
            exitWithStdin();
        else
            return usage(arg == "--help");
    }
    try {
        boost::asio::io_context ioc;
        g_state.sites.resize(size_t(sites));
        std::vector<std::unique_ptr<tcp::acceptor>> acceptors;
        const auto open = [&] {
            acceptors.push_back(std::make_unique<tcp::acceptor>(ioc, endpointOf("127.0.0.1:0")));
            return int(acceptors.back()->local_endpoint().port());
        };
        g_state.ports["cdn"] = open();
        QJsonArray sitePorts;
        for (int s = 0; s < sites; ++s)
            sitePorts.append(open());
        g_state.ports["sites"] = sitePorts;
        g_state.ports["lm"] = open();
        for (size_t a = 1; a < acceptors.size(); ++a) {
            const int role = a == acceptors.size() - 1 ? Lm : int(a) - 1;
            std::thread([&acceptor = *acceptors[a], role] { serve(acceptor, handlerFor(role)); }).detach();
        }
        std::printf("listening %d\n", g_state.ports.value("cdn").toInt());
        std::fflush(stdout);
        serve(*acceptors.front(), handlerFor(Cdn));
    } catch (const std::exception &e) {
        std::cerr << "chz emulator: " << e.what() << "\n";
        return 1;
    }
}
