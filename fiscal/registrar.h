#pragma once

// The high-level registrar API the app calls, still free of Qt. Every call blocks until the device
// has answered (and, for print-producing commands, until printing finished or the paper ran out),
// so the owner runs it on its own thread: one Registrar per transport, never shared between threads.
//
// Errors come back as fiscal::Error in three tiers. Error::outcomeUnknown marks a fiscal command
// whose frame reached the device but whose answer did not: the Registrar never repeats such a
// command; the caller reconciles with fiscal/recovery (ARCHITECTURE.md, the journal).

#include <optional>
#include <string>
#include <vector>

#include "fiscal/codec/tlv.h"
#include "fiscal/commands/fn.h"
#include "fiscal/commands/fnreceipt.h"
#include "fiscal/commands/marking.h"
#include "fiscal/commands/receipt.h"
#include "fiscal/commands/shift.h"
#include "fiscal/commands/status.h"
#include "fiscal/link/link.h"
#include "fiscal/log.h"

namespace fiscal {

struct RegistrarSettings
{
    Password operatorPassword = DefaultCashierPassword; // receipt lines and marking (FF46h, FF61h..FF70h)
    Password adminPassword = DefaultSysAdminPassword;   // everything else, FN commands included
    // 10h polling while the device prints (reference §4: poll until submode 0).
    Duration printPollInterval{200};
    Duration printWaitLimit{120000};
    // How often a command refused with 50h "printing previous command" is tried again.
    int busyRetries = 20;
    // Send B0h by itself when the paper was refilled after running out mid-print (submode 3).
    bool continueAfterRefill = false;
};

enum class ShiftState { Closed, Open, Expired };
enum class PaperState {
    Ok,
    Out,              // submode 1: no paper, nothing was printing
    OutWhilePrinting, // submode 2: ran out in the middle of a document
    WaitingContinue,  // submode 3: refilled, waiting for continuePrinting()
};

struct StatusSnapshot
{
    std::uint8_t operatorNumber = 0;
    std::uint8_t mode = 0; // low nibble of the mode byte
    std::uint8_t modeStatus = 0;
    std::uint8_t submode = 0;
    std::uint16_t flags = 0;
    PaperState paper = PaperState::Ok;
    bool documentOpen = false;
    ShiftState shift = ShiftState::Closed;
    std::string fnNumber;
    std::optional<Date> fnExpiry;
    std::uint32_t lastFd = 0;
    FnDateTime fnDateTime;
    std::uint8_t fnWarnings = 0;
    std::optional<std::uint16_t> ofdBacklog; // documents not yet confirmed by the OFD
};

// What printing ended with, after a print-producing command.
struct PrintOutcome
{
    bool complete = true;
    PaperState paper = PaperState::Ok;
};

struct Cashier
{
    std::string name; // tag 1021
    std::string inn;  // tag 1203, may be empty
};

struct MarkedItem
{
    std::string code; // as scanned, GS separators included
    PlannedStatus planned = PlannedStatus::PieceSold;
    Bytes checkTlvs;             // 2108/1023 for a partial sale of a measured item
    bool alreadyChecked = false; // FF61h/FF69h already done when the code was scanned
};

struct ReceiptLine
{
    std::string name;
    Milli quantity = MilliPerUnit;
    Kopecks price = 0;
    std::optional<Kopecks> amount; // nullopt: the device computes price x quantity
    std::uint8_t taxBits = taxbit::Vat20;
    std::uint8_t department = 0;
    PaymentMethod method = PaymentMethod::FullPayment;
    PaymentSubject subject = PaymentSubject::Goods;
    std::vector<Tlv> tags; // bound to this line with FF4Dh
    std::optional<MarkedItem> marking;
};

struct Receipt
{
    ReceiptType type = ReceiptType::Sale;
    std::vector<ReceiptLine> lines;
    std::array<Kopecks, PaymentSlots> payments{}; // [0] cash, [1] electronic, ... (FF45h slots)
    std::uint8_t taxSystem = taxsystem::General;
    std::uint8_t roundingKopecks = 0;
    std::optional<Cashier> cashier; // 1021/1203
    std::string buyerContact;       // 1008, phone or e-mail, empty for none
    bool printed = true;            // false: not printed (table 17), the buyer gets it by 1008
    std::vector<Tlv> tags;          // further receipt-level tags (FF0Ch)
    std::string closingText;        // printed at the bottom, up to 64 bytes
    // Set: an FFD 1.2 correction receipt (FD type 31) opened by FF44h, with 1173/1174 sent first.
    std::optional<CorrectionBasis> correction;
};

struct ReceiptResult
{
    Kopecks change = 0;
    FiscalDocumentId id;
    std::vector<MarkingCheck> markingChecks; // one per checked marked line, in line order
    PrintOutcome print;
};

struct ShiftResult
{
    std::uint16_t shiftNumber = 0;
    std::optional<FiscalDocumentId> id; // present when opened through the FN commands
    PrintOutcome print;
};

struct DocumentTlv
{
    DocumentHeader header;
    Bytes raw;
    std::vector<Tlv> tlvs; // empty when raw did not parse as TLV
};

class Registrar
{
public:
    explicit Registrar(Transport &transport, RegistrarSettings settings = {}, LinkSettings link = {});

