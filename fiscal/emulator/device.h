#pragma once

// The emulated registrar itself (ШТРИХ-М-01Ф with an FN): executes one command body (CMD + data)
// and returns the answer body (CMD + error + data), exactly as the real device lays it out
// (reference §3). Knows nothing about the link layer or I/O; the state is persisted before
// execute() returns, so the answer never leaves before the FN has "written" the document.

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "fiscal/codec/bytes.h"
#include "fiscal/codec/frame.h"
#include "fiscal/codec/tlv.h"
#include "fiscal/emulator/clock.h"
#include "fiscal/emulator/state.h"
#include "fiscal/emulator/tape.h"

namespace fiscal::emu {

enum class MarkingVerdict : std::uint8_t { Accept, Reject, Offline };

struct DeviceConfig
{
    std::string statePath; // empty: nothing persisted
    std::string tapePath;  // empty: the tape lives in memory only
    bool fsync = true;     // false: atomic rename only (kill -9 safe, not machine-crash safe)
    ClockSource clock;     // empty: the host's local time
    int printMsPerLine = 0;
    // What a power loss does to an open receipt. A Shtrih-M keeps it in battery-backed RAM, so by
    // default it is still open after power-up (mode 8) and the host must cancel or finish it.
    bool cancelOpenReceiptOnPowerUp = false;
    std::uint8_t legacyStatus[2] = {0, 0}; // the two legacy FM/EJ bytes of 10h (§7 item 1)
    MarkingVerdict markingVerdict = MarkingVerdict::Accept;
    std::uint8_t model = 250; // FCh model number (§3.1): 250 ШТРИХ-М-01Ф, 252 ЛАЙТ-01Ф, 249 ФР-01Ф, ...
    std::uint8_t port = 0; // 11h "port": 0..127 a COM port, 128 TCP
    std::string fnNumber;  // 16 digits for a fresh FN; empty: 9999078902012345
};

// The FCh name of a model number; empty for a model we do not know.
std::string modelName(std::uint8_t model);

class Device
{
public:
    explicit Device(DeviceConfig config);

    // CMD + data in, CMD + error [+ data] out.
    Bytes execute(ByteView body);

    // Fault injection and inspection (control channel, tests).
    void armPaperOut(); // the next printed line finds no paper: submode 2
    void paperOutNow(); // passive paper-out: submode 1
    void paperIn();     // 2 -> 3 (waiting for B0h), 1 -> 0
    void moveClock(std::int64_t seconds);
    void setFnExpiryDays(int days);
    void setFnFull(bool full);
    void rejectNextMarking() { m_rejectNextMarking = true; }
    void setMarkingVerdict(MarkingVerdict v) { m_config.markingVerdict = v; }
    void setOfdBacklog(std::uint32_t count);
    void powerCycle(); // the state survives; printing stops; an open receipt follows the config

    std::string summary() const;
    std::string registersDump() const;
    // Every FF61h the device took, oldest first (the last 64): "STATUS:TLVHEX:IDENTITY" each, with
    // the planned status (2003), the TLVs that came with it (1291 of a part of a pack) and the code
    // before its first GS, separated by spaces.
    std::string markingLog() const;

    std::int64_t now() const;
    Kopecks moneyRegister(int reg) const;
    std::uint32_t operationalRegister(int reg) const;
    std::uint8_t modeByte() const;
    std::uint8_t submode() const;
    bool shiftExpired() const;
    std::chrono::milliseconds byteTimeout() const { return m_byteTimeout; }
    std::uint8_t baudCode() const { return m_baudCode; } // 14h code: 0 = 2400 ... 6 = 115200 ... 9 = 921600
    const DeviceState &state() const { return m_state; }
    const Tape &tape() const { return m_tape; }
    const std::string &persistError() const { return m_persistError; }

