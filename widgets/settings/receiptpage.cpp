#include "widgets/settings/receiptpage.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "app/devicesetup/receiptpreview.h"
#include "app/fiscalservice/fiscalservice.h"
#include "app/fiscalservice/receipttexts.h"
#include "app/session/tillsession.h"

namespace ui {

ReceiptPage::ReceiptPage(app::TillSession &session, QWidget *parent)
    : SettingsPage(tr("Receipt texts"), parent)
    , m_session(session)
{
    auto *columns = new QHBoxLayout;
    auto *formColumn = new QVBoxLayout;
    auto *form = new QFormLayout;
    m_storeName = new QLineEdit(this);
    m_storeName->setObjectName(QStringLiteral("storeName"));
    m_storeName->setMaxLength(app::OrganisationService::StoreNameLimit);
    form->addRow(tr("Store name:"), m_storeName);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("receiptAddress"));
    m_address->setMaxLength(app::OrganisationService::AddressLimit);
    form->addRow(tr("Address:"), m_address);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("receiptPhone"));
    m_phone->setMaxLength(app::OrganisationService::PhoneLimit);
    form->addRow(tr("Phone:"), m_phone);
    m_footer = new QPlainTextEdit(this);
    m_footer->setObjectName(QStringLiteral("receiptFooter"));
    m_footer->setTabChangesFocus(true);
    m_footer->setMaximumHeight(120);
    form->addRow(tr("Footer (advertising line):"), m_footer);
    m_width = new QSpinBox(this);
    m_width->setObjectName(QStringLiteral("tapeWidth"));
    m_width->setRange(32, 48);
    m_width->setValue(app::DefaultTapeWidth);
    m_width->setSuffix(tr(" characters"));
    form->addRow(tr("Tape width:"), m_width);
    formColumn->addLayout(form);
    auto *hint = new QLabel(tr("57 mm paper holds 32 characters a line, 80 mm paper 42 to 48."), this);
    hint->setWordWrap(true);
    formColumn->addWidget(hint);
    m_print = new QCheckBox(tr("Print the receipt"), this);
    m_print->setObjectName(QStringLiteral("printReceipt"));
    formColumn->addWidget(m_print);
    auto *printHint = new QLabel(tr("Off: a buyer who leaves a phone or e-mail gets the receipt there only, "
                                    "nothing is printed. Without one the receipt is printed all the same."),
                                 this);
    printHint->setWordWrap(true);
    formColumn->addWidget(printHint);
    auto *row = new QHBoxLayout;
    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    makeBig(saveButton);
    row->addWidget(saveButton);
    row->addStretch();
    formColumn->addLayout(row);
    formColumn->addStretch();
    columns->addLayout(formColumn, 1);

    auto *previewColumn = new QVBoxLayout;
    previewColumn->addWidget(new QLabel(tr("Sample receipt:"), this));
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("receiptPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSize(11);
    m_preview->setFont(mono);
    m_preview->setStyleSheet(QStringLiteral("QPlainTextEdit { background: #fffef8; color: #111; border: 1px "
                                            "dashed #999; }"));
    previewColumn->addWidget(m_preview, 1);
    columns->addLayout(previewColumn);
    content()->addLayout(columns, 1);

    for (QLineEdit *edit : {m_storeName, m_address, m_phone})
        connect(edit, &QLineEdit::textChanged, this, &ReceiptPage::updatePreview);
    connect(m_footer, &QPlainTextEdit::textChanged, this, &ReceiptPage::updatePreview);
    connect(m_width, &QSpinBox::valueChanged, this, &ReceiptPage::updatePreview);
    connect(saveButton, &QPushButton::clicked, this, &ReceiptPage::save);
    reload();
}

void ReceiptPage::reload()
{
    app::OrganisationService &organisation = m_session.organisation();
    m_entity = organisation.legalEntity().value_or(app::LegalEntity{});
    const auto places = organisation.workplaces();
    const app::Workplace workplace = places.isEmpty() ? app::Workplace{} : places.first();
    m_workplaceNumber = workplace.number;
    m_pos = organisation.pointOfSale(workplace.pointOfSaleId).value_or(app::PointOfSale{});
    m_storeName->setText(m_pos.storeName);
    m_address->setText(m_pos.receiptAddress);
    m_phone->setText(m_pos.phone);
    m_footer->setPlainText(m_pos.footer);
    m_print->setChecked(organisation.printReceipts());
    updatePreview();
}

app::PointOfSale ReceiptPage::formPointOfSale() const
{
    app::PointOfSale pos = m_pos;
    pos.storeName = m_storeName->text().trimmed();
    pos.receiptAddress = m_address->text().trimmed();
    pos.phone = m_phone->text().trimmed();
    pos.footer = m_footer->toPlainText().trimmed();
    return pos;
}

void ReceiptPage::updatePreview()
{
    const int width = m_width->value();
    const QStringList tape = app::sampleReceipt(formPointOfSale(), m_entity, m_workplaceNumber, width);
    m_preview->setPlainText(tape.join(QLatin1Char('\n')));
    const QFontMetrics metrics(m_preview->font());
    m_preview->setFixedWidth(metrics.horizontalAdvance(QString(width + 3, QLatin1Char('M'))));
}

QString ReceiptPage::previewText() const
{
    return m_preview->toPlainText();
}

bool ReceiptPage::save()
{
    const app::PointOfSale pos = formPointOfSale();
    if (const QString why = app::OrganisationService::validate(pos); !why.isEmpty()) {
        showError(why);
        return false;
    }
    app::OrganisationService &organisation = m_session.organisation();
    auto id = organisation.savePointOfSale(m_session.actor(), pos);
    if (!id) {
        showError(id.error().message);
        return false;
    }
    if (auto printed = organisation.setPrintReceipts(m_session.actor(), m_print->isChecked()); !printed) {
        showError(printed.error().message);
        return false;
    }
    m_pos = pos;
    m_pos.id = *id;
    // The registrar prints them from its own table: the fiscal thread writes the rows that changed.
    if (app::FiscalService *fiscal = m_session.fiscal())
        fiscal->receiptTextsChanged();
    const app::RegistrarTexts rows = app::registrarTexts(pos);
    if (rows.headerNeeded > rows.header.size()) {
        showError(tr("Saved, but the registrar prints %1 header lines and these take %2: shorten the name, "
                     "address or phone.")
                      .arg(rows.header.size())
                      .arg(rows.headerNeeded));
        return true;
    }
    if (rows.trailerNeeded > rows.trailer.size()) {
        showError(
            tr("Saved, but the registrar prints %1 footer lines and this one takes %2: shorten the footer.")
                .arg(rows.trailer.size())
                .arg(rows.trailerNeeded));
        return true;
    }
    showOk(tr("The receipt texts are saved and go to the registrar."));
    return true;
}

} // namespace ui
