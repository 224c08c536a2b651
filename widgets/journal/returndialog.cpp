#include "widgets/journal/returndialog.h"

#include <QAction>
#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/core/moneytext.h"
#include "app/journal/journalmodel.h"
#include "app/marking/returnpermit.h"
#include "app/payments/cardoperations.h"
#include "app/payments/sbpoperations.h"

#include <QUuid>

namespace ui {

namespace {

QTableWidgetItem *readOnly(const QString &text, bool right = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// A line's quantity to return, bold; read-only on a line with nothing left to return.
QTableWidgetItem *quantityItem(app::Milli left)
{
    auto *qty = new QTableWidgetItem(QStringLiteral("0"));
    qty->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (left <= 0)
        qty->setFlags(Qt::ItemIsSelectable);
    QFont bold = qty->font();
    bold.setBold(true);
    qty->setFont(bold);
    if (left > 0)
        qty->setBackground(QColor(0xff, 0xf4, 0xc2)); // the one column the cashier types into
    return qty;
}

} // namespace

ReturnDialog::ReturnDialog(const app::Sale &sale, const QHash<std::int64_t, app::Milli> &returnable,
                           QWidget *parent)
    : QDialog(parent)
    , m_sale(sale)
    , m_returnable(returnable)
    , m_table(new QTableWidget(int(sale.lines.size()), ColumnCount, this))
    , m_total(new QLabel(this))
    , m_how(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Return of sale No. %1").arg(sale.number));
    resize(980, 560);

    QLabel *header = buildHeader();
    auto *intro = new QLabel(tr("Type the quantity to return on each line. Space returns the whole line, F3 "
                                "the whole sale; Enter confirms."),
                             this);
    intro->setWordWrap(true);

    setUpTable();
    setUpSummary();
    QHBoxLayout *buttons = buildButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_how);
    layout->addWidget(m_cardStatus);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    recalculate();
    m_table->setFocus();
    selectFirstReturnable();
}

QLabel *ReturnDialog::buildHeader()
{
    auto *header = new QLabel(
        tr("Sale No. %1 of %2 · %3")
            .arg(m_sale.number)
            .arg(QLocale().toString(m_sale.completedAt.toLocalTime(), QStringLiteral("dd.MM.yyyy HH:mm")))
            .arg(app::displayRoubles(m_sale.total)),
        this);
    QFont headerFont = font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.3);
    headerFont.setBold(true);
    header->setFont(headerFont);
    return header;
}

// One row per sale line: sold, left to return, price, the quantity typed and its refund.
void ReturnDialog::setUpTable()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Item"), tr("Sold"), tr("Left to return"), tr("Price"), tr("To return"), tr("Refund")});
    m_table->verticalHeader()->setDefaultSectionSize(44);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int c = Sold; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::SelectedClicked | QAbstractItemView::EditKeyPressed);
    m_table->setTabKeyNavigation(false);
    for (int row = 0; row < m_sale.lines.size(); ++row) {
        const app::SaleLine &l = m_sale.lines.at(row);
        const app::Milli left = m_returnable.value(l.id);
        m_table->setItem(row, Name, readOnly(l.name));
        m_table->setItem(row, Sold, readOnly(app::displayQuantity(l.quantity), true));
        m_table->setItem(row, Left, readOnly(app::displayQuantity(left), true));
        m_table->setItem(row, Price, readOnly(app::displayRoubles(l.price), true));
        m_table->setItem(row, ToReturn, quantityItem(left));
        m_table->setItem(row, Refund, readOnly(QString(), true));
    }
    m_table->horizontalHeader()->setSectionResizeMode(ToReturn, QHeaderView::Fixed);
    m_table->setColumnWidth(ToReturn, 120);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == ToReturn)
            recalculate();
    });
}

// The refund total, how it is paid back, the card or SBP status and the error line.
void ReturnDialog::setUpSummary()
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_total->setFont(big);
    m_total->setObjectName(QStringLiteral("refundTotal"));
    m_total->setStyleSheet(QStringLiteral("color: #0b3d91;"));
    m_how->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("returnError"));
    m_error->setStyleSheet(
        QStringLiteral("QLabel { background: #a80000; color: white; padding: 6px; font-weight: bold; }"));
    m_error->hide();
    m_cardStatus = new QLabel(this);
    m_cardStatus->setObjectName(QStringLiteral("returnCardStatus"));
    m_cardStatus->setWordWrap(true);
    m_cardStatus->hide();
}

