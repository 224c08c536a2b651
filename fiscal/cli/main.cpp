// prilavok-fr: the technician's command line for a Shtrih-M registrar.
//
//   prilavok-fr --device serial:/dev/ttyUSB0 --baud 115200 status
//   prilavok-fr --device tcp:192.168.137.111:7778 --json fn-status
//
// Exit codes: 0 ok, 2 bad usage, 3 no link or transport error, 4 device error.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "fiscal/cli/cliparse.h"
#include "fiscal/codes.h"
#include "fiscal/errortable.h"
#include "fiscal/recovery/reconcile.h"
#include "fiscal/registrar.h"
#include "fiscal/transport/deviceurl.h"

using namespace fiscal;

namespace {

constexpr int ExitOk = 0;
constexpr int ExitUsage = 2;
constexpr int ExitLink = 3;
constexpr int ExitDevice = 4;

const char *const usageText = R"(usage: prilavok-fr [options] COMMAND [ARGS]

options:
  --device URL      serial:/dev/ttyUSB0 or tcp:HOST[:PORT] (default port 7778);
                    also from the PRILAVOK_FR_DEVICE environment variable
  --baud N          serial speed (default 115200)
  --password N      operator password (default 30, the system administrator)
  --cashier NAME    cashier name for open-shift (tag 1021)
  --trace           print every byte both ways to stderr
  --json            machine-readable output
  --apply           recover: act on the decision instead of only showing it
  --help            this text

commands:
  status            mode, submode, paper, shift, FN number, last FD, OFD backlog
  fn-status         FN state (FF01h) and expiry
  model             device type and name (FCh)
  beep
  open-shift        open a shift (E0h, or FF41h/FF0Ch/FF0Bh with --cashier)
  x-report          print an X report
  z-report          close the shift with a Z report
  cash-in AMOUNT    cash into the drawer, in rubles: 100.50
  cash-out AMOUNT   cash out of the drawer
  cancel-receipt    cancel the open receipt (88h)
  continue-print    continue printing after the paper was refilled (B0h)
  find-document N   read fiscal document N from the FN (FF0Ah)
  recover FD_BEFORE what the journal's recovery would do for an operation whose FN last FD was
                    FD_BEFORE before sending (reads 10h and FF01h, changes nothing); with --apply
                    it does it: cancels an open document only when the rule allows, reads FD+1
  raw HEX           send one command: code then data, e.g. "10 1E 00 00 00"; prints the answer
  scan [PORT...]    find a registrar: every serial port and baud rate, ENQ on each
)";

struct Options
{
    std::string device;
    unsigned baud = DefaultBaud;
    Password password = DefaultSysAdminPassword;
    std::string cashier;
    bool trace = false;
    bool json = false;
    bool apply = false;
    std::string command;
    std::vector<std::string> args;
};

int usage(const std::string &message)
{
    std::cerr << "prilavok-fr: " << message << " (see prilavok-fr --help)\n";
    return ExitUsage;
}

int fail(const Error &error)
{
    std::cerr << "prilavok-fr: " << describe(error) << "\n";
    return error.tier == Error::Tier::Device ? ExitDevice : ExitLink;
}

std::string dateText(const Date &d)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::string dateTimeText(const FnDateTime &dt)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", dt.date.year, dt.date.month, dt.date.day,
                  dt.hour, dt.minute);
    return buf;
}

const char *modeName(std::uint8_t mode)
{
    switch (mode) {
    case 0:
        return "working";
    case 1:
        return "data dump";
    case 2:
        return "shift open";
    case 3:
        return "shift open, over 24 h";
    case 4:
        return "shift closed";
    case 5:
        return "locked (wrong tax inspector password)";
    case 6:
        return "waiting for date confirmation";
    case 7:
        return "decimal point change allowed";
    case 8:
        return "document open";
    case 9:
        return "technological reset allowed";
    case 10:
        return "test run";
    case 11:
        return "printing full fiscal report";
    case 12:
        return "fiscal slip document";
    case 13:
        return "slip printing";
    case 14:
        return "fiscal slip formed";
    }
    return "unknown";
}

