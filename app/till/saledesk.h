#pragma once

// One cart at the till and what the cashier does with it: scan, add, change, discount, park,
// pay. It turns intents into SalesService calls for the signed-in actor, keeps the cart model in
// step with the database, and follows the receipt through the fiscal service after payment. The
// sale screen holds two to four of these (parallel carts); every failure is a translated message
// and the sale stays as it was.

#include <QHash>
#include <QObject>

#include <optional>

#include "app/catalog/product.h"
#include "app/fiscalservice/fiscalresults.h"
#include "app/marking/permitverdict.h"
#include "app/sales/salesservice.h"
#include "app/till/cartmodel.h"

namespace devices {
struct ClassifiedCode;
}

namespace app {

class TillSession;

class SaleDesk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaleDesk)

public:
    enum class Stage {
        Empty,       // no sale yet: the first scan starts one
        Editing,     // lines can change
        Fiscalizing, // paid; the registrar is printing the receipt
        Failed,      // paid and journaled, but the registrar refused: see lastProblem()
    };

    explicit SaleDesk(TillSession &session, QObject *parent = nullptr);

    CartModel *cart() { return &m_cart; }
    Stage stage() const { return m_stage; }
    std::int64_t saleId() const { return m_cart.sale().id; }
    const Sale &sale() const { return m_cart.sale(); }
    Kopecks total() const { return m_cart.sale().total; }
    bool isEmpty() const { return m_cart.sale().lines.isEmpty(); }
    QString lastProblem() const { return m_lastProblem; }
    // What the cashier can do about the last failed receipt (the payment dialog opened again).
    FiscalNextStep lastFailureNext() const { return m_lastFailureNext; }
    bool waitsForMarking() const { return !m_pendingMarking.isEmpty() || !m_pendingPermit.isEmpty(); }

    // A scanned or typed code: product barcode, weighted label, marking DataMatrix, article.
    void scan(const QString &text);
    void scanClassified(const devices::ClassifiedCode &code);
    // A marked pack's code with the number of its pieces to sell (cigarettes by the piece, §4.2 of
    // the marking reference): checked like a whole code, plus the pack's remainder; the line is that
    // fraction of the pack, with tag 1291.
    void scanPart(const QString &text, int units);

    bool addProduct(std::int64_t productId, Milli quantity = MilliPerUnit);
    // A product picked without a quantity (the search): one sold by weight asks for it first
    // (weightNeeded), any other goes in as one unit.
    void offerProduct(std::int64_t productId);
    bool addFreeItem(const FreeItem &item, Kopecks price, Milli quantity);
    bool setQuantity(int row, Milli quantity);
    bool setPrice(int row, Kopecks price);
    bool removeLine(int row);
    bool setItemDiscount(int row, Kopecks amount);
    bool setReceiptDiscount(Kopecks amount);
    bool setDetails(const QString &comment, const QString &buyerContact);

    bool park(); // keeps the sale for later and frees the cart
    bool resume(std::int64_t saleId);
    bool cancelSale(); // voids the whole sale
    // Completes the sale with these payments and hands the receipt to the registrar.
    bool pay(const QList<PaymentInput> &payments);
    // After a failure the cashier fixed (paper, cable): run the journal again.
    void retryFiscalization();
    // The sale is journaled and will print when the registrar allows; free the cart for the next.
    void releaseAfterFailure();

Q_SIGNALS:
    void changed();
    void problem(const QString &text);
    void notice(const QString &text);
    // A product sold by weight was scanned or picked: the cashier must give the weight, then
    // addProduct() with it (a scale label carries it and never asks).
    void weightNeeded(std::int64_t productId, const QString &name);
    void markingCheckStarted(const QString &code);
    void fiscalized(const app::Sale &sale);
    void fiscalizationFailed(const app::FiscalMessage &message);
    void fiscalizationWaiting(const app::FiscalMessage &message);

private:
    bool ensureSale();
    void reload();
    bool check(const Result<void> &result);
    template<class T>
    bool check(const Result<T> &result)
    {
        if (result)
            return true;
        report(result.error().message);
        return false;
    }
    void report(const QString &text);
    void addFound(std::int64_t productId, Milli quantity, const QString &markingCode,
                  const MarkingLineCheck &markingCheck = {});
    // A product found by its own barcode: marked ones want their DataMatrix, weighted ones a weight.
    void addScanned(const Product &product);
    void onPermitChecked(int requestId, const PermitVerdict &verdict);
    void onMarkingChecked(int requestId, const MarkingVerdict &verdict);
    void onJobFinished(const FiscalJobOutcome &outcome);

    struct PendingMarking
    {
        std::int64_t productId = 0;
        QString code;
        MarkingLineCheck check; // the permissive verdict, once it came
        int units = 0;          // a part of a pack: this many of its pieces
    };
    bool pendingCode(const QString &code) const;

    TillSession &m_session;
    CartModel m_cart;
    Stage m_stage = Stage::Empty;
    QString m_lastProblem;
    FiscalNextStep m_lastFailureNext = FiscalNextStep::Retry;
    QString m_fiscalUuid;                        // the paid sale the registrar works on
    QHash<int, PendingMarking> m_pendingPermit;  // permissive check (ТС ПИоТ) running
    QHash<int, PendingMarking> m_pendingMarking; // the fiscal drive's check (FF61h/FF69h) running
    int m_partUnits = 0;                         // scanPart(): the pieces of the pack being scanned
};

} // namespace app
