// prilavok-tspiot-emulator: a fake ТС ПИоТ (issue 18, reference §5.2 C) on loopback, a real HTTP
// server (Boost.Beast), for tests and demo mode.
//
//   prilavok-tspiot-emulator [--listen 127.0.0.1:0] [--info-listen 127.0.0.1:0] [--client-token TOKEN]
//                            [--scenario FILE] [--exit-with-stdin] [--tls-cert CHAIN.pem --tls-key KEY.pem]
//
// With a certificate and key it serves https only (TLS 1.2+, the cabinet's TLS context), as a real
// module does; without them plain http, for demo mode on loopback.
//
// Prints "listening PORT" once ready. Serves POST /api/v2/codes/check and /api/v3/codes/check
// (codes in base64, client_info required) and GET /api/v1/info. With --info-listen the information
// API moves to its own port, as on a real module (51077 there), announced first as "info PORT", and
// the check port answers it 404. Each code gets the full per-code
// field set of the True API (reference §1.4), composed from a named fixture per code. A control
// API on the same port drives it:
//   POST /_ctl/code   {"identity": "01…21…", "fixture": "sold", "fields": {...}}  (or "default": true)
//                     fixtures: ok, sold, never_sold, pack, blocked, expired, … (devices/marking/fakechz.cpp)
//   POST /_ctl/fault  {"mode": "none|delay|status|malformed|emergency|request_error|close",
//                      "ms": 1600, "status": 429, "count": 1}   count: how many requests, -1 all
//   GET  /_ctl/requests  every check request received: target, headers, body, decoded codes
//   POST /_ctl/reset
// A scenario file is a JSON object {"codes": [<the /_ctl/code bodies>], "fault": {...}}.

#include "devices/marking/fakechz.h"

#include "cabinet/server/tlscontext.h"

#include <boost/asio/io_context.hpp>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <cstdio>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>

using namespace fakechz;

