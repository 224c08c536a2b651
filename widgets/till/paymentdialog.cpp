#include "widgets/till/paymentdialog.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "app/core/moneytext.h"
#include "app/fiscalservice/fiscalservice.h"
#include "app/payments/cardoperations.h"
#include "app/payments/paymentjournal.h"
#include "app/payments/sbpoperations.h"
#include "app/session/tillsession.h"
#include "app/till/saledesk.h"
#include "devices/barcodeimage.h"
#include "devices/paymentterminal.h"
#include "widgets/till/tillstyle.h"

namespace ui {

namespace {

QString methodName(app::PaymentType type)
{
    switch (type) {
    case app::PaymentType::Cash:
        return PaymentDialog::tr("Cash");
    case app::PaymentType::Card:
        return PaymentDialog::tr("Card");
    case app::PaymentType::Sbp:
        return PaymentDialog::tr("SBP");
    }
    return {};
}

// Banknotes a buyer is likely to hand over for `amount`: the next round sums above it.
QList<app::Kopecks> quickAmounts(app::Kopecks amount)
{
    QList<app::Kopecks> out{amount};
    for (const app::Kopecks step : {10000, 50000, 100000, 500000}) {
        const app::Kopecks rounded = (amount + step - 1) / step * step;
        if (rounded > amount && !out.contains(rounded))
            out << rounded;
        if (out.size() == 4)
            break;
    }
    return out;
}

} // namespace

PaymentDialog::PaymentDialog(app::TillSession &session, app::SaleDesk &desk, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_desk(desk)
    , m_total(desk.total())
{
    setWindowTitle(tr("Payment"));
    setFont(tillFont(15));
    resize(900, 640);
    auto *root = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    root->addWidget(m_pages);
    buildEntryPage();
    buildResultPage();

    connect(&m_desk, &app::SaleDesk::fiscalized, this, [this] { QDialog::accept(); });
    connect(&m_desk, &app::SaleDesk::fiscalizationFailed, this, &PaymentDialog::onFiscalFailed);
    connect(&m_desk, &app::SaleDesk::fiscalizationWaiting, this, [this](const app::FiscalMessage &message) {
        setBusy(message.text);
        setStatus(message.text, true);
        // The menu is out of reach behind this dialog: the paper button is offered right here.
        m_waitContinue->setVisible(message.next == app::FiscalNextStep::InsertPaper ||
                                   message.next == app::FiscalNextStep::ContinuePrinting);
    });
    if (app::payments::CardOperations *cards = m_session.cardOperations()) {
        connect(cards, &app::payments::CardOperations::finished, this, &PaymentDialog::onCardFinished);
        connect(cards, &app::payments::CardOperations::needsCashier, this,
                &PaymentDialog::onCardNeedsCashier);
        if (devices::PaymentTerminal *terminal = cards->terminal())
            connect(terminal, &devices::PaymentTerminal::prompt, this, [this](const QString &text) {
                if (m_cardRunning)
                    setStatus(text, false);
            });
    }
    if (app::payments::SbpOperations *sbp = m_session.sbpOperations()) {
        connect(sbp, &app::payments::SbpOperations::qrReady, this, &PaymentDialog::onSbpQrReady);
        connect(sbp, &app::payments::SbpOperations::finished, this, &PaymentDialog::onSbpFinished);
        connect(sbp, &app::payments::SbpOperations::needsCashier, this, &PaymentDialog::onSbpNeedsCashier);
    }

    if (m_desk.stage() == app::SaleDesk::Stage::Failed)
        onFiscalFailed({m_desk.lastProblem(), m_desk.lastFailureNext(), true});
    refresh();
    // A card payment approved before the till restarted pays the sale: never charge twice.
    if (app::payments::CardOperations *cards = m_session.cardOperations();
        cards && m_desk.stage() == app::SaleDesk::Stage::Editing)
        for (const app::payments::Operation &o : cards->carriedPayments(saleUuid()))
            addCardPayment(o);
    // The same for SBP: a QR paid before the restart pays the sale; what else the recovery found
    // (expired, declined, cancelled, or a question for the cashier) is told here once.
    if (app::payments::SbpOperations *sbp = m_session.sbpOperations();
        sbp && m_desk.stage() == app::SaleDesk::Stage::Editing) {
        for (const app::payments::Operation &o : sbp->carriedPayments(saleUuid()))
            addSbpPayment(o);
        for (const app::payments::Operation &o : sbp->takeRecovered(saleUuid())) {
            if (o.state == app::payments::State::Attention)
                QMetaObject::invokeMethod(
                    this, [this, o] { onSbpNeedsCashier(o, o.message); }, Qt::QueuedConnection);
            else if (o.state != app::payments::State::Approved)
                setStatus(tr("The SBP payment started before the restart (%1 ₽) was not paid: %2")
                              .arg(app::displayMoney(o.amount), o.message),
                          true);
        }
    }
}

QString PaymentDialog::saleUuid() const
{
    return m_desk.sale().uuid;
}

PaymentDialog::~PaymentDialog() = default;

void PaymentDialog::buildEntryPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QHBoxLayout(page);
    auto *left = new QVBoxLayout;
    addAmountSection(page, left);
    addStatusSection(page, left);
    left->addStretch();
    left->addLayout(methodButtons(page));
    layout->addLayout(left, 3);

    m_qr = new QLabel(page);
    m_qr->setObjectName(QStringLiteral("sbpQr"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumWidth(0);
    m_qr->hide();
    layout->addWidget(m_qr, 2);
    m_pages->addWidget(page);
    m_amount->setFocus();
}

void PaymentDialog::addAmountSection(QWidget *page, QVBoxLayout *left)
{
    m_totalLabel = new QLabel(page);
    m_totalLabel->setFont(tillFont(28, true));
    m_totalLabel->setStyleSheet(totalStyle());
    left->addWidget(m_totalLabel);
    m_remainingLabel = new QLabel(page);
    m_remainingLabel->setObjectName(QStringLiteral("paymentRemaining"));
    m_remainingLabel->setFont(tillFont(20, true));
    left->addWidget(m_remainingLabel);

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(new QLabel(tr("Received:"), page));
    m_amount = new QLineEdit(page);
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    m_amount->setFont(tillFont(24, true));
    m_amount->setMinimumHeight(56);
    m_amount->setPlaceholderText(tr("amount, ₽"));
    connect(m_amount, &QLineEdit::returnPressed, this, &PaymentDialog::payCash);
    connect(m_amount, &QLineEdit::textChanged, this, &PaymentDialog::refresh);
    amountRow->addWidget(m_amount, 1);
    left->addLayout(amountRow);

    auto *quick = new QHBoxLayout;
    for (const app::Kopecks amount : quickAmounts(m_total)) {
        auto *b = new QPushButton(app::displayMoney(amount), page);
        b->setMinimumHeight(48);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, [this, amount] {
            m_amount->setText(app::displayMoney(amount));
            payCash();
        });
        quick->addWidget(b);
    }
    left->addLayout(quick);

    m_changeLabel = new QLabel(page);
    m_changeLabel->setObjectName(QStringLiteral("paymentChange"));
    m_changeLabel->setFont(tillFont(22, true));
    left->addWidget(m_changeLabel);
}

void PaymentDialog::addStatusSection(QWidget *page, QVBoxLayout *left)
{
    m_list = new QListWidget(page);
    m_list->setObjectName(QStringLiteral("paymentList"));
    m_list->setMaximumHeight(130);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->hide(); // shown once there is a first part of a split payment
    left->addWidget(m_list);

    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("paymentStatus"));
    m_status->setWordWrap(true);
    m_status->setFont(tillFont(15, true));
    left->addWidget(m_status);
    m_waitContinue = new QPushButton(tr("Continue printing"), page);
    m_waitContinue->setObjectName(QStringLiteral("waitContinue"));
    m_waitContinue->setMinimumHeight(56);
    m_waitContinue->setFont(tillFont(16, true));
    m_waitContinue->hide();
    connect(m_waitContinue, &QPushButton::clicked, this, [this] {
        m_waitContinue->hide();
        if (app::FiscalService *fiscal = m_session.fiscal()) {
            fiscal->continuePrinting();
            fiscal->process();
        }
    });
    left->addWidget(m_waitContinue);
}

QHBoxLayout *PaymentDialog::methodButtons(QWidget *page)
{
    auto *methods = new QHBoxLayout;
    const struct
    {
        QString text;
        Qt::Key key;
        void (PaymentDialog::*slot)();
    } buttons[] = {{tr("Cash  F5"), Qt::Key_F5, &PaymentDialog::payCash},
                   {tr("Card  F6"), Qt::Key_F6, &PaymentDialog::payCard},
                   {tr("SBP  F7"), Qt::Key_F7, &PaymentDialog::paySbp}};
    for (const auto &def : buttons) {
        auto *b = new QPushButton(def.text, page);
        b->setMinimumHeight(72);
        b->setFont(tillFont(18, true));
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, def.slot);
        auto *shortcut = new QShortcut(QKeySequence(def.key), this);
        connect(shortcut, &QShortcut::activated, this, def.slot);
        methods->addWidget(b);
        m_methodButtons << b;
    }
    m_methodButtons.first()->setStyleSheet(primaryButtonStyle());
    return methods;
}