const char *submodeName(std::uint8_t submode)
{
    switch (submode) {
    case 0:
        return "paper present, idle";
    case 1:
        return "no paper";
    case 2:
        return "paper ran out while printing";
    case 3:
        return "paper refilled, waiting for continue-print";
    case 4:
        return "printing a long report";
    case 5:
        return "printing";
    }
    return "unknown";
}

// A JSON object printed key by key in insertion order.
class JsonObject
{
public:
    JsonObject &add(const std::string &key, const std::string &value)
    {
        m_items.emplace_back(key, cli::jsonString(value));
        return *this;
    }
    JsonObject &add(const std::string &key, const char *value) { return add(key, std::string(value)); }
    JsonObject &add(const std::string &key, std::uint64_t value)
    {
        m_items.emplace_back(key, std::to_string(value));
        return *this;
    }
    JsonObject &add(const std::string &key, int value)
    {
        m_items.emplace_back(key, std::to_string(value));
        return *this;
    }
    JsonObject &addBool(const std::string &key, bool value)
    {
        m_items.emplace_back(key, value ? "true" : "false");
        return *this;
    }
    JsonObject &addNull(const std::string &key)
    {
        m_items.emplace_back(key, "null");
        return *this;
    }
    std::string str() const
    {
        std::string out = "{";
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            if (i > 0)
                out += ", ";
            out += cli::jsonString(m_items[i].first) + ": " + m_items[i].second;
        }
        return out + "}";
    }

private:
    std::vector<std::pair<std::string, std::string>> m_items;
};

void traceBytes(Direction direction, ByteView bytes)
{
    std::cerr << (direction == Direction::ToDevice ? "> " : "< ") << toHex(bytes) << "\n";
}

int printOutcome(const Options &o, const PrintOutcome &p, const std::string &what)
{
    if (o.json) {
        std::cout << JsonObject()
                         .add("result", what)
                         .addBool("printed", p.complete)
                         .add("paper", toString(p.paper))
                         .str()
                  << "\n";
    } else {
        std::cout << what << (p.complete ? "" : std::string("; printing stopped: paper ") + toString(p.paper))
                  << "\n";
    }
    return ExitOk;
}

int cmdStatus(Registrar &r, const Options &o)
{
    auto s = r.status();
    if (!s)
        return fail(s.error());
    if (o.json) {
        JsonObject j;
        j.add("mode", int{s->mode})
            .add("mode_status", int{s->modeStatus})
            .add("mode_name", modeName(s->mode))
            .add("submode", int{s->submode})
            .add("submode_name", submodeName(s->submode))
            .add("operator", int{s->operatorNumber})
            .add("paper", toString(s->paper))
            .add("shift", s->shift == ShiftState::Closed ? "closed"
                          : s->shift == ShiftState::Open ? "open"
                                                         : "expired")
            .addBool("document_open", s->documentOpen)
            .add("fn_number", s->fnNumber)
            .add("last_fd", std::uint64_t{s->lastFd});
        if (s->fnExpiry)
            j.add("expiry", dateText(*s->fnExpiry));
        else
            j.addNull("expiry");
        if (s->ofdBacklog)
            j.add("ofd_backlog", std::uint64_t{*s->ofdBacklog});
        else
            j.addNull("ofd_backlog");
        std::cout << j.str() << "\n";
        return ExitOk;
    }
    std::cout << "mode:         " << int{s->mode} << "." << int{s->modeStatus} << " (" << modeName(s->mode)
              << ")\n"
              << "submode:      " << int{s->submode} << " (" << submodeName(s->submode) << ")\n"
              << "operator:     " << int{s->operatorNumber} << "\n"
              << "paper:        " << toString(s->paper) << "\n"
              << "shift:        " << toString(s->shift) << "\n"
              << "FN number:    " << s->fnNumber << "\n"
              << "FN expiry:    " << (s->fnExpiry ? dateText(*s->fnExpiry) : "unknown") << "\n"
              << "last FD:      " << s->lastFd << "\n"
              << "OFD backlog:  " << (s->ofdBacklog ? std::to_string(*s->ofdBacklog) : "unknown") << "\n";
    return ExitOk;
}

