// PaymentDialog's payments through the bank: the card terminal and the SBP acquirer, each journaled
// by app::payments before the bank is asked (paymentdialog.cpp has the screen, cash and the result).

#include "widgets/till/paymentdialog.h"

#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QStackedWidget>

#include "app/core/moneytext.h"
#include "app/payments/cardoperations.h"
#include "app/payments/paymentjournal.h"
#include "app/payments/sbpoperations.h"
#include "app/session/tillsession.h"
#include "app/till/saledesk.h"
#include "devices/barcodeimage.h"
#include "devices/paymentterminal.h"
#include "widgets/till/tillstyle.h"

namespace ui {

void PaymentDialog::payCard()
{
    if (m_busy || remaining() <= 0)
        return;
    app::Kopecks amount = 0;
    if (!typedAmount(amount, true))
        return;
    app::payments::CardOperations *cards = m_session.cardOperations();
    if (!cards) {
        // A standalone terminal: the cashier runs the card there and confirms it here.
        if (QMessageBox::question(this, tr("Card payment"),
                                  tr("Run %1 ₽ on the card terminal. Did the terminal approve the payment?")
                                      .arg(app::displayMoney(amount))) != QMessageBox::Yes)
            return;
        addPayment({app::PaymentType::Card, amount, 0, {}});
        return;
    }
    // Journaled under its own id before the terminal program starts; the program runs as a
    // process of its own, so the screen stays alive while the customer enters the PIN.
    const app::Result<QString> started = cards->pay(amount, saleUuid());
    if (!started) {
        setStatus(started.error().message, true);
        return;
    }
    m_operationId = *started;
    m_cardRunning = true;
    setBusy(tr("Card payment of %1 ₽: follow the terminal.").arg(app::displayMoney(amount)));
}

void PaymentDialog::addCardPayment(const app::payments::Operation &operation)
{
    if (m_cardOperations.contains(operation.operationId))
        return;
    m_cardOperations << operation.operationId;
    addPayment({app::PaymentType::Card, operation.amount, 0, operation.rrn});
}

void PaymentDialog::onCardFinished(const app::payments::Operation &operation)
{
    using app::payments::State;
    if (!m_cardRunning || operation.operationId != m_operationId) {
        // The recovery of a payment interrupted by a restart settled while the dialog is open.
        if (!m_cardRunning && operation.kind == app::payments::Kind::Payment &&
            operation.saleUuid == saleUuid() && operation.state == State::Approved && remaining() > 0 &&
            m_desk.stage() == app::SaleDesk::Stage::Editing) {
            setStatus(tr("A card payment approved before the restart counts for this sale (%1 ₽).")
                          .arg(app::displayMoney(operation.amount)),
                      false);
            addCardPayment(operation);
        }
        return;
    }
    m_operationId.clear();
    m_cardRunning = false;
    m_busy = false;
    switch (operation.state) {
    case State::Approved:
        setStatus(tr("Card payment approved (%1).").arg(operation.cardMask), false);
        addCardPayment(operation);
        return;
    case State::Cancelled:
        setStatus(tr("The card payment was cancelled on the terminal. No money was taken. Try again or "
                     "choose another way to pay."),
                  true);
        break;
    case State::Declined:
        if (!operation.responseCode.isEmpty() && operation.responseCode != QStringLiteral("0"))
            setStatus(tr("The bank declined the card payment (code %1: %2). No money was taken. Ask for "
                         "another card or choose another way to pay.")
                          .arg(operation.responseCode, operation.message),
                      true);
        else
            setStatus(tr("The card payment did not go through: %1").arg(operation.message), true);
        break;
    default:
        setStatus(operation.message, true);
        break;
    }
    refresh();
}

void PaymentDialog::onCardNeedsCashier(const app::payments::Operation &operation, const QString &facts)
{
    if (!m_cardRunning || operation.operationId != m_operationId)
        return;
    setStatus(tr("The terminal's answer was lost and its report does not tell either."), true);
    const QMessageBox::StandardButton answer =
        QMessageBox::question(this, tr("Card payment: answer lost"),
                              facts + QStringLiteral("\n\n") +
                                  tr("Yes: the terminal's slip says APPROVED, the payment counts. No: it "
                                     "was not approved, no money was taken."));
    if (auto resolved = m_session.cardOperations()->resolveByCashier(operation.operationId,
                                                                     answer == QMessageBox::Yes, {});
        !resolved) {
        m_operationId.clear();
        m_cardRunning = false;
        m_busy = false;
        setStatus(resolved.error().message, true);
        refresh();
    }
}

void PaymentDialog::paySbp()
{
    if (m_busy || remaining() <= 0)
        return;
    app::Kopecks amount = 0;
    if (!typedAmount(amount, true))
        return;
    app::payments::SbpOperations *sbp = m_session.sbpOperations();
    if (!sbp) {
        setStatus(tr("SBP is not set up at this till. Choose another way to pay."), true);
        return;
    }
    // Journaled under its own id (the acquirer's order) before the QR is asked for.
    const app::Result<QString> started = sbp->pay(amount, saleUuid(), tr("Purchase"));
    if (!started) {
        setStatus(started.error().message, true);
        return;
    }
    m_operationId = *started;
    m_sbpRunning = true;
    setBusy(tr("Creating the SBP QR code…"));
}

void PaymentDialog::onSbpQrReady(const app::payments::Operation &operation)
{
    if (!m_sbpRunning || operation.operationId != m_operationId)
        return;
    m_qr->setPixmap(QPixmap::fromImage(devices::renderQrCode(operation.qrPayload, 320)));
    m_qr->show();
    setStatus(tr("Ask the buyer to scan the QR code with a banking app (%1 ₽).")
                  .arg(app::displayMoney(operation.amount)),
              false);
}

void PaymentDialog::addSbpPayment(const app::payments::Operation &operation)
{
    if (m_sbpOperations.contains(operation.operationId))
        return;
    m_sbpOperations << operation.operationId;
    addPayment({app::PaymentType::Sbp, operation.amount, 0, operation.qrId});
}

void PaymentDialog::onSbpFinished(const app::payments::Operation &operation)
{
    using app::payments::State;
    if (operation.kind != app::payments::Kind::Payment)
        return;
    if (!m_sbpRunning || operation.operationId != m_operationId) {
        // The recovery of a QR shown before a restart settled while the dialog is open.
        if (operation.saleUuid == saleUuid() && operation.state == State::Approved && remaining() > 0 &&
            m_desk.stage() == app::SaleDesk::Stage::Editing && !m_sbpRunning && !m_cardRunning) {
            setStatus(tr("An SBP payment received before the restart counts for this sale (%1 ₽).")
                          .arg(app::displayMoney(operation.amount)),
                      false);
            addSbpPayment(operation);
        }
        return;
    }
    m_operationId.clear();
    m_sbpRunning = false;
    m_busy = false;
    m_qr->hide();
    if (operation.state == State::Approved) {
        setStatus(tr("SBP payment received."), false);
        addSbpPayment(operation);
        return;
    }
    setStatus(operation.message, true);
    refresh();
}

void PaymentDialog::onSbpNeedsCashier(const app::payments::Operation &operation, const QString &facts)
{
    if (operation.saleUuid != saleUuid())
        return;
    if (operation.operationId == m_operationId) {
        m_operationId.clear();
        m_sbpRunning = false;
        m_busy = false;
        m_qr->hide();
    }
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("SBP payment: no answer from the bank"),
        facts + QStringLiteral("\n\n") +
            tr("Yes: the buyer's banking app shows the payment done, it counts. No: it was not paid."));
    app::payments::SbpOperations *sbp = m_session.sbpOperations();
    if (auto resolved = sbp->resolveByCashier(operation.operationId, answer == QMessageBox::Yes); !resolved)
        setStatus(resolved.error().message, true);
    else if (answer == QMessageBox::Yes)
        addSbpPayment(*m_session.paymentJournal().find(operation.operationId));
    refresh();
}

} // namespace ui
