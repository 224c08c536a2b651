#pragma once

#include <QDialog>

#include "app/sales/salesservice.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace app {
class TillSession;
}

namespace ui {

// An item outside the catalog: name, what it is (tag 1212), VAT rate, unit, price and quantity.
class FreeItemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreeItemDialog)

public:
    explicit FreeItemDialog(app::TillSession &session, QWidget *parent = nullptr);

    app::FreeItem item() const;
    app::Kopecks price() const { return m_price; }
    app::Milli quantity() const { return m_quantity; }

    void accept() override;

private:
    QLineEdit *m_name = nullptr;
    QComboBox *m_subject = nullptr;
    QComboBox *m_vat = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_priceEdit = nullptr;
    QLineEdit *m_quantityEdit = nullptr;
    QLabel *m_error = nullptr;
    app::Kopecks m_price = 0;
    app::Milli m_quantity = app::MilliPerUnit;
};

} // namespace ui
