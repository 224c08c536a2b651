#include "fiscal/recovery/recovery.h"

#include "fiscal/codec/values.h"
#include "fiscal/codes.h"

namespace fiscal::recovery {

namespace {

constexpr Decision attention(Reason reason)
{
    return {Action::Attention, reason};
}

// Cash in/out and the X report: the FN must not have moved, the register tells whether the job ran.
Decision decideByRegister(const Row &row, const Device &device)
{
    if (device.lastFd != row.fdBefore)
        return attention(Reason::FdMovedByRegisterJob);
    if (!row.registerBefore || !device.registerNow)
        return attention(Reason::RegisterUnknown);
    if (*device.registerNow == *row.registerBefore)
        return {Action::Retry, Reason::None};
    if (*device.registerNow == *row.registerBefore + 1)
        return {Action::DoneByRegister, Reason::None};
    return attention(Reason::RegisterOutOfStep);
}

} // namespace

Decision decide(const Row &row, const Device &device)
{
    if (device.documentOpen) {
        // An open document is harmless only when nothing was fiscalised since fd_before: then it is
        // ours and unfinished. After a new FD it belongs to someone else's story; a person decides.
        if (device.lastFd == row.fdBefore)
            return {Action::CancelAndRetry, Reason::None};
        return attention(Reason::OpenAfterNewDocument);
    }
    if (row.counter == Counter::DeviceRegister)
        return decideByRegister(row, device);
    if (device.lastFd == row.fdBefore)
        return {Action::Retry, Reason::None};
    if (device.lastFd == row.fdBefore + 1)
        return {Action::VerifyNext, Reason::None};
    return attention(Reason::FdOutOfStep);
}

bool documentOpen(std::uint8_t mode, std::uint8_t fnCurrentDocument)
{
    return mode == mode::DocumentOpen || fnCurrentDocument != 0;
}

std::optional<Document> decodeDocument(const FoundDocument &doc)
{
    // Every FN document starts with DATE_TIME, FD and fiscal sign; receipts and corrections go on
    // with the calculation sign (1054) and the total.
    ByteReader in(doc.data);
    if (!readFnDateTime(in))
        return std::nullopt;
    const auto fd = in.le(4);
    const auto sign = in.le(4);
    if (!fd || !sign)
        return std::nullopt;
    Document out;
    out.type = doc.type;
    out.fd = static_cast<std::uint32_t>(*fd);
    out.fiscalSign = static_cast<std::uint32_t>(*sign);
    if (doc.type == fdtype::Receipt || doc.type == fdtype::Correction) {
        const auto op = in.u8();
        const auto total = in.le(MoneyWidth);
        if (op && total) {
            out.operation = *op;
            out.total = static_cast<std::int64_t>(*total);
            out.hasAmount = true;
        }
    }
    return out;
}

Mismatch verify(const ExpectedDocument &expected, const Document &found)
{
    if (found.type != expected.type)
        return Mismatch::Type;
    if (expected.operation != 0 && found.hasAmount && found.operation != expected.operation)
        return Mismatch::Operation;
    if (expected.total >= 0 && found.hasAmount && found.total != expected.total)
        return Mismatch::Total;
    return Mismatch::None;
}

const char *toString(Action action)
{
    switch (action) {
    case Action::CancelAndRetry:
        return "cancel-and-retry";
    case Action::Retry:
        return "retry";
    case Action::VerifyNext:
        return "verify-next";
    case Action::DoneByRegister:
        return "done-by-register";
    case Action::Attention:
        return "attention";
    }
    return "?";
}

const char *toString(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return "none";
    case Reason::OpenAfterNewDocument:
        return "open-after-new-document";
    case Reason::FdOutOfStep:
        return "fd-out-of-step";
    case Reason::FdMovedByRegisterJob:
        return "fd-moved-by-register-job";
    case Reason::RegisterUnknown:
        return "register-unknown";
    case Reason::RegisterOutOfStep:
        return "register-out-of-step";
    }
    return "?";
}

const char *toString(Mismatch mismatch)
{
    switch (mismatch) {
    case Mismatch::None:
        return "none";
    case Mismatch::Type:
        return "type";
    case Mismatch::Operation:
        return "operation";
    case Mismatch::Total:
        return "total";
    }
    return "?";
}

} // namespace fiscal::recovery