namespace {

struct State
{
    std::mutex mutex;
    Scenarios scenarios;
    Fault fault;
    QJsonArray requests;
    QString clientToken;
    bool infoSeparate = false; // --info-listen: /api/v1/info only on the information port
};

State g_state;

// Returns false when the connection must be dropped without an answer.
bool handleCheck(const Request &req, Response &res)
{
    const QByteArray body = QByteArray::fromStdString(req.body());
    QJsonObject rec = record(req);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QList<QByteArray> codes;
    for (const QJsonValue &v : doc.object().value("codes").toArray()) {
        const QString b64 = v.isObject() ? v.toObject().value("cis").toString() : v.toString();
        codes.append(QByteArray::fromBase64(b64.toLatin1()));
    }
    QJsonArray decoded;
    for (const QByteArray &c : codes)
        decoded.append(QString::fromUtf8(c));
    rec["codes"] = decoded;

    Fault fault;
    Scenarios scenarios;
    QString token;
    qsizetype index = 0;
    {
        std::lock_guard lock(g_state.mutex);
        index = g_state.requests.size();
        g_state.requests.append(rec);
        fault = g_state.fault.take();
        scenarios = g_state.scenarios;
        token = g_state.clientToken;
    }
    if (const auto done = faultReply(fault, req, res, "{\"codesResponse\": [{\"code\": 0, \"codes\": ["))
        return *done;
    if (fault.mode == QLatin1String("emergency")) {
        res =
            reply(200, json({{"errorCode", 3}, {"description", QStringLiteral("аварийная ситуация ГИС МТ")}}),
                  req.version());
        return true;
    }
    const QJsonObject client = doc.object().value("client_info").toObject();
    if (!doc.isObject() || codes.isEmpty() || client.isEmpty()) {
        res = reply(400, json({{"error_message", "codes and client_info are required"}}), req.version());
        return true;
    }
    if (!token.isEmpty() && client.value("token").toString() != token) {
        res = reply(401, json({{"error_message", "client_info token refused"}}), req.version());
        return true;
    }
    QJsonArray out;
    bool offline = false;
    for (const QByteArray &c : codes)
        out.append(facts(c, scenarios.of(c), &offline));
    QJsonObject answer{{"code", 0},
                       {"description", "ok"},
                       {"codes", out},
                       {"reqId", QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {"reqTimestamp", QDateTime::currentMSecsSinceEpoch()},
                       {"isCheckedOffline", offline}};
    if (offline) {
        answer["inst"] = QStringLiteral("a5b2c1d0-0000-4000-8000-00000000lm01");
        answer["version"] = QStringLiteral("9f3e2d1c-0000-4000-8000-0000000000v1");
    }
    if (fault.mode == QLatin1String("request_error")) {
        answer["code"] = 5;
        answer["description"] = QStringLiteral("ошибка запроса");
    }
    res = reply(200, json({{"codesResponse", QJsonArray{answer}}}), req.version());
    std::lock_guard lock(g_state.mutex);
    if (index < g_state.requests.size()) { // the answer too, so a test can match tag 1265 to it
        QJsonObject r = g_state.requests.at(index).toObject();
        r["answer"] = answer;
        g_state.requests.replace(index, r);
    }
    return true;
}

Response info(const Request &req)
{
    return reply(200,
                 json({{"tspiotId", "emulator"},
                       {"codesCheckTimeout", 1500},
                       {"lm", QJsonObject{{"status", "ready"}, {"version", "emulator"}}}}),
                 req.version());
}

// The information port: the module's own facts, nothing else.
bool handleInfoPort(const Request &req, Response &res)
{
    if (std::string(req.target()) == "/api/v1/info")
        res = info(req);
    else
        res = reply(404, json({{"error_message", "no such route"}}), req.version());
    return true;
}

bool handle(const Request &req, Response &res)
{
    const std::string target(req.target());
    const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(req.body())).object();
    if (target == "/api/v2/codes/check" || target == "/api/v3/codes/check") {
        if (req.method() != http::verb::post) {
            res = reply(405, "{}", req.version());
            return true;
        }
        return handleCheck(req, res);
    }
    std::lock_guard lock(g_state.mutex);
    if (target == "/api/v1/info" && !g_state.infoSeparate) {
        res = info(req);
    } else if (target == "/_ctl/code") {
        g_state.scenarios.apply(body);
        res = reply(200, "{}", req.version());
    } else if (target == "/_ctl/fault") {
        g_state.fault = Fault::fromJson(body);
        res = reply(200, "{}", req.version());
    } else if (target == "/_ctl/requests") {
        res = reply(200, QJsonDocument(g_state.requests).toJson(QJsonDocument::Compact), req.version());
    } else if (target == "/_ctl/reset") {
        g_state.scenarios = {};
        g_state.fault = {};
        g_state.requests = {};
        res = reply(200, "{}", req.version());
    } else {
        res = reply(404, json({{"error_message", "no such route"}}), req.version());
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    std::string listen = "127.0.0.1:0";
    std::string infoListen;
    cabinet::TlsOptions tlsOptions;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool more = i + 1 < argc;
        if (arg == "--listen" && more) {
            listen = argv[++i];
        } else if (arg == "--info-listen" && more) {
            infoListen = argv[++i];
            g_state.infoSeparate = true;
        } else if (arg == "--client-token" && more) {
            g_state.clientToken = QString::fromUtf8(argv[++i]);
        } else if (arg == "--tls-cert" && more) {
            tlsOptions.certificateChainFile = argv[++i];
        } else if (arg == "--tls-key" && more) {
            tlsOptions.privateKeyFile = argv[++i];
        } else if (arg == "--exit-with-stdin") {
            exitWithStdin();
        } else if (arg == "--scenario" && more) {
            QFile f(QString::fromUtf8(argv[++i]));
            if (!f.open(QIODevice::ReadOnly)) {
                std::cerr << "cannot read the scenario file\n";
                return 2;
            }
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            for (const QJsonValue &c : o.value("codes").toArray())
                g_state.scenarios.apply(c.toObject());
            if (o.contains("fault"))
                g_state.fault = Fault::fromJson(o.value("fault").toObject());
        } else {
            std::cerr << "usage: prilavok-tspiot-emulator [--listen HOST:PORT] [--info-listen HOST:PORT] "
                         "[--client-token TOKEN] "
                         "[--scenario FILE] [--exit-with-stdin] [--tls-cert PEM --tls-key PEM]\n";
            return arg == "--help" ? 0 : 2;
        }
    }
    try {
        const auto tls = cabinet::makeTlsContext(tlsOptions);
        boost::asio::io_context ioc;
        std::optional<tcp::acceptor> infoAcceptor;
        if (!infoListen.empty()) {
            infoAcceptor.emplace(ioc, endpointOf(infoListen));
            std::printf("info %u\n", unsigned(infoAcceptor->local_endpoint().port()));
            std::thread([&infoAcceptor, &tls] { serve(*infoAcceptor, handleInfoPort, tls.get()); }).detach();
        }
        tcp::acceptor acceptor(ioc, endpointOf(listen));
        std::printf("listening %u\n", unsigned(acceptor.local_endpoint().port()));
        std::fflush(stdout);
        serve(acceptor, handle, tls.get());
    } catch (const std::exception &e) {
        std::cerr << "tspiot emulator: " << e.what() << "\n";
        return 1;
    }
}
