#pragma once

#include <QWizard>

#include <functional>

#include "app/catalog/product.h"
#include "app/core/result.h"
#include "app/sales/salesservice.h"

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace ui {

// "Чек коррекции" step by step: the basis (self-initiated or by order with its number, the
// calculation sign, the date of the uncorrected settlement), the item lines with VAT, the
// payments, and a summary. The last page submits through the callback (SalesService::
// createCorrection); a refusal is shown on that page and the wizard stays open.
class CorrectionWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrectionWizard)

public:
    enum PageId : int { BasisPage, LinesPage, PaymentsPage, ConfirmPage };
    using Submit = std::function<app::Result<app::Sale>(const app::CorrectionInput &)>;

    CorrectionWizard(const QList<app::VatRate> &vatRates, Submit submit, QWidget *parent = nullptr);

    app::CorrectionInput input() const;
    app::Kopecks total() const;
    // The created correction (after a successful finish).
    const app::Sale &created() const { return m_created; }

    // The lines page: add the line typed in the editor row (false + reason when incomplete).
    bool addTypedLine();
    void removeCurrentLine();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    void setUpChrome();
    QWizardPage *buildBasisPage();
    QWizardPage *buildLinesPage();
    QWizardPage *buildPaymentsPage();
    QWizardPage *buildConfirmPage();
    void refreshLines();
    void refreshPayments();
    QString summaryHtml() const;

    QList<app::VatRate> m_vatRates;
    Submit m_submit;
    app::Sale m_created;

    // basis
    QRadioButton *m_self = nullptr;
    QRadioButton *m_byOrder = nullptr;
    QLineEdit *m_order = nullptr;
    QComboBox *m_calcSign = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_basisError = nullptr;
    // lines
    QLineEdit *m_name = nullptr;
    QLineEdit *m_price = nullptr;
    QLineEdit *m_quantity = nullptr;
    QComboBox *m_vat = nullptr;
    QComboBox *m_subject = nullptr;
    QTableWidget *m_lines = nullptr;
    QLabel *m_linesTotal = nullptr;
    QLabel *m_linesError = nullptr;
    QList<app::CorrectionLineInput> m_input;
    // payments
    QLineEdit *m_cash = nullptr;
    QLineEdit *m_card = nullptr;
    QLabel *m_paymentsTotal = nullptr;
    QLabel *m_paymentsError = nullptr;
    // confirm
    QLabel *m_summary = nullptr;
    QLabel *m_submitError = nullptr;
};

} // namespace ui