void PaymentDialog::buildResultPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_resultText = new QLabel(page);
    m_resultText->setObjectName(QStringLiteral("paymentResult"));
    m_resultText->setWordWrap(true);
    m_resultText->setFont(tillFont(18, true));
    layout->addWidget(m_resultText);
    layout->addStretch();
    auto *row = new QHBoxLayout;
    m_continuePrinting = new QPushButton(tr("Continue printing"), page);
    m_retry = new QPushButton(tr("Print again  F5"), page);
    m_retry->setObjectName(QStringLiteral("paymentRetry"));
    m_putAside = new QPushButton(page);
    m_putAside->setObjectName(QStringLiteral("paymentPutAside"));
    for (QPushButton *b : {m_continuePrinting, m_retry, m_putAside}) {
        b->setMinimumHeight(64);
        b->setFont(tillFont(16, true));
        row->addWidget(b);
    }
    connect(m_retry, &QPushButton::clicked, this, [this] {
        setBusy(tr("Printing the receipt…"));
        m_desk.retryFiscalization();
    });
    connect(m_continuePrinting, &QPushButton::clicked, this, [this] {
        if (app::FiscalService *fiscal = m_session.fiscal())
            fiscal->continuePrinting();
        setBusy(tr("Printing the receipt…"));
        m_desk.retryFiscalization();
    });
    connect(m_putAside, &QPushButton::clicked, this, [this] {
        m_desk.releaseAfterFailure();
        QDialog::accept();
    });
    layout->addLayout(row);
    m_pages->addWidget(page);
}

