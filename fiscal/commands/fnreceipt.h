#pragma once

// FN-era receipt commands: FF46h line, FF4Dh line TLVs, FF45h close with payment split, FF4Ah
// correction receipt, FF35h/FF36h correction (FFD 1.0).

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fiscal/codec/tlv.h"
#include "fiscal/commands/receipt.h"
#include "fiscal/commands/request.h"

namespace fiscal {

// FF46h operation type (also the FF0Ah receipt operation byte).
enum class Operation : std::uint8_t { Sale = 1, SaleReturn = 2, Purchase = 3, PurchaseReturn = 4 };

// FF46h tax rate is a bit mask, not a group number (reference §2).
namespace taxbit {
inline constexpr std::uint8_t Vat20 = 0x01; // group 1 (22 % from 2026 by table setting)
inline constexpr std::uint8_t Vat10 = 0x02;
inline constexpr std::uint8_t Vat0 = 0x04;
inline constexpr std::uint8_t NoVat = 0x08;
inline constexpr std::uint8_t Vat20_120 = 0x10;
inline constexpr std::uint8_t Vat10_110 = 0x20;
// The УСН rates of 2025 (tag 1199 codes 7..10) set the high bit (JPOS Doc/VatTable.txt; firmware
// dependent, reference §2 and §7 item 4).
inline constexpr std::uint8_t Vat5 = 0x81;
inline constexpr std::uint8_t Vat7 = 0x82;
inline constexpr std::uint8_t Vat5_105 = 0x84;
inline constexpr std::uint8_t Vat7_107 = 0x90;
} // namespace taxbit

// Tag 1199 VAT code -> FF46h tax bits; nullopt for a code this table does not know. 11 (22 %) and
// 12 (22/122) share group 1 and 20/120 with 20 %: the registrar's table 6 carries the rate.
std::optional<std::uint8_t> taxBitsForVat1199(int vatCode);

// Tag 1214 and tag 1212.
enum class PaymentMethod : std::uint8_t {
    FullPrepayment = 1,
    Prepayment = 2,
    Advance = 3,
    FullPayment = 4,
    PartialPaymentAndCredit = 5,
    CreditTransfer = 6,
    CreditPayment = 7,
};
enum class PaymentSubject : std::uint8_t { Goods = 1, ExciseGoods = 2, Work = 3, Service = 4 };

// Tax system bit mask of FF45h/FF4Ah: b0 ОСН, b1 УСН доход, b2 УСН доход-расход, b3 ЕНВД, b4 ЕСХН, b5 ПСН.
namespace taxsystem {
inline constexpr std::uint8_t General = 0x01;
inline constexpr std::uint8_t SimplifiedIncome = 0x02;
inline constexpr std::uint8_t SimplifiedIncomeMinusExpense = 0x04;
inline constexpr std::uint8_t Envd = 0x08;
inline constexpr std::uint8_t Eshn = 0x10;
inline constexpr std::uint8_t Patent = 0x20;
} // namespace taxsystem

struct FnLine
{
    Operation operation = Operation::Sale;
    Milli quantity = MilliPerUnit;
    Kopecks price = 0;
    std::optional<Kopecks> amount;    // nullopt: the device computes price x quantity
    std::optional<Kopecks> taxAmount; // nullopt: the device computes the tax
    std::uint8_t taxBits = taxbit::Vat20;
    std::uint8_t department = 0;
    PaymentMethod method = PaymentMethod::FullPayment;
    PaymentSubject subject = PaymentSubject::Goods;
    std::string_view name;     // UTF-8, up to 128 bytes CP1251; "//" prefix = not printed
    std::size_t padNameTo = 0; // some drivers pad the name with NUL; 0 sends it as is
};
inline constexpr std::size_t MaxLineName = 128;
RequestResult fnOperationRequest(Password password, const FnLine &line);

// FF4Dh: TLVs bound to the last line (marking 1162/2000-series, agent data, ...).
RequestResult fnSendOperationTlvRequest(Password password, ByteView tlvs);

// FF45h payment slots: 1 cash, 2..13 electronic types, 14 prepayment, 15 credit, 16 counter-provision.
inline constexpr std::size_t PaymentSlots = 16;
inline constexpr std::size_t CashSlot = 0;
inline constexpr std::size_t ElectronicSlot = 1;
struct FnClose
{
    std::array<Kopecks, PaymentSlots> payments{};
    std::uint8_t roundingKopecks = 0;
    std::array<Kopecks, 6> taxes{}; // amounts: 20 %, 10 %, 0 % turnover, no-VAT turnover, 20/120, 10/110
    std::uint8_t taxSystem = taxsystem::General;
    std::string_view text; // up to 64 bytes CP1251, printed at the bottom
};
inline constexpr std::size_t FnCloseTextWidth = 64;
RequestResult fnCloseCheckRequest(Password password, const FnClose &close);

struct FnCloseAnswer
{
    Kopecks change = 0;
    FiscalDocumentId id;
    friend bool operator==(const FnCloseAnswer &, const FnCloseAnswer &) = default;
};
Result<FnCloseAnswer> parseFnCloseCheck(ByteView data);

// FF4Ah correction receipt V2.
struct FnCorrection
{
    std::uint8_t correctionType = 0; // 0 on own initiative, 1 by order
    std::uint8_t settlementSign = 1; // 1 приход, 3 расход
    Kopecks total = 0;
    Kopecks cash = 0;
    Kopecks electronic = 0;
    Kopecks prepayment = 0;
    Kopecks postpayment = 0;
    Kopecks counterProvision = 0;
    std::array<Kopecks, 6> taxes{}; // 20 %, 10 %, 0 % turnover, no-VAT turnover, 20/120, 10/110
    std::uint8_t taxSystem = taxsystem::General;
};
RequestResult fnCorrectionRequest(Password password, const FnCorrection &correction);

struct CorrectionAnswer
{
    std::uint16_t receiptNumber = 0;
    FiscalDocumentId id;
    friend bool operator==(const CorrectionAnswer &, const CorrectionAnswer &) = default;
};
Result<CorrectionAnswer> parseCorrection(CommandCode code, ByteView data); // FF4Ah and FF36h

// FFD 1.2 correction receipt: FF44h opens it (the receipt type byte as in 8Dh); the basis goes
// in by FF0Ch as tag 1173 and the STLV 1174, then FF46h lines and FF45h close it like a receipt.
Request fnOpenCorrectionReceiptRequest(Password password, ReceiptType type);

struct CorrectionBasis
{
    std::uint8_t type = 0;   // tag 1173: 0 self-initiated, 1 by order of the tax authority
    std::string description; // tag 1177, may be empty
    Date settlementDate;     // tag 1178: the day of the settlement being corrected
    std::string orderNumber; // tag 1179: the order's number (by order only)
};
// 1173 and 1174 {1177, 1178, 1179} in the order the FN takes them.
std::vector<Tlv> correctionBasisTags(const CorrectionBasis &basis);
// Days since 1970-01-01 for a proleptic Gregorian date (tag 1178 is a UnixTime of its midnight).
std::int64_t daysSinceEpoch(const Date &d);

// FF35h/FF36h, FFD 1.0 correction.
Request fnBeginCorrectionRequest(Password password);
RequestResult fnMakeCorrectionRequest(Password password, Kopecks total, std::uint8_t operation);

} // namespace fiscal
