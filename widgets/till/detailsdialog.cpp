#include "widgets/till/detailsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

#include "widgets/till/tillstyle.h"

namespace ui {

DetailsDialog::DetailsDialog(const QString &comment, const QString &buyerContact, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Comment and e-receipt"));
    setFont(tillFont(14));
    auto *form = new QFormLayout(this);
    m_contact = new QLineEdit(buyerContact, this);
    m_contact->setObjectName(QStringLiteral("buyerContact"));
    m_contact->setPlaceholderText(tr("+7 900 123-45-67 or name@example.ru"));
    form->addRow(tr("Buyer's phone or e-mail:"), m_contact);
    auto *hint = new QLabel(tr("The registrar sends the electronic receipt there through the OFD."), this);
    hint->setWordWrap(true);
    form->addRow(hint);
    m_comment = new QPlainTextEdit(comment, this);
    m_comment->setObjectName(QStringLiteral("saleComment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(120);
    form->addRow(tr("Comment:"), m_comment);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    m_contact->setFocus();
}

QString DetailsDialog::comment() const
{
    return m_comment->toPlainText().trimmed();
}

QString DetailsDialog::buyerContact() const
{
    return m_contact->text().trimmed();
}

} // namespace ui
