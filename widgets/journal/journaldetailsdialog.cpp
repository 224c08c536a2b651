#include "widgets/journal/journaldetailsdialog.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/core/moneytext.h"

namespace ui {

namespace {

QTableWidgetItem *cell(const QString &text, bool right = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString dash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace

JournalDetailsDialog::JournalDetailsDialog(const app::JournalModel &journal, const app::Sale &sale,
                                           const app::JournalEntry &entry, bool hasCardSlips, QWidget *parent)
    : QDialog(parent)
{
    using app::JournalModel;
    setObjectName(QStringLiteral("journalDetails"));
    const QString kind = JournalModel::kindText(sale.kind, sale.calcSign);
    setWindowTitle(tr("%1 No. %2").arg(kind).arg(sale.number));
    resize(1000, 640);

    QLabel *title = buildTitle(kind, sale);
    QFormLayout *form = buildFacts(journal, sale, entry);
    QTableWidget *lines = buildLines(sale);
    QLabel *payments = buildPayments(sale);
    QHBoxLayout *buttons = buildButtons(sale, hasCardSlips);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(lines, 1);
    layout->addWidget(payments);
    layout->addLayout(buttons);
    lines->setFocus();
}

QLabel *JournalDetailsDialog::buildTitle(const QString &kind, const app::Sale &sale)
{
    auto *title = new QLabel(
        tr("%1 No. %2 · %3").arg(kind).arg(sale.number).arg(app::displayRoubles(sale.total)), this);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    title->setStyleSheet(QStringLiteral("color: #0b3d91;"));
    return title;
}

// Closed, cashier, shift, status, the fiscal data, buyer contact, comment and a correction's basis.
QFormLayout *JournalDetailsDialog::buildFacts(const app::JournalModel &journal, const app::Sale &sale,
                                              const app::JournalEntry &entry)
{
    using app::JournalModel;
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    const QLocale locale;
    form->addRow(tr("Closed:"), new QLabel(locale.toString(sale.completedAt.toLocalTime(),
                                                           QStringLiteral("dd.MM.yyyy HH:mm:ss")),
                                           this));
    form->addRow(tr("Cashier:"), new QLabel(dash(journal.cashierName(sale.cashierId)), this));
    const int shift = journal.shiftNumber(sale.shiftId);
    form->addRow(tr("Shift:"), new QLabel(shift > 0 ? QString::number(shift) : dash({}), this));
    form->addRow(tr("Status:"), statusLabel(entry));
    addFiscalRows(form, sale);
    form->addRow(tr("Buyer contact:"), new QLabel(dash(sale.buyerContact), this));
    auto *comment = new QLabel(dash(sale.comment), this);
    comment->setWordWrap(true);
    form->addRow(tr("Comment:"), comment);
    if (sale.kind == app::SaleKind::Correction)
        addCorrectionRows(form, sale);
    return form;
}

// The status, red when the document needs attention or failed, with the job's error.
QLabel *JournalDetailsDialog::statusLabel(const app::JournalEntry &entry)
{
    auto *status = new QLabel(app::JournalModel::statusText(entry.status), this);
    if (entry.status == app::JournalStatus::Attention || entry.status == app::JournalStatus::Failed)
        status->setStyleSheet(
            QStringLiteral("QLabel { background: #a80000; color: white; padding: 2px 6px; }"));
    if (!entry.jobError.isEmpty())
        status->setText(status->text() + QStringLiteral(": ") + entry.jobError);
    status->setWordWrap(true);
    return status;
}

void JournalDetailsDialog::addFiscalRows(QFormLayout *form, const app::Sale &sale)
{
    if (sale.fiscal) {
        form->addRow(tr("FN:"), new QLabel(dash(sale.fiscal->fn), this));
        form->addRow(tr("FD number:"), new QLabel(QString::number(sale.fiscal->fd), this));
        form->addRow(tr("Fiscal sign:"), new QLabel(QString::number(sale.fiscal->fiscalSign), this));
        if (sale.fiscal->shiftNumber > 0)
            form->addRow(
                tr("Registrar shift / receipt:"),
                new QLabel(tr("%1 / %2").arg(sale.fiscal->shiftNumber).arg(sale.fiscal->receiptNumber),
                           this));
    } else {
        form->addRow(tr("FD number:"), new QLabel(tr("not fiscalised yet"), this));
    }
}

void JournalDetailsDialog::addCorrectionRows(QFormLayout *form, const app::Sale &sale)
{
    const QLocale locale;
    form->addRow(tr("Correction:"), new QLabel(sale.correctionType.value_or(0) == 1
                                                   ? tr("by order No. %1").arg(sale.correctionOrder)
                                                   : tr("self-initiated"),
                                               this));
    form->addRow(tr("Basis date:"),
                 new QLabel(locale.toString(sale.correctionDate, QStringLiteral("dd.MM.yyyy")), this));
}

QTableWidget *JournalDetailsDialog::buildLines(const app::Sale &sale)
{
    auto *lines = new QTableWidget(int(sale.lines.size()), 7, this);
    lines->setObjectName(QStringLiteral("detailsLines"));
    lines->setHorizontalHeaderLabels(
        {tr("No."), tr("Item"), tr("Quantity"), tr("Price"), tr("Discount"), tr("Amount"), tr("VAT")});
    lines->verticalHeader()->hide();
    lines->verticalHeader()->setDefaultSectionSize(36);
    lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < sale.lines.size(); ++row) {
        const app::SaleLine &l = sale.lines.at(row);
        lines->setItem(row, 0, cell(QString::number(l.position), true));
        lines->setItem(row, 1, cell(l.name));
        lines->setItem(row, 2, cell(app::displayQuantity(l.quantity), true));
        lines->setItem(row, 3, cell(app::displayRoubles(l.price), true));
        lines->setItem(row, 4, cell(app::displayRoubles(l.itemDiscount + l.receiptDiscountShare), true));
        lines->setItem(row, 5, cell(app::displayRoubles(l.total), true));
        lines->setItem(row, 6, cell(app::displayRoubles(l.vat), true));
    }
    lines->resizeColumnsToContents();
    lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    return lines;
}

QLabel *JournalDetailsDialog::buildPayments(const app::Sale &sale)
{
    QStringList paid;
    for (const app::Payment &p : sale.payments) {
        QString line =
            tr("%1: %2").arg(app::JournalModel::paymentTypeText(p.type), app::displayRoubles(p.amount));
        if (p.type == app::PaymentType::Cash && p.change > 0)
            line +=
                QLatin1Char(' ') + tr("(handed over %1, change %2)")
                                       .arg(app::displayRoubles(p.tendered), app::displayRoubles(p.change));
        paid << line;
    }
    auto *payments =
        new QLabel(tr("Payments: %1").arg(paid.isEmpty() ? dash({}) : paid.join(QStringLiteral("; "))), this);
    payments->setWordWrap(true);
    QFont medium = font();
    medium.setPointSizeF(medium.pointSizeF() * 1.2);
    payments->setFont(medium);
    return payments;
}

// F5 Return (sales only), F6 Copy, F9 Card slip (when stored) and Esc Close, as buttons and keys.
QHBoxLayout *JournalDetailsDialog::buildButtons(const app::Sale &sale, bool hasCardSlips)
{
    auto *refund = new QPushButton(tr("F5 Return"), this);
    auto *copy = new QPushButton(tr("F6 Copy"), this);
    auto *slip = new QPushButton(tr("F9 Card slip"), this);
    slip->setObjectName(QStringLiteral("journalReprintSlip"));
    slip->setVisible(hasCardSlips);
    auto *close = new QPushButton(tr("Esc Close"), this);
    refund->setEnabled(sale.kind == app::SaleKind::Sale);
    for (QPushButton *b : {refund, copy, slip, close}) {
        b->setMinimumHeight(48);
        b->setMinimumWidth(150);
        b->setAutoDefault(false);
    }
    connect(refund, &QPushButton::clicked, this, [this] { done(ReturnRequested); });
    connect(copy, &QPushButton::clicked, this, [this] { done(CopyRequested); });
    connect(slip, &QPushButton::clicked, this, [this] { done(SlipRequested); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    auto key = [this](QPushButton *button, Qt::Key k, bool enabled) {
        auto *action = new QAction(this);
        action->setShortcut(k);
        action->setEnabled(enabled);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        addAction(action);
    };
    key(refund, Qt::Key_F5, refund->isEnabled());
    key(copy, Qt::Key_F6, true);
    key(slip, Qt::Key_F9, hasCardSlips);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(refund);
    buttons->addWidget(copy);
    buttons->addWidget(slip);
    buttons->addStretch(1);
    buttons->addWidget(close);
    return buttons;
}

} // namespace ui
