// Our own driver (fiscal::Registrar over the TCP transport) against the in-process emulator that
// demo mode uses: the whole day of a till, with registers checked against what was sold.

#include <filesystem>

#include <gtest/gtest.h>

#include "fiscal/codes.h"
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

// FFD 1.2: a correction receipt carries its item list; the FN archives it as document type 31 with
// 1173, the 1174 basis and every line, and FF0Ah/FF3Ah answer for it like for a receipt.
TEST_F(DriverTest, CorrectionReceiptWithLinesIsArchivedAsType31)
{
    ASSERT_TRUE(registrar->openShift(Cashier{"Иванов И.И.", ""}));
    Receipt corr;
    corr.lines.push_back(line("Хлеб", 4590, 2 * MilliPerUnit));
    corr.lines.push_back(line("Молоко", 8990));
    corr.payments[CashSlot] = 4590 * 2 + 8990;
    CorrectionBasis basis;
    basis.type = 1;
    basis.description = "Предписание";
    basis.settlementDate = Date{2026, 11, 20};
    basis.orderNumber = "ПР-7";
    corr.correction = basis;
    auto done = registrar->correctionReceipt(corr);
    ASSERT_TRUE(done) << done.error().detail;
    EXPECT_EQ(done->id.fd, 3u);

    auto found = registrar->findDocument(done->id.fd);
    ASSERT_TRUE(found) << found.error().detail;
    EXPECT_EQ(found->type, fdtype::Correction);
    auto decoded = decodeFoundReceipt(*found);
    ASSERT_TRUE(decoded);
    EXPECT_EQ(decoded->operation, 1);
    EXPECT_EQ(decoded->total, 4590 * 2 + 8990);

    auto tlv = registrar->readDocumentTlv(done->id.fd);
    ASSERT_TRUE(tlv) << tlv.error().detail;
    EXPECT_EQ(tlv->header.type, fdtype::Correction);
    const Tlv *type = findTlv(tlv->tlvs, 1173);
    ASSERT_TRUE(type);
    EXPECT_EQ(tlvAsUnsigned(*type).value(), 1u);
    const Tlv *basisTlv = findTlv(tlv->tlvs, 1174);
    ASSERT_TRUE(basisTlv);
    auto children = parseTlvs(basisTlv->value);
    ASSERT_TRUE(children);
    ASSERT_TRUE(findTlv(*children, 1177));
    EXPECT_EQ(tlvAsString(*findTlv(*children, 1177)), "Предписание");
    ASSERT_TRUE(findTlv(*children, 1178));
    EXPECT_EQ(tlvAsUnsigned(*findTlv(*children, 1178)).value(), 20777u * 86400u);
    ASSERT_TRUE(findTlv(*children, 1179));
    EXPECT_EQ(tlvAsString(*findTlv(*children, 1179)), "ПР-7");
    int lines = 0;
    for (const Tlv &t : tlv->tlvs)
        lines += t.tag == 1059 ? 1 : 0;
    EXPECT_EQ(lines, 2);
    EXPECT_NE(emulator.control("tape").find("="), std::string::npos);

    // One correction per missed operation: the next one is its own document.
    Receipt expense;
    expense.type = ReceiptType::SaleReturn;
    expense.lines.push_back(line("Хлеб", 4590));
    expense.payments[CashSlot] = 4590;
    expense.correction = CorrectionBasis{0, "", Date{2026, 11, 19}, ""};
    auto second = registrar->correctionReceipt(expense);
    ASSERT_TRUE(second) << second.error().detail;
    EXPECT_EQ(second->id.fd, 4u);
    auto back = registrar->findDocument(4);
    ASSERT_TRUE(back);
    EXPECT_EQ(decodeFoundReceipt(*back)->operation, 2);
}

TEST_F(DriverTest, CorrectionReceiptNeedsItsBasis)
{
    ASSERT_TRUE(registrar->openShift(Cashier{"Иванов И.И.", ""}));
    Receipt corr;
    corr.lines.push_back(line("Хлеб", 4590));
    corr.payments[CashSlot] = 4590;
    // Refused by the driver before a byte is sent.
    auto refused = registrar->correctionReceipt(corr);
    ASSERT_FALSE(refused);
    // And by the FN when a host leaves 1173/1174 out: FF45h answers 09h, nothing is archived.
    ASSERT_TRUE(registrar->execute(fnOpenCorrectionReceiptRequest(30, ReceiptType::Sale)));
    FnLine l;
    l.price = 4590;
    l.name = "Хлеб";
    ASSERT_TRUE(registrar->execute(*fnOperationRequest(1, l)));
    auto fn = registrar->fnStatus();
    ASSERT_TRUE(fn);
    EXPECT_EQ(fn->currentDocument, fndoc::Correction);
    FnClose close;
    close.payments[CashSlot] = 4590;
    auto closed = registrar->execute(*fnCloseCheckRequest(1, close));
    ASSERT_FALSE(closed);
    EXPECT_TRUE(closed.error().isDevice(deverr::FnBadParameters));
    ASSERT_TRUE(registrar->cancelReceipt());
    fn = registrar->fnStatus();
    ASSERT_TRUE(fn);
    EXPECT_EQ(fn->lastFd, 2u);
}

// Tag 1199 codes 7..10 (the УСН rates of 2025): the driver's bits reach the FN as those codes.
TEST_F(DriverTest, VatRatesOf2025ReachTheFn)
{
    ASSERT_TRUE(registrar->openShift(Cashier{"Иванов И.И.", ""}));
    Receipt sale;
    Kopecks sum = 0;
    for (int code = 7; code <= 10; ++code) {
        ReceiptLine l = line("Товар " + std::to_string(code), 1000 * code);
        l.taxBits = *taxBitsForVat1199(code);
        sale.lines.push_back(l);
        sum += 1000 * code;
    }
    sale.payments[CashSlot] = sum;
    auto sold = registrar->sell(sale);
    ASSERT_TRUE(sold) << sold.error().detail;
    auto tlv = registrar->readDocumentTlv(sold->id.fd);
    ASSERT_TRUE(tlv);
    std::vector<std::uint64_t> codes;
    for (const Tlv &t : tlv->tlvs) {
        if (t.tag != 1059)
            continue;
        auto children = parseTlvs(t.value);
        ASSERT_TRUE(children);
        const Tlv *vat = findTlv(*children, 1199);
        ASSERT_TRUE(vat);
        codes.push_back(*tlvAsUnsigned(*vat));
    }
    EXPECT_EQ(codes, (std::vector<std::uint64_t>{7, 8, 9, 10}));
}

// The host died between FF61h and FF69h: the FN still waits for that decision and refuses a new
// check (A1h). The driver declines the orphan, then checks the new code.
TEST_F(DriverTest, MarkingCheckLeftWithoutDecisionIsDeclinedFirst)
{
    ASSERT_TRUE(registrar->openShift(Cashier{"Иванов И.И.", ""}));
    ASSERT_TRUE(registrar->execute(*checkMarkingCodeRequest(1, PlannedStatus::PieceSold, MarkingCode + "Z")));
    MarkedItem item;
    item.code = MarkingCode;
    auto check = registrar->checkMarkingCode(item);
    ASSERT_TRUE(check) << check.error().detail;
    Receipt sale;
    ReceiptLine shoes = line("Туфли", 250000);
    item.alreadyChecked = true;
    shoes.marking = item;
    sale.lines.push_back(shoes);
    sale.payments[CashSlot] = 250000;
    auto sold = registrar->sell(sale);
    ASSERT_TRUE(sold) << sold.error().detail;
}
