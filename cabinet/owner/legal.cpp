#include "cabinet/owner/legal.h"

#include "cabinet/owner/audit.h"
#include "cabinet/owner/http.h"
#include "cabinet/owner/legalcard.h"
#include "cabinet/store/store.h"
#include "cabinet/util/crypto.h"

namespace cabinet::owner {

namespace {

constexpr const char *kColumns = "id, kind, name, inn, kpp, tax_system, address";

json::Value entityJson(const db::Row &r)
{
    json::Value v;
    v.set("id", r.text(0));
    v.set("kind", r.text(1));
    v.set("name", r.text(2));
    v.set("inn", r.text(3));
    v.set("kpp", r.text(4));
    v.set("tax_system", r.text(5));
    v.set("address", r.text(6));
    return v;
}

std::optional<json::Value> entity(db::Connection &c, const std::string &org, const std::string &id)
{
    if (!crypto::isUuid(id))
        return std::nullopt;
    auto rows = c.query(std::string("SELECT ") + kColumns +
                            " FROM legal_entities WHERE organization_id = $1 AND id = $2",
                        {org, id});
    if (rows.empty())
        return std::nullopt;
    return entityJson(rows[0]);
}

json::Value list(db::Connection &c, const std::string &org)
{
    json::Array out;
    for (const auto &r : c.query(std::string("SELECT ") + kColumns +
                                     " FROM legal_entities WHERE organization_id = $1 ORDER BY name, id",
                                 {org}))
        out.push_back(entityJson(r));
    return out;
}

// The tills print under the legal entity of their point of sale: each point naming `id` is published
// again, so they take the change on the next pull.
void republish(db::Pool &pool, Store &store, const std::string &org, const std::string &id)
{
    std::vector<CatalogItem> items;
    {
        auto c = pool.acquire();
        for (const auto &r : c->query("SELECT id FROM points_of_sale WHERE organization_id = $1 AND "
                                      "legal_entity_id = $2",
                                      {org, id}))
            items.push_back({"point_of_sale", r.text(0), pointOfSaleItem(*c, org, r.text(0))});
    }
    if (!items.empty())
        store.putItems(org, items);
}

api::Response put(db::Pool &pool, Store &store, const auth::Session &s, const std::string &id,
                  const json::Value &body, std::int64_t now)
{
    LegalCard card;
    if (auto why = readLegalCard(body, card))
        return error(400, "validation", *why);
    const std::string &org = s.user.organizationId;
    const bool create = id.empty();
    const std::string entityId = create ? crypto::newUuid() : id;
    json::Value out;
    {
        auto c = pool.acquire();
        db::Transaction tx(*c, db::Tx::Write);
        if (!c->query("SELECT 1 FROM legal_entities WHERE organization_id = $1 AND inn = $2 AND id <> $3",
                      {org, card.inn, entityId})
                 .empty())
            return error(409, "conflict", "Юрлицо или ИП с ИНН " + card.inn + " уже есть");
        if (create)
            c->query(
                "INSERT INTO legal_entities (organization_id, id, kind, name, inn, kpp, tax_system, "
                "address, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                {org, entityId, card.kind, card.name, card.inn, card.kpp, card.taxSystem, card.address, now});
        else
            c->query("UPDATE legal_entities SET kind = $3, name = $4, inn = $5, kpp = $6, tax_system = $7, "
                     "address = $8 WHERE organization_id = $1 AND id = $2",
                     {org, entityId, card.kind, card.name, card.inn, card.kpp, card.taxSystem, card.address});
        audit(*c, s, create ? "legal_entity.create" : "legal_entity.update", entityId, now);
        tx.commit();
        out = *entity(*c, org, entityId);
    }
    if (!create)
        republish(pool, store, org, entityId);
    return reply(out, create ? 201 : 200);
}

api::Response remove(db::Connection &c, const auth::Session &s, const std::string &id, std::int64_t now)
{
    const std::string &org = s.user.organizationId;
    db::Transaction tx(c, db::Tx::Write);
    if (!c.query("SELECT 1 FROM points_of_sale WHERE organization_id = $1 AND legal_entity_id = $2",
                 {org, id})
             .empty())
        return error(409, "in_use", "Под этим юрлицом работают торговые точки: сначала выберите им другое");
    c.query("DELETE FROM legal_entities WHERE organization_id = $1 AND id = $2", {org, id});
    audit(c, s, "legal_entity.delete", id, now);
    tx.commit();
    return noContent();
}

// Legal entities belong to the whole organisation: a user limited to some points of sale reads them
// but does not change them.
bool mayChange(const auth::Session &s)
{
    return auth::mayWrite(s.user.role, auth::Area::Structure) && s.user.allPointsOfSale;
}

} // namespace

bool legalEntityExists(db::Connection &c, const std::string &org, const std::string &id)
{
    return entity(c, org, id).has_value();
}

json::Value pointOfSaleItem(db::Connection &c, const std::string &org, const std::string &posId)
{
    auto rows =
        c.query("SELECT name, address, legal_entity_id FROM points_of_sale WHERE organization_id = $1 "
                "AND id = $2",
                {org, posId});
    json::Value data;
    data.set("name", rows.at(0).text(0));
    data.set("address", rows[0].text(1));
    std::optional<json::Value> legal;
    if (!rows[0].isNull(2))
        legal = entity(c, org, rows[0].text(2));
    if (legal)
        legal->set("tax_system_bit", std::int64_t(taxSystemBit(legal->stringAt("tax_system").value_or(""))));
    data.set("legal_entity", legal ? std::move(*legal) : json::Value(nullptr));
    return data;
}

std::optional<api::Response> legalCall(db::Pool &pool, Store &store, const auth::Session &s,
                                       const api::Request &rq, const std::string &path,
                                       const json::Value &body, std::int64_t nowMs)
{
    const std::string base = "/legal-entities";
    const std::string &org = s.user.organizationId;
    if (path == base) {
        if (rq.method == "GET")
            return reply(list(*pool.acquire(), org));
        if (rq.method != "POST")
            return error(405, "method_not_allowed", "Метод не поддерживается");
        if (!mayChange(s))
            return error(403, "forbidden", "Недостаточно прав для изменения");
        return put(pool, store, s, "", body, nowMs);
    }
    if (path.rfind(base + "/", 0) != 0)
        return std::nullopt;
    const std::string id = path.substr(base.size() + 1);
    auto found = entity(*pool.acquire(), org, id);
    if (!found)
        return error(404, "not_found", "Юрлицо не найдено");
    if (rq.method == "GET")
        return reply(*found);
    if (rq.method != "PUT" && rq.method != "DELETE")
        return error(405, "method_not_allowed", "Метод не поддерживается");
    if (!mayChange(s))
        return error(403, "forbidden", "Недостаточно прав для изменения");
    if (rq.method == "DELETE")
        return remove(*pool.acquire(), s, id, nowMs);
    return put(pool, store, s, id, body, nowMs);
}

} // namespace cabinet::owner