int cmdFnStatus(Registrar &r, const Options &o)
{
    auto s = r.fnStatus();
    if (!s)
        return fail(s.error());
    std::optional<Date> expiry;
    if (auto e = r.execute(fnExpiryRequest(r.settings().adminPassword)))
        if (auto d = parseFnExpiry(*e))
            expiry = *d;
    if (o.json) {
        JsonObject j;
        j.add("fn_number", s->fnNumber)
            .add("last_fd", std::uint64_t{s->lastFd})
            .addBool("shift_open", s->shiftOpen);
        if (expiry)
            j.add("expiry", dateText(*expiry));
        else
            j.addNull("expiry");
        j.add("lifecycle", int{s->lifecycle})
            .add("current_document", int{s->currentDocument})
            .add("warnings", int{s->warnings})
            .add("date_time", dateTimeText(s->dateTime));
        std::cout << j.str() << "\n";
        return ExitOk;
    }
    std::cout << "FN number:    " << s->fnNumber << "\n"
              << "last FD:      " << s->lastFd << "\n"
              << "shift:        " << (s->shiftOpen ? "open" : "closed") << "\n"
              << "expiry:       " << (expiry ? dateText(*expiry) : "unknown") << "\n"
              << "lifecycle:    " << int{s->lifecycle} << "\n"
              << "document:     " << int{s->currentDocument} << "\n"
              << "warnings:     " << int{s->warnings} << "\n"
              << "FN time:      " << dateTimeText(s->dateTime) << "\n";
    return ExitOk;
}

int cmdModel(Registrar &r, const Options &o)
{
    auto t = r.deviceType();
    if (!t)
        return fail(t.error());
    const std::string protocol =
        std::to_string(t->protocolVersion) + "." + std::to_string(t->protocolSubversion);
    if (o.json) {
        std::cout << JsonObject()
                         .add("name", t->name)
                         .add("model", int{t->model})
                         .add("type", int{t->type})
                         .add("subtype", int{t->subtype})
                         .add("protocol", protocol)
                         .add("language", int{t->language})
                         .str()
                  << "\n";
        return ExitOk;
    }
    std::cout << t->name << " (model " << int{t->model} << ", type " << int{t->type} << "." << int{t->subtype}
              << ", protocol " << protocol << ")\n";
    return ExitOk;
}

int cmdCash(Registrar &r, const Options &o, bool in)
{
    if (o.args.size() != 1)
        return usage(o.command + " needs one AMOUNT in rubles, e.g. 100.50");
    const auto amount = cli::parseRubles(o.args[0]);
    if (!amount || *amount <= 0 || *amount > static_cast<Kopecks>(maxForWidth(MoneyWidth)))
        return usage("bad amount '" + o.args[0] + "': use rubles like 100.50");
    auto doc = in ? r.cashIn(*amount) : r.cashOut(*amount);
    if (!doc)
        return fail(doc.error());
    if (o.json)
        std::cout << JsonObject()
                         .add("amount_kopecks", static_cast<std::uint64_t>(*amount))
                         .add("document", int{doc->documentNumber})
                         .add("operator", int{doc->operatorNumber})
                         .str()
                  << "\n";
    else
        std::cout << (in ? "cash in " : "cash out ") << cli::formatRubles(*amount) << ", document "
                  << doc->documentNumber << "\n";
    return ExitOk;
}

