#pragma once

#include <QPointer>
#include <QWidget>

#include "app/journal/journalmodel.h"

class QAction;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QTableView;

namespace app {
class TillSession;
}

namespace ui {

class CorrectionWizard;
class FiscalProgress;
class HintBar;
class JournalDetailsDialog;
class ReturnDialog;

// The journal of closed documents: filters (dates, cashier, amount, payment type, kind, status
// including "waiting for the registrar" and "needs attention"), the table, and the actions on the
// chosen document: details (Enter), return (F5), copy (F6), correction receipt (F7). Registrar
// work runs through FiscalService with its progress shown at the bottom; nothing here waits on it.
// Esc emits closed() so the main window can go back to the sale screen.
class JournalScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalScreen)

public:
    explicit JournalScreen(app::TillSession &session, QWidget *parent = nullptr);

    app::JournalModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    FiscalProgress *progress() const { return m_progress; }
    // The dialog or wizard open right now (tests drive them with key events).
    QWidget *openDialog() const { return m_dialog; }

    // The current row's document id, 0 when none.
    std::int64_t currentSaleId() const;
    bool selectSale(std::int64_t saleId);

public Q_SLOTS:
    void refresh();
    void showDetails();
    void startReturn();
    void printCopy();
    void reprintSlips(); // the card slips stored with the document, on the registrar
    void startCorrection();
    void abandonJob(); // F8: give up a receipt the registrar refused (owner, admin)
    void focusFilters();
    void resetFilters();

Q_SIGNALS:
    void closed();
    // A return or correction was created (its fiscal job is queued and being run).
    void documentCreated(const QString &uuid);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *buildTitle();
    QGridLayout *buildFilters();
    void buildFilterFields();
    void setUpTable();
    void setUpActions();
    void followFiscalService();
    void applyFilter();
    void updateActions();
    void track(QWidget *dialog);
    void denied(const QString &title, const QString &why);
    std::optional<app::Sale> currentSale();

    app::TillSession &m_session;
    app::JournalModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_cashier = nullptr;
    QLineEdit *m_minAmount = nullptr;
    QLineEdit *m_maxAmount = nullptr;
    QComboBox *m_payment = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_filterError = nullptr;
    QLabel *m_count = nullptr;
    FiscalProgress *m_progress = nullptr;
    HintBar *m_hints = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_returnAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_correctionAction = nullptr;
    QAction *m_abandonAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_backAction = nullptr;
    bool m_abandoning = false; // a job was given up: refresh on the worker's next health
    QPointer<QWidget> m_dialog;
};

} // namespace ui
