// The real prilavok-fr-emulator executable over TCP and a pty: raw frames, the control channel's
// faults, SIGTERM, and kill -9 in the middle of a receipt.

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <thread>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "fiscal/codec/frame.h"
#include "fiscal/codec/text.h"
#include "fiscal/codec/values.h"
#include "fiscal/codes.h"
#include "wire.h"

extern char **environ;

using namespace emutest;
using namespace fiscal;

namespace {

Bytes le(std::uint64_t v, int width)
{
    Bytes b;
    appendLE(b, v, width);
    return b;
}

Bytes concat(Bytes a, const Bytes &b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

Bytes saleLine(Kopecks price, const std::string &name)
{
    Bytes d{1};
    d = concat(d, le(1000000, 6));
    d = concat(d, le(static_cast<std::uint64_t>(price), 5));
    d.insert(d.end(), 10, 0xFF);
    d.insert(d.end(), {0x01, 0x01, 4, 1});
    return concat(d, encodeText(name, CodePage::Cp1251));
}

Bytes closeCash(Kopecks cash)
{
    Bytes d = le(static_cast<std::uint64_t>(cash), 5);
    d.insert(d.end(), 15 * 5 + 1 + 30, 0);
    d.push_back(1);
    return d;
}

class ProcessTest : public ::testing::Test
{
protected:
    std::string dir;

    void SetUp() override
    {
        const auto *info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir = (std::filesystem::temp_directory_path() /
               ("prilavok-emuproc-" + std::string(info->name()) + "-" + std::to_string(::getpid())))
                  .string();
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
    }
    void TearDown() override { std::filesystem::remove_all(dir); }

    std::vector<std::string> tcpArgs() const
    {
        return {"--tcp",  "127.0.0.1:0",     "--state",   dir + "/state.txt",
                "--tape", dir + "/tape.txt", "--control", "tcp:127.0.0.1:0"};
    }
    std::string tape() const
    {
        std::ifstream in(dir + "/tape.txt");
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    }
};

std::uint8_t errorOf(const std::optional<Bytes> &answer, std::size_t codeLength = 1)
{
    return answer && answer->size() > codeLength ? (*answer)[codeLength] : 0xEE;
}

} // namespace

TEST_F(ProcessTest, TcpReceiptWithFfQuirkAndTape)
{
    EmulatorProcess emu;
    ASSERT_TRUE(emu.start(tcpArgs()));
    ASSERT_NE(emu.port(), 0);
    Wire w = Wire::tcp(emu.port());
    ASSERT_TRUE(w.ok());
    auto type = exchange(w, Bytes{0xFC}, true);
    ASSERT_TRUE(type);
    EXPECT_EQ((*type)[6], 250);
    auto status = exchange(w, Bytes{0x10, 0x1E, 0, 0, 0}, true);
    ASSERT_TRUE(status);
    EXPECT_EQ(status->size(), 16u);
    EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::OpenShift, 1), true)), 0);
    EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::CashIn, 1, le(50000, 5)), true)), 0);
    EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::OpenCheck, 1, {0}), true)), 0);
    EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::FnOperationV2, 1, saleLine(8990, "Молоко")), true), 2),
              0);
    auto closed = exchange(w, withPassword(cmd::FnCloseCheckV2, 30, closeCash(10000)), true);
    ASSERT_EQ(errorOf(closed, 2), 0);
    EXPECT_EQ(readLE(*closed, 3, 5).value(), 1010u); // change
    EXPECT_EQ(readLE(*closed, 8, 4).value(), 3u);    // FD 3
    const std::string t = tape();
    EXPECT_NE(t.find("Молоко"), std::string::npos);
    EXPECT_NE(t.find("СДАЧА =10.10"), std::string::npos);
    EXPECT_NE(t.find("ФД 3"), std::string::npos);
    EXPECT_NE(t.find("&s=89.90&fn=9999078902012345&i=3&fp="), std::string::npos);
    EXPECT_NE(emu.control("dump-registers").find("money[241]=58990"), std::string::npos);
    EXPECT_EQ(emu.control("status").rfind("ok mode=2.0", 0), 0u);
    EXPECT_EQ(emu.control("bogus").rfind("error", 0), 0u);
    // The quirk can be switched off at run time.
    EXPECT_EQ(emu.control("tcp-ff-quirk off"), "ok");
    EXPECT_TRUE(exchange(w, Bytes{0xFC}, false));
    EXPECT_TRUE(w.drain(100ms).empty());
    emu.kill(SIGTERM);
    EXPECT_EQ(emu.wait(), 0);
}

