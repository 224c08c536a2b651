// Legal entities through the owner API: an ИП and an organisation with checked INNs (the FNS check
// digits), one tax system each; a point of sale names its legal entity and shop A's till pulls it with
// its point of sale. Bad input answers 400 in Russian and changes nothing; another organisation's ids
// answer 404; the accountant reads and changes nothing.

#include "ownerapi.h"

namespace cabinet::test {

namespace {

json::Value card(const std::string &kind, const std::string &name, const std::string &inn,
                 const std::string &tax)
{
    json::Value v;
    v.set("kind", kind);
    v.set("name", name);
    v.set("inn", inn);
    v.set("tax_system", tax);
    v.set("address", "г. Тверь, ул. Лесная, 5");
    return v;
}

std::string message(const HttpReply &r)
{
    const json::Value *e = r.json().find("error");
    return e ? e->stringAt("message").value_or("") : "";
}

} // namespace

class LegalEntities : public OwnerApi
{
protected:
    std::int64_t stored() { return db->query("SELECT count(*) FROM legal_entities")[0].integer(0); }
    // The item as shop A's till takes it from a snapshot pull.
    std::optional<json::Value> pulled(const std::string &entity, const std::string &id)
    {
        auto r = http->get("/api/v1/changes?limit=5000", tillToken);
        EXPECT_EQ(r.status, 200) << r.body;
        for (const auto &ch : r.json().find("changes")->asArray())
            if (ch.stringAt("entity") == entity && ch.stringAt("id") == id)
                return *ch.find("data");
        return std::nullopt;
    }
};

TEST_F(LegalEntities, BadInnIsRefusedInRussianAndNothingIsStored)
{
    auto a = login("owner@a.ru");
    const std::pair<json::Value, std::string> bad[] = {
        {card("organization", "ООО «Ромашка»", "770708389", "osn"), "ИНН организации — 10 цифр, а введено 9"},
        {card("organization", "ООО «Ромашка»", "7707083894", "osn"),
         "ИНН с ошибкой: не сходятся контрольные цифры. Проверьте, не пропущена ли или не переставлена ли "
         "цифра"},
        {card("individual", "ИП Петрова А. В.", "7707083893", "usn_income"),
         "ИНН индивидуального предпринимателя — 12 цифр, а введено 10"},
        {card("individual", "ИП Петрова А. В.", "500102001209", "usn_income"),
         "ИНН с ошибкой: не сходятся контрольные цифры. Проверьте, не пропущена ли или не переставлена ли "
         "цифра"},
        {card("individual", "ИП Петрова А. В.", "50010200120A", "usn_income"), "ИНН состоит только из цифр"},
        {card("organization", "ООО «Ромашка»", "7707083893", "psn"),
         "Патентная система (ПСН) — только для индивидуального предпринимателя"},
        {card("organization", "ООО «Ромашка»", "7707083893", "vmenenka"),
         "Выберите систему налогообложения: ОСН, УСН доход, УСН доход минус расход, ЕСХН или ПСН"},
    };
    for (const auto &[body, why] : bad) {
        auto r = send(a, "POST", "/legal-entities", body);
        EXPECT_EQ(r.status, 400) << body.stringAt("inn").value_or("");
        EXPECT_EQ(message(r), why);
    }
    auto kpp = card("organization", "ООО «Ромашка»", "7707083893", "osn");
    kpp.set("kpp", "77360100");
    EXPECT_EQ(message(send(a, "POST", "/legal-entities", kpp)),
              "КПП — 9 цифр (в 5-й и 6-й позиции допустимы заглавные латинские буквы)");
    auto ipKpp = card("individual", "ИП Петрова А. В.", "500102001208", "psn");
    ipKpp.set("kpp", "773601001");
    EXPECT_EQ(message(send(a, "POST", "/legal-entities", ipKpp)),
              "У индивидуального предпринимателя нет КПП: оставьте поле пустым");
    auto typo = card("organization", "ООО «Ромашка»", "7707083893", "osn");
    typo.set("ogrn", "1027700132195");
    EXPECT_EQ(message(send(a, "POST", "/legal-entities", typo)), "Неизвестное поле: ogrn");
    EXPECT_EQ(stored(), 0);
    EXPECT_EQ(get(a, "/audit").json().find("items")->asArray().size(), 0u) << "nothing was changed";
}

TEST_F(LegalEntities, OwnerKeepsAnOrganisationAndAnEntrepreneurAndAPointSellsUnderOne)
{
    auto a = login("owner@a.ru");
    auto org = card("organization", "ООО «Ромашка»", "7707083893", "usn_income_expense");
    org.set("kpp", "773601001");
    auto created = send(a, "POST", "/legal-entities", org);
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string orgId = created.json().stringAt("id").value_or("");
    EXPECT_EQ(created.json().stringAt("kpp"), "773601001");
    auto ip =
        send(a, "POST", "/legal-entities", card("individual", "ИП Петрова А. В.", "500102001208", "psn"));
    ASSERT_EQ(ip.status, 201) << ip.body;
    const std::string ipId = ip.json().stringAt("id").value_or("");
    EXPECT_EQ(send(a, "POST", "/legal-entities", org).status, 409) << "one INN once in an organisation";

    auto list = get(a, "/legal-entities");
    ASSERT_EQ(list.status, 200);
    ASSERT_EQ(list.json().asArray().size(), 2u);
    EXPECT_EQ(list.json().asArray()[0].stringAt("name"), "ИП Петрова А. В.") << "sorted by name";

    json::Value pos;
    pos.set("name", "Ромашка main");
    pos.set("legal_entity_id", ipId);
    auto attached = send(a, "PUT", "/points-of-sale/" + shop.pos, pos);
    ASSERT_EQ(attached.status, 200) << attached.body;
    EXPECT_EQ(attached.json().stringAt("legal_entity_id"), ipId);
    auto data = pulled("point_of_sale", shop.pos);
    ASSERT_TRUE(data) << "the till pulls its point of sale with the legal entity";
    EXPECT_EQ(data->find("legal_entity")->stringAt("inn"), "500102001208");
    EXPECT_EQ(data->find("legal_entity")->find("tax_system_bit")->asInt64(), 32);

    // Renaming the entity reaches the till through its point of sale.
    auto renamed = card("individual", "ИП Петрова Анна Викторовна", "500102001208", "usn_income");
    ASSERT_EQ(send(a, "PUT", "/legal-entities/" + ipId, renamed).status, 200);
    data = pulled("point_of_sale", shop.pos);
    ASSERT_TRUE(data);
    EXPECT_EQ(data->find("legal_entity")->stringAt("name"), "ИП Петрова Анна Викторовна");
    EXPECT_EQ(data->find("legal_entity")->stringAt("tax_system"), "usn_income");

    json::Value moved;
    moved.set("name", "Ромашка main");
    moved.set("address", "г. Тверь");
    auto kept = send(a, "PUT", "/points-of-sale/" + shop.pos, moved);
    EXPECT_EQ(kept.json().stringAt("legal_entity_id"), ipId) << "not sent: kept";
    EXPECT_EQ(send(a, "DELETE", "/legal-entities/" + ipId, json::Object{}).status, 409)
        << "a point of sale still sells under it";
    auto points = get(a, "/points-of-sale");
    for (const auto &p : points.json().asArray())
        if (p.stringAt("id") == shop.pos) {
            EXPECT_EQ(p.stringAt("legal_entity_id"), ipId);
        }
    EXPECT_EQ(send(a, "DELETE", "/legal-entities/" + orgId, json::Object{}).status, 204);
    EXPECT_EQ(get(a, "/legal-entities/" + orgId).status, 404);
}

TEST_F(LegalEntities, StrangersGetNothingAndTheAccountantOnlyReads)
{
    auto a = login("owner@a.ru");
    auto b = login("owner@b.ru");
    auto acc = login("acc@a.ru");
    auto mine =
        send(a, "POST", "/legal-entities", card("organization", "ООО «Ромашка»", "7707083893", "osn"));
    ASSERT_EQ(mine.status, 201) << mine.body;
    const std::string id = mine.json().stringAt("id").value_or("");
    auto theirs =
        send(b, "POST", "/legal-entities", card("individual", "ИП Чужой", "500102001208", "usn_income"));
    ASSERT_EQ(theirs.status, 201) << theirs.body;
    const std::string theirId = theirs.json().stringAt("id").value_or("");

    EXPECT_EQ(get(b, "/legal-entities/" + id).status, 404);
    EXPECT_EQ(
        send(b, "PUT", "/legal-entities/" + id, card("organization", "Моё", "7707083893", "osn")).status,
        404);
    EXPECT_EQ(send(b, "DELETE", "/legal-entities/" + id, json::Object{}).status, 404);
    EXPECT_EQ(get(b, "/legal-entities").json().asArray().size(), 1u) << "only their own";
    json::Value pos;
    pos.set("name", "Ромашка main");
    pos.set("legal_entity_id", theirId);
    auto foreign = send(a, "PUT", "/points-of-sale/" + shop.pos, pos);
    EXPECT_EQ(foreign.status, 400) << "another organisation's legal entity";
    EXPECT_TRUE(
        db->query("SELECT legal_entity_id FROM points_of_sale WHERE id = $1", {shop.pos})[0].isNull(0));

    auto read = get(acc, "/legal-entities");
    ASSERT_EQ(read.status, 200);
    EXPECT_EQ(read.json().asArray().size(), 1u);
    EXPECT_EQ(get(acc, "/legal-entities/" + id).status, 200);
    EXPECT_EQ(send(acc, "POST", "/legal-entities", card("individual", "ИП", "500102001208", "osn")).status,
              403);
    EXPECT_EQ(
        send(acc, "PUT", "/legal-entities/" + id, card("organization", "Другое", "7707083893", "osn")).status,
        403);
    EXPECT_EQ(send(acc, "DELETE", "/legal-entities/" + id, json::Object{}).status, 403);
    EXPECT_EQ(db->query("SELECT name FROM legal_entities WHERE id = $1", {id})[0].text(0), "ООО «Ромашка»");
    EXPECT_EQ(stored(), 2);
}

} // namespace cabinet::test
