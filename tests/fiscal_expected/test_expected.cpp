// The error channel of fiscal/: what each helper does with a value and with an error, that f is
// not run on the branch it does not belong to, and that FISCAL_TRY returns early only on an error.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "fiscal/error.h"

using namespace fiscal;

namespace {

Result<int> ok(int v)
{
    return v;
}

Result<int> bad(LinkError e = LinkError::NoLink)
{
    return unexpected(Error::link(e, 0x10));
}

Result<std::string> half(int v)
{
    if (v % 2)
        return unexpected(Error::device(0x33, 0x80, "odd"));
    return std::to_string(v / 2);
}

TEST(Expected, AndThenChainsOnValuesAndPassesErrorsThrough)
{
    auto a = ok(8).and_then(half);
    ASSERT_TRUE(a);
    EXPECT_EQ(*a, "4");
    auto b = ok(7).and_then(half);
    ASSERT_FALSE(b);
    EXPECT_TRUE(b.error().isDevice(0x33));
    int calls = 0;
    auto c = bad().and_then([&](int v) {
        ++calls;
        return half(v);
    });
    ASSERT_FALSE(c);
    EXPECT_TRUE(c.error().isLink(LinkError::NoLink));
    EXPECT_EQ(c.error().command, 0x10);
    EXPECT_EQ(calls, 0);
}

TEST(Expected, TransformMapsTheValueAndMayDropIt)
{
    auto a = ok(20).transform([](int v) { return v + 1; });
    static_assert(std::is_same_v<decltype(a), Result<int>>);
    EXPECT_EQ(*a, 21);
    int seen = 0;
    auto v = ok(5).transform([&](int x) { seen = x; });
    static_assert(std::is_same_v<decltype(v), Result<void>>);
    EXPECT_TRUE(v);
    EXPECT_EQ(seen, 5);
    auto e = bad(LinkError::BadLrc).transform([](int x) { return std::vector<int>(std::size_t(x)); });
    ASSERT_FALSE(e);
    EXPECT_TRUE(e.error().isLink(LinkError::BadLrc));
}

TEST(Expected, RvalueChainsMoveTheValue)
{
    Result<std::vector<int>> big = std::vector<int>(1000, 7);
    auto moved = std::move(big).transform([](std::vector<int> &&v) { return std::move(v); });
    ASSERT_TRUE(moved);
    EXPECT_EQ(moved->size(), 1000u);
}

TEST(Expected, OrElseRecoversOnlyErrors)
{
    auto fallback = [](const Error &e) -> Result<int> {
        if (e.isLink(LinkError::NoLink))
            return 0;
        return unexpected(e);
    };
    EXPECT_EQ(*ok(3).or_else(fallback), 3);
    EXPECT_EQ(*bad(LinkError::NoLink).or_else(fallback), 0);
    EXPECT_TRUE(bad(LinkError::Desync).or_else(fallback).error().isLink(LinkError::Desync));
}

TEST(Expected, TransformErrorRewritesTheError)
{
    auto withDetail = [](Error e) {
        e.detail = "while reading the FN";
        return e;
    };
    EXPECT_EQ(bad().transform_error(withDetail).error().detail, "while reading the FN");
    EXPECT_EQ(*ok(1).transform_error(withDetail), 1);
    Result<void> v = unexpected(Error::transport(TransportError::Closed));
    auto code = v.transform_error([](const Error &e) { return e.code; });
    EXPECT_EQ(code.error(), static_cast<int>(TransportError::Closed));
}

TEST(Expected, VoidResultsChainWithNullaryFunctions)
{
    Result<void> done;
    EXPECT_EQ(*done.and_then([] { return ok(4); }), 4);
    EXPECT_EQ(*done.transform([] { return 9; }), 9);
    Result<void> failed = unexpected(Error::link(LinkError::NakLimit));
    int calls = 0;
    auto r = failed.and_then([&] {
        ++calls;
        return ok(1);
    });
    EXPECT_FALSE(r);
    EXPECT_EQ(calls, 0);
    EXPECT_TRUE(failed.or_else([](const Error &) -> Result<void> { return {}; }));
}

// Three steps in a row; each FISCAL_TRY returns at the first error and records how far it got.
Result<int> steps(Result<int> first, Result<void> second, std::vector<int> &trace)
{
    FISCAL_TRY(first);
    trace.push_back(1);
    if (first.value() > 0)
        FISCAL_TRY(second);
    else
        trace.push_back(-1); // the else binds to this if, not to the macro's own
    trace.push_back(2);
    return first.value() * 10;
}

TEST(Expected, TryReturnsTheErrorOfTheFirstFailingStep)
{
    std::vector<int> trace;
    auto all = steps(ok(3), {}, trace);
    EXPECT_EQ(*all, 30);
    EXPECT_EQ(trace, (std::vector<int>{1, 2}));
    trace.clear();
    auto firstFails = steps(bad(LinkError::ByteTimeout), {}, trace);
    EXPECT_TRUE(firstFails.error().isLink(LinkError::ByteTimeout));
    EXPECT_TRUE(trace.empty());
    trace.clear();
    auto secondFails = steps(ok(3), unexpected(Error::device(0x4A, 0xFF45)), trace);
    EXPECT_TRUE(secondFails.error().isDevice(0x4A));
    EXPECT_EQ(trace, (std::vector<int>{1}));
    trace.clear();
    EXPECT_EQ(*steps(ok(0), unexpected(Error::device(0x4A, 0xFF45)), trace), 0);
    EXPECT_EQ(trace, (std::vector<int>{1, -1, 2}));
}

} // namespace
