#include "app/reports/linesums.h"

#include <array>
#include <vector>

#include "app/core/clock.h"

namespace app::reports {

Result<std::vector<raw::Document>> periodDocuments(sqlite3 *db, const Period &period)
{
    raw::Statement st(db, "SELECT id, calc_sign FROM sales INDEXED BY sales_completed "
                          "WHERE status = 2 AND completed_at >= ?1 AND completed_at < ?2");
    if (!st)
        return app::Unexpected<Error>{st.error()};
    st.bind(1, toStorage(period.from).toUtf8());
    st.bind(2, toStorage(period.to).toUtf8());
    std::vector<raw::Document> docs;
    int rc;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW)
        docs.push_back({sqlite3_column_int64(st.get(), 0), direction(sqlite3_column_int(st.get(), 1))});
    if (rc != SQLITE_DONE)
        return app::Unexpected<Error>{st.error()};
    return docs;
}

Result<LineSums> sumLines(Database &db, const Period &period, raw::Scan scan)
{
    sqlite3 *h = raw::handle(db);
    if (!h)
        return app::Unexpected<Error>{raw::error(nullptr)};
    auto docs = periodDocuments(h, period);
    if (!docs)
        return app::Unexpected<Error>{docs.error()};

    // Product ids are the catalog's row ids, dense from 1: sums go into a plain array while read
    // (a hash lookup per line was a tenth of the pass), ids far out of it into the map.
    constexpr std::int64_t DenseIds = 1 << 20;
    std::vector<LineSum> dense;
    std::array<LineSum, 64> vatDense{}; // tag 1199 codes are small numbers
    LineSums sums;
    bool anyFree = false;
    auto ok = raw::forEachChild(
        h, *docs,
        "SELECT sale_id, product_id, vat_code, quantity, total, vat_amount FROM sale_lines INDEXED BY "
        "sale_lines_report WHERE sale_id BETWEEN ?1 AND ?2",
        "SELECT sale_id, product_id, vat_code, quantity, total, vat_amount FROM sale_lines INDEXED BY "
        "sale_lines_report WHERE sale_id = ?1",
        scan, [&](sqlite3_stmt *st, int dir) {
            const Milli q = sqlite3_column_int64(st, 3);
            const Kopecks total = sqlite3_column_int64(st, 4);
            const Kopecks vat = sqlite3_column_int64(st, 5);
            const int vatCode = sqlite3_column_int(st, 2);
            (vatCode >= 0 && vatCode < int(vatDense.size()) ? vatDense[std::size_t(vatCode)]
                                                            : sums.byVat[vatCode])
                .add(dir, q, total, vat);
            if (sqlite3_column_type(st, 1) == SQLITE_NULL) {
                anyFree = true;
                return;
            }
            const std::int64_t product = sqlite3_column_int64(st, 1);
            if (product < 0 || product >= DenseIds) {
                sums.byProduct[product].add(dir, q, total, vat);
                return;
            }
            if (std::size_t(product) >= dense.size())
                dense.resize(std::size_t(product) + 1024);
            dense[std::size_t(product)].add(dir, q, total, vat);
        });
    if (!ok)
        return app::Unexpected<Error>{ok.error()};
    for (std::size_t code = 0; code < vatDense.size(); ++code) {
        if (vatDense[code].lines)
            sums.byVat[int(code)].add(vatDense[code]);
    }
    for (std::size_t id = 0; id < dense.size(); ++id) {
        if (dense[id].lines)
            sums.byProduct[std::int64_t(id)].add(dense[id]);
    }

    // Lines at a free price are few; their names come from their own small partial index.
    if (!anyFree)
        return sums;
    QSqlQuery free = db.prepare(QStringLiteral(
        "SELECT l.name, s.calc_sign, l.quantity, l.total, l.vat_amount "
        "FROM sales s JOIN sale_lines l INDEXED BY sale_lines_free ON l.sale_id = s.id "
        "WHERE s.status = 2 AND s.completed_at >= :from AND s.completed_at < :to AND l.product_id IS NULL"));
    free.bindValue(QStringLiteral(":from"), toStorage(period.from));
    free.bindValue(QStringLiteral(":to"), toStorage(period.to));
    if (!free.exec())
        return app::Unexpected<Error>{Database::storageError(free)};
    while (free.next()) {
        sums.freeByName[free.value(0).toString()].add(direction(free.value(1).toInt()),
                                                      free.value(2).toLongLong(), free.value(3).toLongLong(),
                                                      free.value(4).toLongLong());
    }
    return sums;
}

} // namespace app::reports
