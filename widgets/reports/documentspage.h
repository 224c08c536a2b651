#pragma once

// The cash documents tab: every sale, return, correction, cash in, cash out, X and Z report of the
// period in time order, filtered by type, cashier, payment, amount and document or FD number. Enter (or a
// double click) on a receipt asks for it to open in the journal's detail view.

#include <QWidget>

#include "app/journal/journalmodel.h"
#include "app/reports/reportdata.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace ui::reports {

class ReportTableView;

class DocumentsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentsPage)

public:
    // `cashiers`: the names the cashier filter offers.
    explicit DocumentsPage(const QList<app::Cashier> &cashiers, QWidget *parent = nullptr);

    app::reports::DocumentFilter filter(const app::reports::Period &period) const;
    void showRows(const QList<app::reports::DocumentRow> &rows, const QString &error);
    ReportTableView *view() const { return m_view; }
    QComboBox *typeBox() const { return m_type; }
    QLineEdit *numberEdit() const { return m_number; }
    QLineEdit *minAmountEdit() const { return m_min; }
    QLineEdit *maxAmountEdit() const { return m_max; }
    // The receipt on the current row, 0 for other documents or none.
    std::int64_t currentSaleId() const;

Q_SIGNALS:
    void filterChanged();
    void openSale(std::int64_t saleId);

private:
    QComboBox *m_type = nullptr;
    QComboBox *m_cashier = nullptr;
    QComboBox *m_payment = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_min = nullptr;
    QLineEdit *m_max = nullptr;
    QLabel *m_count = nullptr;
    ReportTableView *m_view = nullptr;
};

} // namespace ui::reports
