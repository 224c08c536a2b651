// The registrar's command sequences over the scripted transport: what goes on the wire for a status
// snapshot, a receipt, a refused line, paper running out, 50h "printing previous command".

#include <gtest/gtest.h>

#include "fiscal/codec/text.h"
#include "fiscal/codes.h"
#include "fiscal/recovery/reconcile.h"
#include "fiscal/registrar.h"
#include "fiscal/transport/scriptedtransport.h"
#include "wire.h"

using namespace fiscal;
using namespace std::chrono_literals;
using wire::frame;

namespace {

std::string statusData(int mode, int submode)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "1E 92 02 %02X %02X 00 9F E5 00 00 00 00 00 00", mode, submode);
    return buf;
}

const std::string pwd30 = "1E 00 00 00";
const std::string pwd1 = "01 00 00 00";

class RegistrarTest : public ::testing::Test
{
protected:
    RegistrarTest()
    {
        settings.operatorPassword = 1;
        settings.adminPassword = 30;
    }
    void TearDown() override { EXPECT_TRUE(device.finished()) << device.report(); }

    // One whole exchange: ENQ/NAK, the request, ACK, the answer, our ACK.
    void exchange(CommandCode code, const std::string &requestData, const std::string &answerData)
    {
        device.expect(wire::enq).reply(wire::nak).expect(frame(code, requestData)).reply(wire::ack);
        device.reply(frame(code, answerData)).expect(wire::ack);
    }
    void status(int mode, int submode)
    {
        exchange(cmd::ShortStatus, pwd30, "00 " + statusData(mode, submode));
    }

    ScriptedTransport device;
    RegistrarSettings settings;
};

TEST_F(RegistrarTest, StatusSnapshot)
{
    status(2, 0);
    exchange(cmd::FnStatus, pwd30,
             "00 03 00 00 01 00 15 07 1D 0B 1D 39 32 38 37 34 34 30 33 30 31 31 32 30 39 39 31 A9 01 00 00");
    exchange(cmd::FnExpiry, pwd30, "00 1B 0C 1F");
    exchange(cmd::FnExchangeStatus, pwd30, "00 01 00 03 00 A7 01 00 00 15 07 1D 0B 1D");
    Registrar r(device, settings);
    auto s = r.status();
    ASSERT_TRUE(s.hasValue()) << s.error().detail;
    EXPECT_EQ(s->mode, 2);
    EXPECT_EQ(s->submode, 0);
    EXPECT_EQ(s->operatorNumber, 30);
    EXPECT_EQ(s->shift, ShiftState::Open);
    EXPECT_EQ(s->paper, PaperState::Ok);
    EXPECT_EQ(s->fnNumber, "9287440301120991");
    EXPECT_EQ(s->lastFd, 425u);
    EXPECT_EQ(s->fnExpiry, (std::optional<Date>{Date{2027, 12, 31}}));
    EXPECT_EQ(s->ofdBacklog, (std::optional<std::uint16_t>{3}));
}

TEST_F(RegistrarTest, StatusToleratesRefusedOptionalParts)
{
    status(3, 1);
    exchange(cmd::FnStatus, pwd30,
             "00 03 00 00 01 00 15 07 1D 0B 1D 39 32 38 37 34 34 30 33 30 31 31 32 30 39 39 31 A9 01 00 00");
    exchange(cmd::FnExpiry, pwd30, "01");
    exchange(cmd::FnExchangeStatus, pwd30, "01");
    Registrar r(device, settings);
    auto s = r.status();
    ASSERT_TRUE(s.hasValue());
    EXPECT_EQ(s->shift, ShiftState::Expired);
    EXPECT_EQ(s->paper, PaperState::Out);
    EXPECT_FALSE(s->fnExpiry.has_value());
    EXPECT_FALSE(s->ofdBacklog.has_value());
}

TEST_F(RegistrarTest, PrintingPreviousCommandIsWaitedOutAndRetried)
{
    exchange(cmd::OpenCheck, pwd1 + " 00", "50");
    status(8, 5);
    status(8, 0);
    exchange(cmd::OpenCheck, pwd1 + " 00", "00 01");
    Registrar r(device, settings);
    auto answer = r.execute(openCheckRequest(1, ReceiptType::Sale));
    ASSERT_TRUE(answer.hasValue());
    EXPECT_GE(device.elapsed(), settings.printPollInterval);
}

