#pragma once

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QStringList>

#include "app/sales/sale.h"
#include "app/sales/salesservice.h"

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace devices {
class SbpProvider;
} // namespace devices

namespace app {
class ReturnPermit;
} // namespace app

namespace app::payments {
class CardOperations;
class SbpOperations;
struct Operation;
} // namespace app::payments

namespace ui {

// "Возврат": the lines of a completed sale with what is left to return; the cashier types the
// quantity per line (Space: the whole line, F3: every line), sees the refund and how it goes back
// (to the card it came from, the rest in cash), and confirms. A card part paid through the till's
// terminal goes back through it first (a cancel while the batch is open, a refund by RRN after),
// journaled; the return is confirmed once the bank gave the money back. Otherwise it only collects
// the choice; the journal screen creates the return through SalesService.
class ReturnDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReturnDialog)

public:
    enum Column : int { Name, Sold, Left, Price, ToReturn, Refund, ColumnCount };

    ReturnDialog(const app::Sale &sale, const QHash<std::int64_t, app::Milli> &returnable,
                 QWidget *parent = nullptr);

    QList<app::ReturnLineInput> lines() const;
    app::Kopecks refund() const { return m_refund; }
    QList<app::PaymentInput> payments() const;
    QTableWidget *table() const { return m_table; }
    void returnEverything();
    // Shown when the service refuses the return; the dialog stays open.
    void showError(const QString &text);
    void setCardOperations(app::payments::CardOperations *cards);
    // The SBP part of the refund goes back through the acquirer (its own refund id, journaled)
    // first too.
    void setSbpOperations(app::payments::SbpOperations *sbp);
    // The return exists: the card operations made for it are stored with it (slips included).
    void attachCardOperations(const QString &returnUuid);
    QString cardStatus() const;
    // Marked lines are checked under the permissive mode (a code never sold is refused) before any
    // money goes back; lines() then carries what the check said.
    void setReturnPermit(app::ReturnPermit *permit);
    void reject() override;

    // Enter / the confirm button: emits confirmed() when the choice is valid; the caller closes the
    // dialog with done(Accepted) once the return exists, or calls showError().
    void accept() override;

Q_SIGNALS:
    void confirmed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *buildHeader();
    void setUpTable();
    void setUpSummary();
    QHBoxLayout *buildButtons();
    void selectFirstReturnable();
    void recalculate();
    // The next card part to give back through the terminal; false when none is left.
    bool startCardRefund();
    void onCardFinished(const app::payments::Operation &operation);
    bool startSbpRefund();
    void onSbpFinished(const app::payments::Operation &operation);
    void onCardNeedsCashier(const app::payments::Operation &operation, const QString &facts);
    void setCardStatus(const QString &text, bool error);
    bool parseRow(int row, app::Milli &out) const;
    // The chosen marked lines still unchecked: starts their check and says so; false when none.
    bool startMarkingCheck();

    app::Sale m_sale;
    QHash<std::int64_t, app::Milli> m_returnable;
    QTableWidget *m_table = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_how = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    app::Kopecks m_refund = 0;
    bool m_valid = false;
    QPointer<app::payments::CardOperations> m_cards;
    QLabel *m_cardStatus = nullptr;
    QPushButton *m_all = nullptr;
    QString m_cardRunning;        // the terminal operation under way
    QStringList m_cardReturned;   // references (RRN) of card payments already given back
    QStringList m_cardOperations; // their operation ids, stored with the return once it exists
    QPointer<app::payments::SbpOperations> m_sbp;
    QString m_sbpRunning;      // the refund operation under way
    QString m_sbpUnanswered;   // a refund without an answer: a retry resends it (same refund id)
    QStringList m_sbpReturned; // QR ids already refunded
    QStringList m_sbpDone;     // their refund operations, stored with the return once it exists
    QPointer<app::ReturnPermit> m_permit;
    QHash<std::int64_t, app::MarkingLineCheck> m_markingChecks; // sold line id -> its return's check
};

} // namespace ui
