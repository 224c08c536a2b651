#pragma once

// Sales from the first scan to completion, returns against their original sale, and correction
// receipts. Every mutation checks the actor's permission and runs in one short transaction;
// completion writes the document, its payments, the outbox row and the fiscal job together.

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

#include "app/catalog/product.h"
#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/sales/pricing.h"
#include "app/sales/sale.h"
#include "app/staff/permissions.h"

namespace app {

class Database;

// An item outside the catalog at a price the cashier types (needs FreePrice).
struct FreeItem
{
    QString name;
    int vatCode = 6;  // tag 1199
    int unitCode = 0; // tag 2108
    int subject = 1;  // tag 1212: goods, work, service...
};

struct LineInput
{
    std::int64_t productId = 0;
    Milli quantity = MilliPerUnit;
    std::optional<Kopecks> price; // a price other than the catalog one needs FreePrice
    QString markingCode;
    Kopecks itemDiscount = 0;
    MarkingLineCheck markingCheck = {}; // last: callers initialise the fields above by position
};

struct PaymentInput
{
    PaymentType type = PaymentType::Cash;
    Kopecks amount = 0;
    Kopecks tendered = 0; // cash: what the buyer handed over (0 = exactly `amount`)
    QString reference;
};

struct ReturnLineInput
{
    std::int64_t originalLineId = 0;
    Milli quantity = 0;
    // A marked line: what the permissive check said on its return (app/marking/ReturnPermit); the
    // return's receipt carries its tag 1260 as a sale's does.
    MarkingLineCheck markingCheck = {};
};

struct CorrectionLineInput
{
    QString name;
    Kopecks price = 0;
    Milli quantity = MilliPerUnit;
    int unitCode = 0;
    int vatCode = 6;
    int subject = 1;
};

struct CorrectionInput
{
    int calcSign = CalcSign::Income;
    int type = 0; // tag 1173: 0 self-initiated, 1 by order of the tax authority
    QDate basisDate;
    QString orderNumber; // required when by order
    QList<CorrectionLineInput> lines;
    QList<PaymentInput> payments;
    QString description;             // tag 1177: the basis in words ("Акт № 12 от ..."), optional
    std::int64_t originalSaleId = 0; // the completed sale it concerns, when there is one (0: none)
};

class SalesService final
{
    Q_DISABLE_COPY_MOVE(SalesService)

public:
    explicit SalesService(Database &db, Clock clock = systemClock());

    Result<Sale> create(const Actor &actor);
    Result<SaleLine> addLine(const Actor &actor, std::int64_t saleId, const LineInput &input);
    Result<SaleLine> addFreeItem(const Actor &actor, std::int64_t saleId, const FreeItem &item, Kopecks price,
                                 Milli quantity = MilliPerUnit);
    Result<void> setQuantity(const Actor &actor, std::int64_t saleId, std::int64_t lineId, Milli quantity);
    Result<void> removeLine(const Actor &actor, std::int64_t saleId, std::int64_t lineId);
    Result<void> setItemDiscount(const Actor &actor, std::int64_t saleId, std::int64_t lineId,
                                 Kopecks amount);
    Result<void> setReceiptDiscount(const Actor &actor, std::int64_t saleId, Kopecks amount);
    Result<void> setDetails(const Actor &actor, std::int64_t saleId, const QString &comment,
                            const QString &buyerContact);

    // Parked sales stay in the database (status created / in progress) across restarts.
    Result<void> park(const Actor &actor, std::int64_t saleId);
    Result<void> resume(const Actor &actor, std::int64_t saleId);
    QList<Sale> parkedSales();
    QList<Sale> openSales(); // created or in progress, parked or not

    Result<Sale> complete(const Actor &actor, std::int64_t saleId, const QList<PaymentInput> &payments);
    Result<void> cancel(const Actor &actor, std::int64_t saleId);

    // Quantities left to return per original line id (sold minus completed returns).
    std::optional<QHash<std::int64_t, Milli>> returnable(std::int64_t originalSaleId);
    Result<Sale> createReturn(const Actor &actor, std::int64_t originalSaleId,
                              const QList<ReturnLineInput> &lines, const QList<PaymentInput> &payments = {});
    Result<Sale> createCorrection(const Actor &actor, const CorrectionInput &input);

    // Called by the fiscal service once the registrar confirmed the document.
    Result<void> setFiscalAttributes(std::int64_t saleId, const FiscalAttributes &attributes);

    std::optional<Sale> sale(std::int64_t id);
    std::optional<Sale> saleByUuid(const QString &uuid);

private:
    Result<SaleLine> addLine(const Actor &actor, std::int64_t saleId, const LineInput &input,
                             const std::optional<FreeItem> &freeItem);
    // addLine's steps: who may, which product, at which price, and the rows it writes.
    Result<void> checkLinePermissions(const Actor &actor, const LineInput &input);
    Result<Product> lineProduct(const LineInput &input, const std::optional<FreeItem> &freeItem);
    Result<Kopecks> linePrice(const Actor &actor, const Product &product, const LineInput &input);
    Result<std::int64_t> insertLine(std::int64_t saleId, const SaleLine &line);
    Result<void> insertMarkingCheck(std::int64_t lineId, const MarkingLineCheck &check);
    Result<void> setParked(const Actor &actor, std::int64_t saleId, bool parked);
    Result<Sale> editable(std::int64_t saleId);
    Result<void> recalculate(std::int64_t saleId);
    // The owner's discount settings: switched on at all, and at most the acting role's cap of the base.
    Result<void> checkDiscountPolicy(Role role, bool receipt, Kopecks amount, Kopecks base);
    Result<QList<Payment>> settle(const Actor &actor, Kopecks total, const QList<PaymentInput> &payments);
    Result<std::int64_t> currentShift();
    Result<Sale> finish(const Actor &actor, std::int64_t saleId, const QList<Payment> &payments,
                        const QString &auditAction);
    int vatPercent(int vatCode);
    // createReturn's steps (salereturns.cpp).
    Result<QList<SaleLine>> returnLines(const Sale &original, const QHash<std::int64_t, Milli> &left,
                                        const QList<ReturnLineInput> &lines);
    Result<void> checkDrawerCovers(const QList<Payment> &settled);
    Result<std::int64_t> insertReturn(const Actor &actor, std::int64_t originalSaleId, Kopecks total,
                                      const QList<SaleLine> &lines);
    // createCorrection's steps (salecorrections.cpp).
    Result<void> checkCorrectionBasis(const CorrectionInput &input);
    Result<std::vector<CartLineInput>> correctionCart(const QList<CorrectionLineInput> &lines);
    Result<std::int64_t> insertCorrection(const Actor &actor, const CorrectionInput &input,
                                          const CartTotals &totals);
    // saleToJson plus the point of sale and workplace the activation gave this till.
    QJsonObject outboxPayload(const Sale &sale);

    Database &m_db;
    Clock m_clock;
};

// The document as the outbox carries it (sync payload v2, cabinet/PROTOCOL.md), without the till's
// point of sale and workplace (SalesService adds those from the activation).
QJsonObject saleToJson(const Sale &sale);

} // namespace app
