#pragma once

// The reconciliation rules of the exactly-once journal (ARCHITECTURE "the journal") as pure
// functions over a journal row and what the registrar reports now, so every branch is testable
// without a device. The worker applies the decision; nothing here talks to the port.

#include <QString>

#include <cstdint>
#include <optional>

namespace app {

// How a job's effect is visible on the device: FN documents move the FN's last FD; cash in/out and
// the X report are not FN documents and move a device operational register instead.
enum class CounterKind : std::uint8_t { FnDocument, DeviceRegister };

struct RecoveryRow
{
    CounterKind counter = CounterKind::FnDocument;
    std::uint32_t fdBefore = 0;                  // FN last FD read just before sending
    std::optional<std::uint32_t> registerBefore; // DeviceRegister jobs: the register before sending
};

struct RecoveryDevice
{
    bool documentOpen = false; // mode 8 or an FN document begun (FF01h current document)
    std::uint32_t lastFd = 0;
    std::optional<std::uint32_t> registerNow;
};

enum class RecoveryAction : std::uint8_t {
    CancelAndRetry, // an unfinished document is open: nothing fiscal yet; cancel it, then send again
    Retry,          // the device never ran the job: send it again
    VerifyNext,     // the FN holds one more document: read fdBefore + 1 and compare before done
    DoneByRegister, // a non-FN job whose register moved by one: it ran
    Attention,      // anything else: a person must look (message says what was found)
};

struct RecoveryDecision
{
    RecoveryAction action = RecoveryAction::Attention;
    QString reason; // translated, for Attention only
};

RecoveryDecision decideRecovery(const RecoveryRow &row, const RecoveryDevice &device);

// What the job expected the FN to hold, and what FF0Ah found at fdBefore + 1.
struct ExpectedDocument
{
    std::uint8_t type = 0;      // FN document type: 2 shift open, 3 receipt, 5 shift close, 31 correction
    std::uint8_t operation = 0; // tag 1054 for receipts and corrections (0: not compared)
    std::int64_t total = -1;    // kopecks; -1: not compared
};

struct FoundFnDocument
{
    std::uint8_t type = 0;
    std::uint32_t fd = 0;
    std::uint32_t fiscalSign = 0;
    std::uint8_t operation = 0;
    std::int64_t total = 0;
    bool hasAmount = false;
};

// Empty when the document is ours; otherwise the translated reason for Attention.
QString verifyDocument(const ExpectedDocument &expected, const FoundFnDocument &found);

} // namespace app