int cmdFindDocument(Registrar &r, const Options &o)
{
    if (o.args.size() != 1)
        return usage("find-document needs a document number");
    const auto fd = cli::parseUnsigned(o.args[0]);
    if (!fd || *fd == 0 || *fd > 0xFFFFFFFFu)
        return usage("bad document number '" + o.args[0] + "'");
    auto doc = r.findDocument(static_cast<std::uint32_t>(*fd));
    if (!doc)
        return fail(doc.error());
    const auto receipt = decodeFoundReceipt(*doc);
    if (o.json) {
        JsonObject j;
        j.add("fd", *fd).add("type", int{doc->type}).addBool("ofd_receipt", doc->ofdReceiptReceived);
        if (receipt)
            j.add("date_time", dateTimeText(receipt->dateTime))
                .add("fiscal_sign", std::uint64_t{receipt->fiscalSign})
                .add("operation", int{receipt->operation})
                .add("total_kopecks", static_cast<std::uint64_t>(receipt->total));
        j.add("data", toHex(doc->data));
        std::cout << j.str() << "\n";
        return ExitOk;
    }
    std::cout << "document " << *fd << ": type " << int{doc->type} << ", OFD receipt "
              << (doc->ofdReceiptReceived ? "received" : "not received") << "\n";
    if (receipt)
        std::cout << "  " << dateTimeText(receipt->dateTime) << ", FP " << receipt->fiscalSign
                  << ", operation " << int{receipt->operation} << ", total "
                  << cli::formatRubles(receipt->total) << "\n";
    else
        std::cout << "  data: " << toHex(doc->data) << "\n";
    return ExitOk;
}

// The technician's words for the shared recovery rule (fiscal/recovery).
std::string recoveryText(const recovery::Decision &d, std::uint32_t fdBefore, std::uint32_t lastFd)
{
    const std::string next = std::to_string(fdBefore + 1);
    switch (d.reason) {
    case recovery::Reason::None:
        break;
    case recovery::Reason::OpenAfterNewDocument:
        return "a document is open, but the FN already holds FD " + std::to_string(lastFd) + " (fd_before " +
               std::to_string(fdBefore) + "): do not cancel blindly, check the last receipts";
    case recovery::Reason::FdOutOfStep:
        return "the FN's last FD " + std::to_string(lastFd) + " is neither fd_before nor " + next +
               ": another program may have used the registrar; compare the receipts with the FN";
    case recovery::Reason::FdMovedByRegisterJob:
    case recovery::Reason::RegisterUnknown:
    case recovery::Reason::RegisterOutOfStep:
        return std::string("see the operational register: ") + toString(d.reason);
    }
    switch (d.action) {
    case recovery::Action::CancelAndRetry:
        return "an unfinished document is open and nothing was fiscalised since fd_before: cancel it, then "
               "send the operation again";
    case recovery::Action::Retry:
        return "nothing was fiscalised since fd_before: send the operation again";
    case recovery::Action::VerifyNext:
        return "the FN holds one more document: read FD " + next +
               " (find-document) and compare its type, sign and total with the operation";
    case recovery::Action::DoneByRegister:
    case recovery::Action::Attention:
        break;
    }
    return toString(d.action);
}

const char *outcomeName(Reconciliation::Outcome outcome)
{
    switch (outcome) {
    case Reconciliation::Outcome::NotFiscalised:
        return "not-fiscalised";
    case Reconciliation::Outcome::Fiscalised:
        return "fiscalised";
    case Reconciliation::Outcome::Unexpected:
        return "unexpected";
    }
    return "?";
}

int cmdRecoverApply(Registrar &r, const Options &o, std::uint32_t fdBefore)
{
    auto rec = reconcile(r, fdBefore);
    if (!rec)
        return fail(rec.error());
    if (o.json) {
        JsonObject j;
        j.add("fd_before", std::uint64_t{fdBefore})
            .add("last_fd", std::uint64_t{rec->lastFd})
            .add("action", toString(rec->decision.action))
            .add("reason", toString(rec->decision.reason))
            .add("outcome", outcomeName(rec->outcome))
            .addBool("cancelled", rec->cancelledOpenReceipt);
        if (rec->receipt)
            j.add("fd", std::uint64_t{rec->receipt->fd})
                .add("fiscal_sign", std::uint64_t{rec->receipt->fiscalSign})
                .add("operation", int{rec->receipt->operation})
                .add("total_kopecks", static_cast<std::uint64_t>(rec->receipt->total));
        std::cout << j.str() << "\n";
    } else {
        std::cout << "decision:     " << toString(rec->decision.action) << " ("
                  << recoveryText(rec->decision, fdBefore, rec->lastFd) << ")\n"
                  << "done:         " << (rec->cancelledOpenReceipt ? "open document cancelled; " : "")
                  << outcomeName(rec->outcome) << "\n";
        if (rec->receipt)
            std::cout << "document:     FD " << rec->receipt->fd << ", FP " << rec->receipt->fiscalSign
                      << ", operation " << int{rec->receipt->operation} << ", total "
                      << cli::formatRubles(rec->receipt->total) << "\n";
    }
    return rec->outcome == Reconciliation::Outcome::Unexpected ? ExitDevice : ExitOk;
}