TEST_F(RegistrarTest, DeviceErrorComesBackTyped)
{
    exchange(cmd::CashOut, pwd1 + " 10 27 00 00 00", "46");
    Registrar r(device, settings);
    auto doc = r.cashOut(10000);
    ASSERT_FALSE(doc.hasValue());
    EXPECT_TRUE(doc.error().isDevice(deverr::NotEnoughCash));
    EXPECT_EQ(doc.error().command, cmd::CashOut);
    EXPECT_FALSE(doc.error().outcomeUnknown);
}

Receipt milkReceipt()
{
    Receipt receipt;
    ReceiptLine line;
    line.name = "Молоко";
    line.quantity = 2000;
    line.price = 8990;
    receipt.lines.push_back(line);
    receipt.payments[CashSlot] = 20000;
    receipt.cashier = Cashier{"Кассир Иванов", ""};
    receipt.buyerContact = "+79123456789";
    return receipt;
}

const std::string milkLine = pwd1 +
                             " 01 80 84 1E 00 00 00 1E 23 00 00 00 FF FF FF FF FF FF FF FF FF FF 01 00 04 01 "
                             "CC EE EB EE EA EE";

std::string tlvHex(const Tlv &t)
{
    return toHex(encodeTlvs({t}));
}

std::string zeros(int n)
{
    std::string out;
    for (int i = 0; i < n; ++i)
        out += " 00";
    return out;
}

TEST_F(RegistrarTest, ReceiptSequence)
{
    exchange(cmd::OpenCheck, pwd1 + " 00", "00 01");
    exchange(cmd::FnOperationV2, milkLine, "00");
    exchange(cmd::FnSendTlv, pwd30 + " " + tlvHex(tlvString(1021, "Кассир Иванов")), "00");
    exchange(cmd::FnSendTlv, pwd30 + " " + tlvHex(tlvString(1008, "+79123456789")), "00");
    exchange(cmd::FnCloseCheckV2,
             pwd1 + " 20 4E 00 00 00" + zeros(15 * 5) + " 00" + zeros(30) + " 01" + zeros(64),
             "00 0C 04 00 00 00 AA 01 00 00 78 56 34 12 1A 0B 16 12 05");
    status(2, 5);
    status(2, 0);
    Registrar r(device, settings);
    auto result = r.sell(milkReceipt());
    ASSERT_TRUE(result.hasValue()) << result.error().detail;
    EXPECT_EQ(result->change, 1036);
    EXPECT_EQ(result->id.fd, 426u);
    EXPECT_EQ(result->id.fiscalSign, 0x12345678u);
    EXPECT_TRUE(result->print.complete);
}

TEST_F(RegistrarTest, RefusedLineCancelsTheReceipt)
{
    exchange(cmd::OpenCheck, pwd1 + " 00", "00 01");
    exchange(cmd::FnOperationV2, milkLine, "3D");
    exchange(cmd::CancelCheck, pwd1, "00 01");
    Registrar r(device, settings);
    auto result = r.sell(milkReceipt());
    ASSERT_FALSE(result.hasValue());
    EXPECT_TRUE(result.error().isDevice(deverr::ShiftNotOpen));
    EXPECT_EQ(result.error().command, cmd::FnOperationV2);
}

TEST_F(RegistrarTest, LostCloseAnswerIsNeverResent)
{
    Receipt receipt = milkReceipt();
    receipt.cashier.reset();
    receipt.buyerContact.clear();
    exchange(cmd::OpenCheck, pwd1 + " 00", "00 01");
    exchange(cmd::FnOperationV2, milkLine, "00");
    device.expect(wire::enq).reply(wire::nak);
    device
        .expect(frame(cmd::FnCloseCheckV2,
                      pwd1 + " 20 4E 00 00 00" + zeros(15 * 5) + " 00" + zeros(30) + " 01" + zeros(64)))
        .reply(wire::ack); // ... and the answer never comes
    Registrar r(device, settings);
    auto result = r.sell(receipt);
    ASSERT_FALSE(result.hasValue());
    EXPECT_TRUE(result.error().outcomeUnknown);
    EXPECT_EQ(result.error().command, cmd::FnCloseCheckV2);
}

