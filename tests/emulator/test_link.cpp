// The device side of the link layer at the byte level (reference §1.3, §1.5).

#include <algorithm>
#include <gtest/gtest.h>

#include "fiscal/codec/frame.h"
#include "fiscal/emulator/link.h"

using namespace fiscal;
using namespace fiscal::emu;
using namespace std::chrono_literals;

namespace {

class LinkTest : public ::testing::Test
{
protected:
    DeviceLink link;
    DeviceLink::TimePoint t = std::chrono::steady_clock::now();

    DeviceLink::Actions feed(ByteView bytes, std::chrono::milliseconds gap = 1ms)
    {
        DeviceLink::Actions all;
        for (auto b : bytes) {
            t += gap;
            auto a = link.onByte(b, t);
            all.send.insert(all.send.end(), a.send.begin(), a.send.end());
            if (a.execute)
                all.execute = a.execute;
        }
        return all;
    }
    DeviceLink::Actions feed(std::uint8_t b) { return feed(Bytes{b}); }
    static Bytes frame(Bytes body) { return encodeFrame(body).value(); }
};

const Bytes ShortStatus{0x10, 0x1E, 0x00, 0x00, 0x00};
const Bytes Answer{0x10, 0x00, 0x1E};

} // namespace

TEST_F(LinkTest, EnqWhenIdleGetsNak)
{
    EXPECT_EQ(feed(control::ENQ).send, Bytes{control::NAK});
}

TEST_F(LinkTest, GoodFrameIsAckedAndExecuted)
{
    auto a = feed(frame(ShortStatus));
    EXPECT_EQ(a.send, Bytes{control::ACK});
    ASSERT_TRUE(a.execute);
    EXPECT_EQ(*a.execute, ShortStatus);
    // The reference's own vector: 02 05 10 1E 00 00 00 0B
    DeviceLink other;
    const Bytes wire{0x02, 0x05, 0x10, 0x1E, 0x00, 0x00, 0x00, 0x0B};
    DeviceLink::Actions last;
    for (auto b : wire)
        last = other.onByte(b, t);
    EXPECT_EQ(last.send, Bytes{control::ACK});
}

TEST_F(LinkTest, BadLrcGetsNakAndIsNotExecuted)
{
    Bytes f = frame(ShortStatus);
    f.back() ^= 0x01;
    auto a = feed(f);
    EXPECT_EQ(a.send, Bytes{control::NAK});
    EXPECT_FALSE(a.execute);
    EXPECT_EQ(feed(control::ENQ).send, Bytes{control::NAK});
}

TEST_F(LinkTest, AnswerIsHeldUntilAcked)
{
    feed(frame(ShortStatus));
    const Bytes sent = link.answerReady(Answer);
    EXPECT_EQ(sent, frame(Answer));
    // No ACK yet: an ENQ gets ACK followed by the same answer.
    Bytes expected{control::ACK};
    expected.insert(expected.end(), sent.begin(), sent.end());
    EXPECT_EQ(feed(control::ENQ).send, expected);
    EXPECT_EQ(feed(control::ENQ).send, expected);
    EXPECT_TRUE(feed(control::ACK).send.empty());
    EXPECT_EQ(feed(control::ENQ).send, Bytes{control::NAK});
}

TEST_F(LinkTest, NakThenEnqResendsTheAnswer)
{
    feed(frame(ShortStatus));
    const Bytes sent = link.answerReady(Answer);
    EXPECT_TRUE(feed(control::NAK).send.empty()); // never resends by itself
    auto a = feed(control::ENQ);
    ASSERT_EQ(a.send.size(), sent.size() + 1);
    EXPECT_EQ(a.send[0], control::ACK);
    EXPECT_TRUE(std::equal(sent.begin(), sent.end(), a.send.begin() + 1));
}

TEST_F(LinkTest, EnqWhileExecutingGetsAck)
{
    feed(frame(ShortStatus));
    EXPECT_EQ(feed(control::ENQ).send, Bytes{control::ACK});
}

TEST_F(LinkTest, TcpQuirkSendsFfAfterAck)
{
    link.setTcpFfQuirk(true);
    feed(frame(ShortStatus));
    (void)link.answerReady(Answer);
    EXPECT_EQ(feed(control::ACK).send, Bytes{control::TcpFiller});
    link.setTcpFfQuirk(false);
    feed(frame(ShortStatus));
    (void)link.answerReady(Answer);
    EXPECT_TRUE(feed(control::ACK).send.empty());
}

TEST_F(LinkTest, ByteTimeoutAbortsAFrame)
{
    const Bytes f = frame(ShortStatus);
    feed(ByteView(f).first(4));
    // 60 ms of silence is past the 50 ms byte timeout: the ENQ is an ENQ again, not frame data.
    EXPECT_EQ(feed(Bytes{control::ENQ}, 60ms).send, Bytes{control::NAK});
    // Within the timeout the same bytes complete a frame.
    auto a = feed(f, 40ms);
    EXPECT_TRUE(a.execute);
}

TEST_F(LinkTest, CorruptedAnswerIsRepairedOnResend)
{
    link.corruptNextAnswer();
    feed(frame(ShortStatus));
    const Bytes bad = link.answerReady(Answer);
    EXPECT_NE(bad, frame(Answer));
    EXPECT_FALSE(decodeFrame(bad).frame);
    feed(control::NAK);
    auto again = feed(control::ENQ);
    EXPECT_EQ(Bytes(again.send.begin() + 1, again.send.end()), frame(Answer));
}

TEST_F(LinkTest, DroppedAnswerLeavesTheLinkIdle)
{
    link.dropNextAnswer();
    feed(frame(ShortStatus));
    EXPECT_TRUE(link.answerReady(Answer).empty());
    EXPECT_EQ(feed(control::ENQ).send, Bytes{control::NAK});
}

TEST_F(LinkTest, LostAnswerIsFetchedByEnq)
{
    link.loseNextAnswer();
    feed(frame(ShortStatus));
    EXPECT_TRUE(link.answerReady(Answer).empty());
    auto a = feed(control::ENQ);
    EXPECT_EQ(a.send.front(), control::ACK);
    EXPECT_EQ(Bytes(a.send.begin() + 1, a.send.end()), frame(Answer));
}

TEST_F(LinkTest, NakNextRefusesOneGoodFrame)
{
    link.nakNextFrame();
    auto a = feed(frame(ShortStatus));
    EXPECT_EQ(a.send, Bytes{control::NAK});
    EXPECT_FALSE(a.execute);
    EXPECT_TRUE(feed(frame(ShortStatus)).execute);
}

TEST_F(LinkTest, PowerLossForgetsTheHeldAnswer)
{
    feed(frame(ShortStatus));
    (void)link.answerReady(Answer);
    link.reset();
    EXPECT_EQ(feed(control::ENQ).send, Bytes{control::NAK});
}

TEST_F(LinkTest, NewFrameReplacesAnUnacknowledgedAnswer)
{
    feed(frame(ShortStatus));
    (void)link.answerReady(Answer);
    auto a = feed(frame(ShortStatus));
    EXPECT_TRUE(a.execute);
    EXPECT_EQ(a.send, Bytes{control::ACK});
}
