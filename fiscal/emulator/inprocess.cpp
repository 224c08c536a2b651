#include "fiscal/emulator/inprocess.h"

#include <cstdlib>
#include <filesystem>
#include <future>
#include <thread>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>

#include "fiscal/emulator/server.h"

namespace fiscal::emu {

struct InProcessEmulator::Impl
{
    boost::asio::io_context io;
    std::unique_ptr<Server> server;
    std::thread thread;
    std::string directory;
    bool ownsDirectory = false;
    std::uint16_t port = 0;
    std::uint16_t controlPort = 0;
};

InProcessEmulator::InProcessEmulator() = default;

InProcessEmulator::~InProcessEmulator()
{
    stop();
}

bool InProcessEmulator::running() const
{
    return m_impl && m_impl->server;
}

bool InProcessEmulator::start(std::string &error, InProcessOptions options)
{
    stop();
    auto impl = std::make_unique<Impl>();
    if (options.stateDirectory.empty()) {
        std::string pattern = (std::filesystem::temp_directory_path() / "prilavok-demo-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) {
            error = "cannot create a temporary directory";
            return false;
        }
        impl->directory = pattern;
        impl->ownsDirectory = true;
    } else {
        impl->directory = options.stateDirectory;
        std::error_code ec;
        std::filesystem::create_directories(impl->directory, ec);
    }
    ServerOptions so;
    so.endpoint = ServerOptions::Endpoint::Tcp;
    so.host = "127.0.0.1";
    so.port = 0;
    so.tcpFfQuirk = options.tcpFfQuirk;
    if (options.withControlChannel)
        so.controlHost = "127.0.0.1";
    so.device.statePath = impl->directory + "/state.txt";
    so.device.tapePath = impl->directory + "/tape.txt";
    so.device.printMsPerLine = options.printMsPerLine;
    so.device.fsync = options.fsync;
    impl->server = std::make_unique<Server>(impl->io, so);
    if (!impl->server->start(error)) {
        impl->server.reset();
        if (impl->ownsDirectory) {
            std::error_code ec;
            std::filesystem::remove_all(impl->directory, ec);
        }
        return false;
    }
    impl->port = impl->server->port();
    impl->controlPort = impl->server->controlPort();
    impl->thread = std::thread([io = &impl->io]() {
        auto guard = boost::asio::make_work_guard(*io);
        io->run();
    });
    m_impl = std::move(impl);
    return true;
}

void InProcessEmulator::stop()
{
    if (!m_impl)
        return;
    if (m_impl->server) {
        boost::asio::post(m_impl->io, [impl = m_impl.get()]() {
            impl->server->stop();
            impl->io.stop();
        });
    }
    if (m_impl->thread.joinable())
        m_impl->thread.join();
    m_impl->server.reset();
    if (m_impl->ownsDirectory) {
        std::error_code ec;
        std::filesystem::remove_all(m_impl->directory, ec);
    }
    m_impl.reset();
}

std::uint16_t InProcessEmulator::port() const
{
    return m_impl ? m_impl->port : 0;
}

std::uint16_t InProcessEmulator::controlPort() const
{
    return m_impl ? m_impl->controlPort : 0;
}

std::string InProcessEmulator::statePath() const
{
    return m_impl ? m_impl->directory + "/state.txt" : std::string{};
}

std::string InProcessEmulator::tapePath() const
{
    return m_impl ? m_impl->directory + "/tape.txt" : std::string{};
}

std::string InProcessEmulator::control(const std::string &command)
{
    if (!running())
        return "error not running";
    std::promise<std::string> answer;
    auto future = answer.get_future();
    boost::asio::post(m_impl->io,
                      [this, &answer, command]() { answer.set_value(m_impl->server->control(command)); });
    return future.get();
}

} // namespace fiscal::emu
