#include "widgets/till/weightdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/core/moneytext.h"
#include "app/devicesetup/scalereader.h"
#include "widgets/till/tillstyle.h"

namespace ui {

WeightDialog::WeightDialog(const QString &productName, app::ScaleReader *scale, QWidget *parent)
    : QDialog(parent)
    , m_scale(scale)
{
    setObjectName(QStringLiteral("weightDialog"));
    setWindowTitle(tr("Weight"));
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(tr("Weight of \"%1\", kg:").arg(productName), this);
    question->setObjectName(QStringLiteral("weightQuestion"));
    question->setWordWrap(true);
    layout->addWidget(question);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("weightEdit"));
    m_edit->setFont(tillFont(16));
    m_edit->setMinimumWidth(480);
    layout->addWidget(m_edit);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("weightStatus"));
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (m_scale) {
        m_weigh = buttons->addButton(tr("Weigh again (F5)"), QDialogButtonBox::ActionRole);
        m_weigh->setObjectName(QStringLiteral("weighAgain"));
        m_weigh->setShortcut(Qt::Key_F5);
        m_weigh->setAutoDefault(false);
        connect(m_weigh, &QPushButton::clicked, this, &WeightDialog::weigh);
        connect(m_scale, &app::ScaleReader::weighed, this, &WeightDialog::take);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_edit->setFocus();
    if (m_scale)
        weigh();
}

WeightDialog::~WeightDialog()
{
    if (m_scale)
        m_scale->cancel();
}

QString WeightDialog::text() const
{
    return m_edit->text().trimmed();
}

QString WeightDialog::status() const
{
    return m_status->text();
}

void WeightDialog::fitStatus()
{
    // A longer message wraps to more lines: the dialog grows so none of it is cut off.
    layout()->activate();
    const int needed =
        layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    resize(width(), qMax(height(), needed));
}

void WeightDialog::weigh()
{
    if (!m_scale)
        return;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Weighing on the scale… You may also type the weight."));
    m_status->setVisible(true);
    m_weigh->setEnabled(false);
    fitStatus();
    m_scale->weigh();
}

void WeightDialog::take(const app::ScaleWeighing &weighing)
{
    m_weigh->setEnabled(true);
    if (!weighing.ok()) {
        m_status->setStyleSheet(errorStyle());
        m_status->setText(weighing.message);
        fitStatus();
        m_edit->setFocus();
        return;
    }
    // The cashier started typing meanwhile: the hand-typed weight wins, the scale's is shown.
    const QString weight = app::displayQuantity(weighing.weight, app::QuantityDecimals::Three);
    if (!m_edit->text().trimmed().isEmpty()) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("The scale shows %1 kg.").arg(weight));
        fitStatus();
        return;
    }
    m_edit->setText(weight);
    m_byScale = true;
    accept();
}

} // namespace ui
