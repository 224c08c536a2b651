// Names for the keys of a sales grouping, so a person reads «Магазин на Лесной» or «Анна Петрова»
// instead of a uuid: points of sale and workplaces from their tables, cashiers and products from the
// catalog the tills pull. A key a till sent before it had cabinet ids ("local:5", payload v1) or one
// whose entity is gone keeps an empty name; the page says so in words.

#include "cabinet/reports/queries.h"

namespace cabinet::reports {

namespace {

std::string catalogName(db::Connection &c, const std::string &org, const char *entity, const std::string &id)
{
    if (id.empty() || id.rfind("local:", 0) == 0)
        return {};
    auto rows =
        c.query("SELECT data FROM catalog_items WHERE organization_id = $1 AND entity = $2 AND id = $3",
                {org, std::string(entity), id});
    if (rows.empty() || rows[0].isNull(0))
        return {};
    return json::tryParse(rows[0].text(0)).value_or(json::Object{}).stringAt("name").value_or("");
}

std::string tableName(db::Connection &c, const std::string &org, const char *table, const std::string &id)
{
    auto rows = c.query(std::string("SELECT name FROM ") + table + " WHERE organization_id = $1 AND id = $2",
                        {org, id});
    return rows.empty() ? std::string() : rows[0].text(0);
}

} // namespace

void nameGroups(db::Connection &c, const Scope &scope, const std::string &by, json::Value &groups)
{
    const char *key = by == "point_of_sale" ? "point_of_sale_id"
                      : by == "workplace"   ? "workplace_id"
                      : by == "cashier"     ? "employee_id"
                      : by == "product"     ? "product_id"
                                            : nullptr;
    if (!key || !groups.isArray())
        return;
    for (auto &g : groups.asArray()) {
        const std::string id = g.stringAt(key).value_or("");
        std::string name;
        if (by == "point_of_sale")
            name = tableName(c, scope.organizationId, "points_of_sale", id);
        else if (by == "workplace")
            name = tableName(c, scope.organizationId, "workplaces", id);
        else
            name = catalogName(c, scope.organizationId, by == "cashier" ? "employee" : "product", id);
        g.set("name", name);
    }
}

} // namespace cabinet::reports
