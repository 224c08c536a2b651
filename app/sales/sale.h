#pragma once

// A sale, return or correction document and its lines and payments, as stored.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

#include "app/core/money.h"
#include "app/organisation/organisation.h"

namespace app {

enum class SaleStatus : int { Created = 0, InProgress = 1, Completed = 2, Cancelled = 3 };
enum class SaleKind : int { Sale = 0, Return = 1, Correction = 2 };

// Tag 1054.
namespace CalcSign {
inline constexpr int Income = 1;
inline constexpr int IncomeReturn = 2;
inline constexpr int Expense = 3;
inline constexpr int ExpenseReturn = 4;
} // namespace CalcSign

// Tag 1214: the cash desk sells with "full payment" unless told otherwise.
inline constexpr int FullPayment = 4;

// The permissive-mode check of a marked line (issue 18), kept with the line so that the receipt
// is rebuilt the same after a crash.
struct MarkingLineCheck
{
    enum Outcome : int { None = 0, Checked = 1, Unchecked = 2 };
    int outcome = None;
    QString tag1265 = {}; // empty: no tag 1260 (no answer, no tag)
    QString note = {};    // the badge of an unchecked sale, or what the check said
    // A part of a pack (reference §4.2, tag 1291): `units` of the pack's `packUnits` (1293 of 1294);
    // 0: the whole item.
    int units = 0;
    int packUnits = 0;
    int packSoldBefore = 0; // units of the pack sold before this line, as the check saw them
};

struct SaleLine
{
    std::int64_t id = 0;
    int position = 0;
    std::int64_t productId = 0;
    std::int64_t originalLineId = 0; // returns: the sold line
    QString name;                    // snapshot at the time of sale
    Kopecks price = 0;
    Milli quantity = 0;
    int unitCode = 0;
    int vatCode = 6;
    int subject = 1;
    int paymentMethod = FullPayment;
    QString markingCode;
    QString productUuid; // the cabinet's id of the product; empty: free price or made on the till
    QString unitName;    // units.short_name (pcs, kg, ...), as the cabinet's owner API names units
    Kopecks itemDiscount = 0;
    Kopecks receiptDiscountShare = 0;
    Kopecks total = 0;
    Kopecks vat = 0;
    MarkingLineCheck markingCheck = {}; // what the permissive check said when the code was scanned
};

struct Payment
{
    PaymentType type = PaymentType::Cash;
    Kopecks amount = 0;   // counted by the document
    Kopecks tendered = 0; // cash handed over (cash only)
    Kopecks change = 0;
    QString reference; // RRN, SBP operation id
};

struct FiscalAttributes
{
    QString fn;
    qint64 fd = 0;
    qint64 fiscalSign = 0;
    int shiftNumber = 0;
    int receiptNumber = 0;
    QDateTime at;
};

struct Sale
{
    std::int64_t id = 0;
    QString uuid;
    int number = 0; // 0 until completed
    SaleKind kind = SaleKind::Sale;
    int calcSign = CalcSign::Income;
    SaleStatus status = SaleStatus::Created;
    bool parked = false;
    std::int64_t shiftId = 0;
    std::int64_t cashierId = 0;
    std::int64_t originalSaleId = 0;
    QString cashierUuid;      // the employee's uuid (the cabinet's id for pulled employees)
    QString shiftUuid;        // empty until completed
    QString originalSaleUuid; // returns: the sale they concern
    Kopecks receiptDiscount = 0;
    Kopecks total = 0;
    QString comment;
    QString buyerContact;              // tag 1008
    std::optional<int> correctionType; // tag 1173: 0 self, 1 by order
    QDate correctionDate;              // tag 1178
    QString correctionOrder;           // tag 1179
    QString correctionDescription;     // tag 1177
    std::optional<FiscalAttributes> fiscal;
    QDateTime createdAt;
    QDateTime completedAt;
    QList<SaleLine> lines;
    QList<Payment> payments;
};

} // namespace app
