#pragma once

// «Операции по картам и СБП» (Service menu, Ctrl+Shift+T): one day's card and SBP operations with
// time, amount, kind, RRN, authorisation code, masked card and result, and the reprint of the
// selected operation's slip or of the last one. The data comes from app::payments::Transactions;
// a reprint is queued on the fiscal service and its end shown when the registrar answers.

#include <QDialog>
#include <QList>

#include "app/payments/paymentjournal.h"

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace app {
class FiscalService;
struct FiscalOperationResult;
namespace payments {
class Transactions;
}
} // namespace app

namespace ui {

class TransactionsDialog final : public QDialog
{
    Q_OBJECT

public:
    TransactionsDialog(app::payments::Transactions &transactions, app::FiscalService *fiscal,
                       QWidget *parent = nullptr);

    QDateEdit *dayEdit() const { return m_day; }
    QTableWidget *table() const { return m_table; }
    QPushButton *reprintButton() const { return m_reprint; }
    QPushButton *reprintLastButton() const { return m_reprintLast; }
    QString status() const;
    // The operation in the selected row (empty when none).
    QString selectedOperationId() const;

    static QString kindText(app::payments::Kind kind);
    static QString resultText(const app::payments::Operation &operation);

private:
    void reload();
    void fillRow(int row, const app::payments::Operation &operation);
    void reprintSelected();
    void reprintLast();
    void started(const app::Result<int> &request);
    void onPrinted(int requestId, const app::FiscalOperationResult &result);
    void updateButtons();

    app::payments::Transactions &m_transactions;
    QList<app::payments::Operation> m_shown;
    QDateEdit *m_day = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_reprint = nullptr;
    QPushButton *m_reprintLast = nullptr;
    int m_request = -1;
};

} // namespace ui
