#pragma once

// Writes a year of synthetic sales straight into the report tables (receipts, lines, payments,
// daily rollups) through the same bulk writer ingest uses, without documents: pushing a million
// receipts through the API would take an hour on this machine and measure ingest, not reads.

#include "cabinet/db/connection.h"

#include <string>
#include <vector>

namespace cabinet::test {

struct GeneratedShop
{
    std::string org;
    std::vector<std::string> pointsOfSale; // existing points_of_sale rows
    std::string workplace, device;
    int days = 365;
    std::string lastDay; // the newest local day generated
};

// Returns the number of receipts written (`receipts`, each with 5 lines, 90% sales, 10% returns).
long long generateSales(db::Connection &c, GeneratedShop &shop, long long receipts);

} // namespace cabinet::test
