#include "widgets/till/opensalesdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/core/moneytext.h"
#include "app/sales/salesservice.h"
#include "app/session/tillsession.h"
#include "widgets/till/tillstyle.h"

namespace ui {

OpenSalesDialog::OpenSalesDialog(app::TillSession &session, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open sales"));
    setFont(tillFont(14));
    resize(820, 480);
    auto *root = new QVBoxLayout(this);
    QList<app::Sale> sales = session.sales().parkedSales();
    std::sort(sales.begin(), sales.end(),
              [](const app::Sale &a, const app::Sale &b) { return a.createdAt > b.createdAt; });
    m_table = new QTableWidget(int(sales.size()), 4, this);
    m_table->setObjectName(QStringLiteral("openSales"));
    m_table->setHorizontalHeaderLabels({tr("Started"), tr("Lines"), tr("First item"), tr("Amount")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(36);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < sales.size(); ++r) {
        const app::Sale &s = sales[r];
        auto *when = new QTableWidgetItem(s.createdAt.toLocalTime().toString(QStringLiteral("dd.MM HH:mm")));
        when->setData(Qt::UserRole, qint64(s.id));
        m_table->setItem(r, 0, when);
        m_table->setItem(r, 1, new QTableWidgetItem(QString::number(s.lines.size())));
        m_table->setItem(r, 2, new QTableWidgetItem(s.lines.isEmpty() ? QString() : s.lines.first().name));
        auto *amount = new QTableWidgetItem(app::displayMoney(s.total));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 3, amount);
    }
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &OpenSalesDialog::accept);
    root->addWidget(m_table, 1);
    if (sales.isEmpty())
        root->addWidget(new QLabel(tr("No sales are put aside."), this));
    else
        m_table->selectRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenSalesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    root->addWidget(buttons);
    m_table->setFocus();
}

int OpenSalesDialog::count() const
{
    return m_table->rowCount();
}

void OpenSalesDialog::accept()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_saleId = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    QDialog::accept();
}

} // namespace ui
