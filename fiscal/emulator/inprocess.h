#pragma once

// The emulator inside the application process, for `prilavok --demo`: a loopback TCP endpoint on
// a port the OS picks, a throwaway state directory, and its own io_context thread. The app talks
// to it through the same driver path (TCP transport) as to a real registrar.
//
//   fiscal::emu::InProcessEmulator emulator;
//   std::string error;
//   if (!emulator.start(error)) ...;
//   connect the driver to emulator.host():emulator.port()
//   ...
//   emulator.stop(); // also done by the destructor

#include <cstdint>
#include <memory>
#include <string>

namespace fiscal::emu {

struct InProcessOptions
{
    std::string stateDirectory; // empty: a fresh temporary directory, removed by stop()
    bool tcpFfQuirk = true;
    int printMsPerLine = 0;
    bool withControlChannel = false; // also open a control port on 127.0.0.1
    bool fsync = false; // a throwaway FN needs no protection from a machine crash; kill -9 is safe anyway
};

class InProcessEmulator
{
public:
    InProcessEmulator();
    ~InProcessEmulator();
    InProcessEmulator(const InProcessEmulator &) = delete;
    InProcessEmulator &operator=(const InProcessEmulator &) = delete;

    bool start(std::string &error, InProcessOptions options = {});
    void stop();
    bool running() const;

    std::string host() const { return "127.0.0.1"; }
    std::uint16_t port() const;
    std::uint16_t controlPort() const;
    std::string statePath() const;
    std::string tapePath() const;

    // A control-channel command run on the emulator's thread ("paper-out", "status", ...).
    std::string control(const std::string &command);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace fiscal::emu