TEST_F(ProcessTest, PtyExchangeAndCleanShutdown)
{
    const std::string link = dir + "/ttyFR";
    EmulatorProcess emu;
    ASSERT_TRUE(emu.start({"--pty", link, "--state", dir + "/state.txt"}));
    EXPECT_EQ(emu.listening().rfind("listening pty " + link + " -> /dev/pts/", 0), 0u);
    {
        Wire w = Wire::tty(link);
        ASSERT_TRUE(w.ok());
        auto type = exchange(w, Bytes{0xFC}, false);
        ASSERT_TRUE(type);
        EXPECT_EQ((*type)[6], 250);
        EXPECT_TRUE(w.drain(100ms).empty()); // no FFh on a serial line
        auto fn = exchange(w, withPassword(cmd::FnStatus, 30), false);
        ASSERT_TRUE(fn);
        EXPECT_EQ(fn->size(), 0x21u);
    }
    // A second host opens the same port after the first closed it (its tcflush may eat the first
    // host's last ACK; exchange() then collects the held answer first).
    Wire again = Wire::tty(link);
    EXPECT_EQ(errorOf(exchange(again, withPassword(cmd::Beep, 1), false)), 0);
    emu.kill(SIGTERM);
    EXPECT_EQ(emu.wait(), 0);
    EXPECT_FALSE(std::filesystem::is_symlink(link));
}

TEST_F(ProcessTest, SerialEndpointOnASocatPair)
{
    if (::access("/usr/bin/socat", X_OK) != 0)
        GTEST_SKIP() << "socat is not installed";
    const std::string a = dir + "/ttyA", b = dir + "/ttyB";
    std::vector<std::string> args{"socat", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b};
    std::vector<char *> argv;
    for (auto &s : args)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    pid_t socat = -1;
    ASSERT_EQ(::posix_spawn(&socat, "/usr/bin/socat", nullptr, nullptr, argv.data(), environ), 0);
    for (int i = 0; i < 100 && !(std::filesystem::exists(a) && std::filesystem::exists(b)); ++i)
        std::this_thread::sleep_for(20ms);
    {
        EmulatorProcess emu;
        ASSERT_TRUE(emu.start({"--serial", a, "--baud", "115200"}));
        EXPECT_EQ(emu.listening(), "listening serial " + a);
        Wire w = Wire::tty(b);
        ASSERT_TRUE(w.ok());
        auto type = exchange(w, Bytes{0xFC}, false);
        ASSERT_TRUE(type);
        EXPECT_EQ((*type)[6], 250);
        EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::OpenShift, 1), false)), 0);
        emu.kill(SIGTERM);
        EXPECT_EQ(emu.wait(), 0);
    }
    ::kill(socat, SIGTERM);
    int status = 0;
    ::waitpid(socat, &status, 0);
}

