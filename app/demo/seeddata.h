#pragma once

// Demo mode: a shop you can sell from at once. Fills an empty database with an organisation,
// one point of sale and workplace, a demo owner (PIN 111111) and cashier (PIN 222222), and about
// sixty groceries with valid EAN-13 codes, weighted goods and a few marked ones (milk, water,
// beer, cigarettes, shoes). Refuses (Conflict) when the database already has employees.

#include "app/core/result.h"
#include "app/staff/pinhasher.h"

namespace app {

class Database;

inline constexpr auto DemoOwnerPin = "111111";
inline constexpr auto DemoCashierPin = "222222";

struct DemoSeed
{
    std::int64_t ownerId = 0;
    std::int64_t cashierId = 0;
    int products = 0;
};

Result<DemoSeed> seedDemoData(Database &db, PinHasher::Cost cost = PinHasher::Production);

} // namespace app
