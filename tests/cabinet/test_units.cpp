// The cabinet's pure parts: JSON, cursor, gzip, hashing (CSV: tests/csv).

#include "cabinet/api/gzip.h"
#include "cabinet/db/connection.h"
#include "cabinet/json/json.h"
#include "cabinet/store/cursor.h"
#include "cabinet/store/storable.h"
#include "cabinet/util/crypto.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <sstream>
#include <unistd.h>

namespace cabinet {

TEST(CabinetJson, RoundTripsKeepNumbersAndUnicodeExactly)
{
    const std::string text =
        R"({"a":[1,-0.5,1e10,9007199254740993,"Молоко \"3,2%\"",true,false,null],"b":{},"c":[],"d":"\u0001"})";
    auto v = json::tryParse(text);
    ASSERT_TRUE(v);
    EXPECT_EQ(v->find("a")->asArray()[3].asInt64(), 9007199254740993LL);
    EXPECT_EQ(v->find("a")->asArray()[4].asString(), "Молоко \"3,2%\"");
    EXPECT_FALSE(v->find("a")->asArray()[1].asInt64());
    EXPECT_EQ(json::serialize(*v), text);
}

TEST(CabinetJson, DecodesEscapesAndSurrogatePairs)
{
    auto v = json::tryParse(R"(["\u0416\ud83d\ude00\n\/"])");
    ASSERT_TRUE(v);
    EXPECT_EQ(v->asArray()[0].asString(), "Ж😀\n/");
}

TEST(CabinetJson, RejectsMalformedInput)
{
    for (const char *bad : {"", "{", "[1,]", "{\"a\" 1}", "01", "1.", "-", "\"\\x\"", "\"\\ud800\"", "tru",
                            "[1] 2", "\"a\nb\"", "{\"a\":1,}", "\"\xC3\"", "\"\xED\xA0\x80\""}) {
        EXPECT_FALSE(json::tryParse(bad)) << bad;
    }
    std::string deep(100, '[');
    EXPECT_FALSE(json::tryParse(deep + std::string(100, ']')));
}

TEST(CabinetJson, RefusesDuplicateMemberNamesInSmallAndLargeObjects)
{
    EXPECT_FALSE(json::tryParse(R"({"a":1,"a":2})"));
    EXPECT_FALSE(json::tryParse(R"({"x":{"uuid":"1","uuid":"2"}})"));
    EXPECT_TRUE(json::tryParse(R"({"a":{"a":1},"b":{"a":2}})")); // one name in two objects is fine
    std::string large = "{";
    for (int i = 0; i < 40; ++i)
        large += "\"k" + std::to_string(i) + "\":" + std::to_string(i) + ",";
    EXPECT_TRUE(json::tryParse(large + "\"last\":0}"));
    EXPECT_FALSE(json::tryParse(large + "\"k3\":0}"));
}

TEST(CabinetCursor, EncodesOpaquelyAndRejectsTampering)
{
    Cursor c;
    c.organizationId = "3f2b6c1e-0d4a-4b8e-9c7f-1a2b3c4d5e6f";
    c.epoch = 3;
    c.lastVersion = 88121;
    auto back = Cursor::decode(c.encode());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->organizationId, c.organizationId);
    EXPECT_EQ(back->epoch, 3);
    EXPECT_EQ(back->lastVersion, 88121);
    EXPECT_FALSE(back->snapshotUntil);
    EXPECT_EQ(c.encode().find_first_of("+/="), std::string::npos); // URL-safe as is

    c.snapshotUntil = 10;
    c.lastVersion = 4;
    EXPECT_EQ(Cursor::decode(c.encode())->snapshotUntil, 10);
    EXPECT_FALSE(Cursor::decode("%%%"));
    EXPECT_FALSE(Cursor::decode(crypto::base64urlEncode("{\"schema_v\":1}")));
    EXPECT_FALSE(Cursor::decode(crypto::base64urlEncode("[1,2]")));
}

TEST(CabinetGzip, RoundTripsAndStopsZipBombs)
{
    std::string text(100000, 'a');
    auto z = api::gzip(text);
    EXPECT_LT(z.size(), 1000u);
    EXPECT_EQ(api::gunzip(z, 1 << 20), text);
    EXPECT_FALSE(api::gunzip(z, 1000));
    EXPECT_FALSE(api::gunzip(z.substr(0, z.size() / 2), 1 << 20));
    EXPECT_FALSE(api::gunzip("plain", 1 << 20));
}

