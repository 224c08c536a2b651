#include "widgets/service/servicemenu.h"

#include <QAction>
#include <QDialog>
#include <QMessageBox>
#include <QWidget>

#include "app/core/moneytext.h"
#include "app/fiscalservice/fiscalservice.h"
#include "app/journal/journalmodel.h"
#include "app/payments/cardoperations.h"
#include "app/payments/transactions.h"
#include "app/sales/shiftservice.h"
#include "app/session/tillsession.h"
#include "app/staff/permissions.h"
#include "widgets/service/fiscalprogress.h"
#include "widgets/service/servicedialogs.h"
#include "widgets/service/transactionsdialog.h"

namespace ui {

ServiceMenu::ServiceMenu(app::TillSession &session, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_parent(dialogParent)
{
    setObjectName(QStringLiteral("serviceMenu"));
    auto make = [this](const QString &text, const QKeySequence &key, void (ServiceMenu::*slot)()) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::ApplicationShortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_open = make(tr("Open shift"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &ServiceMenu::openShift);
    m_x = make(tr("X report"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), &ServiceMenu::xReport);
    m_z = make(tr("Z report (close shift)…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
               &ServiceMenu::zReport);
    m_cashIn = make(tr("Cash in…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), &ServiceMenu::cashIn);
    m_cashOut = make(tr("Cash out…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), &ServiceMenu::cashOut);
    m_fnInfo =
        make(tr("Registrar and FN…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), &ServiceMenu::fnInfo);
    m_continue = make(tr("Continue printing"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                      &ServiceMenu::continuePrinting);
    m_cancel = make(tr("Cancel stuck receipt"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                    &ServiceMenu::cancelReceipt);
    m_reconcile = make(tr("Card terminal reconciliation"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                       &ServiceMenu::reconcile);
    m_transactions = make(tr("Card and SBP transactions…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                          &ServiceMenu::transactions);
    // Shortcuts need a widget to live on; the main window's menu may hold them as well.
    if (dialogParent)
        dialogParent->addActions(actions());
}

QDialog *ServiceMenu::currentDialog() const
{
    return m_dialog.data();
}

FiscalProgress *ServiceMenu::lastProgress() const
{
    return m_progress.data();
}

QList<QAction *> ServiceMenu::actions() const
{
    return {m_open,   m_x,        m_z,      m_cashIn,    m_cashOut,
            m_fnInfo, m_continue, m_cancel, m_reconcile, m_transactions};
}

void ServiceMenu::setDialog(QDialog *dialog)
{
    if (m_dialog && m_dialog != dialog)
        m_dialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void ServiceMenu::refuse(const QString &title, const QString &text)
{
    m_refusal = text;
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_parent);
    box->setObjectName(QStringLiteral("serviceRefusal"));
    setDialog(box);
    Q_EMIT refused(text);
}

bool ServiceMenu::allowed(const QString &title, app::Permission permission)
{
    if (auto ok = app::AccessControl::check(m_session.actor(), permission); !ok) {
        refuse(title, tr("%1 Ask an administrator or the owner to sign in.").arg(ok.error().message));
        return false;
    }
    return true;
}

FiscalProgress *ServiceMenu::showProgress(const QString &title)
{
    m_refusal.clear();
    auto *dialog = new OperationDialog(m_session, title, m_parent);
    m_progress = dialog->progress();
    connect(m_progress, &FiscalProgress::finished, this, &ServiceMenu::operationFinished);
    setDialog(dialog);
    return m_progress;
}

app::FiscalService *ServiceMenu::registrar(const QString &title)
{
    app::FiscalService *f = m_session.fiscal();
    if (!f)
        refuse(title, tr("No registrar is connected: set it up in Settings."));
    return f;
}

void ServiceMenu::xReport()
{
    const QString title = tr("X report");
    // Anyone who may close the shift or read reports may print the X report.
    if (!app::roleHas(m_session.actor().role, app::Permission::OpenCloseShift) &&
        !allowed(title, app::Permission::ViewReports))
        return;
    app::FiscalService *f = registrar(title);
    if (!f)
        return;
    showProgress(title)->followXReport(title, f->xReport());
}

void ServiceMenu::zReport()
{
    const QString title = tr("Z report");
    if (!allowed(title, app::Permission::OpenCloseShift))
        return;
    const auto shift = m_session.shifts().current();
    if (!shift) {
        refuse(title, tr("No shift is open: there is nothing to close."));
        return;
    }
    auto totals = m_session.shifts().totals(shift->id);
    if (!totals) {
        refuse(title, totals.error().message);
        return;
    }
    auto *dialog = new ZReportDialog(*shift, *totals, m_parent);
    connect(dialog, &QDialog::accepted, this, [this, title] {
        if (!m_session.cardOperations() || !m_session.cardTerminalSettings().reconcileBeforeZ) {
            closeShift(title);
            return;
        }
        // Сверка итогов first: the bank credits the day's card money only after it.
        runReconciliation(tr("Card terminal reconciliation"), [this, title](bool ok, bool differ,
                                                                            const QString &text) {
            if (ok && !differ) {
                closeShift(title);
                return;
            }
            const QString question = ok ? tr("Close the shift now? The terminal's batch is already closed; "
                                             "the difference stays in the transactions journal.")
                                        : tr("Close the shift anyway? The reconciliation can be repeated "
                                             "from the Service menu.");
            auto *box = new QMessageBox(QMessageBox::Warning, title, text + QStringLiteral("\n\n") + question,
                                        QMessageBox::Yes | QMessageBox::No, m_parent);
            box->setObjectName(ok ? QStringLiteral("reconciliationTotalsDiffer")
                                  : QStringLiteral("reconciliationFailed"));
            connect(box, &QMessageBox::finished, this, [this, title](int result) {
                if (result == QMessageBox::Yes)
                    closeShift(title);
            });
            setDialog(box);
        });
    });
    setDialog(dialog);
}

void ServiceMenu::closeShift(const QString &title)
{
    auto closed = m_session.shifts().close(m_session.actor());
    if (!closed) {
        refuse(title, closed.error().message);
        return;
    }
    const auto last = m_session.shifts().shift(closed->shiftId);
    showProgress(title)->runJob(title, QStringLiteral("z_report"), last ? last->uuid : QString());
}

void ServiceMenu::reconcile()
{
    const QString title = tr("Card terminal reconciliation");
    if (!allowed(title, app::Permission::OpenCloseShift))
        return;
    if (!m_session.cardOperations()) {
        refuse(title, tr("No card terminal is set up at this till: reconcile on the terminal itself."));
        return;
    }
    runReconciliation(title, {});
}

void ServiceMenu::runReconciliation(const QString &title,
                                    std::function<void(bool, bool, const QString &)> then)
{
    app::payments::CardOperations *cards = m_session.cardOperations();
    const app::Result<QString> started = cards->reconcile();
    if (!started) {
        if (then)
            then(false, false, started.error().message);
        else
            refuse(title, started.error().message);
        return;
    }
    FiscalProgress *progress = showProgress(title);
    progress->showWorking(title, tr("The card terminal is reconciling with the bank…"));
    const QString id = *started;
    QPointer<FiscalProgress> guard(progress);
    auto links = std::make_shared<QList<QMetaObject::Connection>>();
    auto end = [guard, title, then, links](bool ok, bool differ, const QString &text) {
        for (const QMetaObject::Connection &c : std::as_const(*links))
            QObject::disconnect(c);
        if (then)
            then(ok, differ, text);
        else if (guard)
            guard->showResult(title, text, ok && !differ);
    };
    *links << connect(
        cards, &app::payments::CardOperations::finished, this,
        [id, end, cards](const app::payments::Operation &o) {
            if (o.operationId != id)
                return;
            const bool ok = o.state == app::payments::State::Approved;
            const auto totals = cards->totalsOf(id);
            if (ok && totals && totals->differ())
                return end(true, true, app::payments::mismatchText(*totals));
            end(ok, false,
                ok ? tr("The reconciliation is done: the terminal's batch is closed and the bank "
                        "credits the day's card payments. Its report is printed.")
                   : tr("The reconciliation failed: %1 Repeat it from the Service menu.").arg(o.message));
        });
    *links << connect(cards, &app::payments::CardOperations::needsCashier, this,
                      [id, end](const app::payments::Operation &o, const QString &facts) {
                          if (o.operationId == id)
                              end(false, false, facts);
                      });
}

void ServiceMenu::transactions()
{
    setDialog(new TransactionsDialog(m_session.transactions(), m_session.fiscal(), m_parent));
}

void ServiceMenu::openShift()
{
    const QString title = tr("Open shift");
    if (!allowed(title, app::Permission::OpenCloseShift))
        return;
    if (m_session.shifts().current()) {
        refuse(title, tr("The shift is already open."));
        return;
    }
    auto opened = m_session.shifts().open(m_session.actor());
    if (!opened) {
        refuse(title, opened.error().message);
        return;
    }
    showProgress(title)->runJob(title, QStringLiteral("open_shift"), opened->uuid);
}

void ServiceMenu::cashIn()
{
    cash(false);
}

void ServiceMenu::cashOut()
{
    cash(true);
}

void ServiceMenu::cash(bool out)
{
    const QString title = out ? tr("Cash out") : tr("Cash in");
    if (!allowed(title, out ? app::Permission::CashOut : app::Permission::CashIn))
        return;
    const auto shift = m_session.shifts().current();
    if (!shift) {
        refuse(title, tr("No shift is open. Open the shift first."));
        return;
    }
    auto totals = m_session.shifts().totals(shift->id);
    const app::Kopecks drawer = totals ? totals->cashInDrawer : 0;
    auto *dialog = new CashDialog(out, drawer, m_parent);
    connect(dialog, &CashDialog::confirmed, this, [this, dialog, out, title] {
        auto doc = out ? m_session.shifts().cashOut(m_session.actor(), dialog->amount(), dialog->reason())
                       : m_session.shifts().cashIn(m_session.actor(), dialog->amount(), dialog->reason());
        if (!doc) {
            dialog->showError(doc.error().message);
            return;
        }
        const QString kind = out ? QStringLiteral("cash_out") : QStringLiteral("cash_in");
        const QString uuid = doc->uuid;
        const QString what = tr("%1: %2").arg(title, app::displayRoubles(doc->amount));
        dialog->done(QDialog::Accepted);
        showProgress(what)->runJob(what, kind, uuid);
    });
    setDialog(dialog);
}

void ServiceMenu::fnInfo()
{
    auto *dialog = new FnInfoDialog(m_session, m_parent);
    m_progress = dialog->progress();
    setDialog(dialog);
    dialog->refreshFromRegistrar();
}

void ServiceMenu::continuePrinting()
{
    const QString title = tr("Continue printing");
    if (!allowed(title, app::Permission::Sell))
        return;
    app::FiscalService *f = registrar(title);
    if (!f)
        return;
    showProgress(title)->followRequest(title, f->continuePrinting());
}

void ServiceMenu::cancelReceipt()
{
    const QString title = tr("Cancel stuck receipt");
    if (!allowed(title, app::Permission::Sell))
        return;
    app::FiscalService *f = registrar(title);
    if (!f)
        return;
    showProgress(title)->followRequest(title, f->cancelReceipt());
}

} // namespace ui
