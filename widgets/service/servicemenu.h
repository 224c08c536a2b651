#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QDialog;
class QWidget;

// The full enum, not an opaque `enum class Permission : int;`: lupdate loses the namespace after
// one and files every string of this class under the wrong context (untranslated at run time).
#include "app/staff/permissions.h"

namespace app {
class FiscalService;
class TillSession;
} // namespace app

namespace ui {

class FiscalProgress;

// The "Сервис" menu: X report, Z report (with the shift totals to confirm), open shift, cash in,
// cash out, registrar and FN information, continue printing, cancel a stuck receipt. A QObject
// that owns the QActions (with shortcuts) the main window puts into its menu and on a service
// screen; each action also has a method, for tests and buttons. Every operation checks the
// signed-in person's permission first, goes through FiscalService without blocking, and shows
// its progress and its Russian result or error in a dialog over `dialogParent`.
class ServiceMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceMenu)

public:
    ServiceMenu(app::TillSession &session, QWidget *dialogParent);

    QList<QAction *> actions() const;
    QAction *xReportAction() const { return m_x; }
    QAction *zReportAction() const { return m_z; }
    QAction *openShiftAction() const { return m_open; }
    QAction *cashInAction() const { return m_cashIn; }
    QAction *cashOutAction() const { return m_cashOut; }
    QAction *fnInfoAction() const { return m_fnInfo; }
    QAction *continuePrintingAction() const { return m_continue; }
    QAction *cancelReceiptAction() const { return m_cancel; }
    QAction *reconcileAction() const { return m_reconcile; }
    QAction *transactionsAction() const { return m_transactions; }

    // The dialog open right now (cash, Z confirm, FN info, or the progress of an operation).
    QDialog *currentDialog() const;
    // The progress of the last operation started (null before the first).
    FiscalProgress *lastProgress() const;
    // The last refusal shown ("not allowed", "no shift"), empty when none.
    QString lastRefusal() const { return m_refusal; }

public Q_SLOTS:
    void xReport();
    void zReport();
    void openShift();
    void cashIn();
    void cashOut();
    void fnInfo();
    void continuePrinting();
    void cancelReceipt();
    // Сверка итогов of the card terminal; its report prints on the registrar.
    void reconcile();
    void transactions(); // card and SBP operations of a day, slip reprint

Q_SIGNALS:
    // An operation was refused before reaching the registrar (permission, no shift, ...).
    void refused(const QString &text);
    // The registrar finished an operation started here.
    void operationFinished(bool ok);

private:
    bool allowed(const QString &title, app::Permission permission);
    // The fiscal service, or null after telling the cashier that no registrar is set up.
    app::FiscalService *registrar(const QString &title);
    void refuse(const QString &title, const QString &text);
    FiscalProgress *showProgress(const QString &title);
    void cash(bool out);
    void setDialog(QDialog *dialog);
    // Runs the reconciliation with its progress shown; `then` (when given) decides what follows.
    // `differ`: approved, but the terminal's totals are not the till's (the text says both).
    void runReconciliation(const QString &title,
                           std::function<void(bool ok, bool differ, const QString &text)> then);
    void closeShift(const QString &title);

    app::TillSession &m_session;
    QWidget *m_parent = nullptr;
    QAction *m_x = nullptr;
    QAction *m_z = nullptr;
    QAction *m_open = nullptr;
    QAction *m_cashIn = nullptr;
    QAction *m_cashOut = nullptr;
    QAction *m_fnInfo = nullptr;
    QAction *m_continue = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_reconcile = nullptr;
    QAction *m_transactions = nullptr;
    QPointer<QDialog> m_dialog;
    QPointer<FiscalProgress> m_progress;
    QString m_refusal;
};

} // namespace ui
