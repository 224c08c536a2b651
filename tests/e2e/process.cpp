#include "process.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read_until.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/asio/write.hpp>

extern char **environ;

namespace e2e {

namespace {

std::vector<char *> argv(const std::string &program, const std::vector<std::string> &args)
{
    std::vector<char *> out;
    out.push_back(const_cast<char *>(program.c_str()));
    for (const std::string &a : args)
        out.push_back(const_cast<char *>(a.c_str()));
    out.push_back(nullptr);
    return out;
}

std::string slurp(const std::string &path)
{
    std::string out;
    if (FILE *f = std::fopen(path.c_str(), "rb")) {
        char buf[4096];
        std::size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, f)) > 0)
            out.append(buf, n);
        std::fclose(f);
    }
    return out;
}

} // namespace

std::string tempDir()
{
    char templ[] = "/tmp/prilavok-e2e-XXXXXX";
    const char *dir = ::mkdtemp(templ);
    return dir ? dir : "/tmp";
}

RunResult run(const std::string &program, const std::vector<std::string> &args)
{
    static int counter = 0;
    const std::string base = tempDir() + "/run" + std::to_string(++counter);
    const std::string outPath = base + ".out";
    const std::string errPath = base + ".err";
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    auto av = argv(program, args);
    pid_t pid = -1;
    RunResult result;
    if (posix_spawn(&pid, program.c_str(), &actions, nullptr, av.data(), environ) == 0) {
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    posix_spawn_file_actions_destroy(&actions);
    result.out = slurp(outPath);
    result.err = slurp(errPath);
    std::remove(outPath.c_str());
    std::remove(errPath.c_str());
    return result;
}

Emulator::Emulator(const std::string &program, std::vector<std::string> args)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    auto av = argv(program, args);
    pid_t pid = -1;
    if (posix_spawn(&pid, program.c_str(), &actions, nullptr, av.data(), environ) == 0)
        m_pid = pid;
    posix_spawn_file_actions_destroy(&actions);
    ::close(fds[1]);
    m_stdout = fds[0];

    // Read lines until "listening ..." (the control line, when asked for, comes first).
    std::string line;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (m_listening.empty() && std::chrono::steady_clock::now() < deadline) {
        pollfd p{m_stdout, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0)
            continue;
        char c;
        if (::read(m_stdout, &c, 1) != 1)
            break;
        if (c != '\n') {
            line.push_back(c);
            continue;
        }
        if (line.rfind("listening ", 0) == 0)
            m_listening = line.substr(10);
        else if (line.rfind("control tcp ", 0) == 0)
            m_controlPort = static_cast<std::uint16_t>(std::atoi(line.substr(line.rfind(':') + 1).c_str()));
        line.clear();
    }
}

Emulator::~Emulator()
{
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
    }
    if (m_stdout >= 0)
        ::close(m_stdout);
}

std::uint16_t Emulator::tcpPort() const
{
    const auto colon = m_listening.rfind(':');
    if (m_listening.rfind("tcp ", 0) != 0 || colon == std::string::npos)
        return 0;
    return static_cast<std::uint16_t>(std::atoi(m_listening.substr(colon + 1).c_str()));
}

std::string Emulator::control(const std::string &line) const
{
    using boost::asio::ip::tcp;
    boost::asio::io_context io;
    tcp::socket socket(io);
    boost::system::error_code ec;
    socket.connect({boost::asio::ip::make_address("127.0.0.1"), m_controlPort}, ec);
    if (ec)
        return "error " + ec.message();
    boost::asio::write(socket, boost::asio::buffer(line + "\n"), ec);
    boost::asio::streambuf buf;
    boost::asio::read_until(socket, buf, '\n', ec);
    std::string answer{std::istreambuf_iterator<char>(&buf), {}};
    while (!answer.empty() && (answer.back() == '\n' || answer.back() == '\r'))
        answer.pop_back();
    return answer;
}

} // namespace e2e
