// The Registrar (the API the app uses) against the real emulator over TCP: whole receipts, returns,
// corrections, reading documents back, and link faults injected through the emulator's control
// channel.

#include <gtest/gtest.h>

#include "fiscal/codes.h"
#include "fiscal/errortable.h"
#include "fiscal/recovery/reconcile.h"
#include "fiscal/registrar.h"
#include "fiscal/transport/tcptransport.h"
#include "process.h"

using namespace fiscal;
using namespace std::chrono_literals;

namespace {

const std::string emulatorPath = PRILAVOK_FR_EMULATOR_PATH;

class RegistrarE2e : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(emulator.started());
        auto t = TcpTransport::connect("127.0.0.1", emulator.tcpPort(), 2s);
        ASSERT_TRUE(t.hasValue()) << t.error().detail;
        transport = std::move(t).value();
        settings.printPollInterval = Duration{20};
        registrar = std::make_unique<Registrar>(*transport, settings);
    }

    Receipt twoLines()
    {
        Receipt receipt;
        ReceiptLine milk;
        milk.name = "Молоко 3,2%";
        milk.quantity = 2000;
        milk.price = 8990;
        ReceiptLine apples;
        apples.name = "Яблоки";
        apples.quantity = 1250; // 1.250 kg
        apples.price = 15000;
        apples.taxBits = taxbit::Vat10;
        receipt.lines = {milk, apples};
        receipt.payments[CashSlot] = 40000; // 179.80 + 187.50 = 367.30
        receipt.cashier = Cashier{"Кассир Иванов", ""};
        receipt.buyerContact = "buyer@example.com";
        return receipt;
    }

    void openShift()
    {
        auto s = registrar->openShift(Cashier{"Кассир Иванов", "771234567890"});
        ASSERT_TRUE(s.hasValue()) << describe(s.error());
    }

    std::string dir = e2e::tempDir();
    e2e::Emulator emulator{
        emulatorPath, {"--tcp", "127.0.0.1:0", "--state", dir + "/state", "--control", "tcp:127.0.0.1:0"}};
    std::unique_ptr<TcpTransport> transport;
    RegistrarSettings settings;
    std::unique_ptr<Registrar> registrar;
};

TEST_F(RegistrarE2e, StatusSnapshot)
{
    auto s = registrar->status();
    ASSERT_TRUE(s.hasValue()) << describe(s.error());
    EXPECT_EQ(s->shift, ShiftState::Closed);
    EXPECT_EQ(s->fnNumber.size(), 16u);
    EXPECT_TRUE(s->fnExpiry.has_value());
    EXPECT_TRUE(s->ofdBacklog.has_value());
}

TEST_F(RegistrarE2e, SaleWithChangeThenReadItBack)
{
    openShift();
    auto before = registrar->fnStatus();
    ASSERT_TRUE(before.hasValue());
    auto sale = registrar->sell(twoLines());
    ASSERT_TRUE(sale.hasValue()) << describe(sale.error());
    EXPECT_EQ(sale->change, 40000 - 36730);
    EXPECT_EQ(sale->id.fd, before->lastFd + 1);
    EXPECT_TRUE(sale->print.complete);

    auto found = registrar->findDocument(sale->id.fd);
    ASSERT_TRUE(found.hasValue()) << describe(found.error());
    auto receipt = decodeFoundReceipt(*found);
    ASSERT_TRUE(receipt.has_value());
    EXPECT_EQ(receipt->total, 36730);
    EXPECT_EQ(receipt->operation, 1);
    EXPECT_EQ(receipt->fiscalSign, sale->id.fiscalSign);

    auto tlv = registrar->readDocumentTlv(sale->id.fd);
    ASSERT_TRUE(tlv.hasValue()) << describe(tlv.error());
    EXPECT_FALSE(tlv->tlvs.empty());
    if (const Tlv *cashier = findTlv(tlv->tlvs, 1021)) {
        EXPECT_EQ(tlvAsString(*cashier), "Кассир Иванов");
    }
}