    // Money register numbers (1Ah) that reports and tests use [JPOS CashRegister names].
    static constexpr int RegCash = 241; // cash in the drawer
    static constexpr int RegCashInShift = 242;
    static constexpr int RegCashOutShift = 243;
    static int regShiftDepartment(int dept0, int op) { return 0x79 + 4 * dept0 + op; }
    static int regShiftPayment(int payType1, int op) { return 0xC1 + 4 * (payType1 - 1) + op; }
    static int regShiftTotal(int op) { return 0xF5 + op; }
    static int regShiftAnnulled(int op) { return 0xF9 + op; }
    static int regShiftDiscounts(int op) { return 0xB9 + op; }
    static int regShiftSurcharges(int op) { return 0xBD + op; }
    // Operational register numbers (1Bh).
    static int oregReceiptsInShift(int op) { return 0x90 + op; }
    static int oregReceiptNumber(int op) { return 0x94 + op; }
    static constexpr int OregDocumentNumber = 0x98;
    static constexpr int OregCashInsInShift = 0x99;
    static constexpr int OregCashOutsInShift = 0x9A;
    static constexpr int OregCashInNumber = 0x9B;
    static constexpr int OregCashOutNumber = 0x9C;
    static constexpr int OregCancelledInShift = 0x9D;
    static constexpr int OregXReportNumber = 0x9E;
    static constexpr int OregAnnulments = 0xA6;

private:
    struct Reply
    {
        std::uint8_t error = 0;
        Bytes data;
    };
    static Reply ok(Bytes data = {}) { return {0, std::move(data)}; }
    static Reply fail(std::uint8_t code) { return {code, {}}; }
    Reply opOnly() const;

    Reply dispatch(CommandCode code, ByteView data);
    Reply dispatchDevice(CommandCode code, ByteReader &in);
    Reply dispatchReceipt(CommandCode code, ByteReader &in);
    Reply dispatchFn(CommandCode code, ByteReader &in);
    // Password check: the operator number (1..30) or 0 when no operator has this password.
    int operatorFor(std::uint32_t password) const;

    // status and service
    Reply shortStatus();
    Reply fullStatus();
    Reply deviceType();
    Reply extendedRequest(ByteReader &in);
    Reply setExchange(ByteReader &in);
    Reply readExchange(ByteReader &in);
    Reply printText(ByteReader &in, bool bold);
    Reply readMoney(ByteReader &in);
    Reply readOperational(ByteReader &in);
    Reply writeTable(ByteReader &in);
    Reply readTable(ByteReader &in);
    Reply tableStructure(ByteReader &in);
    Reply fieldStructure(ByteReader &in);
    Reply setTime(ByteReader &in);
    Reply setDate(ByteReader &in);
    Reply confirmDate(ByteReader &in);
    Reply errorName(ByteReader &in);
    Reply continuePrint();
    Reply repeatDocument();
    Reply cashInOut(ByteReader &in, bool in_);
    Reply xReport();

    // receipts
    Reply openCheck(ByteReader &in);
    Reply legacyOperation(ByteReader &in, std::uint8_t receiptType);
    Reply operationV2(ByteReader &in);
    Reply closeCheck(ByteReader &in);
    Reply closeCheckExtended(ByteReader &in);
    Reply closeCheckV2(ByteReader &in);
    Reply cancelCheck();
    Reply subtotal();
    Reply discountOrSurcharge(ByteReader &in, bool discount);
    Reply sendOperationTlv(ByteReader &in);
    Reply sendDocumentTlv(ByteReader &in);
    Reply appendTlvBlock(ByteView raw, Bytes *target); // FF4Dh/FF0Ch; no target: wrong state
    std::uint8_t fnShiftGate() const; // FFxxh receipt commands: shift open, within 24 h, paper
    std::uint8_t beginLine(std::uint8_t receiptType);
    struct Payments
    {
        Kopecks sums[16] = {};
        std::int16_t discountHundredths = 0;
        Kopecks rounding = 0;
        std::uint8_t taxSystem = 0;
        std::string text; // printed under the totals
    };
    // Closes the open receipt: checks payments, creates the FN document, moves registers, prints.
    std::uint8_t finishReceipt(const Payments &p, Kopecks &change, const ArchivedDocument *&doc);
    std::uint8_t closeGate(const Receipt &r) const;
    void addToCounters(const Receipt &r, const Payments &p, Kopecks total, Kopecks discount, Kopecks cashNet);
    std::vector<Tlv> receiptTlvs(const Receipt &r, const Payments &p, Kopecks total, Kopecks cashNet) const;
    Reply closeLegacy(ByteReader &in, Payments &p); // the common tail of 85h and 8Eh