TEST_F(RegistrarTest, PaperOutAfterTheReceiptIsFiscalisedStillReturnsTheDocument)
{
    Receipt receipt = milkReceipt();
    receipt.cashier.reset();
    receipt.buyerContact.clear();
    exchange(cmd::OpenCheck, pwd1 + " 00", "00 01");
    exchange(cmd::FnOperationV2, milkLine, "00");
    exchange(cmd::FnCloseCheckV2,
             pwd1 + " 20 4E 00 00 00" + zeros(15 * 5) + " 00" + zeros(30) + " 01" + zeros(64),
             "00 00 00 00 00 00 AB 01 00 00 01 00 00 00");
    status(2, 2);
    Registrar r(device, settings);
    auto result = r.sell(receipt);
    ASSERT_TRUE(result.hasValue());
    EXPECT_EQ(result->id.fd, 427u);
    EXPECT_FALSE(result->print.complete);
    EXPECT_EQ(result->print.paper, PaperState::OutWhilePrinting);
}

TEST_F(RegistrarTest, ContinuePrintingAfterRefillWhenAsked)
{
    settings.continueAfterRefill = true;
    exchange(cmd::XReport, pwd30, "00 1E");
    status(2, 3);
    exchange(cmd::ContinuePrint, pwd30, "00 1E");
    status(2, 0);
    Registrar r(device, settings);
    auto printed = r.xReport();
    ASSERT_TRUE(printed.hasValue());
    EXPECT_TRUE(printed->complete);
}

TEST_F(RegistrarTest, WaitingForContinueIsReportedWhenNotAutomatic)
{
    exchange(cmd::XReport, pwd30, "00 1E");
    status(2, 3);
    Registrar r(device, settings);
    auto printed = r.xReport();
    ASSERT_TRUE(printed.hasValue());
    EXPECT_FALSE(printed->complete);
    EXPECT_EQ(printed->paper, PaperState::WaitingContinue);
}

TEST_F(RegistrarTest, MarkedLineIsCheckedAcceptedAndBound)
{
    const std::string km = "0104600439931256215Zq2Tf";
    Receipt receipt;
    ReceiptLine line;
    line.name = "Молоко";
    line.quantity = 2000;
    line.price = 8990;
    line.marking = MarkedItem{km, PlannedStatus::PieceSold, {}, false};
    line.tags.push_back(tlvByte(1212, 33));
    receipt.lines.push_back(line);
    receipt.payments[CashSlot] = 17980;
    const std::string kmHex = toHex(encodeText(km, CodePage::Cp1251));
    exchange(cmd::OpenCheck, pwd1 + " 00", "00 01");
    exchange(cmd::FnCheckMarkingCode, pwd1 + " 01 00 18 00 " + kmHex, "00 0F 00 02 00 00 0F");
    exchange(cmd::FnAcceptMarkingCode, pwd1 + " 01", "00 0F");
    exchange(cmd::FnOperationV2, milkLine, "00");
    exchange(cmd::FnSendOperationTlv, pwd30 + " BC 04 01 00 21", "00");
    exchange(cmd::FnBindMarkingCode, pwd1 + " 18 " + kmHex, "00 01 04 02");
    exchange(cmd::FnCloseCheckV2,
             pwd1 + " 3C 46 00 00 00" + zeros(15 * 5) + " 00" + zeros(30) + " 01" + zeros(64),
             "00 00 00 00 00 00 AC 01 00 00 01 00 00 00");
    status(2, 0);
    Registrar r(device, settings);
    auto result = r.sell(receipt);
    ASSERT_TRUE(result.hasValue()) << result.error().detail;
    ASSERT_EQ(result->markingChecks.size(), 1u);
    EXPECT_EQ(result->markingChecks[0].result, std::optional<std::uint8_t>{0x0F});
}

TEST_F(RegistrarTest, OpenShiftWithCashier)
{
    exchange(cmd::FnBeginOpenShift, pwd30, "00");
    exchange(cmd::FnSendTlv, pwd30 + " " + tlvHex(tlvString(1021, "Кассир Иванов")), "00");
    exchange(cmd::FnOpenShift, pwd30, "00 08 00 AA 01 00 00 EF BE AD DE");
    status(2, 0);
    Registrar r(device, settings);
    auto shift = r.openShift(Cashier{"Кассир Иванов", ""});
    ASSERT_TRUE(shift.hasValue());
    EXPECT_EQ(shift->shiftNumber, 8);
    ASSERT_TRUE(shift->id.has_value());
    EXPECT_EQ(shift->id->fd, 426u);
}

TEST_F(RegistrarTest, OpenShiftWithE0)
{
    exchange(cmd::OpenShift, pwd30, "00 1E");
    exchange(cmd::FnShiftParams, pwd30, "00 01 09 00 00 00");
    status(2, 0);
    Registrar r(device, settings);
    auto shift = r.openShift();
    ASSERT_TRUE(shift.hasValue());
    EXPECT_EQ(shift->shiftNumber, 9);
}

