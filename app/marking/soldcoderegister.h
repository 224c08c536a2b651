#pragma once

// The till's own register of marking codes it sold and did not take back (issue 18, §4.2 of the
// reference). Честный знак learns of a sale only after the ОФД passes the receipt on, so for
// minutes it still answers "not sold"; this register covers that gap and the case with no network
// at all. It is the one owner of marking_sold_codes: consulted first at every scan, written only
// inside the transaction that completes a sale or a return.

#include <QDateTime>
#include <QString>

#include <optional>

#include "app/core/result.h"

namespace app {

class Database;
struct Sale;
struct SaleLine;

// A pack sold piece by piece (reference §4.2): how many of its units are gone, of how many.
struct PackCount
{
    int sold = 0;
    int total = 0;
};

struct SoldCode
{
    std::int64_t saleId = 0;
    int receiptNumber = 0; // the FN's receipt number once known, else the number within the shift
    QDateTime soldAt;      // UTC
};

class SoldCodeRegister final
{
public:
    explicit SoldCodeRegister(Database &db);

    // The item's identity (01+GTIN+21+serial; a tobacco pack: GTIN + serial); for a text that does
    // not parse, everything before the first GS.
    static QString identityOf(const QString &code);
    // The cashier's sentence for a code found sold here.
    static QString refusalText(const SoldCode &sold);

    // Sold here and not returned.
    std::optional<SoldCode> findSold(const QString &code);
    // A pack this till sells piece by piece: its remainder; nullopt when no piece of it went yet.
    std::optional<PackCount> packCount(const QString &code);
    // The open (or parked) sale of this till whose lines hold the code, `preferred` first when it
    // is one of them; nullopt when none does.
    std::optional<std::int64_t> openSaleHolding(const QString &code, std::int64_t preferred);

    // Inside the caller's transaction. A sale puts its codes in (a code already there fails the
    // whole completion); a return takes them back out.
    // A part of a pack counts its units; the pack enters the register as sold with its last unit.
    Result<void> recordSale(const Sale &sale, const QDateTime &now);
    Result<void> recordReturn(const Sale &ret, const QDateTime &now);

private:
    // A part of a pack: its units counted; `*last` tells whether it was the pack's last.
    Result<void> recordPart(const Sale &sale, const SaleLine &line, const QDateTime &now, bool *last);

    Database &m_db;
};

} // namespace app
