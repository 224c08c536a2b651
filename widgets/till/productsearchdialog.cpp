#include "widgets/till/productsearchdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/catalog/catalogservice.h"
#include "app/core/moneytext.h"
#include "app/session/tillsession.h"
#include "widgets/till/tillstyle.h"

namespace ui {

struct ProductRow
{
    std::int64_t id = 0;
    QString name;
    QString article;
    app::Kopecks price = 0;
};

ProductSearchDialog::ProductSearchDialog(app::TillSession &session, const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Find a product"));
    setFont(tillFont(14));
    resize(980, 600);
    auto *root = new QVBoxLayout(this);
    m_query = new QLineEdit(text, this);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Any word of the name, the article or the barcode"));
    m_query->installEventFilter(this);
    root->addWidget(m_query);

    auto *middle = new QHBoxLayout;
    m_categories = new QListWidget(this);
    m_categories->setObjectName(QStringLiteral("searchCategories"));
    m_categories->setMaximumWidth(260);
    for (const app::Category &c : session.catalog().categories()) {
        auto *item = new QListWidgetItem(c.name, m_categories);
        item->setData(Qt::UserRole, qint64(c.id));
    }
    connect(m_categories, &QListWidget::currentRowChanged, this, &ProductSearchDialog::showCategory);
    middle->addWidget(m_categories);

    m_results = new QTableWidget(0, 3, this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setHorizontalHeaderLabels({tr("Product"), tr("Article"), tr("Price")});
    m_results->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setDefaultSectionSize(36);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_results, &QTableWidget::cellDoubleClicked, this, &ProductSearchDialog::accept);
    middle->addWidget(m_results, 1);
    root->addLayout(middle, 1);

    auto *hint = new QLabel(tr("↑↓ choose · Enter add · Esc back"), this);
    root->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProductSearchDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    root->addWidget(buttons);

    connect(m_query, &QLineEdit::textChanged, this, &ProductSearchDialog::search);
    m_query->setFocus();
    if (!text.isEmpty())
        search(text);
    else if (m_categories->count())
        m_categories->setCurrentRow(0);
}

void ProductSearchDialog::fill(const QList<ProductRow> &rows)
{
    m_results->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        auto *name = new QTableWidgetItem(rows[r].name);
        name->setData(Qt::UserRole, qint64(rows[r].id));
        m_results->setItem(r, 0, name);
        m_results->setItem(r, 1, new QTableWidgetItem(rows[r].article));
        auto *price = new QTableWidgetItem(app::displayMoney(rows[r].price));
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_results->setItem(r, 2, price);
    }
    if (!rows.isEmpty())
        m_results->selectRow(0);
}

void ProductSearchDialog::search(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    // The results are the search's now, not the highlighted category's.
    const QSignalBlocker quiet(m_categories);
    m_categories->setCurrentRow(-1);
    QList<ProductRow> rows;
    for (const app::ProductHit &hit : m_session.catalog().search(text.trimmed()))
        rows.append({hit.id, hit.name, hit.article, hit.price});
    fill(rows);
}

void ProductSearchDialog::showCategory(int row)
{
    if (row < 0)
        return;
    const std::int64_t id = m_categories->item(row)->data(Qt::UserRole).toLongLong();
    QList<ProductRow> rows;
    for (const app::ProductHit &hit : m_session.catalog().productsInCategory(id))
        rows.append({hit.id, hit.name, hit.article, hit.price});
    fill(rows);
}

bool ProductSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The query line keeps the focus; the arrows move through the results.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            const int rows = m_results->rowCount();
            if (rows) {
                int row = m_results->currentRow();
                row += key == Qt::Key_Down ? 1 : key == Qt::Key_Up ? -1 : key == Qt::Key_PageDown ? 10 : -10;
                m_results->selectRow(qBound(0, row, rows - 1));
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ProductSearchDialog::accept()
{
    const int row = m_results->currentRow();
    if (row < 0 || !m_results->item(row, 0))
        return;
    m_productId = m_results->item(row, 0)->data(Qt::UserRole).toLongLong();
    QDialog::accept();
}

} // namespace ui
