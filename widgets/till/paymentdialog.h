#pragma once

// Payment of the current sale: cash (tendered, change, quick amounts), card (the integrated
// terminal, or a standalone one the cashier confirms), SBP (a large QR for the buyer), in any
// split. When the sale is covered it is completed and the dialog follows the receipt through the
// registrar without freezing; on an error it shows the reason and the next step, and the sale
// stays journaled.

#include <QDialog>
#include <QList>

#include "app/sales/salesservice.h"

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace app {
class SaleDesk;
class TillSession;
struct FiscalMessage;
} // namespace app

namespace app::payments {
struct Operation;
}

namespace devices {
struct TerminalResult;
} // namespace devices

namespace ui {

class PaymentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaymentDialog)

public:
    PaymentDialog(app::TillSession &session, app::SaleDesk &desk, QWidget *parent = nullptr);
    ~PaymentDialog() override;

    app::Kopecks remaining() const;
    const QList<app::PaymentInput> &payments() const { return m_payments; }
    QString status() const;
    QLineEdit *amountEdit() const { return m_amount; }

    // What the keys and buttons do (tests call them too).
    void payCash();
    void payCard();
    void paySbp();

    void reject() override;

private:
    void buildEntryPage();
    // buildEntryPage's parts, top to bottom: the amounts, the payment's progress, the methods.
    void addAmountSection(QWidget *page, QVBoxLayout *left);
    void addStatusSection(QWidget *page, QVBoxLayout *left);
    QHBoxLayout *methodButtons(QWidget *page);
    void buildResultPage();
    void addPayment(const app::PaymentInput &payment);
    void refresh();
    void setBusy(const QString &text);
    void setStatus(const QString &text, bool error);
    bool typedAmount(app::Kopecks &amount, bool capToRemaining);
    void finishIfCovered();
    void onCardFinished(const app::payments::Operation &operation);
    void onCardNeedsCashier(const app::payments::Operation &operation, const QString &facts);
    void addCardPayment(const app::payments::Operation &operation);
    QString saleUuid() const;
    void onSbpQrReady(const app::payments::Operation &operation);
    void onSbpFinished(const app::payments::Operation &operation);
    void onSbpNeedsCashier(const app::payments::Operation &operation, const QString &facts);
    void addSbpPayment(const app::payments::Operation &operation);
    void onFiscalFailed(const app::FiscalMessage &message);

    app::TillSession &m_session;
    app::SaleDesk &m_desk;
    app::Kopecks m_total = 0;
    QList<app::PaymentInput> m_payments;
    QString m_operationId;        // the terminal or SBP operation in progress
    bool m_cardRunning = false;   // m_operationId is a card operation
    bool m_sbpRunning = false;    // m_operationId is an SBP payment (its QR cancelled if abandoned)
    QStringList m_cardOperations; // approved card operations paying this sale
    QStringList m_sbpOperations;  // paid SBP operations paying this sale
    bool m_busy = false;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_totalLabel = nullptr;
    QLabel *m_remainingLabel = nullptr;
    QLabel *m_changeLabel = nullptr;
    QLineEdit *m_amount = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_waitContinue = nullptr; // "Continue printing" while the receipt waits for paper
    QLabel *m_qr = nullptr;
    QList<QPushButton *> m_methodButtons;
    QLabel *m_resultText = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_continuePrinting = nullptr;
    QPushButton *m_putAside = nullptr;
};

} // namespace ui