TEST_F(ProcessTest, LinkFaultsThroughTheControlChannel)
{
    EmulatorProcess emu;
    ASSERT_TRUE(emu.start(tcpArgs()));
    Wire w = Wire::tcp(emu.port());
    const Bytes beep = withPassword(cmd::Beep, 1);

    // corrupt-lrc: the host NAKs the damaged answer and gets it again after ENQ.
    ASSERT_EQ(emu.control("corrupt-lrc"), "ok");
    w.write(control::ENQ);
    ASSERT_EQ(w.read(1), Bytes{control::NAK});
    w.write(encodeFrame(beep).value());
    ASSERT_EQ(w.read(1), Bytes{control::ACK});
    EXPECT_FALSE(readFrame(w));
    w.write(control::NAK);
    w.write(control::ENQ);
    ASSERT_EQ(w.read(1), Bytes{control::ACK});
    auto good = readFrame(w);
    ASSERT_TRUE(good);
    EXPECT_EQ((*good)[0], cmd::Beep);
    w.write(control::ACK);
    ASSERT_EQ(w.read(1), Bytes{control::TcpFiller});

    // nak-next: the frame is refused once, the retry goes through.
    ASSERT_EQ(emu.control("nak-next"), "ok");
    w.write(control::ENQ);
    ASSERT_EQ(w.read(1), Bytes{control::NAK});
    w.write(encodeFrame(beep).value());
    EXPECT_EQ(w.read(1), Bytes{control::NAK});
    EXPECT_TRUE(exchange(w, beep, true));

    // lose-answer: executed, answer held; the host's ENQ fetches it (resync path, §1.4).
    ASSERT_EQ(emu.control("lose-answer"), "ok");
    w.write(control::ENQ);
    ASSERT_EQ(w.read(1), Bytes{control::NAK});
    w.write(encodeFrame(withPassword(cmd::CashIn, 1, le(1000, 5))).value());
    ASSERT_EQ(w.read(1), Bytes{control::ACK});
    EXPECT_TRUE(w.drain(200ms).empty());
    w.write(control::ENQ);
    ASSERT_EQ(w.read(1), Bytes{control::ACK});
    auto held = readFrame(w);
    ASSERT_TRUE(held);
    EXPECT_EQ((*held)[0], cmd::CashIn);
    w.write(control::ACK);
    w.read(1);

    // drop-answer: executed, but the answer is gone; the host must query state to learn it ran.
    EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::OpenShift, 1), true)), 0);
    ASSERT_EQ(emu.control("drop-answer"), "ok");
    w.write(control::ENQ);
    ASSERT_EQ(w.read(1), Bytes{control::NAK});
    w.write(encodeFrame(withPassword(cmd::CashIn, 1, le(2500, 5))).value());
    ASSERT_EQ(w.read(1), Bytes{control::ACK});
    EXPECT_TRUE(w.drain(200ms).empty());
    auto cash = exchange(w, withPassword(cmd::ReadMoneyRegister, 30, {241}), true);
    ASSERT_TRUE(cash);
    EXPECT_EQ(readLE(*cash, 3, 6).value(), 2500u); // it ran (the earlier 10.00 came before the shift)

    // delay: ENQ while the answer is being prepared gets ACK; the answer follows late.
    ASSERT_EQ(emu.control("delay 400"), "ok");
    w.write(control::ENQ);
    ASSERT_EQ(w.read(1), Bytes{control::NAK});
    const auto sent = std::chrono::steady_clock::now();
    w.write(encodeFrame(beep).value());
    ASSERT_EQ(w.read(1), Bytes{control::ACK});
    EXPECT_TRUE(w.drain(100ms).empty());
    w.write(control::ENQ);
    ASSERT_EQ(w.read(1), Bytes{control::ACK});
    auto late = readFrame(w, 2000ms);
    ASSERT_TRUE(late);
    EXPECT_GE(std::chrono::steady_clock::now() - sent, 390ms);
    w.write(control::ACK);
    w.read(1);

    // disconnect: the device drops the TCP connection.
    ASSERT_EQ(emu.control("disconnect"), "ok");
    EXPECT_TRUE(w.closedByPeer(1000ms));
}

