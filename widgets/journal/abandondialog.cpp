#include "widgets/journal/abandondialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/core/moneytext.h"
#include "app/journal/journalmodel.h"

namespace ui {

AbandonDialog::AbandonDialog(const app::JournalEntry &entry, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_confirm(new QPushButton(tr("Give up the receipt"), this))
{
    setObjectName(QStringLiteral("abandonDialog"));
    setWindowTitle(tr("Give up the receipt"));
    // Word-wrapped labels do not size a dialog by themselves: room for the longest Russian text.
    setMinimumSize(720, 420);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    setFont(big);

    const QString what =
        tr("%1 No. %2 of %3 · %4")
            .arg(app::JournalModel::kindText(entry.kind, entry.calcSign))
            .arg(entry.number)
            .arg(QLocale().toString(entry.completedAt.toLocalTime(), QStringLiteral("dd.MM.yyyy HH:mm")),
                 app::displayRoubles(entry.total));
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(what.toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("abandonWhat"));
    title->setWordWrap(true);
    auto *refused = new QLabel(tr("The registrar refused it: %1")
                                   .arg(entry.jobError.isEmpty() ? QStringLiteral("—") : entry.jobError),
                               this);
    refused->setWordWrap(true);
    auto *consequences = new QLabel(
        tr("If you give it up, the till stops sending it and the buyer gets no fiscal receipt for it. "
           "Money paid by card or SBP is returned through the terminal; cash must be given back by hand, "
           "or the sale made again as a new receipt. This cannot be undone."),
        this);
    consequences->setObjectName(QStringLiteral("abandonConsequences"));
    consequences->setWordWrap(true);

    m_reason->setObjectName(QStringLiteral("abandonReason"));
    m_reason->setPlaceholderText(tr("Reason (required), e.g. the buyer left"));
    m_reason->setMaxLength(200);
    m_error->setObjectName(QStringLiteral("abandonError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(
        QStringLiteral("QLabel { background: #a80000; color: white; padding: 6px; font-weight: bold; }"));
    m_error->hide();

    m_confirm->setObjectName(QStringLiteral("abandonConfirm"));
    m_confirm->setEnabled(false);
    m_confirm->setDefault(true);
    auto *cancel = new QPushButton(tr("Esc Cancel"), this);
    cancel->setAutoDefault(false);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_confirm->setEnabled(!text.simplified().isEmpty()); });
    connect(m_confirm, &QPushButton::clicked, this, &QDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_confirm);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(refused);
    layout->addWidget(consequences);
    layout->addWidget(new QLabel(tr("Why is it given up?"), this));
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(buttons);
    m_reason->setFocus();
}

QString AbandonDialog::reason() const
{
    return m_reason->text().simplified();
}

void AbandonDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace ui
