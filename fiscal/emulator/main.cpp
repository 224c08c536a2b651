// prilavok-fr-emulator: a Shtrih-M registrar (ШТРИХ-М-01Ф with an FN) in software, on TCP, on an
// existing tty, or on a pseudo-terminal it creates. Prints one "listening ..." line when ready.

#include <csignal>
#include <cstdio>
#include <string>
#include <variant>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>

#include "fiscal/emulator/commandline.h"
#include "fiscal/emulator/server.h"

int main(int argc, char **argv)
{
    auto parsed = fiscal::emu::parseEmulatorCommandLine(argc, argv);
    if (const int *exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const auto &[options, faults] = std::get<fiscal::emu::EmulatorCommandLine>(parsed);

    std::signal(SIGPIPE, SIG_IGN);
    boost::asio::io_context io;
    fiscal::emu::Server server(io, options);
    std::string error;
    if (!server.start(error)) {
        std::fprintf(stderr, "prilavok-fr-emulator: %s\n", error.c_str());
        return 1;
    }
    for (const auto &f : faults) {
        const std::string answer = server.control(f);
        if (answer.rfind("ok", 0) != 0) {
            std::fprintf(stderr, "prilavok-fr-emulator: --fault %s: %s\n", f.c_str(), answer.c_str());
            return 2;
        }
    }
    boost::asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](const boost::system::error_code &, int) {
        server.stop();
        io.stop();
    });
    if (server.controlPort() != 0)
        std::printf("control tcp %s:%u\n", options.controlHost.c_str(), unsigned(server.controlPort()));
    std::printf("listening %s\n", server.where().c_str());
    std::fflush(stdout);
    io.run();
    return 0;
}