TEST_F(ProcessTest, PaperAndPowerFaults)
{
    EmulatorProcess emu;
    ASSERT_TRUE(emu.start(tcpArgs()));
    Wire w = Wire::tcp(emu.port());
    ASSERT_EQ(emu.control("paper-out now"), "ok");
    auto st = exchange(w, withPassword(cmd::ShortStatus, 30), true);
    ASSERT_TRUE(st);
    EXPECT_EQ((*st)[6], submode::PassivePaperOut);
    Bytes text{2};
    text = concat(text, encodeFixedText("текст", 40));
    EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::PrintString, 1, text), true)), deverr::NoPaper);
    ASSERT_EQ(emu.control("paper-in"), "ok");
    EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::PrintString, 1, text), true)), 0);

    // power-cut: a held answer is lost, the connection drops, the state stays.
    EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::OpenShift, 1), true)), 0);
    ASSERT_EQ(emu.control("lose-answer"), "ok");
    w.write(control::ENQ);
    w.read(1);
    w.write(encodeFrame(withPassword(cmd::Beep, 1)).value());
    ASSERT_EQ(w.read(1), Bytes{control::ACK});
    ASSERT_EQ(emu.control("power-cut"), "ok");
    EXPECT_TRUE(w.closedByPeer(1000ms));
    Wire w2 = Wire::tcp(emu.port());
    w2.write(control::ENQ);
    EXPECT_EQ(w2.read(1), Bytes{control::NAK});
    auto fn = exchange(w2, withPassword(cmd::FnShiftParams, 30), true);
    ASSERT_TRUE(fn);
    EXPECT_EQ((*fn)[3], 1); // the shift is still open

    // clock: 25 hours later the shift is over 24 h.
    ASSERT_EQ(emu.control("clock +25"), "ok");
    st = exchange(w2, withPassword(cmd::ShortStatus, 30), true);
    ASSERT_TRUE(st);
    EXPECT_EQ((*st)[5], mode::ShiftExpired);
    EXPECT_EQ(errorOf(exchange(w2, withPassword(cmd::OpenCheck, 1, {0}), true)), deverr::ShiftOver24h);
    ASSERT_EQ(emu.control("marking-verdict reject"), "ok");
    ASSERT_EQ(emu.control("ofd-backlog 2"), "ok");
    auto backlog = exchange(w2, withPassword(cmd::FnUnconfirmedCount, 30), true);
    ASSERT_TRUE(backlog);
    EXPECT_EQ(readLE(*backlog, 3, 2).value(), 2u);
}

TEST_F(ProcessTest, KillMidReceiptKeepsTheArchiveAndTheReceipt)
{
    auto args = tcpArgs();
    {
        EmulatorProcess emu;
        ASSERT_TRUE(emu.start(args));
        Wire w = Wire::tcp(emu.port());
        EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::OpenShift, 1), true)), 0);
        EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::OpenCheck, 1, {0}), true)), 0);
        EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::FnOperationV2, 1, saleLine(5000, "Хлеб")), true), 2),
                  0);
        emu.kill(SIGKILL);
        EXPECT_EQ(emu.wait(), 128 + SIGKILL);
    }
    EmulatorProcess emu;
    ASSERT_TRUE(emu.start(args));
    Wire w = Wire::tcp(emu.port());
    auto fn = exchange(w, withPassword(cmd::FnStatus, 30), true);
    ASSERT_TRUE(fn);
    EXPECT_EQ((*fn)[4], 0x04);                 // a receipt is open in the FN
    EXPECT_EQ(readLE(*fn, 29, 4).value(), 2u); // FD 1 registration, FD 2 shift open
    auto st = exchange(w, withPassword(cmd::ShortStatus, 30), true);
    ASSERT_TRUE(st);
    EXPECT_EQ((*st)[5], mode::DocumentOpen); // kept in battery-backed RAM, as on a Shtrih-M
    EXPECT_EQ((*st)[7], 1);                  // one operation in the receipt
    auto found = exchange(w, withPassword(cmd::FnFindDocument, 30, le(2, 4)), true);
    ASSERT_EQ(errorOf(found, 2), 0);
    EXPECT_EQ((*found)[3], 2); // shift-open report
    // The host's recovery: cancel and sell again.
    EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::CancelCheck, 1), true)), 0);
    EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::FnOperationV2, 1, saleLine(5000, "Хлеб")), true), 2), 0);
    auto closed = exchange(w, withPassword(cmd::FnCloseCheckV2, 30, closeCash(5000)), true);
    ASSERT_EQ(errorOf(closed, 2), 0);
    EXPECT_EQ(readLE(*closed, 8, 4).value(), 3u);
}