    // shift and FN
    Reply openShiftLegacy();
    Reply zReport();
    Reply legacyShiftCommand(bool open); // E0h (open) and 41h (Z report)
    Reply fnStatus();
    Reply fnNumber();
    Reply fnExpiry();
    Reply fnVersion();
    Reply fnCancelDocument();
    Reply fnFindDocument(ByteReader &in);
    Reply fnBeginOpenShift();
    Reply fnOpenShift();
    Reply fnBeginCloseShift();
    Reply fnCloseShift();
    Reply fnShiftParams();
    Reply fnExchangeStatus();
    Reply fnUnconfirmedCount();
    Reply fnReadDocumentBegin(ByteReader &in);
    Reply fnReadDocumentBlock();
    Reply fnBeginCorrection();
    Reply fnMakeCorrection(ByteReader &in);
    Reply fnCorrectionV2(ByteReader &in);
    Reply archiveTotalsCorrection(std::uint8_t op, Kopecks total, std::vector<Tlv> tags); // FF36h, FF4Ah
    Reply openCorrectionReceipt(ByteReader &in);                                          // FF44h, FFD 1.2
    Reply fnFreeMemory();
    std::uint8_t fnWritable() const; // 0 or the FN error that forbids a new document
    std::uint8_t openShiftNow();     // shared by E0h and FF0Bh
    std::uint8_t closeShiftNow();    // shared by 41h and FF43h
    const ArchivedDocument &makeDocument(std::uint8_t type, std::uint8_t operation, Kopecks amount,
                                         std::vector<Tlv> tlvs, ByteView extraTlv);
    void appendDocumentAnswer(Bytes &out, const ArchivedDocument &doc, bool withDateTime) const;

    // marking
    Reply checkMarking(ByteReader &in);
    Reply acceptMarking(ByteReader &in);
    Reply bindMarking(ByteReader &in);
    Reply markingStatus();

    // printing, registers, persistence
    std::uint8_t printGate() const; // 0 when a print command may run now
    void print(const std::vector<std::string> &lines);
    // A whole document: printed, and remembered for 8Ch "repeat document" (RAM only, like the device).
    // Adds table 4's header and advertising rows around `lines`.
    void printDocument(const std::vector<std::string> &lines);
    std::vector<std::string> textRows(int firstRow, int count) const; // non-empty table 4 rows
    // The body of a closed receipt as a ШТРИХ-М-01Ф prints it (device_tape.cpp).
    std::vector<std::string> receiptTape(const Receipt &r, const Payments &p, Kopecks total, Kopecks discount,
                                         Kopecks change, const ArchivedDocument &doc) const;
    static void appendPayments(std::vector<std::string> &out, const Payments &p, Kopecks change);
    void appendFooter(std::vector<std::string> &out, const Receipt &r, const Payments &p, Kopecks total,
                      const ArchivedDocument &doc, const std::vector<Tlv> &tags) const;
    void addMoney(int reg, Kopecks delta) { m_state.money[reg] += delta; }
    void incOperational(int reg, std::uint32_t by = 1) { m_state.operational[reg] += by; }
    void persist();
    Bytes tableValue(int table, int row, int field) const;

    DeviceConfig m_config;
    DeviceState m_state;
    Tape m_tape;
    int m_operator = 0; // operator of the command being executed
    std::chrono::milliseconds m_byteTimeout{50};
    std::uint8_t m_baudCode = 6; // 115200
    std::chrono::steady_clock::time_point m_printingUntil{};
    std::vector<std::string> m_lastDocument;
    bool m_paperOutArmed = false;
    bool m_rejectNextMarking = false;
    bool m_dirty = false;
    std::string m_persistError;
    // FF3Ah/FF3Bh read-back cursor
    Bytes m_readBack;
    std::size_t m_readBackPos = 0;
    bool m_readBackActive = false;
    // FF61h -> FF69h: the code waiting for the host's decision and its 2106 result
    std::string m_checkedCode;
    std::uint8_t m_checkedResult = 0;
    bool m_checkPending = false;
    std::uint8_t m_checkedPlanned = 0;
    // The planned status of each accepted code: FF67h writes it to the position as 2110, the status
    // the FN assigned. Not in the state file: a code accepted before a restart gets no 2110.
    std::map<std::string, std::uint8_t> m_acceptedPlanned;
    std::vector<std::string> m_markingLog;
    // 22h -> 23h: a date waiting for confirmation
    std::int64_t m_pendingDate = -1;
};

} // namespace fiscal::emu
