// Every typed command: its request against bytes worked out from the reference (full frames for the
// verified vectors of §6), and its answer parser against answer bytes, including the real captures.

#include <map>

#include <gtest/gtest.h>

#include "fiscal/codec/text.h"
#include "fiscal/codec/tlv.h"
#include "fiscal/codes.h"
#include "fiscal/commands/fn.h"
#include "fiscal/commands/fnreceipt.h"
#include "fiscal/commands/marking.h"
#include "fiscal/commands/parsers.h"
#include "fiscal/commands/receipt.h"
#include "fiscal/commands/service.h"
#include "fiscal/commands/shift.h"
#include "fiscal/commands/status.h"
#include "wire.h"

using namespace fiscal;

namespace {

Request must(RequestResult r)
{
    EXPECT_TRUE(r.hasValue()) << (r ? "" : r.error().detail);
    return r ? *r : Request{};
}

std::string frameHex(const Request &r)
{
    return toHex(encodeCommandFrame(r.code, r.data).value_or(Bytes{}));
}

std::string zeros(int n)
{
    std::string out;
    for (int i = 0; i < n; ++i)
        out += " 00";
    return out;
}

struct RequestRow
{
    std::string name;
    Request request;
    CommandCode code;
    std::string data; // hex after the command code
};

std::vector<RequestRow> requestRows()
{
    const Password p30 = 30;
    const Password p1 = 1;
    LegacyLine milk{1000, 8990, 1, {1, 0, 0, 0}, "Молоко"};
    LegacyClose close85;
    close85.payments = {10000, 0, 0, 0};
    ExtendedClose close8e;
    close8e.payments[0] = 5000;
    close8e.payments[1] = 5000;
    FnClose fnClose;
    fnClose.payments[CashSlot] = 10000;
    fnClose.payments[ElectronicSlot] = 2345;
    FnCorrection correction;
    correction.total = 15000;
    correction.cash = 15000;
    const std::string km = "010460043993125621JgXJ5.T";

    return {
        {"10h", shortStatusRequest(p30), 0x10, "1E 00 00 00"},
        {"11h", fullStatusRequest(p1), 0x11, "01 00 00 00"},
        {"13h", beepRequest(p1), 0x13, "01 00 00 00"},
        {"14h", setExchangeParamsRequest(p30, 0, {6, 50}), 0x14, "1E 00 00 00 00 06 32"},
        {"15h", readExchangeParamsRequest(p30, 0), 0x15, "1E 00 00 00 00"},
        {"17h", must(printStringRequest(p1, "Итого")), 0x17, "01 00 00 00 02 C8 F2 EE E3 EE" + zeros(35)},
        {"1Ah", readMoneyRegisterRequest(p30, 241), 0x1A, "1E 00 00 00 F1"},
        {"1Bh", readOperationalRegisterRequest(p30, 152), 0x1B, "1E 00 00 00 98"},
        {"1Eh", must(writeTableRequest(p30, {1, 1, 2}, wire::hex("01"))), 0x1E, "1E 00 00 00 01 01 00 02 01"},
        {"1Fh", readTableRequest(p30, {18, 1, 7}), 0x1F, "1E 00 00 00 12 01 00 07"},
        {"25h", cutRequest(p1, true), 0x25, "01 00 00 00 01"},
        {"28h", openDrawerRequest(p1, 0), 0x28, "01 00 00 00 00"},
        {"40h", xReportRequest(p30), 0x40, "1E 00 00 00"},
        {"41h", zReportRequest(p30), 0x41, "1E 00 00 00"},
        {"50h", must(cashInRequest(p1, 10000)), 0x50, "01 00 00 00 10 27 00 00 00"},
        {"51h", must(cashOutRequest(p1, 150)), 0x51, "01 00 00 00 96 00 00 00 00"},
        {"80h", must(saleRequest(p1, milk)), 0x80,
         "01 00 00 00 E8 03 00 00 00 1E 23 00 00 00 01 01 00 00 00 CC EE EB EE EA EE" + zeros(34)},
        {"82h", must(saleReturnRequest(p1, milk)), 0x82,
         "01 00 00 00 E8 03 00 00 00 1E 23 00 00 00 01 01 00 00 00 CC EE EB EE EA EE" + zeros(34)},
        {"85h", must(closeCheckRequest(p1, close85)), 0x85,
         "01 00 00 00 10 27 00 00 00" + zeros(15) + " 00 00" + zeros(4) + zeros(40)},
        {"88h", cancelCheckRequest(p30), 0x88, "1E 00 00 00"},
        {"89h", subtotalRequest(p1), 0x89, "01 00 00 00"},
        {"8Dh", openCheckRequest(p1, ReceiptType::Sale), 0x8D, "01 00 00 00 00"},
        {"8Dh return", openCheckRequest(p1, ReceiptType::SaleReturn), 0x8D, "01 00 00 00 02"},
        {"8Eh", must(closeCheckExtendedRequest(p1, close8e)), 0x8E,
         "01 00 00 00 88 13 00 00 00 88 13 00 00 00" + zeros(14 * 5) + " 00 00" + zeros(4) + zeros(40)},
        {"B0h", continuePrintRequest(p30), 0xB0, "1E 00 00 00"},
        {"E0h", openShiftRequest(p1), 0xE0, "01 00 00 00"},
        {"F7h", extendedRequest(1), 0xF7, "01"},
        {"FCh", deviceTypeRequest(), 0xFC, ""},
        {"FF01h", fnStatusRequest(p30), 0xFF01, "1E 00 00 00"},
        {"FF02h", fnNumberRequest(p30), 0xFF02, "1E 00 00 00"},
        {"FF03h", fnExpiryRequest(p30), 0xFF03, "1E 00 00 00"},
        {"FF08h", fnCancelDocumentRequest(p30), 0xFF08, "1E 00 00 00"},
        {"FF0Ah", fnFindDocumentRequest(p30, 425), 0xFF0A, "1E 00 00 00 A9 01 00 00"},
        {"FF0Bh", fnOpenShiftRequest(p30), 0xFF0B, "1E 00 00 00"},
        {"FF0Ch", must(fnSendTlvRequest(p30, encodeTlvs({tlvString(1021, "Кассир Иванов")}))), 0xFF0C,
         "1E 00 00 00 FD 03 0D 00 8A A0 E1 E1 A8 E0 20 88 A2 A0 AD AE A2"},
        {"FF35h", fnBeginCorrectionRequest(p30), 0xFF35, "1E 00 00 00"},
        {"FF36h", must(fnMakeCorrectionRequest(p30, 15000, 1)), 0xFF36, "1E 00 00 00 98 3A 00 00 00 01"},
        {"FF39h", fnExchangeStatusRequest(p30), 0xFF39, "1E 00 00 00"},
        {"FF3Ah", fnReadDocumentBeginRequest(p30, 7), 0xFF3A, "1E 00 00 00 07 00 00 00"},
        {"FF3Bh", fnReadDocumentBlockRequest(p30), 0xFF3B, "1E 00 00 00"},
        {"FF3Fh", fnUnconfirmedCountRequest(p30), 0xFF3F, "1E 00 00 00"},
        {"FF40h", fnShiftParamsRequest(p30), 0xFF40, "1E 00 00 00"},
        {"FF41h", fnBeginOpenShiftRequest(p30), 0xFF41, "1E 00 00 00"},
        {"FF42h", fnBeginCloseShiftRequest(p30), 0xFF42, "1E 00 00 00"},
        {"FF43h", fnCloseShiftRequest(p30), 0xFF43, "1E 00 00 00"},
        {"FF45h", must(fnCloseCheckRequest(p1, fnClose)), 0xFF45,
         "01 00 00 00 10 27 00 00 00 29 09 00 00 00" + zeros(14 * 5) + " 00" + zeros(30) + " 01" + zeros(64)},
        {"FF4Ah", must(fnCorrectionRequest(p30, correction)), 0xFF4A,
         "1E 00 00 00 00 01 98 3A 00 00 00 98 3A 00 00 00" + zeros(4 * 5) + zeros(30) + " 01"},
        {"FF44h", fnOpenCorrectionReceiptRequest(p30, ReceiptType::SaleReturn), 0xFF44, "1E 00 00 00 02"},
        {"FF4Dh", must(fnSendOperationTlvRequest(p30, encodeTlvs({tlvByte(1212, 1)}))), 0xFF4D,
         "1E 00 00 00 BC 04 01 00 01"},
        {"FF61h", must(checkMarkingCodeRequest(p1, PlannedStatus::PieceSold, km)), 0xFF61,
         "01 00 00 00 01 00 19 00 " + toHex(encodeText(km, CodePage::Cp1251))},
        {"FF67h", must(bindMarkingCodeRequest(p1, km)), 0xFF67,
         "01 00 00 00 19 " + toHex(encodeText(km, CodePage::Cp1251))},
        {"FF69h", acceptMarkingCodeRequest(p1, true), 0xFF69, "01 00 00 00 01"},
        {"FF70h", markingStatusRequest(p1), 0xFF70, "01 00 00 00"},
    };
}

TEST(Correction, BasisTagsAre1173ThenTheStlv1174)
{
    EXPECT_EQ(daysSinceEpoch(Date{1970, 1, 1}), 0);
    EXPECT_EQ(daysSinceEpoch(Date{2000, 3, 1}), 11017);
    EXPECT_EQ(daysSinceEpoch(Date{2026, 11, 20}), 20777);

    CorrectionBasis basis;
    basis.type = 1;
    basis.description = "Акт";
    basis.settlementDate = Date{2026, 11, 20};
    basis.orderNumber = "12";
    const auto tags = correctionBasisTags(basis);
    ASSERT_EQ(tags.size(), 2u);
    EXPECT_EQ(toHex(encodeTlvs({tags[0]})), "95 04 01 00 01");
    // 1177 "Акт" in CP866, 1178 the UnixTime of that midnight (20777 days), 1179 "12".
    const std::uint32_t unix1178 = 20777u * 86400u;
    Bytes stlv;
    appendTlv(stlv, 1177, encodeText("Акт", CodePage::Cp866));
    Bytes when;
    appendLE(when, unix1178, 4);
    appendTlv(stlv, 1178, when);
    appendTlv(stlv, 1179, encodeText("12", CodePage::Cp866));
    EXPECT_EQ(tags[1].tag, 1174);
    EXPECT_EQ(toHex(tags[1].value), toHex(stlv));

    basis = CorrectionBasis{};
    basis.settlementDate = Date{2026, 1, 2};
    const auto self = correctionBasisTags(basis);
    auto children = parseTlvs(self[1].value);
    ASSERT_TRUE(children);
    ASSERT_EQ(children->size(), 1u); // neither description nor order number: 1178 alone
    EXPECT_EQ((*children)[0].tag, 1178);
}

TEST(Correction, VatCodesOfTag1199MapToTaxBits)
{
    const std::map<int, std::uint8_t> expected{{1, 0x01}, {2, 0x02},  {3, 0x10},  {4, 0x20},
                                               {5, 0x04}, {6, 0x08},  {7, 0x81},  {8, 0x82},
                                               {9, 0x84}, {10, 0x90}, {11, 0x01}, {12, 0x10}};
    for (const auto &[code, bits] : expected)
        EXPECT_EQ(taxBitsForVat1199(code), std::optional<std::uint8_t>(bits)) << code;
    EXPECT_FALSE(taxBitsForVat1199(0));
    EXPECT_FALSE(taxBitsForVat1199(13));
}

TEST(Requests, EveryCommandEncodesAsTheReferenceSays)
{
    for (const RequestRow &row : requestRows()) {
        SCOPED_TRACE(row.name);
        EXPECT_EQ(row.request.code, row.code);
        EXPECT_EQ(toHex(row.request.data), toHex(wire::hex(row.data)));
        EXPECT_TRUE(encodeCommandFrame(row.request.code, row.request.data).has_value());
    }
}

// Whole frames from §6 (captures and pyshtrih-encoded requests).
TEST(Requests, VerifiedFrames)
{
    EXPECT_EQ(frameHex(shortStatusRequest(30)), "02 05 10 1E 00 00 00 0B");
    EXPECT_EQ(frameHex(cancelCheckRequest(30)), "02 05 88 1E 00 00 00 93");
    EXPECT_EQ(frameHex(fnStatusRequest(30)), "02 06 FF 01 1E 00 00 00 E6");
    EXPECT_EQ(frameHex(deviceTypeRequest()), "02 01 FC FD");
    EXPECT_EQ(frameHex(shortStatusRequest(1)), "02 05 10 01 00 00 00 14");
    EXPECT_EQ(frameHex(fullStatusRequest(1)), "02 05 11 01 00 00 00 15");
    EXPECT_EQ(frameHex(beepRequest(1)), "02 05 13 01 00 00 00 17");
    EXPECT_EQ(frameHex(openShiftRequest(1)), "02 05 E0 01 00 00 00 E4");
    EXPECT_EQ(frameHex(openCheckRequest(1, ReceiptType::Sale)), "02 06 8D 01 00 00 00 00 8A");
    EXPECT_EQ(frameHex(must(cashInRequest(1, 10000))), "02 0A 50 01 00 00 00 10 27 00 00 00 6C");
    EXPECT_EQ(frameHex(cutRequest(1, true)), "02 06 25 01 00 00 00 01 23");
    EXPECT_EQ(frameHex(fnBeginOpenShiftRequest(30)), "02 06 FF 41 1E 00 00 00 A6");
    EXPECT_EQ(frameHex(must(fnSendTlvRequest(30, encodeTlvs({tlvString(1021, "Кассир Иванов")})))),
              "02 17 FF 0C 1E 00 00 00 FD 03 0D 00 8A A0 E1 E1 A8 E0 20 88 A2 A0 AD AE A2 60");
}

TEST(Requests, Ff46MilkLineFromTheReference)
{
    FnLine line;
    line.quantity = 1000;
    line.price = 8990;
    line.taxBits = taxbit::Vat20;
    line.method = PaymentMethod::FullPayment;
    line.subject = PaymentSubject::Goods;
    line.name = "Молоко";
    line.padNameTo = 42; // pyshtrih pads the name; the frame length is then 4Ah
    const std::string frame = frameHex(must(fnOperationRequest(1, line)));
    EXPECT_EQ(frame,
              "02 4A FF 46 01 00 00 00 01 40 42 0F 00 00 00 1E 23 00 00 00 FF FF FF FF FF FF FF FF FF FF "
              "01 00 04 01 CC EE EB EE EA EE" +
                  zeros(36) + " E4");
}

TEST(Requests, Ff46GivenAmountAndUnpaddedName)
{
    FnLine line;
    line.operation = Operation::SaleReturn;
    line.quantity = 1250; // 1.250 kg
    line.price = 10000;
    line.amount = 12500;
    line.taxAmount = 2083;
    line.taxBits = taxbit::Vat20_120;
    line.department = 2;
    line.method = PaymentMethod::FullPrepayment;
    line.subject = PaymentSubject::Service;
    line.name = "//";
    EXPECT_EQ(
        toHex(must(fnOperationRequest(3, line)).data),
        "03 00 00 00 02 D0 12 13 00 00 00 10 27 00 00 00 D4 30 00 00 00 23 08 00 00 00 10 02 01 04 2F 2F");
}

TEST(Requests, Ff45CloseIs182Bytes)
{
    FnClose close;
    close.payments[CashSlot] = 1;
    close.text = "Спасибо";
    const Request r = must(fnCloseCheckRequest(30, close));
    EXPECT_EQ(2 + r.data.size(), 182u);
}

TEST(Requests, OutOfRangeValuesAreRefusedNotSent)
{
    EXPECT_FALSE(cashInRequest(1, 0).hasValue());
    EXPECT_FALSE(cashInRequest(1, -5).hasValue());
    EXPECT_FALSE(cashOutRequest(1, Kopecks{1} << 40).hasValue());
    FnLine line;
    line.price = -1;
    EXPECT_FALSE(fnOperationRequest(1, line).hasValue());
    line.price = 1;
    line.amount = static_cast<Kopecks>(DeviceComputes);
    EXPECT_FALSE(fnOperationRequest(1, line).hasValue()) << "FF x 5 would mean 'device computes'";
    line.amount.reset();
    const std::string longName(129, 'x');
    line.name = longName;
    EXPECT_FALSE(fnOperationRequest(1, line).hasValue());
    FnClose close;
    const std::string longText(65, 'x');
    close.text = longText;
    EXPECT_FALSE(fnCloseCheckRequest(1, close).hasValue());
    EXPECT_FALSE(fnSendTlvRequest(30, Bytes{}).hasValue());
    EXPECT_FALSE(fnSendTlvRequest(30, Bytes(251, 0)).hasValue());
    EXPECT_FALSE(printStringRequest(1, std::string(250, 'x')).hasValue());
    LegacyClose legacy;
    legacy.discountHundredthsPercent = 10000;
    EXPECT_FALSE(closeCheckRequest(1, legacy).hasValue());
    const std::string code(250, 'A');
    EXPECT_FALSE(checkMarkingCodeRequest(1, PlannedStatus::PieceSold, code).hasValue());
}

TEST(Requests, FfxxFrameLengthCountsBothCodeBytes)
{
    const auto f = encodeCommandFrame(cmd::FnStatus, wire::hex("1E 00 00 00"));
    ASSERT_TRUE(f.has_value());
    EXPECT_EQ((*f)[1], 6);
}

// ---- answers ----

TEST(Answers, ShortStatusRealCaptureShiftOpen)
{
    auto s = parseShortStatus(wire::hex("1E 92 02 02 00 00 9F E5 18 01 00 92 08 00"));
    ASSERT_TRUE(s.hasValue());
    EXPECT_EQ(s->operatorNumber, 30);
    EXPECT_EQ(s->flags, 0x0292);
    EXPECT_EQ(s->mode(), 2);
    EXPECT_EQ(s->submode, 0);
    EXPECT_EQ(s->operationsInReceipt, 0);
    EXPECT_EQ(s->batteryRaw, 0x9F);
    EXPECT_EQ(s->powerRaw, 0xE5);
    EXPECT_EQ(s->legacyFmError, 0x18);
    EXPECT_EQ(s->legacyEjError, 0x01);
    EXPECT_TRUE(s->receiptPaper());
    EXPECT_FALSE(s->lastPrintResult.has_value());
}

TEST(Answers, ShortStatusRealCaptureReceiptOpen)
{
    auto s = parseShortStatus(wire::hex("1E 92 02 08 00 01 9F E5 18 01 00 8B 02 00"));
    ASSERT_TRUE(s.hasValue());
    EXPECT_EQ(s->mode(), 8);
    EXPECT_EQ(s->modeStatus(), 0);
    EXPECT_EQ(s->operationsInReceipt, 1);
}

TEST(Answers, ShortStatusHighOpsByteAndExtraByte)
{
    auto s = parseShortStatus(wire::hex("01 00 00 28 05 34 00 00 00 00 02 00 00 00 07"));
    ASSERT_TRUE(s.hasValue());
    EXPECT_EQ(s->mode(), 8);
    EXPECT_EQ(s->modeStatus(), 2); // sale return
    EXPECT_EQ(s->submode, 5);
    EXPECT_EQ(s->operationsInReceipt, 0x0234);
    EXPECT_EQ(s->lastPrintResult, std::optional<std::uint8_t>{7});
}

TEST(Answers, FullStatus)
{
    // op 30, fw "12" build 0x0F32, 24.06.21, hall 1, doc 0x0102, flags 0292h, mode 4, sub 0, port 128,
    // FM "10" build 0x10, 01.01.20, date 22.11.26, time 18:05:59, FM flags 1, serial 12345678,
    // last shift 7, free 1000, refisc 1/3, INN 7701234567, serial hi 1
    const std::string hex =
        "1E 31 32 32 0F 18 06 15 01 02 01 92 02 04 00 80 31 30 10 00 01 01 14 16 0B 1A 12 05 3B "
        "01 4E 61 BC 00 07 00 E8 03 01 03 87 83 07 CB 01 00 01 00";
    auto s = parseFullStatus(wire::hex(hex));
    ASSERT_TRUE(s.hasValue());
    EXPECT_EQ(s->operatorNumber, 30);
    EXPECT_EQ(s->firmwareVersion, "1.2");
    EXPECT_EQ(s->firmwareBuild, 0x0F32);
    EXPECT_EQ(s->firmwareDate, (Date{2021, 6, 24}));
    EXPECT_EQ(s->hallNumber, 1);
    EXPECT_EQ(s->documentNumber, 0x0102);
    EXPECT_EQ(s->flags, 0x0292);
    EXPECT_EQ(s->mode(), 4);
    EXPECT_EQ(s->port, 128);
    EXPECT_EQ(s->fmFirmwareVersion, "1.0");
    EXPECT_EQ(s->date, (Date{2026, 11, 22}));
    EXPECT_EQ(s->time, (Time{18, 5, 59}));
    EXPECT_EQ(s->fmFlags, 1);
    EXPECT_EQ(s->serialNumber, 12345678u + (std::uint64_t{1} << 32));
    EXPECT_EQ(s->lastClosedShift, 7);
    EXPECT_EQ(s->freeFmRecords, 1000);
    EXPECT_EQ(s->refiscalisations, 1);
    EXPECT_EQ(s->refiscalisationsLeft, 3);
    EXPECT_EQ(s->inn, 7701234567u);
    // Without the optional serial-high bytes (frame LEN 48)
    auto shortForm = parseFullStatus(wire::hex(hex.substr(0, hex.size() - 6)));
    ASSERT_TRUE(shortForm.hasValue());
    EXPECT_EQ(shortForm->serialNumber, 12345678u);
}

TEST(Answers, DeviceType)
{
    auto t = parseDeviceType(wire::hex("00 00 01 0E FA 00 D8 D2 D0 C8 D5 2D CC 2D 30 31 D4"));
    ASSERT_TRUE(t.hasValue());
    EXPECT_EQ(t->model, 250);
    EXPECT_EQ(t->protocolVersion, 1);
    EXPECT_EQ(t->protocolSubversion, 14);
    EXPECT_EQ(t->name, "ШТРИХ-М-01Ф");
}

TEST(Answers, ModelParametersAndExchangeParams)
{
    auto m = parseModelParameters(wire::hex("00 00 00 10 00 00 00 00 30 00"));
    ASSERT_TRUE(m.hasValue());
    EXPECT_EQ(m->capabilities, 1u << 28);
    EXPECT_EQ(m->rest.size(), 2u);
    auto e = parseExchangeParams(wire::hex("06 32"));
    ASSERT_TRUE(e.hasValue());
    EXPECT_EQ(baudFromCode(e->baudCode), std::optional<unsigned>{115200});
    EXPECT_EQ(baudCode(4800), std::optional<std::uint8_t>{1});
    EXPECT_FALSE(baudCode(1234).has_value());
    EXPECT_FALSE(baudFromCode(10).has_value());
}

TEST(Answers, OperatorOnlyCommands)
{
    for (CommandCode code :
         {cmd::Beep, cmd::PrintString, cmd::Cut, cmd::OpenDrawer, cmd::XReport, cmd::ZReport, cmd::Sale,
          cmd::SaleReturn, cmd::CancelCheck, cmd::OpenCheck, cmd::ContinuePrint, cmd::OpenShift}) {
        SCOPED_TRACE(code);
        auto a = parseOperatorAnswer(code, wire::hex("1E"));
        ASSERT_TRUE(a.hasValue());
        EXPECT_EQ(a->operatorNumber, 30);
        EXPECT_FALSE(parseOperatorAnswer(code, {}).hasValue());
    }
    // 88h real capture: 02 03 88 00 1E 95
    auto cancel = parseOperatorAnswer(cmd::CancelCheck, wire::hex("1E"));
    EXPECT_EQ(cancel->operatorNumber, 30);
}

TEST(Answers, Registers)
{
    auto money = parseMoneyRegister(wire::hex("1E 40 42 0F 00 00 00"));
    ASSERT_TRUE(money.hasValue());
    EXPECT_EQ(money->value, 1000000u);
    auto op = parseOperationalRegister(wire::hex("1E 2A 00"));
    ASSERT_TRUE(op.hasValue());
    EXPECT_EQ(op->value, 42u);
    auto table = parseTableValue(wire::hex("31 32 33"));
    ASSERT_TRUE(table.hasValue());
    EXPECT_EQ(table->size(), 3u);
}

TEST(Answers, CashAndCloseAndSubtotal)
{
    auto cash = parseCashDocument(cmd::CashIn, wire::hex("01 2C 01"));
    ASSERT_TRUE(cash.hasValue());
    EXPECT_EQ(cash->documentNumber, 300);
    auto cashOut = parseCashDocument(cmd::CashOut, wire::hex("01 2D 01"));
    EXPECT_EQ(cashOut->documentNumber, 301);
    auto close = parseCloseAnswer(cmd::CloseCheck, wire::hex("01 E8 03 00 00 00 68 74 74 70"));
    ASSERT_TRUE(close.hasValue());
    EXPECT_EQ(close->change, 1000);
    auto closeExt = parseCloseAnswer(cmd::CloseCheckExtended, wire::hex("01 00 00 00 00 00"));
    EXPECT_EQ(closeExt->change, 0);
    auto subtotal = parseSubtotal(wire::hex("01 1E 23 00 00 00"));
    ASSERT_TRUE(subtotal.hasValue());
    EXPECT_EQ(subtotal->subtotal, 8990);
}

TEST(Answers, FnStatusRealCapture)
{
    auto s = parseFnStatus(wire::hex(
        "03 00 00 01 00 15 07 1D 0B 1D 39 32 38 37 34 34 30 33 30 31 31 32 30 39 39 31 A9 01 00 00"));
    ASSERT_TRUE(s.hasValue());
    EXPECT_EQ(s->lifecycle, 3);
    EXPECT_EQ(s->currentDocument, 0);
    EXPECT_TRUE(s->shiftOpen);
    EXPECT_EQ(s->warnings, 0);
    EXPECT_EQ(s->dateTime, (FnDateTime{{2021, 7, 29}, 11, 29}));
    EXPECT_EQ(s->fnNumber, "9287440301120991");
    EXPECT_EQ(s->lastFd, 425u);
}

TEST(Answers, FnNumberExpiryAndCounts)
{
    auto number = parseFnNumber(wire::hex("39 32 38 37 34 34 30 33 30 31 31 32 30 39 39 31"));
    ASSERT_TRUE(number.hasValue());
    EXPECT_EQ(*number, "9287440301120991");
    auto expiry = parseFnExpiry(wire::hex("1B 0C 1F"));
    ASSERT_TRUE(expiry.hasValue());
    EXPECT_EQ(*expiry, (Date{2027, 12, 31}));
    auto count = parseUnconfirmedCount(wire::hex("05 01"));
    EXPECT_EQ(*count, 261);
    auto shift = parseShiftParams(wire::hex("01 07 00 0C 00"));
    ASSERT_TRUE(shift.hasValue());
    EXPECT_TRUE(shift->shiftOpen);
    EXPECT_EQ(shift->shiftNumber, 7);
    EXPECT_EQ(shift->receiptNumber, 12);
}

TEST(Answers, FoundReceiptDocument)
{
    // type 3 receipt, OFD receipt received; 2021-07-29 11:29, FD 425, FP 0x12345678, приход, 899.00
    auto doc =
        parseFoundDocument(wire::hex("03 01 15 07 1D 0B 1D A9 01 00 00 78 56 34 12 01 2C 5F 01 00 00"));
    ASSERT_TRUE(doc.hasValue());
    EXPECT_EQ(doc->type, 3);
    EXPECT_TRUE(doc->ofdReceiptReceived);
    auto receipt = decodeFoundReceipt(*doc);
    ASSERT_TRUE(receipt.has_value());
    EXPECT_EQ(receipt->fd, 425u);
    EXPECT_EQ(receipt->fiscalSign, 0x12345678u);
    EXPECT_EQ(receipt->operation, 1);
    EXPECT_EQ(receipt->total, 89900);
    EXPECT_EQ(receipt->dateTime, (FnDateTime{{2021, 7, 29}, 11, 29}));
    auto shiftDoc = parseFoundDocument(wire::hex("02 00 15 07 1D 0B 1D"));
    ASSERT_TRUE(shiftDoc.hasValue());
    EXPECT_FALSE(decodeFoundReceipt(*shiftDoc).has_value());
}

TEST(Answers, ShiftDocuments)
{
    auto open = parseFnOpenShift(wire::hex("08 00 AA 01 00 00 EF BE AD DE"));
    ASSERT_TRUE(open.hasValue());
    EXPECT_EQ(open->shiftNumber, 8);
    EXPECT_EQ(open->id.fd, 426u);
    EXPECT_EQ(open->id.fiscalSign, 0xDEADBEEFu);
    EXPECT_FALSE(open->id.dateTime.has_value());
    auto close = parseFnCloseShift(wire::hex("08 00 AB 01 00 00 01 00 00 00 1A 0B 16 17 3B"));
    ASSERT_TRUE(close.hasValue());
    EXPECT_EQ(close->id.fd, 427u);
    EXPECT_EQ(close->id.dateTime, (FnDateTime{{2026, 11, 22}, 23, 59}));
}

TEST(Answers, ExchangeStatusAndDocumentReading)
{
    auto ex = parseExchangeStatus(wire::hex("01 00 03 00 A7 01 00 00 15 07 1D 0B 1D"));
    ASSERT_TRUE(ex.hasValue());
    EXPECT_EQ(ex->queued, 3);
    EXPECT_EQ(ex->firstQueuedFd, 423u);
    auto header = parseDocumentHeader(wire::hex("03 00 40 01"));
    ASSERT_TRUE(header.hasValue());
    EXPECT_EQ(header->type, 3);
    EXPECT_EQ(header->length, 320);
    auto block = parseDocumentBlock(wire::hex("FD 03 02 00 41 42"));
    ASSERT_TRUE(block.hasValue());
    EXPECT_EQ(block->size(), 6u);
}

TEST(Answers, CloseCheckV2AndCorrections)
{
    auto close = parseFnCloseCheck(wire::hex("E8 03 00 00 00 AA 01 00 00 78 56 34 12 1A 0B 16 12 05"));
    ASSERT_TRUE(close.hasValue());
    EXPECT_EQ(close->change, 1000);
    EXPECT_EQ(close->id.fd, 426u);
    EXPECT_EQ(close->id.fiscalSign, 0x12345678u);
    EXPECT_EQ(close->id.dateTime, (FnDateTime{{2026, 11, 22}, 18, 5}));
    auto corr = parseCorrection(cmd::FnCorrectionV2, wire::hex("05 00 AC 01 00 00 01 02 03 04"));
    ASSERT_TRUE(corr.hasValue());
    EXPECT_EQ(corr->receiptNumber, 5);
    EXPECT_EQ(corr->id.fd, 428u);
    auto make = parseCorrection(cmd::FnMakeCorrection, wire::hex("06 00 AD 01 00 00 01 02 03 04"));
    EXPECT_EQ(make->id.fd, 429u);
}

TEST(Answers, Marking)
{
    auto check = parseMarkingCheck(wire::hex("0F 00 02 05 00 0F FD 03 00 00"));
    ASSERT_TRUE(check.hasValue());
    EXPECT_EQ(check->localStatus, 0x0F);
    EXPECT_EQ(check->codeType, 2);
    EXPECT_EQ(check->onlineCode, std::optional<std::uint8_t>{0});
    EXPECT_EQ(check->result, std::optional<std::uint8_t>{0x0F});
    EXPECT_EQ(check->serverTlvs.size(), 4u);
    auto offline = parseMarkingCheck(wire::hex("01 02 03 00"));
    ASSERT_TRUE(offline.hasValue());
    EXPECT_FALSE(offline->result.has_value());
    auto accept = parseMarkingAccept(wire::hex("0F"));
    EXPECT_EQ(*accept, 0x0F);
    auto bind = parseMarkingBind(wire::hex("01 04 02"));
    ASSERT_TRUE(bind.hasValue());
    EXPECT_EQ(bind->itemCode, 0x0401);
    EXPECT_EQ(bind->dataMatrixType, 2);
    auto status = parseMarkingStatus(wire::hex("00 01 07 02 00 01 03 00"));
    ASSERT_TRUE(status.hasValue());
    EXPECT_EQ(status->allowedCommands, 7);
    EXPECT_EQ(status->queuedNotifications, 3);
}

// Every parser: one byte short is Malformed, the minimum decodes, and extra trailing bytes from newer
// firmware are accepted.
TEST(Answers, EveryParserRejectsShortAndToleratesLong)
{
    const std::map<CommandCode, std::size_t> minimum{
        {0x10, 14},  {0x11, 46},   {0x13, 1},    {0x15, 2},    {0x17, 1},    {0x1A, 7},    {0x1B, 3},
        {0x1F, 1},   {0x25, 1},    {0x28, 1},    {0x40, 1},    {0x41, 1},    {0x50, 3},    {0x51, 3},
        {0x80, 1},   {0x82, 1},    {0x85, 6},    {0x88, 1},    {0x89, 6},    {0x8D, 1},    {0x8E, 6},
        {0xB0, 1},   {0xE0, 1},    {0xF7, 8},    {0xFC, 6},    {0xFF01, 30}, {0xFF02, 16}, {0xFF03, 3},
        {0xFF0A, 2}, {0xFF0B, 10}, {0xFF36, 10}, {0xFF39, 13}, {0xFF3A, 4},  {0xFF3B, 0},  {0xFF3F, 2},
        {0xFF40, 5}, {0xFF43, 10}, {0xFF45, 13}, {0xFF4A, 10}, {0xFF61, 4},  {0xFF67, 3},  {0xFF69, 1},
        {0xFF70, 8},
    };
    std::size_t checked = 0;
    for (const ParserEntry &p : answerParsers()) {
        SCOPED_TRACE(std::string(p.name));
        const auto it = minimum.find(p.code);
        ASSERT_NE(it, minimum.end()) << "no minimum length listed for " << p.code;
        const std::size_t need = it->second;
        if (need > 0) {
            EXPECT_FALSE(p.parse(Bytes(need - 1, 0)));
        }
        EXPECT_TRUE(p.parse(Bytes(need, 0)));
        EXPECT_TRUE(p.parse(Bytes(need + 7, 0x5A)));
        ++checked;
    }
    EXPECT_EQ(checked, minimum.size());
}

TEST(Answers, ShortAnswerIsMalformedLinkError)
{
    auto s = parseFnStatus(wire::hex("03 00"));
    ASSERT_FALSE(s.hasValue());
    EXPECT_TRUE(s.error().isLink(LinkError::Malformed));
    EXPECT_EQ(s.error().command, cmd::FnStatus);
}

} // namespace