app::Kopecks PaymentDialog::remaining() const
{
    app::Kopecks paid = 0;
    for (const app::PaymentInput &p : m_payments)
        paid += p.amount;
    return m_total - paid;
}

QString PaymentDialog::status() const
{
    return m_pages->currentIndex() == 0 ? m_status->text() : m_resultText->text();
}

void PaymentDialog::refresh()
{
    m_totalLabel->setText(tr("To pay: %1 ₽").arg(app::displayMoney(m_total)));
    const app::Kopecks rest = remaining();
    m_remainingLabel->setText(m_payments.isEmpty() ? QString()
                                                   : tr("Left to pay: %1 ₽").arg(app::displayMoney(rest)));
    app::Kopecks typed = 0;
    if (app::parseMoneyInput(m_amount->text(), typed) && typed > rest && rest > 0)
        m_changeLabel->setText(tr("Change: %1 ₽").arg(app::displayMoney(typed - rest)));
    else
        m_changeLabel->clear();
    for (QPushButton *b : std::as_const(m_methodButtons))
        b->setEnabled(!m_busy && rest > 0);
    m_amount->setEnabled(!m_busy && rest > 0);
}

void PaymentDialog::setBusy(const QString &text)
{
    m_busy = true;
    m_pages->setCurrentIndex(0);
    setStatus(text, false);
    refresh();
}

void PaymentDialog::setStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? errorStyle() : QString());
    m_status->setText(text);
}

bool PaymentDialog::typedAmount(app::Kopecks &amount, bool capToRemaining)
{
    const QString text = m_amount->text().trimmed();
    if (text.isEmpty()) {
        amount = remaining();
        return true;
    }
    if (!app::parseMoneyInput(text, amount) || amount <= 0) {
        setStatus(tr("\"%1\" is not an amount. Type it like 1500 or 1500,50.").arg(text), true);
        return false;
    }
    if (capToRemaining && amount > remaining()) {
        setStatus(tr("A card or SBP payment cannot exceed what is left to pay (%1 ₽).")
                      .arg(app::displayMoney(remaining())),
                  true);
        return false;
    }
    return true;
}