int cmdRecover(Registrar &r, const Options &o)
{
    const auto fdBefore = static_cast<std::uint32_t>(*cli::parseUnsigned(o.args[0]));
    if (o.apply)
        return cmdRecoverApply(r, o, fdBefore);
    auto facts = readRecoveryFacts(r);
    if (!facts)
        return fail(facts.error());
    const recovery::Decision d =
        recovery::decide({recovery::Counter::FnDocument, fdBefore, std::nullopt}, facts->device());
    if (o.json) {
        std::cout << JsonObject()
                         .add("fd_before", std::uint64_t{fdBefore})
                         .add("last_fd", std::uint64_t{facts->lastFd})
                         .addBool("document_open", facts->device().documentOpen)
                         .add("mode", int{facts->mode})
                         .add("fn_document", int{facts->fnCurrentDocument})
                         .add("action", toString(d.action))
                         .add("reason", toString(d.reason))
                         .str()
                  << "\n";
        return ExitOk;
    }
    std::cout << "fd_before:    " << fdBefore << "\n"
              << "last FD:      " << facts->lastFd << "\n"
              << "open:         " << (facts->device().documentOpen ? "yes" : "no") << " (mode "
              << int{facts->mode} << ", FN document " << int{facts->fnCurrentDocument} << ")\n"
              << "decision:     " << toString(d.action) << " (" << recoveryText(d, fdBefore, facts->lastFd)
              << ")\n";
    return ExitOk;
}

int cmdRaw(Registrar &r, const Options &o)
{
    std::string hex;
    for (const std::string &a : o.args)
        hex += a;
    const auto raw = cli::parseRawCommand(hex);
    if (!raw)
        return usage("raw needs hex bytes: the command code, then its data");
    auto answer = r.exchangeRaw(raw->code, raw->data);
    if (!answer)
        return fail(answer.error());
    if (o.json) {
        std::cout << JsonObject()
                         .add("command", commandName(answer->code))
                         .add("error", int{answer->error})
                         .add("data", toHex(answer->data))
                         .str()
                  << "\n";
    } else {
        std::cout << "command " << commandName(answer->code) << ", error "
                  << toHex(ByteView(&answer->error, 1)) << "h";
        if (answer->error != 0)
            std::cout << " (" << describeDeviceError(answer->error, answer->code) << ")";
        std::cout << "\n";
        if (!answer->data.empty())
            std::cout << toHex(answer->data) << "\n";
    }
    if (answer->error != 0) {
        if (o.json)
            std::cerr << "prilavok-fr: " << describe(Error::device(answer->error, answer->code)) << "\n";
        return ExitDevice;
    }
    return ExitOk;
}

std::vector<std::string> serialPorts()
{
    std::vector<std::string> ports;
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator("/dev", ec)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with("ttyS") || name.starts_with("ttyUSB") || name.starts_with("ttyACM"))
            ports.push_back(entry.path().string());
    }
    std::sort(ports.begin(), ports.end());
    return ports;
}

