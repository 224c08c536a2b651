// The link layer against every fault row of the issue, over the scripted transport. Time is virtual:
// a 10 s answer timeout costs nothing.

#include <gtest/gtest.h>

#include "fiscal/codes.h"
#include "fiscal/link/link.h"
#include "fiscal/transport/scriptedtransport.h"
#include "wire.h"

using namespace fiscal;
using namespace std::chrono_literals;
using wire::ack;
using wire::enq;
using wire::frame;
using wire::nak;

namespace {

const Bytes statusRequest = frame(cmd::ShortStatus, "1E 00 00 00");
// The real 10h answer captured from a device (reference §6).
const Bytes statusAnswer = wire::hex("02 10 10 00 1E 92 02 02 00 00 9F E5 18 01 00 92 08 00 75");
const Bytes fnRequest = frame(cmd::FnStatus, "1E 00 00 00");
const Bytes fnAnswer =
    frame(cmd::FnStatus, "00 03 00 00 01 00 15 07 1D 0B 1D 39 32 38 37 34 34 30 33 30 31 31 32 30 "
                         "39 39 31 A9 01 00 00");
const Bytes password = wire::hex("1E 00 00 00");

Bytes damaged(Bytes f)
{
    f.back() ^= 0x5A;
    return f;
}

class LinkTest : public ::testing::Test
{
protected:
    void TearDown() override { EXPECT_TRUE(device.finished()) << device.report(); }

