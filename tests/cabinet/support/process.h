#pragma once

// Child processes for the end-to-end tests: the real prilavok-cabinet binary, psql-free PostgreSQL
// tools, and the admin CLI.

#include <chrono>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace cabinet::test {

struct RunResult
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs to completion, capturing stdout and stderr.
RunResult run(const std::vector<std::string> &argv);

// A long-running child whose stdout is readable line by line and whose stderr goes to a file.
class Child
{
public:
    Child(const std::vector<std::string> &argv, const std::string &stderrPath);
    ~Child();
    Child(const Child &) = delete;
    Child &operator=(const Child &) = delete;

    // The next stdout line, or nullopt on EOF or timeout.
    std::optional<std::string> readLine(std::chrono::milliseconds timeout);
    void signal(int sig);
    // Waits for exit; returns the raw wait status, or -1 on timeout.
    int wait(std::chrono::milliseconds timeout);
    pid_t pid() const { return m_pid; }

private:
    pid_t m_pid = -1;
    int m_stdout = -1;
    std::string m_pending;
    bool m_exited = false;
};

std::string makeTempDir(const std::string &prefix);
void removeTree(const std::string &path);

} // namespace cabinet::test
