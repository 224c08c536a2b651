#pragma once

#include <QDialog>

#include "app/core/money.h"

class QLineEdit;
class QListWidget;
class QTableWidget;

namespace app {
class TillSession;
}

namespace ui {

struct ProductRow;

// Find a product by any word of its name, its article or barcode, or browse the catalog by category.
// Typing filters at once; Enter (or a double tap) takes the highlighted product.
class ProductSearchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductSearchDialog)

public:
    ProductSearchDialog(app::TillSession &session, const QString &text, QWidget *parent = nullptr);

    std::int64_t productId() const { return m_productId; }
    app::Milli quantity() const { return app::MilliPerUnit; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void showCategory(int row);
    void fill(const QList<ProductRow> &rows);

    app::TillSession &m_session;
    QLineEdit *m_query = nullptr;
    QListWidget *m_categories = nullptr;
    QTableWidget *m_results = nullptr;
    std::int64_t m_productId = 0;
};

} // namespace ui