TEST_F(ProcessTest, BaudThrottlingTakesWireTime)
{
    EmulatorProcess emu;
    auto args = tcpArgs();
    args.insert(args.end(), {"--baud", "2400", "--tcp-ff-quirk", "off"});
    ASSERT_TRUE(emu.start(args));
    Wire w = Wire::tcp(emu.port());
    const auto start = std::chrono::steady_clock::now();
    auto st = exchange(w, withPassword(cmd::ShortStatus, 30), false);
    ASSERT_TRUE(st);
    // ENQ, NAK, 8-byte frame, ACK, 19-byte answer: 29 bytes x 10 bits / 2400 baud = 120 ms at least
    // for what the device receives and sends (the final ACK is not waited for).
    EXPECT_GE(std::chrono::steady_clock::now() - start, 110ms);
}

TEST_F(ProcessTest, FaultsCanBeSetAtStartup)
{
    EmulatorProcess emu;
    auto args = tcpArgs();
    args.insert(args.end(),
                {"--ofd-backlog", "1", "--fn-expiry-days", "10", "--paper-out", "--fault", "clock +2"});
    ASSERT_TRUE(emu.start(args));
    Wire w = Wire::tcp(emu.port());
    auto backlog = exchange(w, withPassword(cmd::FnUnconfirmedCount, 30), true);
    ASSERT_TRUE(backlog);
    EXPECT_EQ(readLE(*backlog, 3, 2).value(), 1u);
    auto fn = exchange(w, withPassword(cmd::FnStatus, 30), true);
    ASSERT_TRUE(fn);
    EXPECT_EQ((*fn)[7] & 0x02, 0x02); // FN resource under 30 days
    // --paper-out: the first printed line finds no paper.
    EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::OpenShift, 1), true)), 0);
    auto st = exchange(w, withPassword(cmd::ShortStatus, 30), true);
    ASSERT_TRUE(st);
    EXPECT_EQ((*st)[6], submode::ActivePaperOut);
}

TEST_F(ProcessTest, BadUsageExitsWithTwo)
{
    EmulatorProcess emu;
    EXPECT_FALSE(emu.start({"--tcp", "nonsense"}));
    EXPECT_EQ(emu.wait(), 2);
    EmulatorProcess none;
    EXPECT_FALSE(none.start({"--state", dir + "/s.txt"}));
    EXPECT_EQ(none.wait(), 2);
    // Each option's own rule is checked before anything listens.
    for (const std::vector<std::string> &bad :
         {std::vector<std::string>{"--tcp", "127.0.0.1:0", "--pty", dir + "/l"},
          {"--tcp", "127.0.0.1:0", "--model", "7"},
          {"--tcp", "127.0.0.1:0", "--fsync", "maybe"},
          {"--tcp", "127.0.0.1:0", "--fn-number", "123"},
          {"--tcp", "127.0.0.1:0", "--control", "udp:1.2.3.4:5"}}) {
        EmulatorProcess p;
        EXPECT_FALSE(p.start(bad)) << bad[2];
        EXPECT_EQ(p.wait(), 2) << bad[2];
    }
}

TEST_F(ProcessTest, OneEmulatorPerStateFile)
{
    EmulatorProcess first;
    ASSERT_TRUE(first.start(tcpArgs()));
    EmulatorProcess second;
    EXPECT_FALSE(second.start(tcpArgs()));
    EXPECT_EQ(second.wait(), 1);
    EXPECT_EQ(first.control("status").rfind("ok mode=4.0", 0), 0u); // the first one is untouched
}