    ScriptedTransport device;
    Link link{device};
};

TEST_F(LinkTest, PlainExchange)
{
    device.expect(enq).reply(nak).expect(statusRequest).reply(ack).reply(statusAnswer).expect(ack);
    auto answer = link.exchange(cmd::ShortStatus, password);
    ASSERT_TRUE(answer.hasValue());
    EXPECT_EQ(answer->code, cmd::ShortStatus);
    EXPECT_EQ(answer->error, 0);
    EXPECT_EQ(toHex(answer->data), "1E 92 02 02 00 00 9F E5 18 01 00 92 08 00");
    EXPECT_EQ(link.state(), Link::State::Idle);
}

TEST_F(LinkTest, TwoByteCommandAnswerIsSplitAfterBothCodeBytes)
{
    device.expect(enq).reply(nak).expect(fnRequest).reply(ack).reply(fnAnswer).expect(ack);
    auto answer = link.exchange(cmd::FnStatus, password);
    ASSERT_TRUE(answer.hasValue());
    EXPECT_EQ(answer->code, cmd::FnStatus);
    EXPECT_EQ(answer->data.size(), 30u);
}

TEST_F(LinkTest, NakOnCommandAsksWithEnqThenResendsTheFrame)
{
    device.expect(enq).reply(nak);
    device.expect(statusRequest).reply(nak);
    device.expect(enq).reply(nak); // maybe a stale NAK: the line goes quiet and ENQ asks again
    device.expect(enq).reply(nak); // nothing ran, no answer pending: the frame goes again
    device.expect(statusRequest).reply(ack).reply(statusAnswer).expect(ack);
    auto answer = link.exchange(cmd::ShortStatus, password);
    ASSERT_TRUE(answer.hasValue());
    EXPECT_EQ(answer->code, cmd::ShortStatus);
}

// A NAK left on the line from an earlier ENQ arrives where the frame's ACK was expected, while the
// device took the frame and runs it. Resending would run the command twice; the ENQ finds it running.
TEST_F(LinkTest, StaleNakAfterTheFrameNeverRunsTheCommandTwice)
{
    device.expect(enq).reply(nak);
    device.expect(statusRequest).reply(nak);
    device.expect(enq).reply(ack).reply(statusAnswer).expect(ack);
    auto answer = link.exchange(cmd::ShortStatus, password);
    ASSERT_TRUE(answer.hasValue());
    EXPECT_EQ(answer->code, cmd::ShortStatus);
}

// Two NAKs left on the line from earlier ENQs: one is read as the frame's reply, the other as the
// reply to the ENQ that follows, while the device runs our command. Only an ENQ after the line went
// quiet gets the current reply (ACK and the held answer); the frame is never sent twice.
TEST_F(LinkTest, TwoStaleNaksNeverRunTheCommandTwice)
{
    device.expect(enq).reply(nak).reply(nak).reply(nak); // the reply, and two left over
    device.expect(statusRequest).reply(ack).reply(statusAnswer);
    device.expect(enq).reply(ack).reply(statusAnswer); // holding the answer: ACK and it again
    device.expect(enq).reply(ack).reply(statusAnswer).expect(ack);
    auto answer = link.exchange(cmd::ShortStatus, password);
    ASSERT_TRUE(answer.hasValue());
    EXPECT_EQ(answer->code, cmd::ShortStatus);
}

TEST_F(LinkTest, NakStormGivesUpWithoutUnknownOutcome)
{
    device.expect(enq).reply(nak);
    for (int i = 0; i < 3; ++i)
        device.expect(statusRequest).reply(nak).expect(enq).reply(nak).expect(enq).reply(nak);
    auto answer = link.exchange(cmd::ShortStatus, password);
    ASSERT_FALSE(answer.hasValue());
    EXPECT_TRUE(answer.error().isLink(LinkError::NakLimit));
    EXPECT_FALSE(answer.error().outcomeUnknown); // every frame was refused: the command never ran
    EXPECT_EQ(link.state(), Link::State::NeedsResync);
}

TEST_F(LinkTest, BadLrcInAnswerIsNakedAndFetchedAgainWithEnq)
{
    device.expect(enq).reply(nak).expect(statusRequest).reply(ack).reply(damaged(statusAnswer));
    device.expect(nak).expect(enq).reply(ack).reply(statusAnswer).expect(ack);
    auto answer = link.exchange(cmd::ShortStatus, password);
    ASSERT_TRUE(answer.hasValue());
    EXPECT_EQ(answer->data.size(), 14u);
}

TEST_F(LinkTest, AnswersDamagedEveryTimeGiveBadLrc)
{
    device.expect(enq).reply(nak).expect(statusRequest).reply(ack).reply(damaged(statusAnswer));
    for (int i = 0; i < 3; ++i)
        device.expect(nak).expect(enq).reply(ack).reply(damaged(statusAnswer));
    auto answer = link.exchange(cmd::ShortStatus, password);
    ASSERT_FALSE(answer.hasValue());
    EXPECT_TRUE(answer.error().isLink(LinkError::BadLrc));
    EXPECT_TRUE(answer.error().outcomeUnknown);
}

TEST_F(LinkTest, AnswerCutShortIsTreatedLikeADamagedOne)
{
    const Bytes half(statusAnswer.begin(), statusAnswer.begin() + 8);
    device.expect(enq).reply(nak).expect(statusRequest).reply(ack).reply(half);
    device.expect(nak).expect(enq).reply(ack).reply(statusAnswer).expect(ack);
    auto answer = link.exchange(cmd::ShortStatus, password);
    ASSERT_TRUE(answer.hasValue());
}

TEST_F(LinkTest, LostAckIsRecoveredWithEnqInsteadOfResending)
{
    // The device took the frame but its ACK never arrived: the answer is fetched with ENQ, the
    // command is not sent a second time.
    device.expect(enq).reply(nak).expect(statusRequest);
    device.expect(enq).reply(ack).reply(statusAnswer).expect(ack);
    auto answer = link.exchange(cmd::ShortStatus, password);
    ASSERT_TRUE(answer.hasValue());
    EXPECT_EQ(answer->code, cmd::ShortStatus);
}

TEST_F(LinkTest, FrameThatNeverArrivedIsSentAgainAfterEnqSaysReady)
{
    device.expect(enq).reply(nak).expect(statusRequest); // silence: frame lost
    device.expect(enq).reply(nak);                       // no answer pending, once the line is quiet
    device.expect(enq).reply(nak);                       // and still: it did not run
    device.expect(statusRequest).reply(ack).reply(statusAnswer).expect(ack);
    ASSERT_TRUE(link.exchange(cmd::ShortStatus, password).hasValue());
}

TEST_F(LinkTest, LostAnswerIsDrainedByTheNextExchange)
{
    // Command A runs but its answer never arrives: unknown outcome, not repeated. The next exchange
    // starts with ENQ, the device replies ACK and sends A's answer again; it is kept aside and the
    // new command gets its own answer.
    const Bytes cancel = frame(cmd::CancelCheck, "1E 00 00 00");
    const Bytes cancelAnswer = wire::hex("02 03 88 00 1E 95");
    device.expect(enq).reply(nak).expect(cancel).reply(ack);
    auto first = link.exchange(cmd::CancelCheck, password);
    ASSERT_FALSE(first.hasValue());
    EXPECT_TRUE(first.error().isLink(LinkError::AnswerTimeout));
    EXPECT_TRUE(first.error().outcomeUnknown);
    EXPECT_EQ(first.error().command, cmd::CancelCheck);
    EXPECT_EQ(link.state(), Link::State::NeedsResync);

    device.expect(enq).reply(ack).reply(cancelAnswer).expect(ack);
    device.expect(enq).reply(nak).expect(statusRequest).reply(ack).reply(statusAnswer).expect(ack);
    auto second = link.exchange(cmd::ShortStatus, password);
    ASSERT_TRUE(second.hasValue());
    EXPECT_EQ(second->code, cmd::ShortStatus);
    auto drained = link.takeDrainedAnswer();
    ASSERT_TRUE(drained.has_value());
    EXPECT_EQ(drained->code, cmd::CancelCheck);
    EXPECT_EQ(drained->error, 0);
    EXPECT_FALSE(link.takeDrainedAnswer().has_value());
}

TEST_F(LinkTest, LateAnswerIsNotPairedWithTheNextCommand)
{
    // 10h's answer comes 10.8 s late, after the host gave up at 10.5 s, while FF01h's ENQ waits.
    device.expect(enq).reply(nak).expect(statusRequest).reply(ack).reply(statusAnswer, 10800ms);
    auto first = link.exchange(cmd::ShortStatus, password);
    ASSERT_FALSE(first.hasValue());
    EXPECT_TRUE(first.error().isLink(LinkError::AnswerTimeout));

    device.expect(enq).expect(ack); // the late frame lands instead of ACK/NAK; the host ACKs it
    device.expect(enq).reply(nak).expect(fnRequest).reply(ack).reply(fnAnswer).expect(ack);
    auto second = link.exchange(cmd::FnStatus, password);
    ASSERT_TRUE(second.hasValue()) << second.error().detail;
    EXPECT_EQ(second->code, cmd::FnStatus);
    ASSERT_EQ(second->data.size(), 30u);
    auto drained = link.takeDrainedAnswer();
    ASSERT_TRUE(drained.has_value());
    EXPECT_EQ(drained->code, cmd::ShortStatus);
}

TEST_F(LinkTest, AnswerToAnotherCommandWhileWaitingIsSkipped)
{
    const Bytes other = wire::hex("02 03 88 00 1E 95");
    device.expect(enq).reply(nak).expect(statusRequest).reply(ack).reply(other).expect(ack);
    device.reply(statusAnswer).expect(ack);
    auto answer = link.exchange(cmd::ShortStatus, password);
    ASSERT_TRUE(answer.hasValue());
    EXPECT_EQ(answer->code, cmd::ShortStatus);
    EXPECT_EQ(link.takeDrainedAnswer()->code, cmd::CancelCheck);
}

TEST_F(LinkTest, StrayFfBytesAreSkipped)
{
    // TCP/RNDIS devices send FFh after our ACK of an answer (reference §1.5).
    device.expect(enq)
        .reply(wire::hex("FF FF"))
        .reply(nak)
        .expect(statusRequest)
        .reply(wire::hex("FF"))
        .reply(ack);
    device.reply(statusAnswer).expect(ack).reply(wire::hex("FF"));
    device.expect(enq).reply(nak).expect(fnRequest).reply(ack).reply(fnAnswer).expect(ack).reply(
        wire::hex("FF"));
    ASSERT_TRUE(link.exchange(cmd::ShortStatus, password).hasValue());
    auto second = link.exchange(cmd::FnStatus, password);
    ASSERT_TRUE(second.hasValue());
    EXPECT_EQ(second->code, cmd::FnStatus);
}

TEST_F(LinkTest, AnswerTimeoutUsesTheCommandsOwnTimeout)
{
    const Bytes z = frame(cmd::ZReport, "1E 00 00 00");
    device.expect(enq).reply(nak).expect(z).reply(ack).reply(frame(cmd::ZReport, "00 1E"), 60s).expect(ack);
    auto answer = link.exchange(cmd::ZReport, password);
    ASSERT_TRUE(answer.hasValue()) << "a Z report may take 65 s";
}

TEST_F(LinkTest, SilentDeviceAfterAckTimesOutWithUnknownOutcome)
{
    device.expect(enq).reply(nak).expect(statusRequest).reply(ack);
    auto answer = link.exchange(cmd::ShortStatus, password);
    ASSERT_FALSE(answer.hasValue());
    EXPECT_TRUE(answer.error().isLink(LinkError::AnswerTimeout));
    EXPECT_TRUE(answer.error().outcomeUnknown);
    EXPECT_EQ(device.elapsed(), 10s + link.settings().answerGrace);
}

TEST_F(LinkTest, PrintingPreviousCommandComesBackAsTheDeviceErrorByte)
{
    const Bytes sale = frame(cmd::OpenCheck, "01 00 00 00 00");
    device.expect(enq).reply(nak).expect(sale).reply(ack).reply(frame(cmd::OpenCheck, "50")).expect(ack);
    auto answer = link.exchange(cmd::OpenCheck, wire::hex("01 00 00 00 00"));
    ASSERT_TRUE(answer.hasValue());
    EXPECT_EQ(answer->error, 0x50);
    EXPECT_TRUE(answer->data.empty());
    EXPECT_EQ(link.state(), Link::State::Idle);
}

TEST_F(LinkTest, DeviceOffGivesNoLinkAfterTheEnqRetries)
{
    for (int i = 0; i < 3; ++i)
        device.expect(enq);
    auto answer = link.exchange(cmd::ShortStatus, password);
    ASSERT_FALSE(answer.hasValue());
    EXPECT_TRUE(answer.error().isLink(LinkError::NoLink));
    EXPECT_FALSE(answer.error().outcomeUnknown);
    EXPECT_EQ(device.elapsed(), 3 * link.settings().enqTimeout);
}

TEST_F(LinkTest, PendingAnswerAtStartIsDrainedFirst)
{
    device.expect(enq).reply(ack).reply(frame(cmd::Beep, "00 1E")).expect(ack);
    device.expect(enq).reply(nak).expect(statusRequest).reply(ack).reply(statusAnswer).expect(ack);
    auto answer = link.exchange(cmd::ShortStatus, password);
    ASSERT_TRUE(answer.hasValue());
    EXPECT_EQ(answer->code, cmd::ShortStatus);
}

TEST_F(LinkTest, ProbeAnswersWhetherAnythingListens)
{
    device.expect(enq).reply(nak);
    EXPECT_TRUE(link.probe().hasValue());
    device.expect(enq).expect(enq).expect(enq);
    auto off = link.probe();
    ASSERT_FALSE(off.hasValue());
    EXPECT_TRUE(off.error().isLink(LinkError::NoLink));
}

TEST_F(LinkTest, DroppedLinkIsATransportError)
{
    device.expect(enq).reply(nak).expect(statusRequest).disconnect();
    auto answer = link.exchange(cmd::ShortStatus, password);
    ASSERT_FALSE(answer.hasValue());
    EXPECT_TRUE(answer.error().isTransport());
    EXPECT_EQ(answer.error().code, static_cast<int>(TransportError::Closed));
}

TEST_F(LinkTest, AnswerWithoutErrorByteIsMalformed)
{
    device.expect(enq).reply(nak).expect(statusRequest).reply(ack).reply(frame(cmd::ShortStatus)).expect(ack);
    auto answer = link.exchange(cmd::ShortStatus, password);
    ASSERT_FALSE(answer.hasValue());
    EXPECT_TRUE(answer.error().isLink(LinkError::Malformed));
}

TEST_F(LinkTest, TraceSeesEveryByteBothWays)
{
    Bytes out;
    Bytes in;
    link.setTraceSink([&](Direction d, ByteView bytes) {
        (d == Direction::ToDevice ? out : in)
            .insert((d == Direction::ToDevice ? out : in).end(), bytes.begin(), bytes.end());
    });
    device.expect(enq).reply(nak).expect(statusRequest).reply(ack).reply(statusAnswer).expect(ack);
    ASSERT_TRUE(link.exchange(cmd::ShortStatus, password).hasValue());
    Bytes wantOut = enq;
    wantOut.insert(wantOut.end(), statusRequest.begin(), statusRequest.end());
    wantOut.push_back(0x06);
    EXPECT_EQ(toHex(out), toHex(wantOut));
    Bytes wantIn{0x15, 0x06};
    wantIn.insert(wantIn.end(), statusAnswer.begin(), statusAnswer.end());
    EXPECT_EQ(toHex(in), toHex(wantIn));
}

TEST(AnswerTimeouts, VendorTable)
{
    EXPECT_EQ(answerTimeout(cmd::ShortStatus), 10s);
    EXPECT_EQ(answerTimeout(cmd::XReport), 30s);
    EXPECT_EQ(answerTimeout(cmd::ZReport), 65s);
    EXPECT_EQ(answerTimeout(cmd::OpenShift), 35s);
    EXPECT_EQ(answerTimeout(cmd::FnCloseCheckV2), 10s);
}

} // namespace