    void setLogSink(LogSink sink);
    void setTraceSink(TraceSink sink);
    Link &link() { return m_link; }
    const RegistrarSettings &settings() const { return m_settings; }

    // 10h + FF01h + FF03h + FF39h in one picture.
    Result<StatusSnapshot> status();
    Result<ShortStatus> shortStatus();
    Result<FullStatus> fullStatus();
    Result<DeviceType> deviceType();
    Result<FnStatus> fnStatus();
    Result<void> beep();

    // FF41h + FF0Ch 1021/1203 + FF0Bh with a cashier; E0h without one.
    Result<ShiftResult> openShift(const std::optional<Cashier> &cashier = std::nullopt);
    // FF42h + FF0Ch + FF43h with a cashier; 41h (Z report) without one.
    Result<ShiftResult> closeShift(const std::optional<Cashier> &cashier = std::nullopt);
    Result<PrintOutcome> xReport();
    Result<ShiftResult> zReport() { return closeShift(); }

    // 8Dh, then per line FF61h/FF69h, FF46h, FF4Dh, FF67h; FF0Ch receipt tags; FF45h. A device error
    // before FF45h cancels the receipt (88h) and is returned; nothing was fiscalised then.
    Result<ReceiptResult> sell(const Receipt &receipt);
    Result<ReceiptResult> returnSale(Receipt receipt);
    // FFD 1.2 correction receipt with its lines: FF44h, FF0Ch 1173 and 1174, then as sell().
    // `receipt.correction` must be set; one correction receipt per missed operation.
    Result<ReceiptResult> correctionReceipt(const Receipt &receipt);
    // FF4Ah: totals only (FFD 1.05 style); FFD 1.2 wants correctionReceipt().
    Result<CorrectionAnswer> correction(const FnCorrection &correction);
    Result<CashDocument> cashIn(Kopecks amount);
    Result<CashDocument> cashOut(Kopecks amount);

    // Marking code check at scan time: FF61h then FF69h (accept or reject).
    Result<MarkingCheck> checkMarkingCode(const MarkedItem &item, bool accept = true);

    Result<void> cancelReceipt();
    Result<PrintOutcome> continuePrinting();
    Result<PrintOutcome> waitForPrinting();

    Result<FoundDocument> findDocument(std::uint32_t fd);
    Result<DocumentTlv> readDocumentTlv(std::uint32_t fd);

    // 17h per line, then a partial cut (25h).
    Result<PrintOutcome> printText(const std::vector<std::string> &lines, bool cut = true);

    // Any command, answer data after the error byte; device errors come back as errors.
    Result<Bytes> execute(const Request &request);
    Result<Bytes> execute(const Request &request, Duration answerTimeout);
    // The raw answer for the CLI's `raw`: the device error byte is left in the Answer.
    Result<Answer> exchangeRaw(CommandCode code, ByteView data);

private:
    Result<Bytes> run(const RequestResult &request);
    Result<CashDocument> cashDocument(const RequestResult &request, CommandCode code);
    Result<void> sendReceiptTags(const std::vector<Tlv> &tags);
    Result<MarkingCheck> checkAndAccept(const MarkedItem &item, bool accept);
    Result<void> checkEncodable(const Receipt &receipt) const;
    Result<void> sellLine(const Receipt &receipt, const ReceiptLine &line, ReceiptResult &result);
    void log(LogLevel level, const std::string &text) const;

    Link m_link;
    RegistrarSettings m_settings;
    LogSink m_log;
};

PaperState paperFromSubmode(std::uint8_t submode);
const char *toString(ShiftState state);
const char *toString(PaperState state);

} // namespace fiscal
