#pragma once

// The cart of one sale as a table for the sale screen: position, name, quantity, price, discount,
// amount. It holds a copy of the stored sale and is refreshed after every change; the rules stay
// in SalesService.

#include <QAbstractTableModel>

#include "app/sales/sale.h"

namespace app {

class CartModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CartModel)

public:
    enum Column { Position, Name, Quantity, Price, Discount, Amount, ColumnCount };

    explicit CartModel(QObject *parent = nullptr);

    void setSale(const Sale &sale);
    void clear();
    const Sale &sale() const { return m_sale; }
    // The line shown in `row`, or null.
    const SaleLine *line(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Sale m_sale;
};

} // namespace app
