// Our own driver (fiscal::Registrar over the TCP transport) against the in-process emulator that
// demo mode uses: the whole day of a till, with registers checked against what was sold.

#include <filesystem>

#include <gtest/gtest.h>

#include "fiscal/emulator/inprocess.h"
#include "fiscal/registrar.h"
#include "fiscal/transport/tcptransport.h"

using namespace fiscal;

namespace {

const std::string MarkingCode = "010460043993125621JgXJ5.T\x1d"
                                "91EE06\x1d"
                                "92YWCXbmK6SN8vvwoxZFk7WAY8WoJNMGGr6Cgtiuja04c=";

class DriverTest : public ::testing::Test
{
protected:
    emu::InProcessEmulator emulator;
    std::unique_ptr<TcpTransport> transport;
    std::unique_ptr<Registrar> registrar;

    void SetUp() override
    {
        std::string error;
        emu::InProcessOptions options;
        options.withControlChannel = true;
        ASSERT_TRUE(emulator.start(error, options)) << error;
        auto t = TcpTransport::connect(emulator.host(), emulator.port());
        ASSERT_TRUE(t) << t.error().detail;
        transport = std::move(*t);
        RegistrarSettings settings;
        settings.printPollInterval = Duration{20};
        registrar = std::make_unique<Registrar>(*transport, settings);
    }

    static ReceiptLine line(std::string name, Kopecks price, Milli qty = MilliPerUnit)
    {
        ReceiptLine l;
        l.name = std::move(name);
        l.price = price;
        l.quantity = qty;
        return l;
    }
};

} // namespace

TEST_F(DriverTest, ADayAtTheTill)
{
    auto st = registrar->status();
    ASSERT_TRUE(st) << st.error().detail;
    EXPECT_EQ(st->shift, ShiftState::Closed);
    EXPECT_EQ(st->lastFd, 1u);

    auto opened = registrar->openShift(Cashier{"Иванов И.И.", ""});
    ASSERT_TRUE(opened) << opened.error().detail;
    EXPECT_EQ(opened->shiftNumber, 1);
    ASSERT_TRUE(opened->id);
    EXPECT_EQ(opened->id->fd, 2u);

    ASSERT_TRUE(registrar->cashIn(100000));

    Receipt sale;
    sale.lines.push_back(line("Хлеб", 4590, 2 * MilliPerUnit));
    ReceiptLine shoes = line("Туфли", 250000);
    MarkedItem marked;
    marked.code = MarkingCode;
    shoes.marking = marked;
    sale.lines.push_back(shoes);
    sale.payments[CashSlot] = 60000;
    sale.payments[ElectronicSlot] = 200000;
    sale.cashier = Cashier{"Иванов И.И.", ""};
    sale.buyerContact = "+79123456789";
    auto sold = registrar->sell(sale);
    ASSERT_TRUE(sold) << sold.error().detail;
    EXPECT_EQ(sold->change, 60000 + 200000 - 9180 - 250000);
    EXPECT_EQ(sold->id.fd, 3u);
    ASSERT_EQ(sold->markingChecks.size(), 1u);

    auto found = registrar->findDocument(3);
    ASSERT_TRUE(found) << found.error().detail;
    EXPECT_EQ(found->type, 3);
    auto tlv = registrar->readDocumentTlv(3);
    ASSERT_TRUE(tlv) << tlv.error().detail;
    const Tlv *total = findTlv(tlv->tlvs, 1020);
    ASSERT_TRUE(total);
    EXPECT_EQ(tlvAsUnsigned(*total).value(), 259180u);
    const Tlv *contact = findTlv(tlv->tlvs, 1008);
    ASSERT_TRUE(contact);
    EXPECT_EQ(tlvAsString(*contact), "+79123456789");

    Receipt back;
    back.type = ReceiptType::SaleReturn;
    back.lines.push_back(line("Хлеб", 4590));
    back.payments[CashSlot] = 4590;
    auto returned = registrar->returnSale(back);
    ASSERT_TRUE(returned) << returned.error().detail;
    EXPECT_EQ(returned->id.fd, 4u);

    ASSERT_TRUE(registrar->cashOut(20000));
    FnCorrection corr;
    corr.total = 1000;
    corr.cash = 1000;
    auto corrected = registrar->correction(corr);
    ASSERT_TRUE(corrected) << corrected.error().detail;
    EXPECT_EQ(corrected->id.fd, 5u);

    // The drawer: 1000.00 in + 591.80 cash of the sale (600.00 - 8.20 change) - 45.90 returned
    // - 200.00 out + 10.00 correction.
    const std::string regs = emulator.control("dump-registers");
    EXPECT_NE(regs.find("money[241]=" + std::to_string(100000 + 59180 - 4590 - 20000 + 1000)),
              std::string::npos)
        << regs;

    auto x = registrar->xReport();
    ASSERT_TRUE(x) << x.error().detail;
    auto closed = registrar->closeShift();
    ASSERT_TRUE(closed) << closed.error().detail;
    st = registrar->status();
    ASSERT_TRUE(st);
    EXPECT_EQ(st->shift, ShiftState::Closed);
    EXPECT_EQ(st->lastFd, 6u);
}

TEST_F(DriverTest, PaperRunsOutMidReceipt)
{
    ASSERT_TRUE(registrar->openShift());
    ASSERT_EQ(emulator.control("paper-out"), "ok");
    Receipt sale;
    sale.lines.push_back(line("Молоко", 8990));
    sale.payments[CashSlot] = 10000;
    auto sold = registrar->sell(sale);
    ASSERT_TRUE(sold) << sold.error().detail;
    EXPECT_FALSE(sold->print.complete);
    ASSERT_EQ(emulator.control("paper-in"), "ok");
    auto cont = registrar->continuePrinting();
    ASSERT_TRUE(cont) << cont.error().detail;
    auto st = registrar->status();
    ASSERT_TRUE(st);
    EXPECT_EQ(st->paper, PaperState::Ok);
}

TEST_F(DriverTest, DamagedFramesAreRetriedExactlyOnce)
{
    ASSERT_TRUE(registrar->openShift());
    ASSERT_EQ(emulator.control("corrupt-lrc"), "ok");
    ASSERT_TRUE(registrar->cashIn(5000));
    ASSERT_EQ(emulator.control("nak-next"), "ok");
    ASSERT_TRUE(registrar->cashIn(2500));
    // Each cash-in ran exactly once although its frames crossed the wire twice.
    const std::string regs = emulator.control("dump-registers");
    EXPECT_NE(regs.find("money[242]=7500"), std::string::npos) << regs;
    EXPECT_NE(regs.find("oper[153]=2"), std::string::npos) << regs;
}

TEST(InProcessEmulator, ThrowawayStateIsRemovedOnStop)
{
    emu::InProcessEmulator emulator;
    std::string error;
    ASSERT_TRUE(emulator.start(error)) << error;
    EXPECT_TRUE(emulator.running());
    EXPECT_NE(emulator.port(), 0);
    const std::string state = emulator.statePath();
    EXPECT_TRUE(std::filesystem::exists(state));
    EXPECT_EQ(emulator.control("status").rfind("ok mode=4.0", 0), 0u);
    emulator.stop();
    EXPECT_FALSE(emulator.running());
    EXPECT_FALSE(std::filesystem::exists(std::filesystem::path(state).parent_path()));
    // It can start again, with a fresh FN.
    ASSERT_TRUE(emulator.start(error)) << error;
    EXPECT_NE(emulator.statePath(), state);
}