TEST_F(RegistrarTest, ZReport)
{
    exchange(cmd::FnShiftParams, pwd30, "00 01 09 00 05 00");
    exchange(cmd::ZReport, pwd30, "00 1E");
    status(4, 4);
    status(4, 0);
    Registrar r(device, settings);
    auto shift = r.zReport();
    ASSERT_TRUE(shift.hasValue());
    EXPECT_EQ(shift->shiftNumber, 9);
}

TEST_F(RegistrarTest, ReadDocumentAsTlvUntilNoData)
{
    const Bytes tlvs = encodeTlvs({tlvUint32(1040, 425), tlvString(1021, "Иванов")});
    const std::string all = toHex(tlvs);
    const std::string first = toHex(ByteView(tlvs).first(8));
    const std::string second = toHex(ByteView(tlvs).subspan(8));
    char header[32];
    std::snprintf(header, sizeof header, "00 03 00 %02X 00", static_cast<unsigned>(tlvs.size()));
    exchange(cmd::FnReadDocumentBegin, pwd30 + " A9 01 00 00", header);
    exchange(cmd::FnReadDocumentBlock, pwd30, "00 " + first);
    exchange(cmd::FnReadDocumentBlock, pwd30, "00 " + second);
    Registrar r(device, settings);
    auto doc = r.readDocumentTlv(425);
    ASSERT_TRUE(doc.hasValue()) << doc.error().detail;
    EXPECT_EQ(doc->header.type, 3);
    EXPECT_EQ(toHex(doc->raw), all);
    ASSERT_EQ(doc->tlvs.size(), 2u);
    EXPECT_EQ(tlvAsString(doc->tlvs[1]), "Иванов");
}

TEST_F(RegistrarTest, ReadDocumentStopsAtNoDataError)
{
    exchange(cmd::FnReadDocumentBegin, pwd30 + " 01 00 00 00", "00 01 00 40 00");
    exchange(cmd::FnReadDocumentBlock, pwd30, "00 11 04 10 00");
    exchange(cmd::FnReadDocumentBlock, pwd30, "08");
    Registrar r(device, settings);
    auto doc = r.readDocumentTlv(1);
    ASSERT_TRUE(doc.hasValue());
    EXPECT_EQ(doc->raw.size(), 4u);
}

TEST_F(RegistrarTest, FindDocumentAndPrintText)
{
    exchange(cmd::FnFindDocument, pwd30 + " A9 01 00 00",
             "00 03 01 15 07 1D 0B 1D A9 01 00 00 78 56 34 12 01 2C 5F 01 00 00");
    exchange(cmd::PrintString, pwd1 + " 02 48 65 6C 6C 6F" + zeros(35), "00 01");
    exchange(cmd::Cut, pwd1 + " 01", "00 01");
    status(2, 0);
    Registrar r(device, settings);
    auto doc = r.findDocument(425);
    ASSERT_TRUE(doc.hasValue());
    EXPECT_EQ(decodeFoundReceipt(*doc)->total, 89900);
    auto printed = r.printText({"Hello"});
    ASSERT_TRUE(printed.hasValue());
    EXPECT_TRUE(printed->complete);
}

TEST_F(RegistrarTest, CorrectionAndCash)
{
    FnCorrection c;
    c.total = 100;
    c.cash = 100;
    exchange(cmd::FnCorrectionV2,
             pwd30 + " 00 01 64 00 00 00 00 64 00 00 00 00" + zeros(4 * 5) + zeros(30) + " 01",
             "00 05 00 AC 01 00 00 01 02 03 04");
    status(2, 0);
    exchange(cmd::CashIn, pwd1 + " 10 27 00 00 00", "00 01 2C 01");
    status(2, 0);
    Registrar r(device, settings);
    auto corr = r.correction(c);
    ASSERT_TRUE(corr.hasValue());
    EXPECT_EQ(corr->id.fd, 428u);
    auto cash = r.cashIn(10000);
    ASSERT_TRUE(cash.hasValue());
    EXPECT_EQ(cash->documentNumber, 300);
}

} // namespace

