#include "cabinet/store/markingsecrets.h"

namespace cabinet {

std::optional<MarkingSecrets> readMarkingSecrets(db::Connection &c, const std::string &org,
                                                 const std::string &pos)
{
    auto rows = c.query("SELECT client_token, chz_token, lm_password FROM marking_secrets "
                        "WHERE organization_id = $1 AND point_of_sale_id = $2",
                        {org, pos});
    if (rows.empty())
        return std::nullopt;
    return MarkingSecrets{rows[0].text(0), rows[0].text(1), rows[0].text(2)};
}

void writeMarkingSecrets(db::Connection &c, const std::string &org, const std::string &pos,
                         const MarkingSecrets &s, std::int64_t nowMs)
{
    db::Transaction tx(c, db::Tx::Write);
    c.query("INSERT INTO marking_secrets (organization_id, point_of_sale_id, client_token, chz_token, "
            "lm_password, updated_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (organization_id, "
            "point_of_sale_id) DO UPDATE SET client_token = excluded.client_token, chz_token = "
            "excluded.chz_token, lm_password = excluded.lm_password, updated_at = excluded.updated_at",
            {org, pos, s.clientToken, s.chzToken, s.lmPassword, nowMs});
    tx.commit();
}

std::optional<std::string> withMarkingSecrets(db::Connection &c, const std::string &org,
                                              const std::string &pos, const std::string &entity,
                                              const std::string &id, const std::optional<std::string> &data)
{
    if (entity != "marking_settings" || id != pos || !data || data->size() < 2 || data->front() != '{')
        return data;
    const auto s = readMarkingSecrets(c, org, pos);
    if (!s)
        return data;
    json::Value v;
    v.set("client_token", s->clientToken);
    v.set("chz_token", s->chzToken);
    v.set("lm_password", s->lmPassword);
    const std::string rest = data->substr(1);
    return "{\"secrets\":" + json::serialize(v) + (rest.front() == '}' ? "" : ",") + rest;
}

} // namespace cabinet
