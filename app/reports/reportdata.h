#pragma once

// Plain results of the till's reports: copied from the worker thread to the screen. Money in
// kopecks, quantities in thousandths; net figures count returns (tag 1054 = 2, 3) as negative.

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>
#include <cstdint>

#include "app/core/money.h"

namespace app::reports {

// [from, to) in local time; stored timestamps are UTC, so the queries convert.
struct Period
{
    QDateTime from;
    QDateTime to;
    static Period day(const QDate &date);
    static Period days(const QDate &first, const QDate &last); // both included
};

// +1 for what comes into the drawer (income, return of expense), -1 otherwise.
int direction(int calcSign);

struct DayPoint
{
    QDate date;
    Kopecks gross = 0;
    Kopecks returns = 0;
    int receipts = 0;
};

struct Dashboard
{
    Kopecks gross = 0;   // tag 1054 = 1: sales and income corrections
    Kopecks returns = 0; // tag 1054 = 2
    Kopecks net = 0;     // everything by direction
    int receipts = 0;    // sale receipts
    int returnCount = 0;
    int corrections = 0;
    Kopecks average = 0;               // gross of sales / receipts, half up
    std::array<Kopecks, 3> payments{}; // net by type: cash, card, SBP
    QList<DayPoint> byDay;             // every day of the period, zeros included
    std::array<Kopecks, 24> byHour{};  // net by local hour
};

// One row of the cashier, category, product and VAT reports.
struct SalesRow
{
    QString name;
    std::int64_t key = 0; // employee, category, product id or 1199 code; 0 when none
    int documents = 0;    // receipts (cashier report) or lines
    Milli quantity = 0;   // net
    Kopecks amount = 0;   // net
    Kopecks vat = 0;      // net, VAT report only
};

struct ProductReport
{
    QList<SalesRow> bySum;      // top 20 by net amount
    QList<SalesRow> byQuantity; // top 20 by net quantity
};

enum class DocType { Sale, Return, Correction, CashIn, CashOut, XReport, ZReport };
inline constexpr int DocTypeCount = 7;

struct DocumentRow
{
    QDateTime at; // local
    DocType type = DocType::Sale;
    int number = 0;      // receipt number in the shift, or shift number for Z
    std::int64_t fd = 0; // 0 until printed
    QString cashier;
    std::int64_t cashierId = 0;
    int payment = -1; // 0 cash, 1 card, 2 SBP, 3 several, -1 none
    Kopecks amount = 0;
    std::int64_t saleId = 0; // for the journal's detail view; 0 for other documents
};

struct DocumentFilter
{
    Period period;
    int typeMask = (1 << DocTypeCount) - 1; // bit per DocType
    std::int64_t cashierId = 0;             // 0: all
    int payment = -1;                       // -1: all
    Kopecks minAmount = -1;                 // -1: no bound
    Kopecks maxAmount = -1;
    std::int64_t number = 0; // receipt number or FD; 0: any
    int limit = 5000;
};

struct ShiftRow
{
    std::int64_t id = 0;
    int number = 0;
    QDateTime openedAt; // local
    QDateTime closedAt; // invalid while open
    QString cashier;
    Kopecks sales = 0;
    Kopecks returns = 0;
    Kopecks cash = 0;
    Kopecks card = 0;
    Kopecks sbp = 0;
    Kopecks cashIn = 0;
    Kopecks cashOut = 0;
    Kopecks drawer = 0; // cash in the drawer at the close (or now), as the X/Z report counts it
};

struct DrawerPoint
{
    QDateTime at; // local
    Kopecks balance = 0;
};

struct Warning
{
    enum class Level { Info, Attention, Urgent } level = Level::Info;
    QString text; // translated
};

} // namespace app::reports

Q_DECLARE_METATYPE(app::reports::Dashboard)
