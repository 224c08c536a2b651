#pragma once

// The recovery rule of the exactly-once journal (ARCHITECTURE.md, "Exactly-once fiscalization"), in
// one place. After a crash, a power cut or an answer that never came, what happens next is decided
// here from two facts: what the journal stored before sending and what the registrar reports now.
// Pure functions, nothing talks to a port. The app's fiscal service, fiscal::reconcile() and
// `prilavok-fr recover` all decide with them; each caller turns the reason codes into words
// (app/: Russian for the cashier, the CLI: English for the technician).

#include <cstdint>
#include <optional>

#include "fiscal/commands/fn.h"

namespace fiscal::recovery {

// How a job's effect is visible on the device: FN documents move the FN's last FD; cash in/out and
// the X report are not FN documents and move a device operational register (1Bh) instead.
enum class Counter : std::uint8_t { FnDocument, DeviceRegister };

// What the journal stored before the first byte was sent.
struct Row
{
    Counter counter = Counter::FnDocument;
    std::uint32_t fdBefore = 0;                  // the FN's last FD read just before sending
    std::optional<std::uint32_t> registerBefore; // DeviceRegister jobs: the register before sending
};

// What the registrar reports now.
struct Device
{
    bool documentOpen = false; // see documentOpen() below
    std::uint32_t lastFd = 0;
    std::optional<std::uint32_t> registerNow;
};

enum class Action : std::uint8_t {
    CancelAndRetry, // an unfinished document is open: nothing fiscal yet; cancel it, then send again
    Retry,          // the device never ran the job: send it again
    VerifyNext,     // the FN holds one more document: read fdBefore + 1 and compare before done
    DoneByRegister, // a non-FN job whose register moved by one: it ran
    Attention,      // anything else: a person must look (the reason says what was found)
};

// Why a decision is Attention (None for every other action).
enum class Reason : std::uint8_t {
    None,
    OpenAfterNewDocument, // a document is open, but the FN's last FD is no longer fdBefore
    FdOutOfStep,          // the FN's last FD is neither fdBefore nor fdBefore + 1
    FdMovedByRegisterJob, // a non-FN job, yet the FN's last FD moved
    RegisterUnknown,      // the register was not read before sending or cannot be read now
    RegisterOutOfStep,    // the register moved by more than one step, or back
};

struct Decision
{
    Action action = Action::Attention;
    Reason reason = Reason::None;
    friend bool operator==(const Decision &, const Decision &) = default;
};

Decision decide(const Row &row, const Device &device);

// An unfinished document: mode 8 (a receipt is open) or an FN document begun (FF01h's current
// document is not 00h). Either one may be cancelled only while nothing was fiscalised since fdBefore.
bool documentOpen(std::uint8_t mode, std::uint8_t fnCurrentDocument);

// What the job expected the FN to hold, and what FF0Ah found at fdBefore + 1.
struct ExpectedDocument
{
    std::uint8_t type = 0;      // FN document type: 2 shift open, 3 receipt, 5 shift close, 31 correction
    std::uint8_t operation = 0; // tag 1054 for receipts and corrections (0: not compared)
    std::int64_t total = -1;    // kopecks; -1: not compared
};

struct Document
{
    std::uint8_t type = 0;
    std::uint32_t fd = 0;
    std::uint32_t fiscalSign = 0;
    std::uint8_t operation = 0;
    std::int64_t total = 0;
    bool hasAmount = false; // receipts and corrections carry the operation and the total
};

// FF0Ah's answer as the verification needs it; empty when it is too short to hold FD and sign.
std::optional<Document> decodeDocument(const FoundDocument &doc);

enum class Mismatch : std::uint8_t { None, Type, Operation, Total };

// None when the document at fdBefore + 1 is the job's own: then the job is done with its FD and sign.
Mismatch verify(const ExpectedDocument &expected, const Document &found);

// Short English names for logs and the CLI ("cancel-and-retry", "fd-out-of-step", ...).
const char *toString(Action action);
const char *toString(Reason reason);
const char *toString(Mismatch mismatch);

} // namespace fiscal::recovery
