#include "cabinet/reports/bulk.h"

#include "cabinet/db/pgarray.h"

namespace cabinet::reports {

void insertRows(db::Connection &c, const std::string &table, const std::vector<Column> &columns,
                const std::vector<db::Params> &rows, const std::string &tail)
{
    if (rows.empty())
        return;
    std::string names;
    for (const Column &col : columns)
        names += (names.empty() ? "" : ", ") + std::string(col.name);
    std::string sql = "INSERT INTO " + table + " (" + names + ") ";
    if (c.backend() == db::Backend::Sqlite) {
        sql += "VALUES (";
        for (std::size_t i = 0; i < columns.size(); ++i)
            sql += (i ? ", $" : "$") + std::to_string(i + 1);
        sql += ") " + tail;
        for (const db::Params &row : rows)
            c.query(sql, row);
        return;
    }
    std::vector<db::PgArray> arrays(columns.size());
    for (const db::Params &row : rows) {
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const db::Param &p = row.at(i);
            if (const auto *n = std::get_if<std::int64_t>(&p))
                arrays[i].add(*n);
            else if (const auto *s = std::get_if<std::string>(&p))
                arrays[i].add(std::string_view(*s));
            else
                arrays[i].add(std::optional<std::string>());
        }
    }
    sql += "SELECT * FROM unnest(";
    db::Params params;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        sql += (i ? ", $" : "$") + std::to_string(i + 1) + "::" + columns[i].pgType + "[]";
        params.emplace_back(arrays[i].str());
    }
    sql += ") " + tail;
    c.query(sql, params);
}

} // namespace cabinet::reports