TEST_F(RegistrarE2e, ReturnCorrectionAndCash)
{
    openShift();
    ASSERT_TRUE(registrar->cashIn(100000).hasValue());
    auto sale = registrar->sell(twoLines());
    ASSERT_TRUE(sale.hasValue()) << describe(sale.error());
    Receipt back = twoLines();
    back.payments[CashSlot] = 36730;
    auto returned = registrar->returnSale(back);
    ASSERT_TRUE(returned.hasValue()) << describe(returned.error());
    EXPECT_EQ(returned->id.fd, sale->id.fd + 1);
    auto found = registrar->findDocument(returned->id.fd);
    ASSERT_TRUE(found.hasValue());
    EXPECT_EQ(decodeFoundReceipt(*found)->operation, 2);

    FnCorrection correction;
    correction.total = 5000;
    correction.cash = 5000;
    auto corr = registrar->correction(correction);
    ASSERT_TRUE(corr.hasValue()) << describe(corr.error());
    EXPECT_EQ(corr->id.fd, returned->id.fd + 1);

    auto out = registrar->cashOut(1000);
    ASSERT_TRUE(out.hasValue()) << describe(out.error());
    auto z = registrar->zReport();
    ASSERT_TRUE(z.hasValue()) << describe(z.error());
}

TEST_F(RegistrarE2e, ShortPaymentIsRefusedAndTheReceiptCancelled)
{
    openShift();
    Receipt receipt = twoLines();
    receipt.payments[CashSlot] = 100; // far less than the total
    auto sale = registrar->sell(receipt);
    ASSERT_FALSE(sale.hasValue());
    EXPECT_EQ(sale.error().tier, Error::Tier::Device);
    EXPECT_FALSE(sale.error().outcomeUnknown);
    auto s = registrar->shortStatus();
    ASSERT_TRUE(s.hasValue());
    EXPECT_NE(s->mode(), mode::DocumentOpen) << "the refused receipt must have been cancelled";
}

TEST_F(RegistrarE2e, MarkedItem)
{
    openShift();
    Receipt receipt;
    ReceiptLine shoes;
    shoes.name = "Кроссовки";
    shoes.price = 499900;
    shoes.marking = MarkedItem{"0104601234567890215Zq2Tf\x1d"
                               "93dGVz",
                               PlannedStatus::PieceSold,
                               {},
                               false};
    receipt.lines = {shoes};
    receipt.payments[ElectronicSlot] = 499900;
    auto sale = registrar->sell(receipt);
    ASSERT_TRUE(sale.hasValue()) << describe(sale.error());
    EXPECT_EQ(sale->markingChecks.size(), 1u);
}

TEST_F(RegistrarE2e, DamagedAndRefusedFramesAreRepairedByTheLinkLayer)
{
    ASSERT_EQ(emulator.control("corrupt-lrc"), "ok");
    auto s = registrar->shortStatus();
    ASSERT_TRUE(s.hasValue()) << describe(s.error());
    ASSERT_EQ(emulator.control("nak-next"), "ok");
    auto fn = registrar->fnStatus();
    ASSERT_TRUE(fn.hasValue()) << describe(fn.error());
}

TEST_F(RegistrarE2e, HeldAnswerIsDrainedAndNeverPairedWithTheNextCommand)
{
    openShift();
    ASSERT_EQ(emulator.control("lose-answer"), "ok");
    // Cash in runs, its answer is held back; a short timeout keeps the test quick.
    auto request = cashInRequest(settings.operatorPassword, 12345);
    ASSERT_TRUE(request.hasValue());
    auto lost = registrar->execute(*request, Duration{300});
    ASSERT_FALSE(lost.hasValue());
    EXPECT_TRUE(lost.error().outcomeUnknown);
    EXPECT_EQ(lost.error().command, cmd::CashIn);

    auto status = registrar->shortStatus(); // starts with ENQ: the held 50h answer is drained first
    ASSERT_TRUE(status.hasValue()) << describe(status.error());
    auto drained = registrar->link().takeDrainedAnswer();
    ASSERT_TRUE(drained.has_value());
    EXPECT_EQ(drained->code, cmd::CashIn);
    EXPECT_EQ(drained->error, 0);
}

TEST_F(RegistrarE2e, DroppedAnswerIsReconciledFromTheFn)
{
    openShift();
    auto before = registrar->fnStatus();
    ASSERT_TRUE(before.hasValue());
    ASSERT_EQ(emulator.control("drop-answer"), "ok");
    auto request = cashInRequest(settings.operatorPassword, 5000);
    auto lost = registrar->execute(*request, Duration{300});
    ASSERT_FALSE(lost.hasValue());
    EXPECT_TRUE(lost.error().outcomeUnknown);
    // The app's recovery: the link is usable again and the registrar state tells what happened.
    auto after = registrar->fnStatus();
    ASSERT_TRUE(after.hasValue()) << describe(after.error());
    EXPECT_FALSE(registrar->link().takeDrainedAnswer().has_value());
}

