#include "widgets/reports/tableview.h"

#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace ui::reports {

namespace {

// Sorts by the cell's integer value, not by its text ("1 234,50" < "999,00" as text).
class NumberItem final : public QTableWidgetItem
{
public:
    NumberItem(const QString &text, qint64 value)
        : QTableWidgetItem(text)
        , m_value(value)
    {}
    bool operator<(const QTableWidgetItem &other) const override
    {
        if (const auto *n = dynamic_cast<const NumberItem *>(&other))
            return m_value < n->m_value;
        return QTableWidgetItem::operator<(other);
    }

private:
    qint64 m_value;
};

} // namespace

ReportTableView::ReportTableView(QWidget *parent)
    : QTableWidget(parent)
{
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAlternatingRowColors(true);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(26);
    horizontalHeader()->setStretchLastSection(false);
}

void ReportTableView::setReport(const app::reports::ReportTable &table)
{
    using Kind = app::reports::Cell::Kind;
    m_table = table;
    setSortingEnabled(false);
    clear();
    setColumnCount(int(table.headers.size()));
    setHorizontalHeaderLabels(table.headers);
    setRowCount(int(table.rows.size()));
    for (int r = 0; r < table.rows.size(); ++r) {
        for (int c = 0; c < table.rows[r].size(); ++c) {
            const auto &cell = table.rows[r][c];
            QTableWidgetItem *item = cell.kind == Kind::Text ? new QTableWidgetItem(cell.text)
                                                             : new NumberItem(cell.text, cell.value);
            item->setTextAlignment(cell.kind == Kind::Text ? Qt::AlignLeft | Qt::AlignVCenter
                                                           : Qt::AlignRight | Qt::AlignVCenter);
            setItem(r, c, item);
        }
    }
    // The report's own order first (top lists, shifts in time); a click on a header sorts.
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    resizeColumnsToContents();
    // A name column (cashier, category, product) takes the spare width; number-first tables
    // (shifts) keep their columns tight.
    for (int c = 0; c < columnCount(); ++c)
        horizontalHeader()->setSectionResizeMode(c, QHeaderView::Interactive);
    if (m_stretch >= 0 && m_stretch < columnCount())
        horizontalHeader()->setSectionResizeMode(m_stretch, QHeaderView::Stretch);
    else if (m_stretch < 0 && !table.rows.isEmpty() && table.rows.first().first().kind == Kind::Text)
        horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

TitledTable::TitledTable(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_view(new ReportTableView(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
}

void TitledTable::setReport(const app::reports::ReportTable &table)
{
    m_title->setText(table.title);
    m_view->setReport(table);
}

} // namespace ui::reports
