// The emulator's control channel: one line in, one line out, for the tests' fault injection
// ("lose-answer", "paper-out", "power-cut"…). Each command is one entry of a table, so `help` lists
// exactly what is served.

#include "fiscal/emulator/bytestream.h"
#include "fiscal/emulator/server.h"

#include <charconv>
#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>

#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>

namespace fiscal::emu {

namespace asio = boost::asio;
using boost::system::error_code;

namespace {

// A control-channel connection: reads lines, answers each with one line.
class ControlSession : public std::enable_shared_from_this<ControlSession>
{
public:
    ControlSession(asio::ip::tcp::socket socket, Server &server)
        : m_socket(std::move(socket))
        , m_server(server)
    {}
    void start() { readLine(); }

private:
    void readLine()
    {
        auto self = shared_from_this();
        asio::async_read_until(m_socket, m_buffer, '\n', [self](const error_code &ec, std::size_t) {
            if (ec)
                return;
            std::istream in(&self->m_buffer);
            std::string line;
            std::getline(in, line);
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            self->m_answer = self->m_server.control(line) + "\n";
            asio::async_write(self->m_socket, asio::buffer(self->m_answer),
                              [self](const error_code &wec, std::size_t) {
                                  if (!wec)
                                      self->readLine();
                              });
        });
    }

    asio::ip::tcp::socket m_socket;
    Server &m_server;
    asio::streambuf m_buffer;
    std::string m_answer;
};

std::optional<long long> parseNumber(const std::string &s)
{
    long long v = 0;
    const char *begin = s.data() + (s.size() > 0 && s[0] == '+' ? 1 : 0);
    auto [p, ec] = std::from_chars(begin, s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size())
        return std::nullopt;
    return v;
}

const std::string kOk = "ok";

} // namespace

void Server::acceptControl()
{
    m_controlAcceptor->async_accept([this](const error_code &ec, asio::ip::tcp::socket socket) {
        if (ec || m_stopped)
            return;
        std::make_shared<ControlSession>(std::move(socket), *this)->start();
        acceptControl();
    });
}

void Server::dropConnection()
{
    m_stream->close();
    m_stream.reset();
    ++m_streamGeneration;
    m_tx.clear();
    m_writing = false;
}

// The answer being prepared or held is lost; the state (FN, registers, receipt) is kept.
void Server::cutPower()
{
    ++m_power;
    m_answerTimer.cancel();
    m_link.reset();
    m_rx.clear();
    m_tx.clear();
    if (m_stream && m_stream->isTcp()) {
        dropConnection(); // the device's network stack goes down with the power
        m_txTimer.cancel();
    }
    m_device.powerCycle();
}

std::string Server::control(const std::string &line)
{
    static const ControlTable commands = [] {
        ControlTable table;
        addLinkFaults(table);
        addDeviceFaults(table);
        addInspection(table);
        return table;
    }();

    std::istringstream in(line);
    std::string command, arg;
    in >> command >> arg;
    if (command.empty())
        return "error empty command";
    if (command == "help") {
        std::string out = "ok";
        for (const auto &entry : commands)
            out += " " + entry.first;
        return out;
    }
    const auto found = commands.find(command);
    return found == commands.end() ? "error unknown command " + command : found->second(*this, arg);
}

// Faults of the line and the host connection: answers lost, delayed, corrupted; power cut.
void Server::addLinkFaults(ControlTable &table)
{
    table["drop-answer"] = [](Server &s, const std::string &) { return s.m_link.dropNextAnswer(), kOk; };
    table["lose-answer"] = [](Server &s, const std::string &) { return s.m_link.loseNextAnswer(), kOk; };
    table["corrupt-lrc"] = [](Server &s, const std::string &) { return s.m_link.corruptNextAnswer(), kOk; };
    table["nak-next"] = [](Server &s, const std::string &) { return s.m_link.nakNextFrame(), kOk; };
    table["delay"] = [](Server &s, const std::string &arg) {
        auto ms = parseNumber(arg);
        if (!ms || *ms < 0)
            return std::string("error usage: delay MS");
        s.m_nextDelay = std::chrono::milliseconds(*ms);
        return kOk;
    };
    table["disconnect"] = [](Server &s, const std::string &) {
        if (!s.m_stream || !s.m_stream->isTcp())
            return std::string("error no TCP connection");
        s.dropConnection();
        return kOk;
    };
    table["power-cut"] = [](Server &s, const std::string &) { return s.cutPower(), kOk; };
    table["tcp-ff-quirk"] = [](Server &s, const std::string &arg) {
        if (arg != "on" && arg != "off")
            return std::string("error usage: tcp-ff-quirk on|off");
        s.m_link.setTcpFfQuirk(arg == "on" && s.m_options.endpoint == ServerOptions::Endpoint::Tcp);
        return kOk;
    };
}

// Faults and states of the device: paper, clock, FN expiry and memory, marking, OFD backlog.
void Server::addDeviceFaults(ControlTable &table)
{
    table["paper-out"] = [](Server &s, const std::string &arg) {
        arg == "now" ? s.m_device.paperOutNow() : s.m_device.armPaperOut();
        return kOk;
    };
    table["paper-in"] = [](Server &s, const std::string &) { return s.m_device.paperIn(), kOk; };
    table["clock"] = [](Server &s, const std::string &arg) {
        auto hours = parseNumber(arg);
        if (!hours)
            return std::string("error usage: clock +HOURS");
        s.m_device.moveClock(*hours * 3600);
        return kOk;
    };
    table["fn-expiry"] = [](Server &s, const std::string &arg) {
        auto days = parseNumber(arg);
        if (!days)
            return std::string("error usage: fn-expiry DAYS");
        s.m_device.setFnExpiryDays(static_cast<int>(*days));
        return kOk;
    };
    table["fn-full"] = [](Server &s, const std::string &arg) {
        return s.m_device.setFnFull(arg != "off"), kOk;
    };
    table["marking-reject"] = [](Server &s, const std::string &) {
        return s.m_device.rejectNextMarking(), kOk;
    };
    table["marking-verdict"] = [](Server &s, const std::string &arg) {
        static const std::map<std::string, MarkingVerdict> verdicts = {{"accept", MarkingVerdict::Accept},
                                                                       {"reject", MarkingVerdict::Reject},
                                                                       {"offline", MarkingVerdict::Offline}};
        const auto v = verdicts.find(arg);
        if (v == verdicts.end())
            return std::string("error usage: marking-verdict accept|reject|offline");
        s.m_device.setMarkingVerdict(v->second);
        return kOk;
    };
    table["ofd-backlog"] = [](Server &s, const std::string &arg) {
        auto n = parseNumber(arg);
        if (!n || *n < 0)
            return std::string("error usage: ofd-backlog N");
        s.m_device.setOfdBacklog(static_cast<std::uint32_t>(*n));
        return kOk;
    };
}

// What the tests read back: the state summary, the registers, the tape.
void Server::addInspection(ControlTable &table)
{
    table["status"] = [](Server &s, const std::string &) { return "ok " + s.m_device.summary(); };
    table["marking-log"] = [](Server &s, const std::string &) { return "ok " + s.m_device.markingLog(); };
    table["dump-registers"] = [](Server &s, const std::string &) {
        return "ok " + s.m_device.registersDump();
    };
    table["tape"] = [](Server &s, const std::string &) {
        const auto &lines = s.m_device.tape().lines();
        return "ok " + std::to_string(lines.size()) + " lines" +
               (lines.empty() ? "" : ", last: " + lines.back());
    };
}

} // namespace fiscal::emu
