#include "widgets/journal/correctionwizard.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/core/moneytext.h"
#include "app/journal/journalmodel.h"
#include "app/sales/pricing.h"

namespace ui {

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(
        QStringLiteral("QLabel { background: #a80000; color: white; padding: 6px; font-weight: bold; }"));
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QTableWidgetItem *cell(const QString &text, bool right = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString calcSignText(int sign)
{
    switch (sign) {
    case app::CalcSign::IncomeReturn:
        return CorrectionWizard::tr("Income return");
    case app::CalcSign::Expense:
        return CorrectionWizard::tr("Expense");
    case app::CalcSign::ExpenseReturn:
        return CorrectionWizard::tr("Expense return");
    default:
        return CorrectionWizard::tr("Income");
    }
}

// The lines' and the payments' totals: larger and bold.
QFont totalFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    return font;
}

QString subjectText(int subject)
{
    switch (subject) {
    case app::Subject::Work:
        return CorrectionWizard::tr("Work");
    case app::Subject::Service:
        return CorrectionWizard::tr("Service");
    default:
        return CorrectionWizard::tr("Goods");
    }
}

} // namespace

CorrectionWizard::CorrectionWizard(const QList<app::VatRate> &vatRates, Submit submit, QWidget *parent)
    : QWizard(parent)
    , m_vatRates(vatRates)
    , m_submit(std::move(submit))
{
    setUpChrome();
    setPage(BasisPage, buildBasisPage());
    setPage(LinesPage, buildLinesPage());
    setPage(PaymentsPage, buildPaymentsPage());
    setPage(ConfirmPage, buildConfirmPage());
    refreshLines();
}

