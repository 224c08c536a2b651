// The device model: answers, modes, registers, shift rule, paper, marking, archive, persistence.

#include <algorithm>
#include <filesystem>
#include <memory>

#include <gtest/gtest.h>

#include "fiscal/codec/text.h"
#include "fiscal/codec/tlv.h"
#include "fiscal/codes.h"
#include "fiscal/emulator/device.h"

using namespace fiscal;
using namespace fiscal::emu;

namespace {

Bytes pwd(std::uint32_t p)
{
    Bytes b;
    appendLE(b, p, 4);
    return b;
}

Bytes cat(std::initializer_list<Bytes> parts)
{
    Bytes out;
    for (const auto &p : parts)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

Bytes le(std::uint64_t v, int width)
{
    Bytes b;
    appendLE(b, v, width);
    return b;
}

class DeviceTest : public ::testing::Test
{
protected:
    std::int64_t clock = fromCalendar(2026, 3, 2, 9, 0, 0);
    std::string dir;
    std::unique_ptr<Device> device;

    void SetUp() override
    {
        const auto *info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir = (std::filesystem::temp_directory_path() /
               ("prilavok-emu-" + std::string(info->name()) + "-" + std::to_string(::getpid())))
                  .string();
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
        device = make();
    }
    void TearDown() override { std::filesystem::remove_all(dir); }

    std::unique_ptr<Device> make(DeviceConfig config = {})
    {
        config.statePath = dir + "/state.txt";
        config.clock = [this]() { return clock; };
        return std::make_unique<Device>(config);
    }

    // Runs a command; returns the data after the error byte, and the error byte in `err`.
    Bytes run(CommandCode code, const Bytes &data, std::uint8_t *err = nullptr)
    {
        Bytes body;
        appendCommandCode(body, code);
        body.insert(body.end(), data.begin(), data.end());
        const Bytes answer = device->execute(body);
        const std::size_t skip = static_cast<std::size_t>(commandLength(code));
        EXPECT_GT(answer.size(), skip);
        if (err)
            *err = answer.at(skip);
        return Bytes(answer.begin() + static_cast<std::ptrdiff_t>(skip) + 1, answer.end());
    }
    std::uint8_t error(CommandCode code, const Bytes &data)
    {
        std::uint8_t e = 0xEE;
        run(code, data, &e);
        return e;
    }
    void okRun(CommandCode code, const Bytes &data) { ASSERT_EQ(error(code, data), 0) << std::hex << code; }

    void openShift() { okRun(cmd::OpenShift, pwd(1)); }
    // FF46h line: operation, quantity in thousandths, price, tax bits, department.
    std::uint8_t line(std::uint8_t op, std::int64_t milli, Kopecks price, std::string name = "Товар",
                      std::uint8_t dept = 1)
    {
        Bytes d = cat({pwd(1),
                       {op},
                       le(static_cast<std::uint64_t>(milli) * 1000, 6),
                       le(static_cast<std::uint64_t>(price), 5),
                       Bytes(10, 0xFF),
                       {0x01, dept, 4, 1}});
        const Bytes n = encodeText(name, CodePage::Cp1251);
        d.insert(d.end(), n.begin(), n.end());
        return error(cmd::FnOperationV2, d);
    }
    // FF45h close with a payment split (cash, card).
    Bytes closeV2(Kopecks cash, Kopecks card, std::uint8_t *err = nullptr)
    {
        Bytes d = pwd(30);
        for (int i = 0; i < 16; ++i)
            appendLE(d, static_cast<std::uint64_t>(i == 0 ? cash : (i == 1 ? card : 0)), 5);
        d.push_back(0);
        d.insert(d.end(), 30, 0);
        d.push_back(1);
        return run(cmd::FnCloseCheckV2, d, err);
    }
    Kopecks money(int reg) { return device->moneyRegister(reg); }
    std::uint8_t mode() { return device->modeByte(); }
};

} // namespace

TEST_F(DeviceTest, DeviceTypeIsShtrihM01F)
{
    const Bytes d = run(cmd::DeviceType, {});
    ASSERT_GE(d.size(), 7u);
    EXPECT_EQ(d[2], 1);   // protocol 1
    EXPECT_EQ(d[3], 14);  // .14
    EXPECT_EQ(d[4], 250); // ШТРИХ-М-01Ф
    EXPECT_EQ(decodeText(ByteView(d).subspan(6), CodePage::Cp1251), "ШТРИХ-М-01Ф");
}

TEST_F(DeviceTest, StatusAnswersUseTheLongLayouts)
{
    std::uint8_t e = 0xEE;
    const Bytes s = run(cmd::ShortStatus, pwd(30), &e);
    EXPECT_EQ(e, 0);
    EXPECT_EQ(s.size() + 2, 16u); // frame LEN 16 with the legacy bytes (§3.1)
    EXPECT_EQ(s[0], 30);
    EXPECT_EQ(s[3], mode::ShiftClosed);
    EXPECT_EQ(run(cmd::FullStatus, pwd(1)).size() + 2, 48u);
    const Bytes fn = run(cmd::FnStatus, pwd(30));
    EXPECT_EQ(fn.size() + 3, 0x21u); // LEN 21h like the real capture (§6)
    EXPECT_EQ(fn[0], 0x03);
    EXPECT_EQ(readLE(fn, 26, 4).value(), 1u); // document 1: the registration report
}

TEST_F(DeviceTest, WrongPasswordAndUnknownCommands)
{
    EXPECT_EQ(error(cmd::ShortStatus, pwd(31)), deverr::WrongPassword);
    EXPECT_EQ(error(cmd::XReport, pwd(1)), deverr::WrongPassword); // admin only
    EXPECT_EQ(error(cmd::WriteTable, cat({pwd(29), {2}, le(1, 2), {1}, le(5, 4)})), deverr::WrongPassword);
    EXPECT_EQ(error(0x9F, pwd(30)), deverr::NotSupported);
    EXPECT_EQ(error(0xFF7E, pwd(30)), deverr::FnUnknownCommand);
    // Operator passwords live in table 2: change operator 1's password and the old one stops working.
    okRun(cmd::WriteTable, cat({pwd(30), {2}, le(1, 2), {1}, le(4321, 4)}));
    EXPECT_EQ(error(cmd::Beep, pwd(1)), deverr::WrongPassword);
    EXPECT_EQ(run(cmd::Beep, pwd(4321)).at(0), 1);
    const Bytes name = run(cmd::ReadTable, cat({pwd(30), {2}, le(30, 2), {2}}));
    EXPECT_EQ(decodeFixedText(name), "СИС. АДМИНИСТРАТОР");
}

TEST_F(DeviceTest, RegistersEqualTheSumsOfTheShift)
{
    openShift();
    okRun(cmd::CashIn, cat({pwd(1), le(100000, 5)})); // 1000.00 in
    // Sale: 2 x 150.00 in dept 1 + 1.5 kg x 100.00 in dept 2, paid 300.00 cash + 200.00 card... 450
    okRun(cmd::OpenCheck, cat({pwd(1), {0}}));
    ASSERT_EQ(line(1, 2000, 15000, "Хлеб", 1), 0);
    ASSERT_EQ(line(1, 1500, 10000, "Сыр", 2), 0);
    std::uint8_t e = 0xEE;
    Bytes closed = closeV2(30000, 20000, &e);
    ASSERT_EQ(e, 0);
    EXPECT_EQ(readLE(closed, 0, 5).value(), 5000u); // change 50.00
    // Sale return of 50.00 in cash (legacy 82h, qty 1.000).
    okRun(cmd::SaleReturn,
          cat({pwd(1), le(1000, 5), le(5000, 5), {1}, {0, 0, 0, 0}, encodeFixedText("Хлеб", 40)}));
    Bytes close85 =
        cat({pwd(1), le(5000, 5), le(0, 5), le(0, 5), le(0, 5), le(0, 2), {0, 0, 0, 0}, Bytes(40, 0)});
    okRun(cmd::CloseCheck, close85);
    okRun(cmd::CashOut, cat({pwd(1), le(20000, 5)})); // 200.00 out

    EXPECT_EQ(money(Device::RegCash), 100000 + 25000 - 5000 - 20000);
    EXPECT_EQ(money(Device::RegCashInShift), 100000);
    EXPECT_EQ(money(Device::RegCashOutShift), 20000);
    EXPECT_EQ(money(Device::regShiftPayment(1, 0)), 25000); // cash of sales, net of change
    EXPECT_EQ(money(Device::regShiftPayment(2, 0)), 20000); // card
    EXPECT_EQ(money(Device::regShiftPayment(1, 2)), 5000);  // cash of sale returns
    EXPECT_EQ(money(Device::regShiftDepartment(0, 0)), 30000);
    EXPECT_EQ(money(Device::regShiftDepartment(1, 0)), 15000);
    EXPECT_EQ(money(Device::regShiftTotal(0)), 45000);
    EXPECT_EQ(money(Device::regShiftTotal(2)), 5000);
    EXPECT_EQ(device->operationalRegister(Device::oregReceiptsInShift(0)), 1u);
    EXPECT_EQ(device->operationalRegister(Device::oregReceiptsInShift(2)), 1u);
    EXPECT_EQ(device->operationalRegister(Device::OregCashInsInShift), 1u);
    EXPECT_EQ(device->operationalRegister(Device::OregCashOutsInShift), 1u);
    // The same values through 1Ah / 1Bh.
    EXPECT_EQ(readLE(run(cmd::ReadMoneyRegister, cat({pwd(30), {241}})), 1, 6).value(), 100000u);
    EXPECT_EQ(readLE(run(cmd::ReadOperationalRegister, cat({pwd(30), {0x90}})), 1, 2).value(), 1u);
    // Not enough cash for a payout.
    EXPECT_EQ(error(cmd::CashOut, cat({pwd(1), le(100001, 5)})), deverr::NotEnoughCash);

    okRun(cmd::XReport, pwd(29));
    EXPECT_EQ(money(Device::regShiftTotal(0)), 45000); // X changes nothing but its counter
    okRun(cmd::ZReport, pwd(30));
    EXPECT_EQ(mode(), mode::ShiftClosed);
    EXPECT_EQ(money(Device::RegCash), 100000); // the drawer keeps its cash
    EXPECT_EQ(money(Device::RegCashInShift), 0);
    EXPECT_EQ(money(Device::regShiftTotal(0)), 0);
    EXPECT_EQ(device->operationalRegister(Device::oregReceiptsInShift(0)), 0u);
}

TEST_F(DeviceTest, PaymentChecks)
{
    openShift();
    ASSERT_EQ(line(1, 1000, 10000), 0); // opens the receipt implicitly
    EXPECT_EQ(mode(), mode::DocumentOpen);
    std::uint8_t e = 0;
    closeV2(5000, 0, &e);
    EXPECT_EQ(e, deverr::PaymentsLessThanTotal);
    closeV2(0, 20000, &e);
    EXPECT_EQ(e, deverr::NonCashExceedsTotal);
    EXPECT_EQ(readLE(run(cmd::Subtotal, pwd(1)), 1, 5).value(), 10000u);
    okRun(cmd::CancelCheck, pwd(1));
    EXPECT_EQ(mode(), mode::ShiftOpen);
    EXPECT_EQ(money(Device::regShiftAnnulled(0)), 10000);
    EXPECT_EQ(error(cmd::CancelCheck, pwd(1)), deverr::ReceiptClosed);
    // A sale return in cash needs cash in the drawer.
    okRun(cmd::OpenCheck, cat({pwd(1), {2}}));
    ASSERT_EQ(line(2, 1000, 10000), 0);
    closeV2(10000, 0, &e);
    EXPECT_EQ(e, deverr::NotEnoughCash);
    EXPECT_EQ(line(1, 1000, 10000), deverr::WrongDocumentType);
    EXPECT_EQ(error(cmd::OpenCheck, cat({pwd(1), {0}})), deverr::ReceiptOpen);
}

TEST_F(DeviceTest, ShiftOver24Hours)
{
    EXPECT_EQ(error(cmd::OpenCheck, cat({pwd(1), {0}})), deverr::ShiftNotOpen);
    openShift();
    EXPECT_EQ(error(cmd::OpenShift, pwd(1)), deverr::ShiftOpen);
    clock += 23 * 3600 + 59 * 60;
    EXPECT_EQ(mode(), mode::ShiftOpen);
    clock += 60;
    EXPECT_EQ(mode(), mode::ShiftExpired);
    EXPECT_EQ(run(cmd::ShortStatus, pwd(30))[3], mode::ShiftExpired);
    EXPECT_EQ(error(cmd::OpenCheck, cat({pwd(1), {0}})), deverr::ShiftOver24h);
    EXPECT_EQ(line(1, 1000, 100), deverr::FnShiftOver24h);
    EXPECT_EQ(error(cmd::CashIn, cat({pwd(1), le(100, 5)})), deverr::ShiftOver24h);
    okRun(cmd::ZReport, pwd(30));
    EXPECT_EQ(mode(), mode::ShiftClosed);
    openShift();
    EXPECT_EQ(mode(), mode::ShiftOpen);
    EXPECT_EQ(run(cmd::FnShiftParams, pwd(30)).at(1), 2); // shift 2
}

TEST_F(DeviceTest, FnShiftCommandsAndCorrections)
{
    okRun(cmd::FnBeginOpenShift, pwd(30));
    EXPECT_EQ(run(cmd::FnStatus, pwd(30)).at(1), 0x02); // shift-open report in progress
    okRun(cmd::FnSendTlv, cat({pwd(30), encodeTlvs({tlvString(1021, "Кассир Иванов")})}));
    const Bytes opened = run(cmd::FnOpenShift, pwd(30));
    ASSERT_EQ(opened.size(), 10u);
    EXPECT_EQ(readLE(opened, 0, 2).value(), 1u);
    EXPECT_EQ(readLE(opened, 2, 4).value(), 2u); // FD 2
    EXPECT_EQ(error(cmd::FnBeginOpenShift, pwd(30)), deverr::FnWrongState);

    okRun(cmd::FnBeginCorrection, pwd(30));
    const Bytes corr = run(cmd::FnMakeCorrection, cat({pwd(30), le(12345, 5), {1}}));
    ASSERT_EQ(corr.size(), 15u);
    EXPECT_EQ(readLE(corr, 2, 4).value(), 3u);
    Bytes v2 = cat({pwd(30), {0, 1}, le(5000, 5), le(5000, 5), le(0, 5 * 4), Bytes(30, 0), {1}});
    const Bytes corr2 = run(cmd::FnCorrectionV2, v2);
    ASSERT_EQ(corr2.size(), 15u);
    EXPECT_EQ(readLE(corr2, 2, 4).value(), 4u);
    EXPECT_EQ(money(Device::RegCash), 5000);

    okRun(cmd::FnBeginCloseShift, pwd(30));
    const Bytes closed = run(cmd::FnCloseShift, pwd(30));
    ASSERT_EQ(closed.size(), 15u);
    EXPECT_EQ(readLE(closed, 0, 2).value(), 1u);
    EXPECT_EQ(readLE(closed, 2, 4).value(), 5u);
    EXPECT_EQ(run(cmd::FnShiftParams, pwd(30)).at(0), 0);
    EXPECT_EQ(error(cmd::FnBeginCloseShift, pwd(30)), deverr::FnWrongState);
}

TEST_F(DeviceTest, ArchiveFindAndReadBack)
{
    openShift();
    ASSERT_EQ(line(1, 1000, 8990, "Молоко"), 0);
    std::uint8_t e = 0xEE;
    const Bytes closed = closeV2(10000, 0, &e);
    ASSERT_EQ(e, 0);
    const auto fd = static_cast<std::uint32_t>(readLE(closed, 5, 4).value());
    const auto fp = static_cast<std::uint32_t>(readLE(closed, 9, 4).value());
    EXPECT_EQ(fd, 3u);

    const Bytes found = run(cmd::FnFindDocument, cat({pwd(30), le(fd, 4)}));
    ASSERT_EQ(found.size(), 2u + 5 + 4 + 4 + 1 + 5);
    EXPECT_EQ(found[0], 3); // receipt
    EXPECT_EQ(found[1], 1); // OFD acknowledged
    EXPECT_EQ(readLE(found, 7, 4).value(), fd);
    EXPECT_EQ(readLE(found, 11, 4).value(), fp);
    EXPECT_EQ(found[15], 1); // приход
    EXPECT_EQ(readLE(found, 16, 5).value(), 8990u);
    EXPECT_EQ(error(cmd::FnFindDocument, cat({pwd(30), le(99, 4)})), deverr::FnNoData);

    const Bytes begin = run(cmd::FnReadDocumentBegin, cat({pwd(30), le(fd, 4)}));
    ASSERT_EQ(begin.size(), 4u);
    EXPECT_EQ(readLE(begin, 0, 2).value(), 3u);
    const std::size_t total = readLE(begin, 2, 2).value();
    Bytes all;
    for (int i = 0; i < 100; ++i) {
        std::uint8_t err = 0;
        const Bytes block = run(cmd::FnReadDocumentBlock, pwd(30), &err);
        if (err == deverr::FnNoData)
            break;
        ASSERT_EQ(err, 0);
        all.insert(all.end(), block.begin(), block.end());
    }
    EXPECT_EQ(all.size(), total);
    auto tlvs = parseTlvs(all);
    ASSERT_TRUE(tlvs);
    EXPECT_EQ(tlvAsUnsigned(*findTlv(*tlvs, 1040)).value(), fd);
    EXPECT_EQ(tlvAsUnsigned(*findTlv(*tlvs, 1020)).value(), 8990u);
    const Tlv *item = findTlv(*tlvs, 1059);
    ASSERT_TRUE(item);
    auto children = parseTlvs(item->value);
    ASSERT_TRUE(children);
    EXPECT_EQ(tlvAsString(*findTlv(*children, 1030)), "Молоко");

    // The fiscal sign is deterministic: the same history on another FN run gives the same sign.
    std::filesystem::remove(dir + "/state.txt");
    device = make();
    openShift();
    ASSERT_EQ(line(1, 1000, 8990, "Молоко"), 0);
    const Bytes again = closeV2(10000, 0, &e);
    EXPECT_EQ(readLE(again, 9, 4).value(), fp);
}

TEST_F(DeviceTest, PaperOutAndContinuePrinting)
{
    openShift();
    device->armPaperOut();
    ASSERT_EQ(line(1, 1000, 100), 0);
    EXPECT_EQ(device->submode(), submode::PaperPresent); // lines print when the receipt closes
    std::uint8_t e = 0xEE;
    const Bytes closed = closeV2(100, 0, &e);
    EXPECT_EQ(e, 0); // fiscalised: the FN has the document although the paper ran out
    EXPECT_EQ(readLE(closed, 5, 4).value(), 3u);
    EXPECT_EQ(device->submode(), submode::ActivePaperOut);
    EXPECT_EQ(run(cmd::ShortStatus, pwd(30))[4], submode::ActivePaperOut);
    const Bytes text = cat({pwd(1), {2}, encodeFixedText("строка", 40)});
    EXPECT_EQ(error(cmd::PrintString, text), deverr::NoPaper);
    device->paperIn();
    EXPECT_EQ(device->submode(), submode::AfterPaperOut);
    EXPECT_EQ(error(cmd::PrintString, text), deverr::WaitingContinuePrint);
    okRun(cmd::ContinuePrint, pwd(1));
    EXPECT_EQ(device->submode(), submode::PaperPresent);
    okRun(cmd::PrintString, text);
    const auto &lines = device->tape().lines();
    EXPECT_NE(std::find(lines.begin(), lines.end(), "ПРИХОД"), lines.end());
    EXPECT_EQ(lines.back(), "строка");
    // Passive paper-out (submode 1) refuses print commands until paper is back.
    device->paperOutNow();
    EXPECT_EQ(device->submode(), submode::PassivePaperOut);
    EXPECT_EQ(error(cmd::PrintString, text), deverr::NoPaper);
    device->paperIn();
    okRun(cmd::PrintString, text);
}

TEST_F(DeviceTest, PrintingTakesTime)
{
    DeviceConfig c;
    c.printMsPerLine = 2000; // long enough that a loaded machine still sees submode 5
    device = make(c);
    const Bytes text = cat({pwd(1), {2}, encodeFixedText("строка", 40)});
    okRun(cmd::PrintString, text);
    EXPECT_EQ(device->submode(), submode::Printing);
    EXPECT_EQ(error(cmd::PrintString, text), deverr::PrintingPrevious);
    EXPECT_EQ(error(cmd::ShortStatus, pwd(30)), 0); // status still answers
}

TEST_F(DeviceTest, MarkingCheckAcceptBind)
{
    const std::string km = "010460043993125621JgXJ5.T\x1d"
                           "91EE06\x1d"
                           "92YWCXbmK6SN8vvwoxZFk7WAY8WoJNMGGr6Cgtiuja04c=";
    auto check = [&](std::uint8_t *err) {
        Bytes d = cat({pwd(1), {1, 0, static_cast<std::uint8_t>(km.size()), 0}});
        d.insert(d.end(), km.begin(), km.end());
        return run(cmd::FnCheckMarkingCode, d, err);
    };
    std::uint8_t e = 0xEE;
    Bytes r = check(&e);
    ASSERT_EQ(e, 0);
    EXPECT_EQ(r[0], 0x03);
    EXPECT_EQ(r[5], 0x0F); // 2106: all checks positive
    EXPECT_EQ(check(&e).size(), 0u);
    EXPECT_EQ(e, deverr::MarkingSequence); // FF69h must come first
    EXPECT_EQ(run(cmd::FnAcceptMarkingCode, cat({pwd(1), {1}})).at(0), 0x0F);
    EXPECT_EQ(run(cmd::FnMarkingStatus, pwd(1)).at(3), 1); // one saved result

    openShift();
    ASSERT_EQ(line(1, 1000, 15000, "Туфли"), 0);
    Bytes bind = cat({pwd(1), {static_cast<std::uint8_t>(km.size())}});
    bind.insert(bind.end(), km.begin(), km.end());
    okRun(cmd::FnBindMarkingCode, bind);
    EXPECT_EQ(run(cmd::FnMarkingStatus, pwd(1)).at(4), 1); // one code in the receipt
    closeV2(15000, 0, &e);
    ASSERT_EQ(e, 0);
    EXPECT_EQ(readLE(run(cmd::FnMarkingStatus, pwd(1)), 6, 2).value(), 1u);

    // A rejected code: the verdict says so, and binding it without acceptance fails.
    device->rejectNextMarking();
    r = check(&e);
    ASSERT_EQ(e, 0);
    EXPECT_EQ(r[5], 0x07);
    EXPECT_EQ(run(cmd::FnAcceptMarkingCode, cat({pwd(1), {0}})).at(0), 0x07);
    ASSERT_EQ(line(1, 1000, 15000, "Туфли"), 0);
    device->setMarkingVerdict(MarkingVerdict::Reject);
    EXPECT_EQ(error(cmd::FnBindMarkingCode, bind), deverr::MarkingNotChecked);
    EXPECT_EQ(error(cmd::FnAcceptMarkingCode, cat({pwd(1), {1}})), deverr::MarkingSequence);
}

TEST_F(DeviceTest, OpenReceiptSurvivesPowerLossByDefault)
{
    openShift();
    ASSERT_EQ(line(1, 1000, 10000, "Хлеб"), 0);
    const auto lastFd = device->state().lastFd;
    device = make(); // power off and on: the state comes back from the file
    EXPECT_EQ(mode(), mode::DocumentOpen);
    EXPECT_EQ(device->state().receipt.lines.size(), 1u);
    EXPECT_EQ(device->state().lastFd, lastFd);
    EXPECT_EQ(device->state().archive.size(), lastFd);
    std::uint8_t e = 0xEE;
    closeV2(10000, 0, &e);
    EXPECT_EQ(e, 0);

    ASSERT_EQ(line(1, 1000, 10000, "Хлеб"), 0);
    DeviceConfig cancel;
    cancel.cancelOpenReceiptOnPowerUp = true;
    device = make(cancel);
    EXPECT_EQ(mode(), mode::ShiftOpen);
    EXPECT_EQ(money(Device::regShiftAnnulled(0)), 10000);
}

TEST_F(DeviceTest, FnExpiryFullAndOfdBacklog)
{
    openShift();
    device->setFnExpiryDays(10);
    EXPECT_EQ(run(cmd::FnStatus, pwd(30)).at(4) & 0x02, 0x02); // under 30 days left
    device->setOfdBacklog(2);
    EXPECT_EQ(readLE(run(cmd::FnUnconfirmedCount, pwd(30)), 0, 2).value(), 2u);
    const Bytes ex = run(cmd::FnExchangeStatus, pwd(30));
    ASSERT_EQ(ex.size(), 13u);
    EXPECT_EQ(readLE(ex, 2, 2).value(), 2u);
    EXPECT_EQ(readLE(ex, 4, 4).value(), 1u); // documents 1 and 2 are unsent
    ASSERT_EQ(line(1, 1000, 100), 0);
    std::uint8_t e = 0xEE;
    closeV2(100, 0, &e);
    EXPECT_EQ(readLE(run(cmd::FnUnconfirmedCount, pwd(30)), 0, 2).value(), 3u);
    EXPECT_EQ(run(cmd::FnFindDocument, cat({pwd(30), le(3, 4)})).at(1), 0); // no OFD receipt yet
    device->setFnFull(true);
    EXPECT_EQ(line(1, 1000, 100), deverr::FnArchiveFull);
    device->setFnFull(false);
    device->setFnExpiryDays(0);
    EXPECT_EQ(error(cmd::OpenCheck, cat({pwd(1), {0}})), deverr::FnExpired);
}

TEST_F(DeviceTest, ExchangeParametersSetTheByteTimeout)
{
    okRun(cmd::SetExchangeParams, cat({pwd(30), {0, 6, 100}}));
    EXPECT_EQ(device->byteTimeout().count(), 100);
    EXPECT_EQ(run(cmd::ReadExchangeParams, cat({pwd(30), {0}})), (Bytes{6, 100}));
    EXPECT_EQ(error(cmd::SetExchangeParams, cat({pwd(1), {0, 6, 100}})), deverr::WrongPassword);
}

TEST_F(DeviceTest, LegacySaleAndCloseWithChange)
{
    openShift();
    okRun(cmd::Sale,
          cat({pwd(1), le(2500, 5), le(4000, 5), {1}, {1, 0, 0, 0}, encodeFixedText("Яблоки", 40)}));
    const Bytes c =
        run(cmd::CloseCheck,
            cat({pwd(1), le(20000, 5), le(0, 15), le(0, 2), {0, 0, 0, 0}, encodeFixedText("Спасибо!", 40)}));
    ASSERT_EQ(c.size(), 6u);
    const auto &tape = device->tape().lines();
    EXPECT_NE(std::find(tape.begin(), tape.end(), "Спасибо!"), tape.end());
    EXPECT_EQ(readLE(c, 1, 5).value(), 10000u); // 2.5 x 40.00 = 100.00, change 100.00
    EXPECT_EQ(money(Device::RegCash), 10000);
    const Bytes ext =
        cat({pwd(1), le(0, 5), le(5000, 5), le(0, 14 * 5), le(0, 2), {0, 0, 0, 0}, Bytes(40, 0)});
    okRun(cmd::Sale, cat({pwd(1), le(1000, 5), le(5000, 5), {1}, {0, 0, 0, 0}, Bytes(40, 0)}));
    okRun(cmd::CloseCheckExtended, ext);
    EXPECT_EQ(money(Device::regShiftPayment(2, 0)), 5000);
}

TEST_F(DeviceTest, RepeatDocumentPrintsACopy)
{
    EXPECT_EQ(error(cmd::RepeatDocument, pwd(1)), 0x56); // nothing printed since power-up
    openShift();
    ASSERT_EQ(line(1, 1000, 4200, "Кефир"), 0);
    std::uint8_t e = 0xEE;
    closeV2(5000, 0, &e);
    ASSERT_EQ(e, 0);
    const std::size_t before = device->tape().lines().size();
    okRun(cmd::RepeatDocument, pwd(1));
    const auto &lines = device->tape().lines();
    ASSERT_GT(lines.size(), before);
    EXPECT_EQ(lines[before], "КОПИЯ");
    EXPECT_NE(std::find(lines.begin() + static_cast<std::ptrdiff_t>(before), lines.end(), "Кефир"),
              lines.end());
    EXPECT_EQ(device->state().lastFd, 3u); // a copy is not a fiscal document
}

TEST_F(DeviceTest, TruncatedTwoByteCommandGetsAnAnswer)
{
    EXPECT_EQ(device->execute(Bytes{0xFF}), (Bytes{0xFF, deverr::FnUnknownCommand}));
    EXPECT_EQ(error(cmd::ShortStatus, {}), deverr::BadParameters);     // no password at all
    EXPECT_EQ(error(cmd::FnStatus, {0x1E}), deverr::FnUnknownCommand); // short password
}

TEST_F(DeviceTest, TablesDriversReadAtConnect)
{
    EXPECT_EQ(decodeFixedText(run(cmd::ReadTable, cat({pwd(30), {5}, le(2, 2), {1}}))), "БЕЗНАЛИЧНЫМИ");
    EXPECT_EQ(readLE(run(cmd::ReadTable, cat({pwd(30), {6}, le(2, 2), {1}})), 0, 2).value(), 1000u);
    EXPECT_EQ(readLE(run(cmd::ReadTable, cat({pwd(30), {21}, le(1, 2), {4}})), 0, 2).value(), 7778u);
    EXPECT_EQ(error(cmd::ReadTable, cat({pwd(30), {99}, le(1, 2), {1}})), deverr::TableNotDefined);
    EXPECT_EQ(error(cmd::ReadTable, cat({pwd(30), {2}, le(31, 2), {1}})), deverr::BadParameters);
    const Bytes t = run(cmd::TableStructure, cat({pwd(30), {6}}));
    ASSERT_EQ(t.size(), 43u);
    EXPECT_EQ(readLE(t, 40, 2).value(), 6u);
}

TEST_F(DeviceTest, LegacyDiscountAndSurcharge)
{
    openShift();
    okRun(cmd::Sale, cat({pwd(1), le(1000, 5), le(10000, 5), {1}, {0, 0, 0, 0}, Bytes(40, 0)}));
    okRun(cmd::Discount, cat({pwd(1), le(1500, 5), {0, 0, 0, 0}, Bytes(40, 0)}));
    okRun(cmd::Surcharge, cat({pwd(1), le(500, 5), {0, 0, 0, 0}, Bytes(40, 0)}));
    EXPECT_EQ(error(cmd::Discount, cat({pwd(1), le(20000, 5), {0, 0, 0, 0}, Bytes(40, 0)})), 0x5A);
    EXPECT_EQ(readLE(run(cmd::Subtotal, pwd(1)), 1, 5).value(), 9000u);
    device = make(); // the adjustments survive a power cycle with the open receipt
    EXPECT_EQ(readLE(run(cmd::Subtotal, pwd(1)), 1, 5).value(), 9000u);
    const Bytes c =
        run(cmd::CloseCheck, cat({pwd(1), le(9000, 5), le(0, 15), le(0, 2), {0, 0, 0, 0}, Bytes(40, 0)}));
    ASSERT_EQ(c.size(), 6u);
    EXPECT_EQ(money(Device::regShiftTotal(0)), 9000);
    EXPECT_EQ(money(Device::regShiftDiscounts(0)), 1500);
    EXPECT_EQ(money(Device::regShiftSurcharges(0)), 500);
    EXPECT_EQ(money(Device::RegCash), 9000);
    EXPECT_EQ(error(cmd::Discount, cat({pwd(1), le(100, 5), {0, 0, 0, 0}, Bytes(40, 0)})),
              deverr::ReceiptClosed);
}

TEST_F(DeviceTest, OtherModels)
{
    DeviceConfig c;
    c.model = 252;
    c.port = 128;
    device = make(c);
    const Bytes d = run(cmd::DeviceType, {});
    EXPECT_EQ(d[4], 252);
    EXPECT_EQ(decodeText(ByteView(d).subspan(6), CodePage::Cp1251), "ШТРИХ-ЛАЙТ-01Ф");
    EXPECT_EQ(run(cmd::FullStatus, pwd(30)).at(15), 128); // port byte: TCP
    EXPECT_TRUE(modelName(7).empty());
}

TEST_F(DeviceTest, ShiftOpenedTheGoDriverWay)
{
    // FF41h + FF0Ch 1021 + E0h [GO commands.go]: the cashier tag lands in the shift-open report.
    okRun(cmd::FnBeginOpenShift, pwd(30));
    okRun(cmd::FnSendTlv, cat({pwd(30), encodeTlvs({tlvString(1021, "Петрова")})}));
    okRun(cmd::OpenShift, pwd(30));
    EXPECT_EQ(mode(), mode::ShiftOpen);
    const auto &doc = device->state().archive.back();
    EXPECT_EQ(doc.type, 2);
    auto tlvs = parseTlvs(doc.tlv);
    ASSERT_TRUE(tlvs);
    ASSERT_TRUE(findTlv(*tlvs, 1021));
    EXPECT_EQ(tlvAsString(*findTlv(*tlvs, 1021)), "Петрова");
    EXPECT_EQ(run(cmd::FnStatus, pwd(30)).at(1), 0); // no document in progress any more
}

TEST_F(DeviceTest, AnswersMatchTheRealCaptures)
{
    // §6: 10h and FF01h of a real ШТРИХ-М-01Ф with an open shift on 2021-07-29 11:29.
    std::filesystem::remove(dir + "/state.txt");
    clock = fromCalendar(2021, 7, 29, 11, 29, 0);
    DeviceConfig c;
    c.fnNumber = "9287440301120991";
    device = make(c);
    openShift();
    const Bytes status = run(cmd::ShortStatus, pwd(30));
    EXPECT_EQ(Bytes(status.begin(), status.begin() + 8),
              (Bytes{0x1E, 0x92, 0x02, 0x02, 0x00, 0x00, 0x9F, 0xE5}));
    const Bytes fn = run(cmd::FnStatus, pwd(30));
    Bytes expected{0x03, 0x00, 0x00, 0x01, 0x00, 0x15, 0x07, 0x1D, 0x0B, 0x1D};
    const std::string number = "9287440301120991";
    expected.insert(expected.end(), number.begin(), number.end());
    EXPECT_EQ(Bytes(fn.begin(), fn.begin() + 26), expected);
    EXPECT_EQ(fn.size(), 30u);
    // 88h answer: OK, operator 30 (02 03 88 00 1E 95 on the wire).
    okRun(cmd::OpenCheck, cat({pwd(30), {0}}));
    EXPECT_EQ(device->execute(cat({{0x88}, pwd(30)})), (Bytes{0x88, 0x00, 0x1E}));
}
