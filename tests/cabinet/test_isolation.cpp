// Every query is scoped by the token's organization: another shop's data is unreachable (§2, §7).

#include "support/fixture.h"

namespace cabinet::test {

// Its own fixture name so ctest can run this file's cases as one entry per backend.
class Isolation : public CabinetTest
{};

TEST_F(Isolation, AnotherOrganizationsDataIsUnreachable)
{
    Shop a = h->createShop("Магазин А");
    Shop b = h->createShop("Магазин Б");
    h->admin({"put", "--org", a.org, "product", "secret", R"({"name":"A only"})"});
    h->admin({"put", "--org", b.org, "product", "mine", R"({"name":"B only"})"});
    ASSERT_NE(h->start(), 0);
    HttpClient http(h->port());
    const std::string ta = h->activate(a.code);
    const std::string tb = h->activate(b.code);

    const std::string uuid = newUuid();
    auto docA = makeDocument(uuid, 1);
    ASSERT_EQ(statuses(http.post("/api/v1/documents:batch", makeBatch({docA}), ta).json()),
              std::vector<std::string>{"created"});

    // B cannot see A's document, even by its uuid.
    EXPECT_EQ(http.get("/api/v1/documents/" + uuid, tb).status, 404);
    // The same uuid in B is B's own document: no conflict with A, no leak of A's hash.
    auto docB = makeDocument(uuid, 1, 5, " B");
    EXPECT_EQ(statuses(http.post("/api/v1/documents:batch", makeBatch({docB}), tb).json()),
              std::vector<std::string>{"created"});
    EXPECT_EQ(h->admin({"stats", "--org", a.org}).find("documents")->asInt64(), 1);
    EXPECT_EQ(h->admin({"stats", "--org", b.org}).find("documents")->asInt64(), 1);

    // B's pull holds only B's catalog.
    auto pullB = http.get("/api/v1/changes", tb);
    ASSERT_EQ(pullB.status, 200);
    const auto &changes = pullB.json().find("changes")->asArray();
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].stringAt("id"), "mine");

    // A's cursor presented with B's token is refused outright.
    auto pullA = http.get("/api/v1/changes", ta);
    const std::string cursorA = pullA.json().stringAt("next_cursor").value_or("");
    auto stolen = http.get("/api/v1/changes?cursor=" + cursorA, tb);
    EXPECT_EQ(stolen.status, 403);
    EXPECT_EQ(stolen.json().find("error")->stringAt("code"), "FORBIDDEN");
}

} // namespace cabinet::test
