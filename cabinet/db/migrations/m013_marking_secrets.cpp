// Migration 13: the secrets of the marking settings of a point of sale (issue 18): the ТС ПИоТ client
// token, the Честный знак token and the ЛМ ЧЗ password. The plain settings are the point's
// `marking_settings` catalog item (the tills pull it); the secrets live here, outside the catalog and
// its change log, so they are never copied into the log, an admin listing or the owner's browser, and
// the pull adds them only for the tills of their own point. The tills need them back, so unlike the
// device tokens they cannot be kept as hashes: they are kept as given, like the rest of the database
// (which holds the tills' PIN hashes and the documents). Idempotent: the table only when missing.

#include "cabinet/db/migration.h"

namespace cabinet::db {

Migration migration013MarkingSecrets()
{
    return {13, 1, "marking secrets", [](Connection &c) {
                ddl(c, R"(
CREATE TABLE IF NOT EXISTS marking_secrets (
    organization_id {uuid} NOT NULL REFERENCES organizations(id),
    point_of_sale_id {uuid} NOT NULL,
    client_token text NOT NULL DEFAULT '',
    chz_token text NOT NULL DEFAULT '',
    lm_password text NOT NULL DEFAULT '',
    updated_at bigint NOT NULL,
    PRIMARY KEY (organization_id, point_of_sale_id)))");
            }};
}

} // namespace cabinet::db