namespace {

TEST(LinkSettingsTest, InterFrameDelayKeepsTheWireQuietBeforeEnq)
{
    ScriptedTransport device;
    LinkSettings settings;
    settings.interFrameDelay = std::chrono::milliseconds{20};
    Link link(device, settings);
    device.expect(enq).reply(nak).expect(statusRequest).reply(ack).reply(statusAnswer).expect(ack);
    ASSERT_TRUE(link.exchange(cmd::ShortStatus, password).hasValue());
    EXPECT_EQ(device.elapsed(), std::chrono::milliseconds{20});
    EXPECT_TRUE(device.finished()) << device.report();
}

TEST(LinkSettingsTest, AnswerTimeoutOverrideReplacesTheTable)
{
    ScriptedTransport device;
    LinkSettings settings;
    settings.answerTimeoutOverride = std::chrono::milliseconds{300};
    Link link(device, settings);
    const Bytes z = frame(cmd::ZReport, "1E 00 00 00");
    device.expect(enq).reply(nak).expect(z).reply(ack);
    auto answer = link.exchange(cmd::ZReport, password);
    ASSERT_FALSE(answer.hasValue());
    EXPECT_EQ(device.elapsed(), std::chrono::milliseconds{300} + settings.answerGrace);
}

} // namespace
