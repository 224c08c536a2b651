// prilavok-fr against the real emulator process, over TCP and over a pseudo-terminal with baud
// throttling, and against ports where nothing answers.

#include <pty.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "process.h"

namespace {

const std::string cli = PRILAVOK_FR_PATH;
const std::string emulatorPath = PRILAVOK_FR_EMULATOR_PATH;

int lines(const std::string &text)
{
    int n = 0;
    for (char c : text)
        n += c == '\n';
    return n;
}

class CliOverTcp : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(emulator.started()) << "emulator did not start"; }

    e2e::RunResult fr(std::vector<std::string> args)
    {
        args.insert(args.begin(), {"--device", "tcp:127.0.0.1:" + std::to_string(emulator.tcpPort())});
        return e2e::run(cli, args);
    }

    std::string dir = e2e::tempDir();
    e2e::Emulator emulator{emulatorPath, {"--tcp", "127.0.0.1:0", "--state", dir + "/state"}};
};

TEST_F(CliOverTcp, StatusJsonHasModeSubmodeOperator)
{
    auto r = fr({"--json", "status"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("\"mode\": 4"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("\"submode\": 0"), std::string::npos);
    EXPECT_NE(r.out.find("\"operator\": 30"), std::string::npos);
    EXPECT_EQ(lines(r.out), 1);
}

TEST_F(CliOverTcp, OptionsAfterTheCommandAndWithEquals)
{
    auto after = fr({"status", "--json"});
    ASSERT_EQ(after.exitCode, 0) << after.err;
    EXPECT_EQ(after.out.rfind("{\"mode\": 4", 0), 0u) << after.out;
    auto equals = e2e::run(
        cli, {"--device=tcp:127.0.0.1:" + std::to_string(emulator.tcpPort()), "--json=true", "model"});
    ASSERT_EQ(equals.exitCode, 0) << equals.err;
    EXPECT_NE(equals.out.find("\"name\": "), std::string::npos) << equals.out;
    auto help = e2e::run(cli, {"cash-in", "--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("AMOUNT"), std::string::npos) << help.out;
}

TEST_F(CliOverTcp, FnStatusJsonKeys)
{
    auto r = fr({"--json", "fn-status"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    for (const char *key : {"\"fn_number\": \"", "\"last_fd\": ", "\"shift_open\": false", "\"expiry\": \""})
        EXPECT_NE(r.out.find(key), std::string::npos) << key << " in " << r.out;
}

TEST_F(CliOverTcp, ShiftCashAndReportsCycle)
{
    auto opened = fr({"open-shift"});
    ASSERT_EQ(opened.exitCode, 0) << opened.err;
    EXPECT_NE(opened.out.find("opened"), std::string::npos);
    auto cashIn = fr({"cash-in", "100.50"});
    ASSERT_EQ(cashIn.exitCode, 0) << cashIn.err;
    EXPECT_NE(cashIn.out.find("cash in 100.50"), std::string::npos);
    ASSERT_EQ(fr({"cash-out", "0.50"}).exitCode, 0);
    ASSERT_EQ(fr({"x-report"}).exitCode, 0);
    auto status = fr({"--json", "status"});
    EXPECT_NE(status.out.find("\"shift\": \"open\""), std::string::npos) << status.out;
    auto z = fr({"z-report"});
    ASSERT_EQ(z.exitCode, 0) << z.err;
    auto fn = fr({"--json", "fn-status"});
    EXPECT_NE(fn.out.find("\"shift_open\": false"), std::string::npos) << fn.out;
}

TEST_F(CliOverTcp, DeviceErrorIsExitFourAndOneLine)
{
    auto r = fr({"cash-out", "5"}); // no shift open
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("device error"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
}

TEST_F(CliOverTcp, BadUsageIsExitTwo)
{
    for (const std::vector<std::string> &args : {std::vector<std::string>{"cash-in", "1.234"},
                                                 {"cash-in"},
                                                 {"frobnicate"},
                                                 {"raw", "1G"},
                                                 {"find-document", "x"}}) {
        auto r = fr(args);
        EXPECT_EQ(r.exitCode, 2) << args[0];
        EXPECT_EQ(lines(r.err), 1) << r.err;
    }
}

TEST_F(CliOverTcp, ModelBeepRawFindDocumentContinuePrint)
{
    auto model = fr({"model"});
    ASSERT_EQ(model.exitCode, 0);
    EXPECT_NE(model.out.find("model"), std::string::npos);
    EXPECT_EQ(fr({"beep"}).exitCode, 0);
    auto raw = fr({"raw", "10", "1E000000"});
    ASSERT_EQ(raw.exitCode, 0) << raw.err;
    EXPECT_NE(raw.out.find("command 10h, error 00h"), std::string::npos) << raw.out;
    auto rawFn = fr({"--json", "raw", "FF 01 1E 00 00 00"});
    ASSERT_EQ(rawFn.exitCode, 0) << rawFn.err;
    EXPECT_NE(rawFn.out.find("\"command\": \"FF01h\""), std::string::npos) << rawFn.out;
    auto doc = fr({"--json", "find-document", "1"});
    ASSERT_EQ(doc.exitCode, 0) << doc.err;
    EXPECT_NE(doc.out.find("\"fd\": 1"), std::string::npos);
    EXPECT_EQ(fr({"find-document", "999"}).exitCode, 4);
    EXPECT_EQ(fr({"continue-print"}).exitCode, 0);
    EXPECT_EQ(fr({"cancel-receipt"}).exitCode, 4); // no receipt open
}

// `recover` shows what the journal's recovery rule (fiscal/recovery) decides, and with --apply does
// it: an open receipt is cancelled only while nothing was fiscalised since fd_before.
TEST_F(CliOverTcp, RecoverShowsAndAppliesTheSharedRule)
{
    ASSERT_EQ(fr({"open-shift"}).exitCode, 0);
    auto fn = fr({"--json", "fn-status"});
    const auto at = fn.out.find("\"last_fd\": ");
    ASSERT_NE(at, std::string::npos) << fn.out;
    const std::uint32_t last = std::stoul(fn.out.substr(at + 11));
    const std::string fd = std::to_string(last);
    const std::string before = std::to_string(last - 1);

    auto retry = fr({"--json", "recover", fd});
    ASSERT_EQ(retry.exitCode, 0) << retry.err;
    EXPECT_NE(retry.out.find("\"action\": \"retry\""), std::string::npos) << retry.out;
    auto verify = fr({"recover", before});
    ASSERT_EQ(verify.exitCode, 0) << verify.err;
    EXPECT_NE(verify.out.find("verify-next"), std::string::npos) << verify.out;
    auto gap = fr({"--json", "recover", std::to_string(last - 2)});
    EXPECT_NE(gap.out.find("\"reason\": \"fd-out-of-step\""), std::string::npos) << gap.out;

    ASSERT_EQ(fr({"raw", "8D 1E 00 00 00 00"}).exitCode, 0); // open a sale receipt
    auto notOurs = fr({"--json", "--apply", "recover", before});
    EXPECT_EQ(notOurs.exitCode, 4) << notOurs.out;
    EXPECT_NE(notOurs.out.find("\"reason\": \"open-after-new-document\""), std::string::npos) << notOurs.out;
    EXPECT_NE(notOurs.out.find("\"cancelled\": false"), std::string::npos) << notOurs.out;
    auto shown = fr({"--json", "recover", fd});
    EXPECT_NE(shown.out.find("\"action\": \"cancel-and-retry\""), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find("\"document_open\": true"), std::string::npos) << shown.out;
    auto applied = fr({"--json", "recover", "--apply", fd});
    ASSERT_EQ(applied.exitCode, 0) << applied.err;
    EXPECT_NE(applied.out.find("\"cancelled\": true"), std::string::npos) << applied.out;
    EXPECT_NE(applied.out.find("\"outcome\": \"not-fiscalised\""), std::string::npos) << applied.out;
    auto status = fr({"--json", "status"});
    EXPECT_NE(status.out.find("\"document_open\": false"), std::string::npos) << status.out;

    auto found = fr({"--json", "--apply", "recover", before}); // the shift-open document
    ASSERT_EQ(found.exitCode, 0) << found.err;
    EXPECT_NE(found.out.find("\"outcome\": \"fiscalised\""), std::string::npos) << found.out;
    EXPECT_EQ(fr({"recover", "x"}).exitCode, 2);
    EXPECT_EQ(fr({"recover"}).exitCode, 2);
}

TEST_F(CliOverTcp, TraceShowsBothDirections)
{
    auto r = fr({"--trace", "beep"});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_NE(r.err.find("> 05"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("< 15"), std::string::npos);
    EXPECT_NE(r.err.find("> 02 05 13 1E 00 00 00 08"), std::string::npos);
}

TEST(CliOverPty, StatusOpenShiftAndScanAtThrottled115200)
{
    const std::string dir = e2e::tempDir();
    const std::string link = dir + "/kkt";
    e2e::Emulator emulator(emulatorPath, {"--pty", link, "--baud", "115200", "--state", dir + "/state"});
    ASSERT_TRUE(emulator.started());
    const std::string device = "serial:" + link;
    auto status = e2e::run(cli, {"--device", device, "--baud", "115200", "--json", "status"});
    ASSERT_EQ(status.exitCode, 0) << status.err;
    EXPECT_NE(status.out.find("\"operator\": 30"), std::string::npos);
    auto open = e2e::run(cli, {"--device", device, "--cashier", "Иванов", "open-shift"});
    ASSERT_EQ(open.exitCode, 0) << open.err;
    EXPECT_NE(open.out.find("FD "), std::string::npos) << open.out;
    auto fn = e2e::run(cli, {"--device", device, "--json", "fn-status"});
    EXPECT_NE(fn.out.find("\"shift_open\": true"), std::string::npos) << fn.out;
    auto scan = e2e::run(cli, {"scan", link});
    ASSERT_EQ(scan.exitCode, 0) << scan.err;
    EXPECT_NE(scan.out.find(link + " at 115200"), std::string::npos) << scan.out;
}

TEST(CliNothingThere, SilentPortIsNoLinkInOneLine)
{
    int master = -1;
    int slave = -1;
    char name[256] = {};
    ASSERT_EQ(::openpty(&master, &slave, name, nullptr, nullptr), 0);
    auto r = e2e::run(cli, {"--device", std::string("serial:") + name, "status"});
    ::close(master);
    ::close(slave);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find("no link"), std::string::npos) << r.err;
}

TEST(CliNothingThere, MissingPortAndRefusedTcp)
{
    auto missing = e2e::run(cli, {"--device", "serial:/dev/ttyNoSuchPort7", "status"});
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_EQ(lines(missing.err), 1);
    EXPECT_NE(missing.err.find("no such port"), std::string::npos) << missing.err;
    auto refused = e2e::run(cli, {"--device", "tcp:127.0.0.1:1", "status"});
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_EQ(lines(refused.err), 1) << refused.err;
    auto scan = e2e::run(cli, {"scan", "/dev/ttyNoSuchPort7"});
    EXPECT_EQ(scan.exitCode, 3);
}

} // namespace