void PaymentDialog::addPayment(const app::PaymentInput &payment)
{
    m_payments << payment;
    QString line =
        QStringLiteral("%1: %2 ₽").arg(methodName(payment.type), app::displayMoney(payment.amount));
    if (payment.type == app::PaymentType::Cash && payment.tendered > payment.amount)
        line += tr(" (received %1, change %2)")
                    .arg(app::displayMoney(payment.tendered),
                         app::displayMoney(payment.tendered - payment.amount));
    m_list->addItem(line);
    m_list->show();
    m_amount->clear();
    refresh();
    finishIfCovered();
}

void PaymentDialog::payCash()
{
    if (m_pages->currentIndex() == 1) { // F5 on the error page: print again, when it can help
        if (m_retry->isEnabled())
            m_retry->click();
        return;
    }
    if (m_busy || remaining() <= 0)
        return;
    app::Kopecks tendered = 0;
    if (!typedAmount(tendered, false))
        return;
    const app::Kopecks amount = qMin(tendered, remaining());
    addPayment({app::PaymentType::Cash, amount, tendered, {}});
}

void PaymentDialog::finishIfCovered()
{
    if (remaining() > 0)
        return;
    setBusy(tr("Printing the receipt…"));
    if (!m_desk.pay(m_payments)) {
        // The model refused (e.g. the shift is over 24 hours): nothing was completed.
        m_busy = false;
        setStatus(m_desk.lastProblem(), true);
        m_payments.clear();
        m_list->clear();
        m_list->hide();
        refresh();
    }
}

void PaymentDialog::onFiscalFailed(const app::FiscalMessage &message)
{
    m_busy = false;
    m_resultText->setStyleSheet(errorStyle());
    // Printing again cannot help a fiscal drive that must be replaced, a shift that must be closed
    // with the Z report first (out of reach behind this dialog), or a till without a registrar: the
    // cashier is not offered a key that can only fail, and leaves the receipt in the journal.
    const bool retryHelps = m_session.fiscal() && message.next != app::FiscalNextStep::ReplaceFn &&
                            message.next != app::FiscalNextStep::CloseShift;
    QString text =
        tr("The sale is paid and saved, but the receipt did not print.") + QLatin1Char('\n') + message.text;
    if (message.next == app::FiscalNextStep::ReplaceFn)
        text += QStringLiteral("\n\n") +
                tr("No receipt can be printed until the fiscal drive is replaced: stop selling. This sale's "
                   "receipt stays in the journal; print it from there after the replacement.");
    else if (!retryHelps)
        text += QStringLiteral("\n\n") + tr("This sale's receipt stays in the journal.");
    m_resultText->setText(text);
    m_continuePrinting->setVisible(message.next == app::FiscalNextStep::ContinuePrinting ||
                                   message.next == app::FiscalNextStep::InsertPaper);
    m_retry->setVisible(retryHelps);
    m_retry->setEnabled(retryHelps);
    m_retry->setStyleSheet(retryHelps ? primaryButtonStyle() : QString());
    m_putAside->setText(retryHelps ? tr("Print later, next buyer  Esc")
                                   : tr("Keep the receipt in the journal  Esc"));
    m_putAside->setStyleSheet(retryHelps ? QString() : primaryButtonStyle());
    m_pages->setCurrentIndex(1);
    (retryHelps ? m_retry : m_putAside)->setFocus();
}

void PaymentDialog::reject()
{
    if (m_desk.stage() == app::SaleDesk::Stage::Fiscalizing)
        return; // the registrar is printing: the dialog closes itself when it is done
    if (m_desk.stage() == app::SaleDesk::Stage::Failed) {
        m_desk.releaseAfterFailure();
        QDialog::accept();
        return;
    }
    if (m_cardRunning) {
        // The terminal program may already have the bank's approval: the dialog waits for its
        // answer, and the cashier cancels on the pinpad.
        if (devices::PaymentTerminal *terminal = m_session.cardTerminal())
            terminal->cancel();
        return;
    }
    app::payments::SbpOperations *sbp = m_session.sbpOperations();
    // A late scan must not pay an abandoned sale: the QR is cancelled, and refunded if paid first.
    if (m_sbpRunning && sbp)
        sbp->abandon(m_operationId);
    // Card and SBP money already taken goes back before the sale returns to editing, journaled:
    // card reversals are retried at start-up until the bank confirms them, SBP refunds are resent
    // under the same refund id.
    if (!m_cardOperations.isEmpty())
        if (app::payments::CardOperations *cards = m_session.cardOperations())
            (void)cards->reverseSale(saleUuid());
    if (!m_sbpOperations.isEmpty() && sbp)
        (void)sbp->reverseSale(saleUuid());
    QDialog::reject();
}

} // namespace ui
