#include "widgets/till/packpiecesdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include "app/till/saledesk.h"
#include "widgets/till/tillstyle.h"

namespace ui {

PackPiecesDialog::PackPiecesDialog(app::SaleDesk &desk, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("packPiecesDialog"));
    setWindowTitle(tr("Sell by the piece"));
    auto *layout = new QVBoxLayout(this);
    m_hint = new QLabel(tr("Type how many pieces to sell, then scan the marking code of the pack."), this);
    m_hint->setObjectName(QStringLiteral("packPiecesHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    auto *form = new QFormLayout;
    m_pieces = new QSpinBox(this);
    m_pieces->setObjectName(QStringLiteral("packPieces"));
    m_pieces->setRange(1, 999);
    m_pieces->setValue(1);
    m_pieces->setFont(tillFont(16));
    m_pieces->setMinimumWidth(120);
    form->addRow(tr("Pieces:"), m_pieces);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("packCode"));
    m_code->setFont(tillFont(14));
    m_code->setMinimumWidth(480);
    m_code->setPlaceholderText(tr("Scan the pack"));
    form->addRow(tr("Marking code of the pack:"), m_code);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_pieces->setFocus();
    m_pieces->selectAll(); // the first digit typed replaces the 1
}

int PackPiecesDialog::pieces() const
{
    return m_pieces->value();
}

QString PackPiecesDialog::code() const
{
    return m_code->text().trimmed();
}

void PackPiecesDialog::takeScan(const QString &code)
{
    m_code->setText(code);
    accept();
}

void PackPiecesDialog::accept()
{
    if (code().isEmpty()) {
        m_code->setFocus();
        return;
    }
    m_pieces->interpretText(); // digits typed and not yet committed count
    QDialog::accept();
    m_desk.scanPart(code(), pieces());
}

} // namespace ui
