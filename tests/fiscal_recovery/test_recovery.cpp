// fiscal::recovery::decide and verify, table-driven: one row per branch of the rule in
// ARCHITECTURE.md ("Exactly-once fiscalization"). The app, the CLI and fiscal::reconcile all use these.

#include <gtest/gtest.h>

#include <ostream>

#include "fiscal/codes.h"
#include "fiscal/recovery/recovery.h"

using namespace fiscal;
using namespace fiscal::recovery;

namespace fiscal::recovery {
void PrintTo(const Decision &d, std::ostream *os)
{
    *os << toString(d.action) << "/" << toString(d.reason);
}
} // namespace fiscal::recovery

namespace {

constexpr auto FnDoc = Counter::FnDocument;
constexpr auto Register = Counter::DeviceRegister;
constexpr std::optional<std::uint32_t> none = std::nullopt;

struct DecideCase
{
    const char *name;
    Row row;
    Device device;
    Decision expected;
};

const DecideCase decideCases[] = {
    // FN-document jobs (receipts, shifts, corrections): the FN's last FD tells.
    {"fd unchanged: retry", {FnDoc, 41, none}, {false, 41, none}, {Action::Retry, Reason::None}},
    {"one more FD: verify it", {FnDoc, 41, none}, {false, 42, none}, {Action::VerifyNext, Reason::None}},
    {"FD went back", {FnDoc, 41, none}, {false, 40, none}, {Action::Attention, Reason::FdOutOfStep}},
    {"two more FDs", {FnDoc, 41, none}, {false, 43, none}, {Action::Attention, Reason::FdOutOfStep}},
    {"far away", {FnDoc, 41, none}, {false, 100, none}, {Action::Attention, Reason::FdOutOfStep}},
    // An open document: cancel only when nothing was fiscalised since fd_before.
    {"open, FD unchanged: cancel",
     {FnDoc, 41, none},
     {true, 41, none},
     {Action::CancelAndRetry, Reason::None}},
    {"open after one more FD",
     {FnDoc, 41, none},
     {true, 42, none},
     {Action::Attention, Reason::OpenAfterNewDocument}},
    {"open after FD went back",
     {FnDoc, 41, none},
     {true, 40, none},
     {Action::Attention, Reason::OpenAfterNewDocument}},
    {"open during a register job, FD unchanged",
     {Register, 10, 5u},
     {true, 10, 5u},
     {Action::CancelAndRetry, Reason::None}},
    {"open during a register job, FD moved",
     {Register, 10, 5u},
     {true, 11, 5u},
     {Action::Attention, Reason::OpenAfterNewDocument}},
    // Register jobs (cash in/out, X report): no FN document, the operational register tells.
    {"register unchanged: retry", {Register, 10, 5u}, {false, 10, 5u}, {Action::Retry, Reason::None}},
    {"register moved by one: done",
     {Register, 10, 5u},
     {false, 10, 6u},
     {Action::DoneByRegister, Reason::None}},
    {"register jumped", {Register, 10, 5u}, {false, 10, 8u}, {Action::Attention, Reason::RegisterOutOfStep}},
    {"register went back",
     {Register, 10, 5u},
     {false, 10, 4u},
     {Action::Attention, Reason::RegisterOutOfStep}},
    {"FD moved during a register job",
     {Register, 10, 5u},
     {false, 11, 5u},
     {Action::Attention, Reason::FdMovedByRegisterJob}},
    {"FD moved and register unreadable",
     {Register, 10, none},
     {false, 11, none},
     {Action::Attention, Reason::FdMovedByRegisterJob}},
    {"register not stored before",
     {Register, 10, none},
     {false, 10, 5u},
     {Action::Attention, Reason::RegisterUnknown}},
    {"register unreadable now",
     {Register, 10, 5u},
     {false, 10, none},
     {Action::Attention, Reason::RegisterUnknown}},
};

TEST(Recovery, DecidesEveryBranch)
{
    for (const DecideCase &c : decideCases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(decide(c.row, c.device), c.expected);
    }
}

TEST(Recovery, AttentionAlwaysCarriesAReasonAndOnlyAttentionDoes)
{
    for (const DecideCase &c : decideCases) {
        SCOPED_TRACE(c.name);
        const Decision d = decide(c.row, c.device);
        EXPECT_EQ(d.action == Action::Attention, d.reason != Reason::None);
    }
}

TEST(Recovery, AnOpenDocumentIsModeEightOrAnFnDocumentBegun)
{
    EXPECT_TRUE(documentOpen(mode::DocumentOpen, 0));
    EXPECT_TRUE(documentOpen(mode::ShiftOpen, fndoc::Receipt));
    EXPECT_TRUE(documentOpen(mode::DocumentOpen, fndoc::Receipt));
    EXPECT_FALSE(documentOpen(mode::ShiftOpen, 0));
    EXPECT_FALSE(documentOpen(mode::ShiftExpired, 0));
}

struct VerifyCase
{
    const char *name;
    ExpectedDocument expected;
    Document found;
    Mismatch result;
};

const VerifyCase verifyCases[] = {
    {"our sale", {fdtype::Receipt, 1, 12345}, {fdtype::Receipt, 42, 777, 1, 12345, true}, Mismatch::None},
    {"total differs",
     {fdtype::Receipt, 1, 12345},
     {fdtype::Receipt, 42, 777, 1, 12344, true},
     Mismatch::Total},
    {"sign differs",
     {fdtype::Receipt, 1, 12345},
     {fdtype::Receipt, 42, 777, 2, 12345, true},
     Mismatch::Operation},
    {"type differs", {fdtype::Receipt, 1, 12345}, {fdtype::ShiftClose, 42, 777, 0, 0, false}, Mismatch::Type},
    {"shift documents: the type decides",
     {fdtype::ShiftOpen, 0, -1},
     {fdtype::ShiftOpen, 5, 1, 0, 0, false},
     Mismatch::None},
    {"sign not compared", {fdtype::Receipt, 0, 500}, {fdtype::Receipt, 9, 1, 2, 500, true}, Mismatch::None},
    {"total not compared", {fdtype::Receipt, 1, -1}, {fdtype::Receipt, 9, 1, 1, 500, true}, Mismatch::None},
    {"no amount read: nothing to compare",
     {fdtype::Receipt, 1, 500},
     {fdtype::Receipt, 9, 1, 0, 0, false},
     Mismatch::None},
    {"correction", {fdtype::Correction, 1, 100}, {fdtype::Correction, 9, 1, 1, 100, true}, Mismatch::None},
};

TEST(Recovery, VerifiesTheDocumentFoundAtTheNextFd)
{
    for (const VerifyCase &c : verifyCases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(verify(c.expected, c.found), c.result) << toString(verify(c.expected, c.found));
    }
}

TEST(Recovery, DecodesFoundDocuments)
{
    FoundDocument doc;
    doc.type = fdtype::Receipt;
    doc.data = {26, 11, 22, 19, 30, 42, 0, 0, 0, 0x15, 0xCD, 0x5B, 0x07, 1, 0x39, 0x30, 0, 0, 0};
    auto d = decodeDocument(doc);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->fd, 42u);
    EXPECT_EQ(d->fiscalSign, 123456789u);
    EXPECT_EQ(d->operation, 1);
    EXPECT_EQ(d->total, 12345);
    EXPECT_TRUE(d->hasAmount);
    doc.type = fdtype::ShiftOpen; // the same head, no amount
    d = decodeDocument(doc);
    ASSERT_TRUE(d);
    EXPECT_FALSE(d->hasAmount);
    doc.data.resize(8);
    EXPECT_FALSE(decodeDocument(doc));
}

TEST(Recovery, NamesEveryValue)
{
    for (const DecideCase &c : decideCases) {
        EXPECT_STRNE(toString(c.expected.action), "?");
        EXPECT_STRNE(toString(c.expected.reason), "?");
    }
    for (const VerifyCase &c : verifyCases)
        EXPECT_STRNE(toString(c.result), "?");
}

} // namespace
