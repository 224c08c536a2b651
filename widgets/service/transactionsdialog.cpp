#include "widgets/service/transactionsdialog.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/core/moneytext.h"
#include "app/fiscalservice/fiscalservice.h"
#include "app/payments/transactions.h"

namespace ui {

namespace {
enum Column { Time, Method, Kind, Amount, Rrn, AuthCode, Card, Outcome, ColumnCount };
}

TransactionsDialog::TransactionsDialog(app::payments::Transactions &transactions, app::FiscalService *fiscal,
                                       QWidget *parent)
    : QDialog(parent)
    , m_transactions(transactions)
{
    setObjectName(QStringLiteral("transactionsDialog"));
    setWindowTitle(tr("Card and SBP transactions"));
    resize(980, 520);
    m_day = new QDateEdit(QDate::currentDate(), this);
    m_day->setObjectName(QStringLiteral("transactionsDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("transactionsTable"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Method"), tr("Operation"), tr("Amount, ₽"),
                                        tr("RRN"), tr("Auth code"), tr("Card"), tr("Result")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("transactionsStatus"));
    m_status->setWordWrap(true);
    m_reprint = new QPushButton(tr("Reprint the slip"), this);
    m_reprint->setObjectName(QStringLiteral("reprintSlip"));
    m_reprintLast = new QPushButton(tr("Reprint the last slip"), this);
    m_reprintLast->setObjectName(QStringLiteral("reprintLastSlip"));
    auto *close = new QPushButton(tr("Close"), this);
    for (QPushButton *b : {m_reprint, m_reprintLast, close}) {
        b->setMinimumHeight(48); // the till's touch size
        b->setMinimumWidth(150);
        b->setAutoDefault(false);
    }

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Day:"), this));
    top->addWidget(m_day);
    top->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reprint);
    buttons->addWidget(m_reprintLast);
    buttons->addStretch();
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_day, &QDateEdit::dateChanged, this, &TransactionsDialog::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TransactionsDialog::updateButtons);
    connect(m_reprint, &QPushButton::clicked, this, &TransactionsDialog::reprintSelected);
    connect(m_reprintLast, &QPushButton::clicked, this, &TransactionsDialog::reprintLast);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    if (fiscal)
        connect(fiscal, &app::FiscalService::operationFinished, this, &TransactionsDialog::onPrinted);
    reload();
}

QString TransactionsDialog::status() const
{
    return m_status->text();
}

QString TransactionsDialog::selectedOperationId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_shown.size() && !m_table->selectedItems().isEmpty()
               ? m_shown.at(row).operationId
               : QString();
}

QString TransactionsDialog::kindText(app::payments::Kind kind)
{
    switch (kind) {
    case app::payments::Kind::Cancel:
        return tr("Cancel");
    case app::payments::Kind::Refund:
        return tr("Refund");
    case app::payments::Kind::Reconciliation:
        return tr("Reconciliation");
    case app::payments::Kind::Revoke:
        return tr("QR revoked");
    default:
        return tr("Payment");
    }
}

QString TransactionsDialog::resultText(const app::payments::Operation &o)
{
    using app::payments::State;
    QString text;
    switch (o.state) {
    case State::Approved:
        text = tr("Approved");
        break;
    case State::Declined:
        text = tr("Declined");
        break;
    case State::Cancelled:
        text = tr("Cancelled");
        break;
    case State::Attention:
        text = tr("Needs the cashier");
        break;
    default:
        text = tr("In progress");
    }
    // A decline's reason, or what a reconciliation found: the message says it.
    const bool quiet =
        o.message.isEmpty() || (o.state == State::Approved && o.kind != app::payments::Kind::Reconciliation);
    return quiet ? text : text + QStringLiteral(": ") + o.message;
}

void TransactionsDialog::reload()
{
    m_shown = m_transactions.ofDay(m_day->date());
    m_table->clearContents();
    m_table->setRowCount(int(m_shown.size()));
    for (int row = 0; row < m_shown.size(); ++row)
        fillRow(row, m_shown.at(row));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setText(m_shown.isEmpty() ? tr("No card or SBP operations on this day.") : QString());
    updateButtons();
}

void TransactionsDialog::fillRow(int row, const app::payments::Operation &o)
{
    const bool card = o.method == app::payments::Method::Card;
    const QStringList cells{o.createdAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                            card ? tr("Card") : tr("SBP"),
                            kindText(o.kind),
                            o.kind == app::payments::Kind::Reconciliation ? QString()
                                                                          : app::displayMoney(o.amount),
                            o.rrn,
                            o.authCode,
                            o.cardMask,
                            resultText(o)};
    for (int column = 0; column < ColumnCount; ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        if (column == Amount)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(column == Outcome ? o.message : QString());
        m_table->setItem(row, column, item);
    }
}

void TransactionsDialog::updateButtons()
{
    const QString id = selectedOperationId();
    bool hasSlip = false;
    for (const app::payments::Operation &o : std::as_const(m_shown))
        if (o.operationId == id)
            hasSlip = !o.slip.isEmpty();
    m_reprint->setEnabled(hasSlip && m_request < 0);
    m_reprintLast->setEnabled(m_request < 0);
}

void TransactionsDialog::reprintSelected()
{
    started(m_transactions.reprint(selectedOperationId()));
}

void TransactionsDialog::reprintLast()
{
    started(m_transactions.reprintLast());
}

void TransactionsDialog::started(const app::Result<int> &request)
{
    if (!request) {
        m_status->setText(request.error().message);
        return;
    }
    m_request = *request;
    m_status->setText(tr("The slip is being printed on the registrar…"));
    updateButtons();
}

void TransactionsDialog::onPrinted(int requestId, const app::FiscalOperationResult &result)
{
    if (requestId != m_request)
        return;
    m_request = -1;
    m_status->setText(result.ok ? tr("The slip copy is printed.")
                                : tr("The slip was not printed: %1").arg(result.message.text));
    updateButtons();
}

} // namespace ui
