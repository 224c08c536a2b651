// Migration 10: the organisation's legal entities (юрлица and ИП: name, INN, KPP, one tax system,
// address) and the legal entity each point of sale sells under. Idempotent: the table only when
// missing, the column only when missing (a test may replay the steps over kept tables).

#include "cabinet/db/migration.h"

namespace cabinet::db {

Migration migration010LegalEntities()
{
    return {10, 1, "legal entities", [](Connection &c) {
                ddl(c, R"(
CREATE TABLE IF NOT EXISTS legal_entities (
    organization_id {uuid} NOT NULL REFERENCES organizations(id),
    id {uuid} NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    inn text NOT NULL,
    kpp text NOT NULL DEFAULT '',
    tax_system text NOT NULL,
    address text NOT NULL DEFAULT '',
    created_at bigint NOT NULL,
    PRIMARY KEY (organization_id, id),
    UNIQUE (organization_id, inn)))");
                if (!hasColumn(c, "points_of_sale", "legal_entity_id"))
                    ddl(c, "ALTER TABLE points_of_sale ADD COLUMN legal_entity_id {uuid}");
            }};
}

} // namespace cabinet::db
