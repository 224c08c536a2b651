#pragma once

// A legal entity's card as the owner types it (юрлицо or ИП): what each field must be, with the
// Russian message the page shows beside the form. Pure: no database, so the unit tests check it alone.

#include "cabinet/json/json.h"

#include <optional>
#include <string>

namespace cabinet::owner {

struct LegalCard
{
    std::string kind; // "organization" (юрлицо, INN of 10 digits) or "individual" (ИП, 12)
    std::string name, inn;
    std::string kpp;       // organisations only, optional: 9 characters
    std::string taxSystem; // osn, usn_income, usn_income_expense, eshn, psn (ИП only)
    std::string address;
};

// The first thing wrong with `body` in Russian, or nullopt with `out` filled. Unknown fields are wrong
// too: a typo must not pass silently.
std::optional<std::string> readLegalCard(const json::Value &body, LegalCard &out);

// Why this INN cannot be the INN of this kind of taxpayer (length, digits, the FNS check digits).
std::optional<std::string> innProblem(const std::string &kind, const std::string &inn);

// The till's tax system code (tag 1055 bit: 1 ОСН, 2 УСН доход, 4 УСН доход−расход, 16 ЕСХН, 32 ПСН).
int taxSystemBit(const std::string &taxSystem);

} // namespace cabinet::owner
