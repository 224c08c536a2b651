#include "widgets/till/freeitemdialog.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include "app/catalog/catalogservice.h"
#include "app/core/moneytext.h"
#include "app/session/tillsession.h"
#include "widgets/till/tillstyle.h"

namespace ui {

FreeItemDialog::FreeItemDialog(app::TillSession &session, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Item at a free price"));
    setFont(tillFont(14));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("freeName"));
    m_name->setMaxLength(128);
    form->addRow(tr("Name:"), m_name);

    m_subject = new QComboBox(this);
    m_subject->addItem(tr("Goods"), app::Subject::Goods);
    m_subject->addItem(tr("Service"), app::Subject::Service);
    m_subject->addItem(tr("Work"), app::Subject::Work);
    form->addRow(tr("What is sold:"), m_subject);

    m_vat = new QComboBox(this);
    for (const app::VatRate &rate : session.catalog().vatRates(QDate::currentDate()))
        m_vat->addItem(rate.name, rate.code);
    if (const int none = m_vat->findData(6); none >= 0)
        m_vat->setCurrentIndex(none);
    form->addRow(tr("VAT:"), m_vat);

    m_unit = new QComboBox(this);
    for (const app::Unit &unit : session.catalog().units())
        m_unit->addItem(unit.name, unit.code);
    form->addRow(tr("Unit:"), m_unit);

    m_priceEdit = new QLineEdit(this);
    m_priceEdit->setObjectName(QStringLiteral("freePrice"));
    m_priceEdit->setPlaceholderText(QStringLiteral("0,00"));
    form->addRow(tr("Price, ₽:"), m_priceEdit);
    m_quantityEdit = new QLineEdit(QStringLiteral("1"), this);
    m_quantityEdit->setObjectName(QStringLiteral("freeQuantity"));
    form->addRow(tr("Quantity:"), m_quantityEdit);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FreeItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    m_name->setFocus();
}

app::FreeItem FreeItemDialog::item() const
{
    return {m_name->text().simplified(), m_vat->currentData().toInt(), m_unit->currentData().toInt(),
            m_subject->currentData().toInt()};
}

void FreeItemDialog::accept()
{
    auto showError = [this](const QString &text) {
        m_error->setStyleSheet(errorStyle());
        m_error->setText(text);
    };
    if (m_name->text().simplified().isEmpty())
        return showError(tr("Enter the name of the item."));
    if (!app::parseMoneyInput(m_priceEdit->text(), m_price) || m_price <= 0)
        return showError(tr("Enter the price in roubles, e.g. 150 or 150,50."));
    if (!app::parseQuantityInput(m_quantityEdit->text(), m_quantity) || m_quantity <= 0)
        return showError(tr("Enter the quantity, e.g. 1 or 0,5."));
    QDialog::accept();
}

} // namespace ui