TEST(CabinetGzip, TellsCorruptFromTooLargeAndBoundsTheRatio)
{
    const std::string text(4 << 20, 'a'); // 4 MiB of one letter: about 1000:1
    const std::string z = api::gzip(text);
    using api::InflateError;
    EXPECT_EQ(std::get<InflateError>(api::inflateGzip(z.substr(0, z.size() / 2), {8 << 20})),
              InflateError::Corrupt);
    EXPECT_EQ(std::get<InflateError>(api::inflateGzip("not gzip", {8 << 20})), InflateError::Corrupt);
    EXPECT_EQ(std::get<InflateError>(api::inflateGzip(z, {1 << 20})), InflateError::TooLarge);
    // Under the byte limit but far over a 50:1 ratio: refused while inflating.
    EXPECT_EQ(std::get<InflateError>(api::inflateGzip(z, {8 << 20, 50})), InflateError::TooLarge);
    EXPECT_EQ(std::get<std::string>(api::inflateGzip(z, {8 << 20, 2000})), text);
    // A small body always gets the floor, whatever its ratio.
    const std::string small(30000, 'b');
    EXPECT_EQ(std::get<std::string>(api::inflateGzip(api::gzip(small), {8 << 20, 2})), small);
}

TEST(CabinetCrypto, HashesTokensAndUuids)
{
    ASSERT_TRUE(crypto::init());
    EXPECT_EQ(crypto::sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_TRUE(crypto::isSha256Hex(crypto::sha256Hex("")));
    EXPECT_NE(crypto::newToken(), crypto::newToken());
    EXPECT_EQ(crypto::newToken().size(), 43u);
    auto u = crypto::newUuid();
    EXPECT_TRUE(crypto::isUuid(u));
    EXPECT_EQ(u[14], '4');
    EXPECT_FALSE(crypto::isUuid("3f2b6c1e-0d4a-4b8e-9c7f-1a2b3c4d5e6"));
    EXPECT_EQ(crypto::randomDigits(8).size(), 8u);
    EXPECT_EQ(crypto::base64urlDecode(crypto::base64urlEncode("\x01\xff\x10")), "\x01\xff\x10");
}

// The quarantine keeps what a till sent even when it is not storable text: invalid bytes and NUL
// become U+FFFD, and the cut never splits a character.
TEST(CabinetStorable, ExcerptIsValidUtf8AndCutOnACharacter)
{
    EXPECT_EQ(storableExcerpt("Хлеб", 100), "Хлеб");
    EXPECT_EQ(storableExcerpt(std::string("a\0b\xC3(\xFF", 6), 100), "a\uFFFDb\uFFFD(\uFFFD");
    EXPECT_EQ(storableExcerpt("\xE2\x82", 100), "\uFFFD\uFFFD") << "a sequence cut at the end";
    // Cyrillic letters take 2 bytes: three and "…" (3 bytes) would be 9 of 7, so two and "…".
    EXPECT_EQ(storableExcerpt("ХлебХлеб", 7), "Хл…");
    EXPECT_EQ(storableExcerpt("abcdef", 4), "a…");
    EXPECT_EQ(storableExcerpt(std::string(100000, 'x'), 16384).size(), 16384u);
}

// A COMMIT that fails must not leave the pooled connection inside the transaction, or every later
// request on it fails with "cannot start a transaction within a transaction". A deferred foreign key
// makes SQLite's COMMIT fail while keeping the transaction open.
TEST(CabinetTransaction, AFailedCommitRollsBackAndTheConnectionServesTheNextOne)
{
    const auto dir = std::filesystem::temp_directory_path() / ("cabinet-tx-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    auto connection = db::open("sqlite:" + (dir / "tx.db").string());
    connection->script("CREATE TABLE parent (id INTEGER PRIMARY KEY);"
                       "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id)"
                       " DEFERRABLE INITIALLY DEFERRED);");
    {
        db::Transaction tx(*connection, db::Tx::Write);
        connection->query("INSERT INTO child (id, parent_id) VALUES (1, 42)");
        EXPECT_ANY_THROW(tx.commit());
    }
    {
        db::Transaction tx(*connection, db::Tx::Write);
        connection->query("INSERT INTO parent (id) VALUES (7)");
        tx.commit();
    }
    EXPECT_EQ(connection->query("SELECT count(*) FROM child").at(0).integer(0), 0)
        << "the failed one rolled back";
    EXPECT_EQ(connection->query("SELECT count(*) FROM parent").at(0).integer(0), 1);
    connection.reset();
    std::filesystem::remove_all(dir);
}

} // namespace cabinet