// The journal's recovery path: the close of a receipt loses its answer, the app reconciles from the
// FN instead of selling again.
TEST_F(RegistrarE2e, LostCloseAnswerIsReconciledAsFiscalised)
{
    openShift();
    LinkSettings impatient;
    impatient.answerTimeoutOverride = std::chrono::milliseconds{400};
    Registrar quick(*transport, settings, impatient);
    auto before = quick.fnStatus();
    ASSERT_TRUE(before.hasValue());
    for (const char *fault : {"drop-answer", "lose-answer"}) {
        SCOPED_TRACE(fault);
        auto fdBefore = quick.fnStatus();
        ASSERT_TRUE(fdBefore.hasValue());
        Receipt receipt = twoLines();
        // Every command before FF45h answers normally; arm the fault just before the close.
        receipt.cashier.reset();
        receipt.buyerContact.clear();
        ASSERT_TRUE(quick.execute(openCheckRequest(settings.operatorPassword, ReceiptType::Sale)).hasValue());
        for (const ReceiptLine &line : receipt.lines) {
            FnLine l;
            l.quantity = line.quantity;
            l.price = line.price;
            l.taxBits = line.taxBits;
            l.name = line.name;
            ASSERT_TRUE(quick.execute(*fnOperationRequest(settings.operatorPassword, l)).hasValue());
        }
        FnClose close;
        close.payments[CashSlot] = 40000;
        ASSERT_EQ(emulator.control(fault), "ok");
        auto closed = quick.execute(*fnCloseCheckRequest(settings.operatorPassword, close));
        ASSERT_FALSE(closed.hasValue());
        EXPECT_TRUE(closed.error().outcomeUnknown) << describe(closed.error());

        auto rec = reconcile(quick, fdBefore->lastFd);
        ASSERT_TRUE(rec.hasValue()) << describe(rec.error());
        EXPECT_EQ(rec->outcome, Reconciliation::Outcome::Fiscalised);
        EXPECT_FALSE(rec->cancelledOpenReceipt);
        ASSERT_TRUE(rec->receipt.has_value());
        EXPECT_EQ(rec->receipt->total, 36730);
        EXPECT_EQ(rec->receipt->fd, fdBefore->lastFd + 1);
    }
}

TEST_F(RegistrarE2e, ReceiptLeftOpenIsCancelledByReconcile)
{
    openShift();
    auto fdBefore = registrar->fnStatus();
    ASSERT_TRUE(fdBefore.hasValue());
    ASSERT_TRUE(
        registrar->execute(openCheckRequest(settings.operatorPassword, ReceiptType::Sale)).hasValue());
    auto rec = reconcile(*registrar, fdBefore->lastFd);
    ASSERT_TRUE(rec.hasValue()) << describe(rec.error());
    EXPECT_TRUE(rec->cancelledOpenReceipt);
    EXPECT_EQ(rec->outcome, Reconciliation::Outcome::NotFiscalised);
}

TEST_F(RegistrarE2e, PaperOutWhilePrintingThenContinue)
{
    openShift();
    ASSERT_EQ(emulator.control("paper-out"), "ok"); // runs out during the next document
    auto x = registrar->xReport();
    ASSERT_TRUE(x.hasValue()) << describe(x.error());
    EXPECT_FALSE(x->complete);
    EXPECT_NE(x->paper, PaperState::Ok);
    ASSERT_EQ(emulator.control("paper-in"), "ok");
    auto s = registrar->shortStatus();
    ASSERT_TRUE(s.hasValue());
    if (s->submode == submode::AfterPaperOut) {
        auto cont = registrar->continuePrinting();
        ASSERT_TRUE(cont.hasValue()) << describe(cont.error());
        EXPECT_TRUE(cont->complete);
    }
    auto after = registrar->shortStatus();
    ASSERT_TRUE(after.hasValue());
    EXPECT_EQ(after->submode, submode::PaperPresent);
}

TEST_F(RegistrarE2e, PrintText)
{
    auto printed = registrar->printText({"Прилавок", "тест печати"});
    ASSERT_TRUE(printed.hasValue()) << describe(printed.error());
    EXPECT_TRUE(printed->complete);
}

} // namespace