namespace {

// FF01h answers: a receipt begun in the FN (current document 04h) and none (00h); last FD follows.
const std::string fnStatusReceiptBegun =
    "00 03 04 00 01 00 15 07 1D 0B 1D 39 32 38 37 34 34 30 33 30 31 31 32 30 39 39 31 ";
const std::string fnStatusIdle =
    "00 03 00 00 01 00 15 07 1D 0B 1D 39 32 38 37 34 34 30 33 30 31 31 32 30 39 39 31 ";

// fiscal::reconcile over the wire: the facts (10h, FF01h) first, then only what the recovery rule
// allows (fiscal/recovery).
TEST_F(RegistrarTest, ReconcileCancelsAnOpenReceiptAndFindsNothingFiscal)
{
    status(8, 0);
    exchange(cmd::FnStatus, pwd30, fnStatusReceiptBegun + "A9 01 00 00");
    exchange(cmd::CancelCheck, pwd1, "00 01");
    Registrar r(device, settings);
    auto rec = reconcile(r, 425);
    ASSERT_TRUE(rec.hasValue());
    EXPECT_TRUE(rec->cancelledOpenReceipt);
    EXPECT_EQ(rec->outcome, Reconciliation::Outcome::NotFiscalised);
    EXPECT_EQ(rec->lastFd, 425u);
}

TEST_F(RegistrarTest, ReconcileCancelsAnFnDocumentBegunOutsideAReceipt)
{
    status(2, 0);
    exchange(cmd::FnStatus, pwd30, fnStatusReceiptBegun + "A9 01 00 00");
    exchange(cmd::FnCancelDocument, pwd30, "00");
    Registrar r(device, settings);
    auto rec = reconcile(r, 425);
    ASSERT_TRUE(rec.hasValue());
    EXPECT_TRUE(rec->cancelledOpenReceipt);
    EXPECT_EQ(rec->outcome, Reconciliation::Outcome::NotFiscalised);
}

// The rule the app always had: an open document after the FD moved is not ours to cancel.
TEST_F(RegistrarTest, ReconcileLeavesAnOpenReceiptAloneAfterTheFdMoved)
{
    status(8, 0);
    exchange(cmd::FnStatus, pwd30, fnStatusReceiptBegun + "AA 01 00 00");
    Registrar r(device, settings);
    auto rec = reconcile(r, 425);
    ASSERT_TRUE(rec.hasValue());
    EXPECT_FALSE(rec->cancelledOpenReceipt);
    EXPECT_EQ(rec->outcome, Reconciliation::Outcome::Unexpected);
    EXPECT_EQ(rec->decision.reason, recovery::Reason::OpenAfterNewDocument);
}

TEST_F(RegistrarTest, ReconcileReadsTheOneNewDocument)
{
    status(2, 0);
    exchange(cmd::FnStatus, pwd30, fnStatusIdle + "AA 01 00 00");
    exchange(cmd::FnFindDocument, pwd30 + " AA 01 00 00",
             "00 03 00 15 07 1D 0B 1D AA 01 00 00 78 56 34 12 01 2C 5F 01 00 00");
    Registrar r(device, settings);
    auto rec = reconcile(r, 425);
    ASSERT_TRUE(rec.hasValue());
    EXPECT_FALSE(rec->cancelledOpenReceipt);
    EXPECT_EQ(rec->outcome, Reconciliation::Outcome::Fiscalised);
    ASSERT_TRUE(rec->receipt.has_value());
    EXPECT_EQ(rec->receipt->total, 89900);
    EXPECT_EQ(rec->receipt->fd, 426u);
}

TEST_F(RegistrarTest, ReconcileFlagsAGap)
{
    status(2, 0);
    exchange(cmd::FnStatus, pwd30, fnStatusIdle + "AC 01 00 00");
    Registrar r(device, settings);
    auto rec = reconcile(r, 425);
    ASSERT_TRUE(rec.hasValue());
    EXPECT_EQ(rec->outcome, Reconciliation::Outcome::Unexpected);
    EXPECT_EQ(rec->lastFd, 428u);
    EXPECT_EQ(rec->decision.reason, recovery::Reason::FdOutOfStep);
}

} // namespace

namespace {

TEST_F(RegistrarTest, UnencodableReceiptIsRefusedBeforeAnythingIsSent)
{
    Receipt receipt = milkReceipt();
    receipt.lines[0].name = std::string(200, 'x'); // FF46h takes 128 bytes at most
    Registrar r(device, settings);
    auto result = r.sell(receipt);
    ASSERT_FALSE(result.hasValue());
    EXPECT_TRUE(result.error().isLink(LinkError::Malformed));
    EXPECT_TRUE(device.written().empty());
    receipt = milkReceipt();
    receipt.payments[CashSlot] = -1;
    EXPECT_FALSE(r.sell(receipt).hasValue());
    EXPECT_TRUE(device.written().empty());
}

} // namespace