QHBoxLayout *ReturnDialog::buildButtons()
{
    // No default button: Enter first commits the typed quantity, then (outside the editor) confirms.
    auto *all = new QPushButton(tr("F3 Return everything"), this);
    m_all = all;
    m_ok = new QPushButton(tr("Enter Make the return"), this);
    auto *cancel = new QPushButton(tr("Esc Cancel"), this);
    m_ok->setObjectName(QStringLiteral("returnOk"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(all);
    buttons->addStretch(1);
    buttons->addWidget(m_ok);
    buttons->addWidget(cancel);
    for (QPushButton *b : {all, m_ok, cancel}) {
        b->setMinimumHeight(48);
        b->setMinimumWidth(160);
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::NoFocus);
    }
    connect(all, &QPushButton::clicked, this, &ReturnDialog::returnEverything);
    connect(m_ok, &QPushButton::clicked, this, &ReturnDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &ReturnDialog::reject);
    auto *everything = new QAction(this);
    everything->setShortcut(Qt::Key_F3);
    connect(everything, &QAction::triggered, this, &ReturnDialog::returnEverything);
    addAction(everything);
    return buttons;
}

void ReturnDialog::selectFirstReturnable()
{
    for (int row = 0; row < m_sale.lines.size(); ++row) {
        if (m_returnable.value(m_sale.lines.at(row).id) > 0) {
            m_table->setCurrentCell(row, ToReturn);
            break;
        }
    }
}

bool ReturnDialog::parseRow(int row, app::Milli &out) const
{
    const QTableWidgetItem *item = m_table->item(row, ToReturn);
    const QString text = item ? item->text().trimmed() : QString();
    if (text.isEmpty()) {
        out = 0;
        return true;
    }
    return app::parseQuantityInput(text, out) && out >= 0;
}

QList<app::ReturnLineInput> ReturnDialog::lines() const
{
    QList<app::ReturnLineInput> out;
    for (int row = 0; row < m_sale.lines.size(); ++row) {
        app::Milli q = 0;
        if (parseRow(row, q) && q > 0)
            out.append({m_sale.lines.at(row).id, q, m_markingChecks.value(m_sale.lines.at(row).id)});
    }
    return out;
}

void ReturnDialog::setReturnPermit(app::ReturnPermit *permit)
{
    m_permit = permit;
    if (!permit)
        return;
    connect(permit, &app::ReturnPermit::finished, this, [this](const QList<app::ReturnLineInput> &checked) {
        for (const app::ReturnLineInput &l : checked)
            if (l.markingCheck.outcome != app::MarkingLineCheck::None)
                m_markingChecks.insert(l.originalLineId, l.markingCheck);
        m_ok->setEnabled(true);
        setCardStatus({}, false);
        accept(); // on to the card refund, or straight to the return
    });
    connect(permit, &app::ReturnPermit::refused, this, [this](const QString &text) {
        m_ok->setEnabled(true);
        setCardStatus({}, false);
        showError(text);
    });
}

bool ReturnDialog::startMarkingCheck()
{
    if (!m_permit)
        return false;
    QList<app::ReturnLineInput> unchecked;
    for (const app::ReturnLineInput &l : lines())
        for (const app::SaleLine &sold : m_sale.lines)
            if (sold.id == l.originalLineId && !sold.markingCode.isEmpty() &&
                !m_markingChecks.contains(sold.id))
                unchecked.append(l);
    if (unchecked.isEmpty())
        return false;
    if (!m_permit->running()) {
        m_ok->setEnabled(false);
        showError({});
        setCardStatus(tr("Checking the marking codes with Chestny Znak…"), false);
        m_permit->start(m_sale, unchecked);
    }
    return true;
}

QList<app::PaymentInput> ReturnDialog::payments() const
{
    return app::refundPayments(m_sale, m_refund);
}

void ReturnDialog::returnEverything()
{
    const QSignalBlocker block(m_table);
    for (int row = 0; row < m_sale.lines.size(); ++row)
        m_table->item(row, ToReturn)
            ->setText(app::displayQuantity(m_returnable.value(m_sale.lines.at(row).id)));
    recalculate();
}

void ReturnDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ReturnDialog::recalculate()
{
    QString problem;
    QList<app::ReturnLineInput> chosen;
    for (int row = 0; row < m_sale.lines.size(); ++row) {
        const app::SaleLine &l = m_sale.lines.at(row);
        app::Milli q = 0;
        if (!parseRow(row, q)) {
            problem =
                tr("Line %1: “%2” is not a quantity.").arg(row + 1).arg(m_table->item(row, ToReturn)->text());
            m_table->item(row, Refund)->setText(QString());
            continue;
        }
        if (q > m_returnable.value(l.id)) {
            problem = tr("Line %1: only %2 left to return.")
                          .arg(row + 1)
                          .arg(app::displayQuantity(m_returnable.value(l.id)));
            m_table->item(row, Refund)->setText(QString());
            continue;
        }
        const app::Kopecks one = q > 0 ? app::refundTotal(m_sale, m_returnable, {{l.id, q}}) : 0;
        m_table->item(row, Refund)->setText(q > 0 ? app::displayRoubles(one) : QString());
        if (q > 0)
            chosen.append({l.id, q});
    }
    m_refund = problem.isEmpty() ? app::refundTotal(m_sale, m_returnable, chosen) : 0;
    m_valid = problem.isEmpty() && !chosen.isEmpty();
    m_total->setText(tr("Refund: %1").arg(app::displayRoubles(m_refund)));
    QStringList how;
    if (m_valid) {
        for (const app::PaymentInput &p : app::refundPayments(m_sale, m_refund))
            how << tr("%1: %2").arg(app::JournalModel::paymentTypeText(p.type),
                                    app::displayRoubles(p.amount));
    }
    m_how->setText(how.isEmpty() ? QString() : tr("Paid back: %1").arg(how.join(QStringLiteral("; "))));
    showError(problem);
    m_ok->setEnabled(m_valid);
}

void ReturnDialog::accept()
{
    if (!m_cardRunning.isEmpty() || !m_sbpRunning.isEmpty())
        return; // the terminal or the bank is giving the money back: its answer decides
    if (m_cardReturned.isEmpty() && m_sbpReturned.isEmpty())
        recalculate(); // once money went back to a card, the chosen lines stay as they are
    if (!m_valid) {
        if (m_error->isHidden())
            showError(tr("Choose at least one line to return."));
        return;
    }
    if (startMarkingCheck() || startCardRefund() || startSbpRefund())
        return;
    Q_EMIT confirmed();
}

void ReturnDialog::reject()
{
    if (!m_cardRunning.isEmpty() || !m_sbpRunning.isEmpty())
        return;
    if (!m_cardOperations.isEmpty() || !m_sbpReturned.isEmpty()) {
        showError(tr("The money is already back on the card: make the return with Enter so the receipt "
                     "matches it."));
        return;
    }
    QDialog::reject();
}

void ReturnDialog::setCardOperations(app::payments::CardOperations *cards)
{
    m_cards = cards;
    if (!cards)
        return;
    connect(cards, &app::payments::CardOperations::finished, this, &ReturnDialog::onCardFinished);
    connect(cards, &app::payments::CardOperations::needsCashier, this, &ReturnDialog::onCardNeedsCashier);
}

void ReturnDialog::setSbpOperations(app::payments::SbpOperations *sbp)
{
    m_sbp = sbp;
    if (sbp)
        connect(sbp, &app::payments::SbpOperations::finished, this, &ReturnDialog::onSbpFinished);
}

bool ReturnDialog::startSbpRefund()
{
    if (!m_sbp)
        return false;
    for (const app::PaymentInput &part : payments()) {
        if (part.type != app::PaymentType::Sbp || part.reference.isEmpty() ||
            m_sbpReturned.contains(part.reference))
            continue;
        // The refund id is the acquirer's idempotency key: a retry after a lost answer resends it.
        app::Result<QString> started = QString();
        if (!m_sbpUnanswered.isEmpty()) {
            const app::Result<void> resent = m_sbp->resend(m_sbpUnanswered);
            started = resent ? app::Result<QString>(m_sbpUnanswered)
                             : app::Result<QString>(app::Unexpected<app::Error>{resent.error()});
        } else {
            started = m_sbp->refundQr(part.reference, part.amount, {}, app::payments::PurposeReturn);
        }
        if (!started) {
            showError(started.error().message);
            return true;
        }
        m_sbpRunning = *started;
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_all->setEnabled(false);
        m_ok->setEnabled(false);
        showError({});
        setCardStatus(tr("%1 back through SBP: waiting for the bank.").arg(app::displayRoubles(part.amount)),
                      false);
        return true;
    }
    return false;
}

void ReturnDialog::onSbpFinished(const app::payments::Operation &operation)
{
    if (operation.operationId != m_sbpRunning || m_sbpRunning.isEmpty())
        return;
    m_sbpRunning.clear();
    m_ok->setEnabled(true);
    m_sbpUnanswered = operation.open() ? operation.operationId : QString();
    if (operation.state == app::payments::State::Approved) {
        m_sbpReturned << operation.qrId;
        m_sbpDone << operation.operationId;
        setCardStatus(tr("Refunded through SBP: %1.").arg(app::displayRoubles(operation.amount)), false);
        accept();
        return;
    }
    setCardStatus({}, false);
    showError(
        tr("The bank did not give the SBP payment back: %1 Press Enter to try again, or Esc to leave the "
           "return for now.")
            .arg(operation.message));
}

bool ReturnDialog::startCardRefund()
{
    if (!m_cards)
        return false;
    const QList<app::payments::Operation> paid = m_cards->approvedPayments(m_sale.uuid);
    for (const app::PaymentInput &part : payments()) {
        if (part.type != app::PaymentType::Card || m_cardReturned.contains(part.reference))
            continue;
        for (const app::payments::Operation &o : paid) {
            if (o.rrn != part.reference || part.reference.isEmpty())
                continue;
            // An open batch and the whole payment: a cancel; otherwise a refund by RRN.
            const app::Result<QString> started =
                m_cards->giveBack(o.operationId, part.amount, {}, app::payments::PurposeReturn);
            if (!started) {
                showError(started.error().message);
                return true;
            }
            m_cardRunning = *started;
            m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
            m_all->setEnabled(false);
            m_ok->setEnabled(false);
            showError({});
            setCardStatus(tr("%1 back to the card %2: follow the terminal.")
                              .arg(app::displayRoubles(part.amount), o.cardMask),
                          false);
            return true;
        }
    }
    return false;
}

void ReturnDialog::onCardFinished(const app::payments::Operation &operation)
{
    if (operation.operationId != m_cardRunning)
        return;
    m_cardRunning.clear();
    m_ok->setEnabled(true);
    if (operation.state == app::payments::State::Approved) {
        if (m_cards)
            for (const app::payments::Operation &o : m_cards->approvedPayments(m_sale.uuid))
                if (o.operationId == operation.originalOperationId)
                    m_cardReturned << o.rrn;
        m_cardOperations << operation.operationId;
        setCardStatus(operation.kind == app::payments::Kind::Cancel
                          ? tr("The card payment is cancelled: %1 is back on the card.")
                                .arg(app::displayRoubles(operation.amount))
                          : tr("Refunded to the card: %1.").arg(app::displayRoubles(operation.amount)),
                      false);
        accept(); // the next card part, or the return itself
        return;
    }
    if (m_cardOperations.isEmpty()) {
        m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::SelectedClicked | QAbstractItemView::EditKeyPressed);
        m_all->setEnabled(true);
    }
    setCardStatus({}, false);
    showError(tr("The bank did not give the money back to the card: %1 Press Enter to try again, or Esc to "
                 "leave the return for now.")
                  .arg(operation.message));
}