int cmdScan(const Options &o)
{
    std::vector<std::string> ports = o.args.empty() ? serialPorts() : o.args;
    std::vector<unsigned> bauds{115200, 4800, 9600, 19200, 38400, 57600, 2400, 230400, 460800, 921600};
    if (o.baud != DefaultBaud || !o.device.empty())
        bauds = {o.baud};
    // Short waits: a registrar answers ENQ within a few of its 50 ms byte timeouts.
    LinkSettings quick;
    quick.enqTimeout = Duration{150};
    quick.maxEnqAttempts = 2;
    int found = 0;
    JsonObject none;
    std::vector<std::string> jsonFound;
    for (const std::string &port : ports) {
        for (unsigned baud : bauds) {
            auto transport = openTransport(DeviceUrl{DeviceUrl::Kind::Serial, port, DefaultTcpPort}, baud);
            if (!transport) {
                if (!o.json)
                    std::cout << port << ": " << describe(transport.error()) << "\n";
                break; // the port itself is unusable: no point trying other speeds
            }
            Registrar r(**transport, {}, quick);
            if (o.trace)
                r.setTraceSink(traceBytes);
            if (!r.link().probe())
                continue;
            ++found;
            std::string name = "answers ENQ";
            if (auto t = r.deviceType())
                name = t->name + " (model " + std::to_string(t->model) + ")";
            if (o.json)
                jsonFound.push_back(JsonObject()
                                        .add("device", "serial:" + port)
                                        .add("baud", std::uint64_t{baud})
                                        .add("name", name)
                                        .str());
            else
                std::cout << "serial:" << port << " at " << baud << ": " << name << "\n";
            break;
        }
    }
    if (o.json) {
        std::cout << "[";
        for (std::size_t i = 0; i < jsonFound.size(); ++i)
            std::cout << (i ? ", " : "") << jsonFound[i];
        std::cout << "]\n";
    } else if (found == 0) {
        std::cout << "no registrar found on " << ports.size() << " port(s)\n";
    }
    if (found == 0) {
        std::cerr << "prilavok-fr: no registrar answered on any port\n";
        return ExitLink;
    }
    return ExitOk;
}

int run(const Options &o)
{
    if (o.command == "scan")
        return cmdScan(o);

    static const std::map<std::string, std::size_t> known{
        {"status", 0},         {"fn-status", 0},     {"model", 0},   {"beep", 0},     {"open-shift", 0},
        {"x-report", 0},       {"z-report", 0},      {"cash-in", 1}, {"cash-out", 1}, {"cancel-receipt", 0},
        {"continue-print", 0}, {"find-document", 1}, {"raw", 1},     {"recover", 1},
    };
    const auto it = known.find(o.command);
    if (it == known.end())
        return usage("unknown command '" + o.command + "'");
    if (o.command != "raw" && o.args.size() != it->second)
        return usage(o.command + " takes " + std::to_string(it->second) + " argument(s)");
    if (o.command == "raw" && o.args.empty())
        return usage("raw needs hex bytes");
    // Check the arguments before touching the device: a typo must not cost a connection attempt.
    if (o.command == "cash-in" || o.command == "cash-out") {
        const auto amount = cli::parseRubles(o.args[0]);
        if (!amount || *amount <= 0 || *amount > static_cast<Kopecks>(maxForWidth(MoneyWidth)))
            return usage("bad amount '" + o.args[0] + "': use rubles like 100.50");
    }
    if (o.command == "find-document" || o.command == "recover") {
        const auto fd = cli::parseUnsigned(o.args[0]);
        if (!fd || (*fd == 0 && o.command == "find-document") || *fd > 0xFFFFFFFFu)
            return usage("bad document number '" + o.args[0] + "'");
    }
    if (o.command == "raw") {
        std::string hex;
        for (const std::string &a : o.args)
            hex += a;
        if (!cli::parseRawCommand(hex))
            return usage("raw needs hex bytes: the command code, then its data");
    }
    if (o.device.empty())
        return usage("no --device given (serial:/dev/ttyUSB0 or tcp:HOST:PORT)");
    const auto url = parseDeviceUrl(o.device);
    if (!url)
        return usage("bad device '" + o.device + "': use serial:/dev/ttyUSB0 or tcp:HOST:PORT");

    auto transport = openTransport(*url, o.baud);
    if (!transport)
        return fail(transport.error());

    RegistrarSettings settings;
    settings.adminPassword = o.password;
    settings.operatorPassword = o.password;
    Registrar r(**transport, settings);
    if (o.trace)
        r.setTraceSink(traceBytes);

    if (o.command == "status")
        return cmdStatus(r, o);
    if (o.command == "fn-status")
        return cmdFnStatus(r, o);
    if (o.command == "model")
        return cmdModel(r, o);
    if (o.command == "beep") {
        if (auto b = r.beep(); !b)
            return fail(b.error());
        return printOutcome(o, {}, "beep");
    }
    if (o.command == "open-shift") {
        std::optional<Cashier> cashier;
        if (!o.cashier.empty())
            cashier = Cashier{o.cashier, {}};
        auto s = r.openShift(cashier);
        if (!s)
            return fail(s.error());
        std::string what = "shift " + std::to_string(s->shiftNumber) + " opened";
        if (s->id)
            what += ", FD " + std::to_string(s->id->fd) + ", FP " + std::to_string(s->id->fiscalSign);
        return printOutcome(o, s->print, what);
    }
    if (o.command == "x-report") {
        auto p = r.xReport();
        if (!p)
            return fail(p.error());
        return printOutcome(o, *p, "X report printed");
    }
    if (o.command == "z-report") {
        auto s = r.zReport();
        if (!s)
            return fail(s.error());
        return printOutcome(o, s->print,
                            "shift " + std::to_string(s->shiftNumber) + " closed with a Z report");
    }
    if (o.command == "cash-in" || o.command == "cash-out")
        return cmdCash(r, o, o.command == "cash-in");
    if (o.command == "cancel-receipt") {
        if (auto c = r.cancelReceipt(); !c)
            return fail(c.error());
        return printOutcome(o, {}, "receipt cancelled");
    }
    if (o.command == "continue-print") {
        auto p = r.continuePrinting();
        if (!p)
            return fail(p.error());
        return printOutcome(o, *p, "printing continued");
    }
    if (o.command == "find-document")
        return cmdFindDocument(r, o);
    if (o.command == "recover")
        return cmdRecover(r, o);
    return cmdRaw(r, o);
}

} // namespace