// The buttons' texts and sizes and a font a little larger than the system's.
void CorrectionWizard::setUpChrome()
{
    setObjectName(QStringLiteral("correctionWizard"));
    setWindowTitle(tr("Correction receipt"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::BackButton, tr("< Back"));
    setButtonText(QWizard::NextButton, tr("Next (Enter) >"));
    setButtonText(QWizard::FinishButton, tr("Make the correction"));
    setButtonText(QWizard::CancelButton, tr("Cancel (Esc)"));
    for (auto which :
         {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton})
        button(which)->setMinimumSize(150, 46);
    resize(900, 600);
    QFont readable = font();
    readable.setPointSizeF(readable.pointSizeF() * 1.1);
    setFont(readable);
}

// Step 1: self-initiated or by order, the calculation sign and the settlement date.
QWizardPage *CorrectionWizard::buildBasisPage()
{
    auto *basis = new QWizardPage(this);
    basis->setTitle(tr("Step 1 of 4: the basis"));
    basis->setSubTitle(tr("Why the correction is made and which settlement it corrects."));
    m_self = new QRadioButton(tr("Self-initiated"), basis);
    m_byOrder = new QRadioButton(tr("By order of the tax authority"), basis);
    m_self->setChecked(true);
    auto *group = new QButtonGroup(basis);
    group->addButton(m_self);
    group->addButton(m_byOrder);
    m_order = new QLineEdit(basis);
    m_order->setObjectName(QStringLiteral("correctionOrder"));
    m_order->setPlaceholderText(tr("Order number"));
    m_order->setEnabled(false);
    connect(m_byOrder, &QRadioButton::toggled, m_order, &QLineEdit::setEnabled);
    m_calcSign = new QComboBox(basis);
    m_calcSign->setObjectName(QStringLiteral("correctionCalcSign"));
    for (int sign : {app::CalcSign::Income, app::CalcSign::IncomeReturn, app::CalcSign::Expense,
                     app::CalcSign::ExpenseReturn})
        m_calcSign->addItem(calcSignText(sign), sign);
    m_date = new QDateEdit(QDate::currentDate().addDays(-1), basis);
    m_date->setObjectName(QStringLiteral("correctionDate"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_basisError = errorLabel(basis);
    auto *basisForm = new QFormLayout(basis);
    basisForm->addRow(tr("Type:"), m_self);
    basisForm->addRow(QString(), m_byOrder);
    basisForm->addRow(tr("Order number:"), m_order);
    basisForm->addRow(tr("Calculation sign:"), m_calcSign);
    basisForm->addRow(tr("Date of the settlement:"), m_date);
    basisForm->addRow(m_basisError);
    for (QWidget *w : std::initializer_list<QWidget *>{m_self, m_byOrder, m_order, m_calcSign, m_date})
        w->setMinimumHeight(40);
    return basis;
}

// Step 2: the line editor, the table of lines and their total.
QWizardPage *CorrectionWizard::buildLinesPage()
{
    auto *linesPage = new QWizardPage(this);
    linesPage->setTitle(tr("Step 2 of 4: the items"));
    linesPage->setSubTitle(tr("Type a line and press Enter to add it; Enter on an empty line goes on."));
    m_name = new QLineEdit(linesPage);
    m_name->setObjectName(QStringLiteral("correctionName"));
    m_name->setPlaceholderText(tr("Name"));
    m_price = new QLineEdit(linesPage);
    m_price->setObjectName(QStringLiteral("correctionPrice"));
    m_price->setPlaceholderText(tr("Price, ₽"));
    m_quantity = new QLineEdit(QStringLiteral("1"), linesPage);
    m_quantity->setObjectName(QStringLiteral("correctionQuantity"));
    m_vat = new QComboBox(linesPage);
    m_vat->setObjectName(QStringLiteral("correctionVat"));
    for (const app::VatRate &r : m_vatRates)
        m_vat->addItem(r.name, r.code);
    m_subject = new QComboBox(linesPage);
    for (int s : {app::Subject::Goods, app::Subject::Service, app::Subject::Work})
        m_subject->addItem(subjectText(s), s);
    auto *add = new QPushButton(tr("Add line"), linesPage);
    auto *remove = new QPushButton(tr("Remove line (Del)"), linesPage);
    for (QPushButton *b : {add, remove}) {
        b->setAutoDefault(false);
        b->setMinimumHeight(42);
    }
    connect(add, &QPushButton::clicked, this, &CorrectionWizard::addTypedLine);
    connect(remove, &QPushButton::clicked, this, &CorrectionWizard::removeCurrentLine);
    m_lines = new QTableWidget(0, 6, linesPage);
    m_lines->setObjectName(QStringLiteral("correctionLines"));
    m_lines->setHorizontalHeaderLabels(
        {tr("Item"), tr("Price"), tr("Quantity"), tr("VAT"), tr("Subject"), tr("Amount")});
    m_lines->verticalHeader()->hide();
    m_lines->verticalHeader()->setDefaultSectionSize(36);
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->installEventFilter(this);
    m_linesTotal = new QLabel(linesPage);
    m_linesTotal->setFont(totalFont(font()));
    m_linesError = errorLabel(linesPage);
    auto *editor = new QHBoxLayout;
    editor->addWidget(m_name, 4);
    editor->addWidget(m_price, 1);
    editor->addWidget(m_quantity, 1);
    editor->addWidget(m_vat, 2);
    editor->addWidget(m_subject, 1);
    editor->addWidget(add);
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_price, m_quantity, m_vat, m_subject}) {
        w->setMinimumHeight(40);
        w->installEventFilter(this);
    }
    auto *linesLayout = new QVBoxLayout(linesPage);
    linesLayout->addLayout(editor);
    linesLayout->addWidget(m_linesError);
    linesLayout->addWidget(m_lines, 1);
    auto *under = new QHBoxLayout;
    under->addWidget(remove);
    under->addStretch(1);
    under->addWidget(m_linesTotal);
    linesLayout->addLayout(under);
    return linesPage;
}

// Step 3: cash and card amounts that make the total.
QWizardPage *CorrectionWizard::buildPaymentsPage()
{
    auto *payPage = new QWizardPage(this);
    payPage->setTitle(tr("Step 3 of 4: the payments"));
    payPage->setSubTitle(tr("How the corrected amount was paid; together they make the total."));
    m_paymentsTotal = new QLabel(payPage);
    m_paymentsTotal->setFont(totalFont(font()));
    m_paymentsTotal->setStyleSheet(QStringLiteral("color: #0b3d91;"));
    m_cash = new QLineEdit(payPage);
    m_cash->setObjectName(QStringLiteral("correctionCash"));
    m_card = new QLineEdit(payPage);
    m_card->setObjectName(QStringLiteral("correctionCard"));
    m_cash->setMinimumHeight(40);
    m_card->setMinimumHeight(40);
    m_paymentsError = errorLabel(payPage);
    auto *payForm = new QFormLayout(payPage);
    payForm->addRow(m_paymentsTotal);
    payForm->addRow(tr("Cash, ₽:"), m_cash);
    payForm->addRow(tr("Electronic (card), ₽:"), m_card);
    payForm->addRow(m_paymentsError);
    return payPage;
}

// Step 4: the summary and the registrar's answer.
QWizardPage *CorrectionWizard::buildConfirmPage()
{
    auto *confirm = new QWizardPage(this);
    confirm->setTitle(tr("Step 4 of 4: check and make the correction"));
    confirm->setSubTitle(
        tr("The registrar prints the correction receipt; it goes to the tax office as it is."));
    m_summary = new QLabel(confirm);
    m_summary->setObjectName(QStringLiteral("correctionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_submitError = errorLabel(confirm);
    m_submitError->setObjectName(QStringLiteral("correctionError"));
    auto *confirmLayout = new QVBoxLayout(confirm);
    confirmLayout->addWidget(m_summary, 1);
    confirmLayout->addWidget(m_submitError);
    return confirm;
}

app::Kopecks CorrectionWizard::total() const
{
    app::Kopecks sum = 0;
    for (const app::CorrectionLineInput &l : m_input)
        sum += app::Pricing::lineAmount(l.price, l.quantity);
    return sum;
}

app::CorrectionInput CorrectionWizard::input() const
{
    app::CorrectionInput in;
    in.calcSign = m_calcSign->currentData().toInt();
    in.type = m_byOrder->isChecked() ? 1 : 0;
    in.basisDate = m_date->date();
    in.orderNumber = in.type == 1 ? m_order->text().trimmed() : QString();
    in.lines = m_input;
    app::Kopecks cash = 0;
    app::Kopecks card = 0;
    if (!m_cash->text().trimmed().isEmpty())
        app::parseMoneyInput(m_cash->text(), cash);
    if (!m_card->text().trimmed().isEmpty())
        app::parseMoneyInput(m_card->text(), card);
    if (cash > 0)
        in.payments.append({app::PaymentType::Cash, cash, 0, {}});
    if (card > 0)
        in.payments.append({app::PaymentType::Card, card, 0, {}});
    return in;
}

bool CorrectionWizard::addTypedLine()
{
    app::CorrectionLineInput l;
    l.name = m_name->text().simplified();
    if (l.name.isEmpty()) {
        showError(m_linesError, tr("Type the name of the item."));
        m_name->setFocus();
        return false;
    }
    if (!app::parseMoneyInput(m_price->text(), l.price) || l.price <= 0) {
        showError(m_linesError, tr("Type the price in roubles, for example 149.90."));
        m_price->setFocus();
        return false;
    }
    if (!app::parseQuantityInput(m_quantity->text(), l.quantity) || l.quantity <= 0) {
        showError(m_linesError, tr("Type the quantity, for example 1 or 0.5."));
        m_quantity->setFocus();
        return false;
    }
    l.vatCode = m_vat->currentData().toInt();
    l.subject = m_subject->currentData().toInt();
    l.unitCode = 0;
    m_input.append(l);
    showError(m_linesError, {});
    m_name->clear();
    m_price->clear();
    m_quantity->setText(QStringLiteral("1"));
    m_name->setFocus();
    refreshLines();
    return true;
}

void CorrectionWizard::removeCurrentLine()
{
    const int row = m_lines->currentRow();
    if (row < 0 || row >= m_input.size())
        return;
    m_input.removeAt(row);
    refreshLines();
}

void CorrectionWizard::refreshLines()
{
    m_lines->setRowCount(int(m_input.size()));
    for (int row = 0; row < m_input.size(); ++row) {
        const app::CorrectionLineInput &l = m_input.at(row);
        QString vat;
        for (const app::VatRate &r : m_vatRates)
            if (r.code == l.vatCode)
                vat = r.name;
        m_lines->setItem(row, 0, cell(l.name));
        m_lines->setItem(row, 1, cell(app::displayRoubles(l.price), true));
        m_lines->setItem(row, 2, cell(app::displayQuantity(l.quantity), true));
        m_lines->setItem(row, 3, cell(vat));
        m_lines->setItem(row, 4, cell(subjectText(l.subject)));
        m_lines->setItem(row, 5,
                         cell(app::displayRoubles(app::Pricing::lineAmount(l.price, l.quantity)), true));
    }
    m_lines->resizeColumnsToContents();
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_linesTotal->setText(tr("Total: %1").arg(app::displayRoubles(total())));
}

void CorrectionWizard::refreshPayments()
{
    m_paymentsTotal->setText(tr("To pay: %1").arg(app::displayRoubles(total())));
}

QString CorrectionWizard::summaryHtml() const
{
    const app::CorrectionInput in = input();
    QString html = QStringLiteral("<p><b>%1</b></p>")
                       .arg(in.type == 1 ? tr("By order No. %1").arg(in.orderNumber.toHtmlEscaped())
                                         : tr("Self-initiated correction"));
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(tr("Calculation sign: %1").arg(calcSignText(in.calcSign)),
                     tr("Date of the settlement: %1")
                         .arg(QLocale().toString(in.basisDate, QStringLiteral("dd.MM.yyyy"))));
    html += QStringLiteral("<table cellpadding='4'>");
    for (const app::CorrectionLineInput &l : in.lines)
        html +=
            QStringLiteral(
                "<tr><td>%1</td><td align='right'>%2 × %3</td><td align='right'><b>%4</b></td></tr>")
                .arg(l.name.toHtmlEscaped(), app::displayQuantity(l.quantity), app::displayRoubles(l.price),
                     app::displayRoubles(app::Pricing::lineAmount(l.price, l.quantity)));
    html += QStringLiteral("</table>");
    QStringList paid;
    for (const app::PaymentInput &p : in.payments)
        paid << tr("%1: %2").arg(app::JournalModel::paymentTypeText(p.type), app::displayRoubles(p.amount));
    html += QStringLiteral("<p style='font-size:large'><b>%1</b><br>%2</p>")
                .arg(tr("Total: %1").arg(app::displayRoubles(total())).toHtmlEscaped(),
                     paid.join(QStringLiteral("; ")).toHtmlEscaped());
    return html;
}

void CorrectionWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    if (id == LinesPage) {
        m_name->setFocus();
    } else if (id == PaymentsPage) {
        refreshPayments();
        app::Kopecks card = 0;
        if (!app::parseMoneyInput(m_card->text(), card))
            card = 0;
        card = std::min(card, total());
        m_card->setText(card > 0 ? app::displayMoney(card) : QString());
        m_cash->setText(app::displayMoney(total() - card));
        showError(m_paymentsError, {});
        m_cash->setFocus();
        m_cash->selectAll();
    } else if (id == ConfirmPage) {
        m_summary->setText(summaryHtml());
        showError(m_submitError, {});
    }
}

bool CorrectionWizard::validateCurrentPage()
{
    switch (currentId()) {
    case BasisPage:
        if (m_byOrder->isChecked() && m_order->text().trimmed().isEmpty()) {
            showError(m_basisError, tr("A correction by order needs the order number."));
            m_order->setFocus();
            return false;
        }
        showError(m_basisError, {});
        return true;
    case LinesPage:
        if (!m_name->text().trimmed().isEmpty() && !addTypedLine())
            return false;
        if (m_input.isEmpty()) {
            showError(m_linesError, tr("Add at least one line."));
            return false;
        }
        return true;
    case PaymentsPage: {
        app::Kopecks cash = 0;
        app::Kopecks card = 0;
        const QString cashText = m_cash->text().trimmed();
        const QString cardText = m_card->text().trimmed();
        if ((!cashText.isEmpty() && !app::parseMoneyInput(cashText, cash)) ||
            (!cardText.isEmpty() && !app::parseMoneyInput(cardText, card)) || cash < 0 || card < 0) {
            showError(m_paymentsError, tr("Type the amounts in roubles, for example 149.90."));
            return false;
        }
        if (cash + card != total()) {
            showError(m_paymentsError,
                      tr("The payments make %1, the total is %2.")
                          .arg(app::displayRoubles(cash + card), app::displayRoubles(total())));
            return false;
        }
        return true;
    }
    case ConfirmPage: {
        if (!m_submit)
            return true;
        auto created = m_submit(input());
        if (!created) {
            showError(m_submitError, created.error().message);
            return false;
        }
        m_created = *created;
        return true;
    }
    default:
        return true;
    }
}

bool CorrectionWizard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWizard::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_lines && key->key() == Qt::Key_Delete) {
        removeCurrentLine();
        return true;
    }
    const bool editorRow = watched == m_name || watched == m_price || watched == m_quantity ||
                           watched == m_vat || watched == m_subject;
    if (editorRow && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
        // Enter on an empty editor row with lines present goes to the next page.
        if (m_name->text().trimmed().isEmpty() && m_price->text().trimmed().isEmpty() && !m_input.isEmpty())
            return QWizard::eventFilter(watched, event);
        addTypedLine();
        return true;
    }
    return QWizard::eventFilter(watched, event);
}

} // namespace ui
