#include "widgets/reports/documentspage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "app/core/moneytext.h"
#include "app/reports/reporttables.h"
#include "widgets/reports/tableview.h"

namespace ui::reports {

namespace {

constexpr int SaleIdRole = Qt::UserRole + 1;

} // namespace

DocumentsPage::DocumentsPage(const QList<app::Cashier> &cashiers, QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_cashier(new QComboBox(this))
    , m_payment(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_min(new QLineEdit(this))
    , m_max(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new ReportTableView(this))
{
    using app::reports::DocType;
    m_type->setObjectName(QStringLiteral("documentsType"));
    m_type->addItem(tr("All documents"), -1);
    for (int t = 0; t < app::reports::DocTypeCount; ++t)
        m_type->addItem(app::reports::docTypeName(DocType(t)), t);
    m_cashier->setObjectName(QStringLiteral("documentsCashier"));
    m_cashier->addItem(tr("All cashiers"), qint64(0));
    for (const app::Cashier &c : cashiers)
        m_cashier->addItem(c.name, qint64(c.id));
    m_payment->setObjectName(QStringLiteral("documentsPayment"));
    m_payment->addItem(tr("Any payment"), -1);
    for (int p = 0; p <= 3; ++p)
        m_payment->addItem(app::reports::paymentName(p), p);
    m_number->setObjectName(QStringLiteral("documentsNumber"));
    m_number->setPlaceholderText(tr("receipt or FD number"));
    m_number->setClearButtonEnabled(true);
    m_number->setMinimumWidth(200);
    m_min->setObjectName(QStringLiteral("documentsMinAmount"));
    m_max->setObjectName(QStringLiteral("documentsMaxAmount"));
    m_min->setPlaceholderText(tr("from, ₽"));
    m_max->setPlaceholderText(tr("to, ₽"));
    for (QLineEdit *e : {m_min, m_max}) {
        e->setMaximumWidth(120);
        e->setClearButtonEnabled(true);
        connect(e, &QLineEdit::editingFinished, this, &DocumentsPage::filterChanged);
    }
    for (QComboBox *c : {m_type, m_cashier, m_payment})
        connect(c, &QComboBox::currentIndexChanged, this, &DocumentsPage::filterChanged);
    connect(m_number, &QLineEdit::editingFinished, this, &DocumentsPage::filterChanged);
    m_view->setObjectName(QStringLiteral("documentsTable"));
    m_view->setStretchColumn(4); // the cashier's name
    connect(m_view, &QTableWidget::activated, this, [this] {
        if (const std::int64_t id = currentSaleId())
            Q_EMIT openSale(id);
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_type);
    filters->addWidget(m_cashier);
    filters->addWidget(m_payment);
    filters->addWidget(m_min);
    filters->addWidget(new QLabel(QStringLiteral("—"), this));
    filters->addWidget(m_max);
    filters->addWidget(m_number);
    filters->addStretch(1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
}

app::reports::DocumentFilter DocumentsPage::filter(const app::reports::Period &period) const
{
    app::reports::DocumentFilter f;
    f.period = period;
    if (const int type = m_type->currentData().toInt(); type >= 0)
        f.typeMask = 1 << type;
    f.cashierId = m_cashier->currentData().toLongLong();
    f.payment = m_payment->currentData().toInt();
    bool ok = false;
    const qint64 number = m_number->text().trimmed().toLongLong(&ok);
    f.number = ok && number > 0 ? number : 0;
    // An amount that does not parse filters nothing; showRows() says so.
    app::Kopecks k = 0;
    if (app::parseMoneyInput(m_min->text(), k))
        f.minAmount = k;
    if (app::parseMoneyInput(m_max->text(), k))
        f.maxAmount = k;
    return f;
}

void DocumentsPage::showRows(const QList<app::reports::DocumentRow> &rows, const QString &error)
{
    m_view->setReport(app::reports::documentsTable(rows));
    // The receipt behind each row, kept on the row itself so sorting by a column keeps it.
    for (int r = 0; r < rows.size(); ++r)
        m_view->item(r, 0)->setData(SaleIdRole, qint64(rows[r].saleId));
    QString problem = error;
    app::Kopecks k = 0;
    for (QLineEdit *e : {m_min, m_max})
        if (problem.isEmpty() && !e->text().trimmed().isEmpty() && !app::parseMoneyInput(e->text(), k))
            problem = tr("\"%1\" is not an amount in roubles.").arg(e->text().trimmed());
    m_count->setText(problem.isEmpty() ? tr("Documents: %1").arg(rows.size()) : problem);
}

std::int64_t DocumentsPage::currentSaleId() const
{
    const QTableWidgetItem *item = m_view->item(m_view->currentRow(), 0);
    return item ? item->data(SaleIdRole).toLongLong() : 0;
}

} // namespace ui::reports
