// scan [PORT...]: every serial port and speed, ENQ on each, the model of whoever answers.

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "fiscal/cli/commands.h"
#include "fiscal/cli/output.h"
#include "fiscal/errortable.h"

namespace fiscal::cli {

static std::vector<std::string> serialPorts()
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

} // namespace fiscal::cli
