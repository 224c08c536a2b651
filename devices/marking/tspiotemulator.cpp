// prilavok-tspiot-emulator: a fake ТС ПИоТ (issue 18, reference §5.2 C) on loopback, a real HTTP
// server (Boost.Beast), for tests and demo mode.
//
//   prilavok-tspiot-emulator [--listen 127.0.0.1:0] [--client-token TOKEN] [--scenario FILE]
//                            [--exit-with-stdin]
//
// Prints "listening PORT" once ready. Serves POST /api/v2/codes/check and /api/v3/codes/check
// (codes in base64, client_info required) and GET /api/v1/info. Each code gets the full per-code
// field set of the True API (reference §1.4), composed from a named fixture per code. A control
// API on the same port drives it:
//   POST /_ctl/code   {"identity": "01…21…", "fixture": "sold", "fields": {...}}  (or "default": true)
//   POST /_ctl/fault  {"mode": "none|delay|status|malformed|emergency|request_error|close",
//                      "ms": 1600, "status": 429, "count": 1}   count: how many requests, -1 all
//   GET  /_ctl/requests  every check request received: target, headers, body, decoded codes
//   POST /_ctl/reset
// A scenario file is a JSON object {"codes": [<the /_ctl/code bodies>], "fault": {...}}.

#include <utility> // before Asio: Boost 1.74's awaitable.hpp needs std::exchange

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <mutex>
#include <string>
#include <thread>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

struct CodeScenario
{
    QString fixture = QStringLiteral("ok");
    QJsonObject fields; // overrides, merged last
};

struct Fault
{
    QString mode = QStringLiteral("none");
    int ms = 0;
    int status = 0;
    int count = -1; // requests left to affect; -1: all
};

struct State
{
    std::mutex mutex;
    std::map<QString, CodeScenario> codes;
    CodeScenario fallback;
    Fault fault;
    QJsonArray requests;
    QString clientToken;
};

State g_state;

