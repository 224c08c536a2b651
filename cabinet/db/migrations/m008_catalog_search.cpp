// Migration 8: the owner's catalog is searched and sorted on the server (a shop has thousands of
// products). Each catalog item keeps its search words, its name folded for sorting and its group
// beside the JSON (cabinet/store/searchkeys.h says how); the rows already stored are filled here.
// Each column is added only when missing (a test may replay the steps over kept tables).

#include "cabinet/db/migration.h"
#include "cabinet/store/searchkeys.h"

namespace cabinet::db {

Migration migration008CatalogSearch()
{
    return {8, 1, "catalog search and sort keys", [](Connection &c) {
                for (const char *column : {"search_text", "sort_name"})
                    if (!hasColumn(c, "catalog_items", column))
                        ddl(c, std::string("ALTER TABLE catalog_items ADD COLUMN ") + column +
                                   " text NOT NULL DEFAULT ''");
                if (!hasColumn(c, "catalog_items", "parent_id"))
                    ddl(c, "ALTER TABLE catalog_items ADD COLUMN parent_id text");
                ddl(c, "CREATE INDEX IF NOT EXISTS catalog_items_by_name ON catalog_items "
                       "(organization_id, entity, sort_name, id)");
                const auto rows = c.query("SELECT organization_id, entity, id, data FROM catalog_items "
                                          "WHERE deleted = 0 AND data IS NOT NULL");
                for (const auto &r : rows) {
                    const auto data = json::tryParse(r.text(3));
                    if (!data)
                        continue;
                    const search::Keys k = search::keysOf(*data);
                    c.query("UPDATE catalog_items SET search_text = $4, sort_name = $5, parent_id = "
                            "NULLIF($6, '') WHERE organization_id = $1 AND entity = $2 AND id = $3",
                            {r.text(0), r.text(1), r.text(2), k.text, k.sortName, k.parentId});
                }
            }};
}

} // namespace cabinet::db
