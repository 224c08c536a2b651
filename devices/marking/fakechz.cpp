#include "devices/marking/fakechz.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/ssl.hpp>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <chrono>
#include <cstdio>
#include <thread>

namespace fakechz {

namespace beast = boost::beast;

namespace {

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// A fixture's changes to the clean answer; false when the name is not one of these.
bool applyFixture(const QString &f, QJsonObject &o, const QDateTime &now)
{
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
    } else if (f == QLatin1String("never_sold")) {
        // In circulation and never sold: a sale goes ahead, a return of it is refused (§4.1).
        o["realizable"] = true;
        o["sold"] = false;
    } else if (f == QLatin1String("pack")) {
        // A pack sold piece by piece (§4.2): 20 pieces, none sold; "fields" set other counts.
        o["groupIds"] = QJsonArray{3};
        o["innerUnitCount"] = 20;
        o["soldUnitCount"] = 0;
    } else if (f == QLatin1String("error_code")) {
        o["errorCode"] = 4;
        o["message"] = QStringLiteral("Ошибка проверки кода");
    } else {
        return false;
    }
    return true;
}

} // namespace

void Scenarios::apply(const QJsonObject &o)
{
    CodeScenario s;
    s.fixture = o.value("fixture").toString(QStringLiteral("ok"));
    s.fields = o.value("fields").toObject();
    if (o.value("default").toBool())
        fallback = s;
    else
        codes[o.value("identity").toString()] = s;
}

const CodeScenario &Scenarios::of(const QByteArray &code) const
{
    const auto it = codes.find(identityOf(code));
    return it == codes.end() ? fallback : it->second;
}

Fault Fault::fromJson(const QJsonObject &o)
{
    Fault f;
    f.mode = o.value("mode").toString(QStringLiteral("none"));
    f.ms = o.value("ms").toInt();
    f.status = o.value("status").toInt();
    f.count = o.value("count").toInt(-1);
    return f;
}

Fault Fault::take()
{
    const Fault now = *this;
    if (count > 0 && --count == 0)
        *this = Fault{};
    return now;
}

QString identityOf(const QByteArray &code)
{
    const int gs = code.indexOf('\x1d');
    return QString::fromUtf8(gs < 0 ? code : code.left(gs));
}

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
    if (!applyFixture(f, o, now) && *offline) {
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

QJsonObject lmFacts(const QByteArray &ki, const CodeScenario &s)
{
    bool offline = false;
    const QJsonObject full = facts(ki, s, &offline);
    QJsonObject o{{"cis", QString::fromUtf8(ki)}, {"isGreyGtin", false}};
    for (const char *k : {"gtin", "isBlocked", "sold", "mrp", "smp", "groupIds"})
        if (full.contains(k))
            o[k] = full.value(k);
    return o;
}

Response reply(int status, const QByteArray &body, unsigned version)
{
    Response res{static_cast<http::status>(status), version};
    res.set(http::field::server, "prilavok-marking-emulator");
    res.set(http::field::content_type, "application/json; charset=utf-8");
    res.body() = body.toStdString();
    res.prepare_payload();
    return res;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject record(const Request &req)
{
    QJsonObject r{{"method", QString::fromStdString(std::string(req.method_string()))},
                  {"target", QString::fromStdString(std::string(req.target()))},
                  {"body", QString::fromStdString(req.body())}};
    QJsonObject headers;
    for (const auto &field : req)
        headers[QString::fromStdString(std::string(field.name_string())).toLower()] =
            QString::fromStdString(std::string(field.value()));
    r["headers"] = headers;
    return r;
}

std::optional<bool> faultReply(const Fault &fault, const Request &req, Response &res,
                               const QByteArray &malformed)
{
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
        res = reply(200, malformed, req.version());
        return true;
    }
    return std::nullopt;
}

namespace {

// One connection's exchanges, over plain TCP or TLS.
template<typename Stream>
void converse(Stream &stream, const Handler &handler)
{
    beast::flat_buffer buffer;
    for (;;) {
        Request req;
        beast::error_code ec;
        http::read(stream, buffer, req, ec);
        if (ec)
            break;
        Response res;
        if (!handler(req, res))
            break; // the "close" fault: no answer at all
        const bool keep = req.keep_alive();
        res.keep_alive(keep);
        http::write(stream, res, ec);
        if (ec || !keep)
            break;
    }
}

void session(tcp::socket socket, Handler handler, boost::asio::ssl::context *tls)
{
    beast::error_code ignored;
    if (tls) {
        beast::ssl_stream<tcp::socket> stream(std::move(socket), *tls);
        beast::error_code ec;
        stream.handshake(boost::asio::ssl::stream_base::server, ec);
        if (!ec) // a client that does not trust us hangs up here
            converse(stream, handler);
        stream.shutdown(ignored);
        return;
    }
    converse(socket, handler);
    socket.shutdown(tcp::socket::shutdown_both, ignored);
}

} // namespace

void serve(tcp::acceptor &acceptor, const Handler &handler, boost::asio::ssl::context *tls)
{
    for (;;) {
        tcp::socket socket(acceptor.get_executor());
        acceptor.accept(socket);
        std::thread(session, std::move(socket), handler, tls).detach();
    }
}

void exitWithStdin()
{
    std::thread([] {
        while (std::getchar() != EOF) {
        }
        std::_Exit(0);
    }).detach();
}

tcp::endpoint endpointOf(const std::string &hostPort)
{
    const auto colon = hostPort.rfind(':');
    return {boost::asio::ip::make_address(hostPort.substr(0, colon)),
            static_cast<unsigned short>(std::stoi(hostPort.substr(colon + 1)))};
}

} // namespace fakechz
