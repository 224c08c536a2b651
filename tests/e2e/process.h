#pragma once

// Child processes for end-to-end tests: the emulator (started, its "listening ..." line read, killed
// at the end) and prilavok-fr runs (exit code, stdout and stderr captured).

#include <chrono>
#include <string>
#include <vector>

namespace e2e {

struct RunResult
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs `program args...` to completion.
RunResult run(const std::string &program, const std::vector<std::string> &args);

class Emulator
{
public:
    // Starts the emulator and waits for its "listening ..." line (and "control tcp ..." if asked).
    Emulator(const std::string &program, std::vector<std::string> args);
    ~Emulator();
    Emulator(const Emulator &) = delete;
    Emulator &operator=(const Emulator &) = delete;

    bool started() const { return m_pid > 0 && !m_listening.empty(); }
    const std::string &listening() const
    {
        return m_listening;
    } // "tcp 127.0.0.1:40123", "pty LINK -> /dev/pts/3"
    std::uint16_t tcpPort() const;
    std::uint16_t controlPort() const { return m_controlPort; }
    // One line on the control channel; returns the answer line ("ok ...").
    std::string control(const std::string &line) const;

private:
    int m_pid = -1;
    int m_stdout = -1;
    std::string m_listening;
    std::uint16_t m_controlPort = 0;
};

std::string tempDir();

} // namespace e2e
