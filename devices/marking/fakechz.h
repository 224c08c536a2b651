#pragma once

// What the fake ТС ПИоТ and the fake Честный знак / ЛМ ЧЗ (issue 18, reference §5.2) share: the
// per-code fixtures of the True API answer, the fault switches, the recording of requests, and the
// Boost.Beast loop that serves one acceptor with a thread per connection.

#include <utility> // before Asio: Boost 1.74's awaitable.hpp needs std::exchange

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/beast/http.hpp>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace fakechz {

namespace http = boost::beast::http;
using tcp = boost::asio::ip::tcp;
using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

struct CodeScenario
{
    QString fixture = QStringLiteral("ok");
    QJsonObject fields; // overrides, merged last
};

// Scenarios keyed by the item identity (the code before its first GS), with a default.
struct Scenarios
{
    std::map<QString, CodeScenario> codes;
    CodeScenario fallback;

    void apply(const QJsonObject &ctl); // a /_ctl/code body
    const CodeScenario &of(const QByteArray &code) const;
};

struct Fault
{
    QString mode = QStringLiteral("none"); // none|delay|status|malformed|close|…
    int ms = 0;
    int status = 0;
    int count = -1; // requests left to affect; -1: all

    static Fault fromJson(const QJsonObject &o);
    // The fault for this request; counts it down (and clears itself at zero).
    Fault take();
};

QString identityOf(const QByteArray &code);
// The full per-code True API answer for a fixture (reference §1.4). "offline_*" fixtures give the
// local module's reduced set; *offline tells which.
QJsonObject facts(const QByteArray &code, const CodeScenario &s, bool *offline);
// The ЛМ's reduced per-code set (reference §2.2): cis, gtin, isBlocked, isGreyGtin, sold, mrp, smp.
QJsonObject lmFacts(const QByteArray &ki, const CodeScenario &s);

Response reply(int status, const QByteArray &body, unsigned version);
QByteArray json(const QJsonObject &o);
// method, target, headers (lower-case names) and body of a request, for /_ctl/requests.
QJsonObject record(const Request &req);

// The common fault modes: sleeps for "delay"; returns false for "close" (drop the connection),
// true with `res` filled for "status"/"malformed", nullopt when the request goes on normally.
std::optional<bool> faultReply(const Fault &fault, const Request &req, Response &res,
                               const QByteArray &malformed);

// Handler: false drops the connection without an answer.
using Handler = std::function<bool(const Request &, Response &)>;
// Accepts for ever on `acceptor`, a thread per connection; https only when `tls` is given.
void serve(tcp::acceptor &acceptor, const Handler &handler, boost::asio::ssl::context *tls = nullptr);
// "--exit-with-stdin": when the till that ran us goes, even by a crash, our stdin closes; so do we.
void exitWithStdin();
tcp::endpoint endpointOf(const std::string &hostPort);

} // namespace fakechz