int main(int argc, char **argv)
{
    Options o;
    if (const char *env = std::getenv("PRILAVOK_FR_DEVICE"))
        o.device = env;
    std::vector<std::string> args(argv + 1, argv + argc);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        auto value = [&](const char *name) -> std::optional<std::string> {
            if (i + 1 >= args.size())
                return std::nullopt;
            (void)name;
            return args[++i];
        };
        if (!o.command.empty() && !(a.starts_with("--") && a.size() > 2)) {
            o.args.push_back(a);
        } else if (a == "--help" || a == "-h") {
            std::cout << usageText;
            return ExitOk;
        } else if (a == "--trace") {
            o.trace = true;
        } else if (a == "--json") {
            o.json = true;
        } else if (a == "--apply") {
            o.apply = true;
        } else if (a == "--device") {
            auto v = value("--device");
            if (!v)
                return usage("--device needs a value");
            o.device = *v;
        } else if (a == "--baud") {
            auto v = value("--baud");
            const auto n = v ? cli::parseUnsigned(*v) : std::nullopt;
            if (!n || *n == 0 || *n > 4000000)
                return usage("--baud needs a speed such as 115200");
            o.baud = static_cast<unsigned>(*n);
        } else if (a == "--password") {
            auto v = value("--password");
            const auto n = v ? cli::parseUnsigned(*v) : std::nullopt;
            if (!n || *n > 0xFFFFFFFFu)
                return usage("--password needs a number");
            o.password = static_cast<Password>(*n);
        } else if (a == "--cashier") {
            auto v = value("--cashier");
            if (!v)
                return usage("--cashier needs a name");
            o.cashier = *v;
        } else if (a.starts_with("-")) {
            return usage("unknown option '" + a + "'");
        } else {
            o.command = a;
        }
    }
    if (o.command.empty())
        return usage("no command given");
    return run(o);
}