TEST_F(ProcessTest, PowerCutOverAPty)
{
    const std::string link = dir + "/ttyPC";
    EmulatorProcess emu;
    ASSERT_TRUE(emu.start({"--pty", link, "--state", dir + "/state.txt", "--control", "tcp:127.0.0.1:0"}));
    Wire w = Wire::tty(link);
    ASSERT_TRUE(w.ok());
    EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::OpenShift, 1), false)), 0);
    ASSERT_EQ(emu.control("lose-answer"), "ok");
    w.write(control::ENQ);
    ASSERT_EQ(w.read(1), Bytes{control::NAK});
    w.write(encodeFrame(withPassword(cmd::CashIn, 1, le(700, 5))).value());
    ASSERT_EQ(w.read(1), Bytes{control::ACK});
    ASSERT_EQ(emu.control("power-cut"), "ok");
    // The held answer died with the power; the cash-in did not.
    w.write(control::ENQ);
    EXPECT_EQ(w.read(1), Bytes{control::NAK});
    auto cash = exchange(w, withPassword(cmd::ReadMoneyRegister, 30, {241}), false);
    ASSERT_TRUE(cash);
    EXPECT_EQ(readLE(*cash, 3, 6).value(), 700u);
}

TEST_F(ProcessTest, KillAtRandomMomentsKeepsTheArchiveConsistent)
{
    // Sell in a loop, kill -9 at an arbitrary moment, restart on the same state: every FD up to
    // the FN's last one is readable, none after it, and the receipt numbering goes on.
    std::uint32_t lastFd = 0;
    for (int round = 0; round < 3; ++round) {
        EmulatorProcess emu;
        ASSERT_TRUE(emu.start(tcpArgs()));
        Wire w = Wire::tcp(emu.port());
        auto fn = exchange(w, withPassword(cmd::FnStatus, 30), true);
        ASSERT_TRUE(fn);
        const auto fd = static_cast<std::uint32_t>(readLE(*fn, 29, 4).value());
        EXPECT_GE(fd, lastFd); // never goes back
        for (std::uint32_t n = std::max<std::uint32_t>(1, lastFd); n <= fd; ++n)
            EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::FnFindDocument, 30, le(n, 4)), true), 2), 0) << n;
        EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::FnFindDocument, 30, le(fd + 1, 4)), true), 2),
                  deverr::FnNoData);
        lastFd = fd;
        // Whatever state the kill left: finish or cancel an open receipt, open a shift if needed.
        auto st = exchange(w, withPassword(cmd::ShortStatus, 30), true);
        ASSERT_TRUE(st);
        if (((*st)[5] & 0x0F) == mode::DocumentOpen) {
            EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::CancelCheck, 1), true)), 0);
        }
        if (((*st)[5] & 0x0F) == mode::ShiftClosed) {
            EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::OpenShift, 1), true)), 0);
        }
        const auto killAt = std::chrono::steady_clock::now() + std::chrono::milliseconds(60 + 70 * round);
        std::thread killer([&emu, killAt]() {
            std::this_thread::sleep_until(killAt);
            emu.kill(SIGKILL);
        });
        for (int i = 0; i < 1000; ++i) {
            if (!exchange(w, withPassword(cmd::FnOperationV2, 1, saleLine(100 + i, "Товар")), true))
                break;
            if (!exchange(w, withPassword(cmd::FnCloseCheckV2, 30, closeCash(100 + i)), true))
                break;
        }
        killer.join();
        emu.wait();
    }
    EXPECT_GT(lastFd, 3u);
}

TEST_F(ProcessTest, ExchangeParametersChangeTheThrottledSpeed)
{
    EmulatorProcess emu;
    auto args = tcpArgs();
    args.insert(args.end(), {"--baud", "115200", "--tcp-ff-quirk", "off"});
    ASSERT_TRUE(emu.start(args));
    Wire w = Wire::tcp(emu.port());
    // 14h: port 0, speed code 0 (2400 baud), byte timeout 100 ms.
    EXPECT_EQ(errorOf(exchange(w, withPassword(cmd::SetExchangeParams, 30, {0, 0, 100}), false)), 0);
    const auto start = std::chrono::steady_clock::now();
    ASSERT_TRUE(exchange(w, withPassword(cmd::ShortStatus, 30), false));
    EXPECT_GE(std::chrono::steady_clock::now() - start, 110ms); // 29 bytes at 2400 baud
}