void ReturnDialog::onCardNeedsCashier(const app::payments::Operation &operation, const QString &facts)
{
    if (operation.operationId != m_cardRunning || !m_cards)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Refund to the card: answer lost"),
        facts + QStringLiteral("\n\n") +
            tr("Yes: the terminal's slip says APPROVED, the money is back on the card. No: it was not."));
    if (auto resolved = m_cards->resolveByCashier(operation.operationId, answer == QMessageBox::Yes, {});
        !resolved) {
        m_cardRunning.clear();
        m_ok->setEnabled(true);
        showError(resolved.error().message);
    }
}

void ReturnDialog::attachCardOperations(const QString &returnUuid)
{
    if (m_cards)
        for (const QString &id : std::as_const(m_cardOperations))
            (void)m_cards->attachToDocument(id, returnUuid);
    m_cardOperations.clear();
    if (m_sbp)
        for (const QString &id : std::as_const(m_sbpDone))
            (void)m_sbp->attachToDocument(id, returnUuid);
    m_sbpDone.clear();
}

void ReturnDialog::setCardStatus(const QString &text, bool error)
{
    m_cardStatus->setText(text);
    m_cardStatus->setStyleSheet(error ? QStringLiteral("color: #a80000; font-weight: bold;")
                                      : QStringLiteral("color: #0b3d91; font-weight: bold;"));
    m_cardStatus->setVisible(!text.isEmpty());
}

QString ReturnDialog::cardStatus() const
{
    return m_cardStatus->text();
}

bool ReturnDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_table->currentRow();
        if (key->key() == Qt::Key_Space && row >= 0 && !m_table->indexWidget(m_table->currentIndex())) {
            const app::Milli left = m_returnable.value(m_sale.lines.at(row).id);
            QTableWidgetItem *item = m_table->item(row, ToReturn);
            app::Milli q = 0;
            item->setText(parseRow(row, q) && q == left ? QStringLiteral("0") : app::displayQuantity(left));
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // While editing, the delegate commits the quantity (queued); the next Enter confirms.
            if (!m_table->indexWidget(m_table->currentIndex()))
                accept();
            return true;
        }
        if ((key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && row >= 0) {
            const int next =
                std::clamp(row + (key->key() == Qt::Key_Up ? -1 : 1), 0, m_table->rowCount() - 1);
            m_table->setCurrentCell(next, ToReturn);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace ui
