#include "app/till/cartmodel.h"

#include <QColor>

#include "app/core/moneytext.h"
#include "app/core/tr.h"
#include "app/core/unittext.h"

namespace app {

CartModel::CartModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CartModel::setSale(const Sale &sale)
{
    beginResetModel();
    m_sale = sale;
    endResetModel();
}

void CartModel::clear()
{
    setSale({});
}

const SaleLine *CartModel::line(int row) const
{
    return row >= 0 && row < m_sale.lines.size() ? &m_sale.lines.at(row) : nullptr;
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sale.lines.size());
}

int CartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    const SaleLine *l = line(index.row());
    if (!l)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !l->markingCode.isEmpty())
        return Tr::tr("Marking code: %1").arg(l->markingCode);
    // A marked item sold without a check wears a yellow badge (the law allows it; the owner sees it).
    const bool unchecked = l->markingCheck.outcome == MarkingLineCheck::Unchecked;
    if (role == Qt::BackgroundRole && unchecked)
        return QColor(0xFF, 0xF3, 0xB0);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Position:
        return index.row() + 1;
    case Name: {
        QString name = l->markingCode.isEmpty() ? l->name : QStringLiteral("%1 [DM]").arg(l->name);
        const MarkingLineCheck &c = l->markingCheck;
        if (c.units > 0 && c.packUnits > 0) // a part of a pack: the quantity alone says 0,1
            name +=
                QStringLiteral(" · ") + Tr::tr("%1 of %2 pieces of the pack").arg(c.units).arg(c.packUnits);
        return unchecked ? name + QStringLiteral(" · ") + c.note : name;
    }
    case Quantity:
        return displayQuantityWithUnit(l->quantity, l->unitCode);
    case Price:
        return displayMoney(l->price);
    case Discount: {
        const Kopecks discount = l->itemDiscount + l->receiptDiscountShare;
        return discount ? displayMoney(discount) : QString();
    }
    case Amount:
        return displayMoney(l->total);
    default:
        return {};
    }
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position:
        return Tr::tr("No.");
    case Name:
        return Tr::tr("Item");
    case Quantity:
        return Tr::tr("Qty");
    case Price:
        return Tr::tr("Price");
    case Discount:
        return Tr::tr("Discount");
    case Amount:
        return Tr::tr("Amount");
    default:
        return {};
    }
}

} // namespace app