// The item identity the scenarios are keyed by: the part of the code before the first GS.
QString identityOf(const QByteArray &code)
{
    const int gs = code.indexOf('\x1d');
    return QString::fromUtf8(gs < 0 ? code : code.left(gs));
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// The per-code answer of the True API for a fixture (reference §1.4 and §5.2 A). An answer of the
// local module ("offline_*") carries found/valid/verified/realizable/utilised = false by design.
QJsonObject facts(const QByteArray &code, const CodeScenario &s, bool *offline)
{
    const QString cis = QString::fromUtf8(code);
    const QString id = identityOf(code);
    const QString gtin = id.mid(2, 14);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject o{{"cis", cis},
                  {"printView", id},
                  {"gtin", gtin},
                  {"groupIds", QJsonArray{8}},
                  {"valid", true},
                  {"found", true},
                  {"verified", true},
                  {"utilised", true},
                  {"realizable", true},
                  {"sold", false},
                  {"isBlocked", false},
                  {"expireDate", iso(now.addDays(20))},
                  {"productionDate", iso(now.addDays(-5))},
                  {"isOwner", true},
                  {"isTracking", false},
                  {"packageType", "UNIT"},
                  {"producerInn", "7700000000"},
                  {"grayZone", false},
                  {"errorCode", 0}};
    const QString f = s.fixture;
    *offline = f.startsWith(QLatin1String("offline"));
    if (f == QLatin1String("sold")) {
        o["sold"] = true;
        o["realizable"] = false;
    } else if (f == QLatin1String("blocked")) {
        o["isBlocked"] = true;
        o["ogvs"] = QJsonArray{"RPN"};
    } else if (f == QLatin1String("expired")) {
        o["expireDate"] = iso(now.addDays(-2));
    } else if (f == QLatin1String("variable_expired")) {
        o.remove("expireDate");
        o["variableExpirations"] = QJsonArray{QJsonObject{{"expirationStorageDate", iso(now.addDays(-3))}},
                                              QJsonObject{{"expirationStorageDate", iso(now.addDays(-1))}}};
    } else if (f == QLatin1String("not_found")) {
        for (const char *k : {"found", "valid", "verified", "utilised", "realizable"})
            o[k] = false;
        o["errorCode"] = 10;
        o["message"] = QStringLiteral("Код не найден");
        o.remove("expireDate");
        o.remove("groupIds");
    } else if (f == QLatin1String("invalid")) {
        o["valid"] = false;
    } else if (f == QLatin1String("not_verified")) {
        o["verified"] = false;
    } else if (f == QLatin1String("not_utilised")) {
        o["utilised"] = false;
        o["realizable"] = false;
    } else if (f == QLatin1String("not_realizable")) {
        o["realizable"] = false;
    } else if (f == QLatin1String("tobacco_mrp")) {
        o["groupIds"] = QJsonArray{3};
        o["mrp"] = 15000; // kopecks
    } else if (f == QLatin1String("nicotine_min")) {
        o["groupIds"] = QJsonArray{16};
        o["mrp"] = 50000;
    } else if (f == QLatin1String("smp")) {
        o["groupIds"] = QJsonArray{3};
        o["smp"] = 20000;
    } else if (f == QLatin1String("error_code")) {
        o["errorCode"] = 4;
        o["message"] = QStringLiteral("Ошибка проверки кода");
    } else if (*offline) {
        // The local module knows only blocked/sold/prices.
        QJsonObject lm{
            {"cis", cis},         {"gtin", gtin},  {"groupIds", QJsonArray{8}}, {"sold", f == "offline_sold"},
            {"isBlocked", false}, {"errorCode", 0}};
        for (const char *k : {"found", "valid", "verified", "utilised", "realizable"})
            lm[k] = false;
        o = lm;
    }
    for (auto it = s.fields.begin(); it != s.fields.end(); ++it)
        o[it.key()] = it.value();
    return o;
}

using Response = http::response<http::string_body>;

Response reply(int status, const QByteArray &body, unsigned version)
{
    Response res{static_cast<http::status>(status), version};
    res.set(http::field::server, "prilavok-tspiot-emulator");
    res.set(http::field::content_type, "application/json; charset=utf-8");
    res.body() = body.toStdString();
    res.prepare_payload();
    return res;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void applyCode(const QJsonObject &o)
{
    CodeScenario s;
    s.fixture = o.value("fixture").toString(QStringLiteral("ok"));
    s.fields = o.value("fields").toObject();
    if (o.value("default").toBool())
        g_state.fallback = s;
    else
        g_state.codes[o.value("identity").toString()] = s;
}

void applyFault(const QJsonObject &o)
{
    Fault f;
    f.mode = o.value("mode").toString(QStringLiteral("none"));
    f.ms = o.value("ms").toInt();
    f.status = o.value("status").toInt();
    f.count = o.value("count").toInt(-1);
    g_state.fault = f;
}

// Returns false when the connection must be dropped without an answer.
bool handleCheck(const http::request<http::string_body> &req, Response &res)
{
    const QByteArray body = QByteArray::fromStdString(req.body());
    QJsonObject record{{"method", QString::fromStdString(std::string(req.method_string()))},
                       {"target", QString::fromStdString(std::string(req.target()))},
                       {"body", QString::fromUtf8(body)}};
    QJsonObject headers;
    for (const auto &field : req)
        headers[QString::fromStdString(std::string(field.name_string())).toLower()] =
            QString::fromStdString(std::string(field.value()));
    record["headers"] = headers;

    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QList<QByteArray> codes;
    for (const QJsonValue &v : doc.object().value("codes").toArray()) {
        const QString b64 = v.isObject() ? v.toObject().value("cis").toString() : v.toString();
        codes.append(QByteArray::fromBase64(b64.toLatin1()));
    }
    QJsonArray decoded;
    for (const QByteArray &c : codes)
        decoded.append(QString::fromUtf8(c));
    record["codes"] = decoded;

    Fault fault;
    std::map<QString, CodeScenario> scenarios;
    CodeScenario fallback;
    QString token;
    qsizetype index = 0;
    {
        std::lock_guard lock(g_state.mutex);
        index = g_state.requests.size();
        g_state.requests.append(record);
        fault = g_state.fault;
        if (g_state.fault.count > 0 && --g_state.fault.count == 0)
            g_state.fault = Fault{};
        scenarios = g_state.codes;
        fallback = g_state.fallback;
        token = g_state.clientToken;
    }
    if (fault.mode == QLatin1String("delay") && fault.ms > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(fault.ms));
    if (fault.mode == QLatin1String("close"))
        return false;
    if (fault.mode == QLatin1String("status")) {
        res = reply(fault.status, json({{"error_message", QStringLiteral("fault %1").arg(fault.status)}}),
                    req.version());
        return true;
    }
    if (fault.mode == QLatin1String("malformed")) {
        res = reply(200, "{\"codesResponse\": [{\"code\": 0, \"codes\": [", req.version());
        return true;
    }
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
    for (const QByteArray &c : codes) {
        const auto it = scenarios.find(identityOf(c));
        out.append(facts(c, it == scenarios.end() ? fallback : it->second, &offline));
    }
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

bool handle(const http::request<http::string_body> &req, Response &res)
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
    if (target == "/api/v1/info") {
        res = reply(200,
                    json({{"tspiotId", "emulator"},
                          {"codesCheckTimeout", 1500},
                          {"lm", QJsonObject{{"status", "ready"}, {"version", "emulator"}}}}),
                    req.version());
    } else if (target == "/_ctl/code") {
        applyCode(body);
        res = reply(200, "{}", req.version());
    } else if (target == "/_ctl/fault") {
        applyFault(body);
        res = reply(200, "{}", req.version());
    } else if (target == "/_ctl/requests") {
        res = reply(200, QJsonDocument(g_state.requests).toJson(QJsonDocument::Compact), req.version());
    } else if (target == "/_ctl/reset") {
        g_state.codes.clear();
        g_state.fallback = {};
        g_state.fault = {};
        g_state.requests = {};
        res = reply(200, "{}", req.version());
    } else {
        res = reply(404, json({{"error_message", "no such route"}}), req.version());
    }
    return true;
}

void session(tcp::socket socket)
{
    beast::flat_buffer buffer;
    for (;;) {
        http::request<http::string_body> req;
        beast::error_code ec;
        http::read(socket, buffer, req, ec);
        if (ec)
            break;
        Response res;
        if (!handle(req, res))
            break; // the "close" fault: no answer at all
        const bool keep = req.keep_alive();
        res.keep_alive(keep);
        http::write(socket, res, ec);
        if (ec || !keep)
            break;
    }
    beast::error_code ignored;
    socket.shutdown(tcp::socket::shutdown_both, ignored);
}

} // namespace

int main(int argc, char **argv)
{
    std::string listen = "127.0.0.1:0";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool more = i + 1 < argc;
        if (arg == "--listen" && more) {
            listen = argv[++i];
        } else if (arg == "--client-token" && more) {
            g_state.clientToken = QString::fromUtf8(argv[++i]);
        } else if (arg == "--exit-with-stdin") {
            // Run by a till in demo mode: when the till goes, even by a crash, its end of our stdin
            // closes, and so do we.
            std::thread([] {
                while (std::getchar() != EOF) {
                }
                std::_Exit(0);
            }).detach();
        } else if (arg == "--scenario" && more) {
            QFile f(QString::fromUtf8(argv[++i]));
            if (!f.open(QIODevice::ReadOnly)) {
                std::cerr << "cannot read the scenario file\n";
                return 2;
            }
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            for (const QJsonValue &c : o.value("codes").toArray())
                applyCode(c.toObject());
            if (o.contains("fault"))
                applyFault(o.value("fault").toObject());
        } else {
            std::cerr << "usage: prilavok-tspiot-emulator [--listen HOST:PORT] [--client-token TOKEN] "
                         "[--scenario FILE] [--exit-with-stdin]\n";
            return arg == "--help" ? 0 : 2;
        }
    }
    const auto colon = listen.rfind(':');
    try {
        asio::io_context ioc;
        tcp::acceptor acceptor(ioc, {asio::ip::make_address(listen.substr(0, colon)),
                                     static_cast<unsigned short>(std::stoi(listen.substr(colon + 1)))});
        std::printf("listening %u\n", unsigned(acceptor.local_endpoint().port()));
        std::fflush(stdout);
        for (;;) {
            tcp::socket socket(ioc);
            acceptor.accept(socket);
            std::thread(session, std::move(socket)).detach();
        }
    } catch (const std::exception &e) {
        std::cerr << "tspiot emulator: " << e.what() << "\n";
        return 1;
    }
}
