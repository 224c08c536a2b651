#pragma once

// The completed lines of a period summed by product and by VAT code in one pass: the product,
// category and VAT reports all come from it. A year of a busy shop is half a million lines;
// SQLite's GROUP BY sorts every one of them in a temporary b-tree first (about 0.5 s of CPU),
// while summing them as they are read takes a fraction of that (see rawsqlite.h).

#include <QString>

#include <cstdint>
#include <map>
#include <unordered_map>

#include "app/core/money.h"
#include "app/core/result.h"
#include "app/reports/rawsqlite.h"
#include "app/reports/reportdata.h"

namespace app {
class Database;
}

namespace app::reports {

struct LineSum
{
    int lines = 0;
    Milli quantity = 0; // net, by direction
    Kopecks amount = 0; // net
    Kopecks vat = 0;    // net

    void add(int direction, Milli q, Kopecks total, Kopecks vatAmount)
    {
        ++lines;
        quantity += direction * q;
        amount += direction * total;
        vat += direction * vatAmount;
    }
    void add(const LineSum &s)
    {
        lines += s.lines;
        quantity += s.quantity;
        amount += s.amount;
        vat += s.vat;
    }
};

struct LineSums
{
    std::unordered_map<std::int64_t, LineSum> byProduct; // catalog lines
    std::map<int, LineSum> byVat;                        // every line, by tag 1199 code
    std::map<QString, LineSum> freeByName;               // lines at a free price, by printed name
};

// The period's completed documents with their direction (returns count down).
Result<std::vector<raw::Document>> periodDocuments(sqlite3 *db, const Period &period);

Result<LineSums> sumLines(Database &db, const Period &period, raw::Scan scan = raw::Scan::Auto);

} // namespace app::reports
