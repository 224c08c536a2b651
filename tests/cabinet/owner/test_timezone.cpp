// A point of sale's time zone (issue 15: times in the point of sale's time zone): Moscow for the
// points that were there before and for a new one, one of Russia's zones when the owner chooses it,
// kept when a change leaves it out; an unknown zone is refused in Russian and changes nothing; the
// dashboard's "today" is the day of the zone the points share.

#include "ownerapi.h"

#include <chrono>
#include <ctime>

namespace cabinet::test {

namespace {

std::string zoneOf(const HttpReply &list, const std::string &pos)
{
    for (const auto &p : list.json().asArray())
        if (p.stringAt("id") == pos)
            return p.stringAt("time_zone").value_or("(none)");
    return "(absent)";
}

} // namespace

TEST_F(OwnerApi, PointOfSaleTimeZoneIsChosenFromRussiasZones)
{
    auto a = login("owner@a.ru");
    auto before = get(a, "/points-of-sale");
    ASSERT_EQ(before.status, 200) << before.body;
    EXPECT_EQ(zoneOf(before, shop.pos), "Europe/Moscow") << "an existing point is in Moscow";
    EXPECT_EQ(zoneOf(before, otherPos), "Europe/Moscow");

    json::Value pos;
    pos.set("name", "Магазин на Светланской");
    auto created = send(a, "POST", "/points-of-sale", pos);
    ASSERT_EQ(created.status, 201) << created.body;
    EXPECT_EQ(created.json().stringAt("time_zone"), "Europe/Moscow") << "a new point without a zone";
    const std::string newId = created.json().stringAt("id").value_or("");

    pos.set("name", "Ромашка main");
    pos.set("time_zone", "Asia/Vladivostok");
    auto moved = send(a, "PUT", "/points-of-sale/" + shop.pos, pos);
    ASSERT_EQ(moved.status, 200) << moved.body;
    EXPECT_EQ(moved.json().stringAt("time_zone"), "Asia/Vladivostok");
    EXPECT_EQ(zoneOf(get(a, "/points-of-sale"), shop.pos), "Asia/Vladivostok");
    EXPECT_EQ(zoneOf(get(a, "/points-of-sale"), newId), "Europe/Moscow") << "only the one point changed";
    auto journal = get(a, "/audit?entity_id=" + shop.pos);
    ASSERT_EQ(journal.status, 200) << journal.body;
    ASSERT_EQ(items(journal), 1u);
    EXPECT_EQ(journal.json().find("items")->asArray().at(0).stringAt("action"), "point_of_sale.update");

    // Unknown or not a name: refused in Russian, the point keeps its name and zone, nothing audited.
    pos.set("name", "Переименованная");
    pos.set("time_zone", "Europe/London");
    auto london = send(a, "PUT", "/points-of-sale/" + shop.pos, pos);
    EXPECT_EQ(london.status, 400);
    EXPECT_EQ(london.json().find("error")->stringAt("message"), "Неизвестный часовой пояс: Europe/London");
    pos.set("time_zone", std::int64_t(10));
    EXPECT_EQ(send(a, "PUT", "/points-of-sale/" + shop.pos, pos).status, 400);
    pos.set("time_zone", "asia/vladivostok");
    EXPECT_EQ(send(a, "POST", "/points-of-sale", pos).status, 400)
        << "names are exact, as tzdata spells them";
    auto row = db->query("SELECT name, time_zone FROM points_of_sale WHERE id = $1", {shop.pos});
    EXPECT_EQ(row.at(0).text(0), "Ромашка main");
    EXPECT_EQ(row[0].text(1), "Asia/Vladivostok");
    EXPECT_EQ(
        db->query("SELECT count(*) FROM points_of_sale WHERE organization_id = $1", {shop.org})[0].integer(0),
        3)
        << "the refused create added no point";
    EXPECT_EQ(items(get(a, "/audit?entity_id=" + shop.pos)), 1u);

    // A change that leaves the zone out keeps it; another organisation cannot move the point.
    json::Value rename;
    rename.set("name", "Ромашка на Светланской");
    ASSERT_EQ(send(a, "PUT", "/points-of-sale/" + shop.pos, rename).status, 200);
    EXPECT_EQ(zoneOf(get(a, "/points-of-sale"), shop.pos), "Asia/Vladivostok");
    json::Value kaliningrad;
    kaliningrad.set("name", "Чужая");
    kaliningrad.set("time_zone", "Europe/Kaliningrad");
    EXPECT_EQ(send(login("owner@b.ru"), "PUT", "/points-of-sale/" + shop.pos, kaliningrad).status, 404);
    EXPECT_EQ(send(login("acc@a.ru"), "PUT", "/points-of-sale/" + otherPos, kaliningrad).status, 403);
    EXPECT_EQ(db->query("SELECT time_zone FROM points_of_sale WHERE id = $1", {otherPos}).at(0).text(0),
              "Europe/Moscow");
}

namespace {

std::string dayAt(std::int64_t ms)
{
    std::time_t t = ms / 1000;
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

// The day east of UTC by `hours`, read before and after the call: a call across midnight may give either.
std::vector<std::string> daysAround(std::int64_t before, std::int64_t after, int hours)
{
    return {dayAt(before + hours * 3600000LL), dayAt(after + hours * 3600000LL)};
}

std::int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

// "Today" on the dashboard is the shops' day: the zone all the user's points share, Moscow's when
// they are in several; narrowed to one point, that point's.
TEST_F(OwnerApi, PointOfSaleTimeZoneMakesTheDashboardsToday)
{
    auto a = login("owner@a.ru");
    auto today = [&](const std::string &query) {
        auto r = get(a, "/dashboard" + query);
        EXPECT_EQ(r.status, 200) << r.body;
        return r.json().find("today")->stringAt("from").value_or("");
    };
    auto expectDay = [&](const std::string &query, int hours, const char *why) {
        const std::int64_t before = nowMs();
        const std::string day = today(query);
        const auto days = daysAround(before, nowMs(), hours);
        EXPECT_TRUE(day == days[0] || day == days[1]) << why << ": " << day << " vs " << days[0];
    };
    expectDay("", 3, "every point in Moscow");
    db->query("UPDATE points_of_sale SET time_zone = 'Asia/Anadyr' WHERE organization_id = $1", {shop.org});
    expectDay("", 12, "every point in Anadyr");
    db->query("UPDATE points_of_sale SET time_zone = 'Europe/Kaliningrad' WHERE id = $1", {otherPos});
    expectDay("", 3, "points in two zones: Moscow");
    expectDay("?point_of_sale_id=" + otherPos, 2, "narrowed to the point in Kaliningrad");
    expectDay("?point_of_sale_id=" + shop.pos, 12, "narrowed to the point in Anadyr");
}

} // namespace cabinet::test
