#include "widgets/journal/journalscreen.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "app/catalog/catalogservice.h"
#include "app/core/moneytext.h"
#include "app/fiscalservice/fiscalservice.h"
#include "app/journal/abandonjob.h"
#include "app/marking/returnpermit.h"
#include "app/payments/transactions.h"
#include "app/sales/salesservice.h"
#include "app/session/tillsession.h"
#include "widgets/hintbar.h"
#include "widgets/journal/abandondialog.h"
#include "widgets/journal/correctionwizard.h"
#include "widgets/journal/journaldetailsdialog.h"
#include "widgets/journal/returndialog.h"
#include "widgets/service/fiscalprogress.h"

namespace ui {

namespace {

QAction *makeAction(QWidget *owner, const QString &text, const QKeySequence &key)
{
    auto *a = new QAction(text, owner);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(a);
    return a;
}

} // namespace

JournalScreen::JournalScreen(app::TillSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(session.newJournalModel(this))
    , m_table(new QTableView(this))
    , m_progress(new FiscalProgress(session, this))
    , m_hints(new HintBar(this))
{
    setObjectName(QStringLiteral("journalScreen"));
    QFont readable = font();
    readable.setPointSizeF(readable.pointSizeF() * 1.15);
    setFont(readable);

    QLabel *title = buildTitle();
    QGridLayout *filters = buildFilters();
    setUpTable();
    setUpActions();
    followFiscalService();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addWidget(m_filterError);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_hints);
    m_progress->showResult(tr("Journal"), tr("Choose a document: Enter shows the details."), true);
    m_progress->hide();
    applyFilter();
}

QLabel *JournalScreen::buildTitle()
{
    auto *title = new QLabel(tr("Journal"), this);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);

    return title;
}

// The date, amount, cashier, payment, kind and status filters; any change applies them.
QGridLayout *JournalScreen::buildFilters()
{
    buildFilterFields();
    auto *filters = new QGridLayout;
    filters->addWidget(new QLabel(tr("Dates:"), this), 0, 0);
    filters->addWidget(m_from, 0, 1);
    filters->addWidget(new QLabel(QStringLiteral("—"), this), 0, 2);
    filters->addWidget(m_to, 0, 3);
    filters->addWidget(new QLabel(tr("Amount:"), this), 0, 4);
    filters->addWidget(m_minAmount, 0, 5);
    filters->addWidget(new QLabel(QStringLiteral("—"), this), 0, 6);
    filters->addWidget(m_maxAmount, 0, 7);
    filters->addWidget(m_cashier, 1, 0, 1, 2);
    filters->addWidget(m_payment, 1, 2, 1, 2);
    filters->addWidget(m_kind, 1, 4, 1, 2);
    filters->addWidget(m_status, 1, 6, 1, 2);
    filters->setColumnStretch(8, 1);
    filters->addWidget(m_count, 1, 8, Qt::AlignRight);
    return filters;
}

void JournalScreen::buildFilterFields()
{
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(-30), this);
    m_to = new QDateEdit(today, this);
    m_from->setObjectName(QStringLiteral("journalFrom"));
    m_to->setObjectName(QStringLiteral("journalTo"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        d->setMinimumHeight(40);
        connect(d, &QDateEdit::dateChanged, this, &JournalScreen::applyFilter);
    }
    m_cashier = new QComboBox(this);
    m_cashier->setObjectName(QStringLiteral("journalCashier"));
    m_cashier->addItem(tr("All cashiers"), qint64(0));
    for (const app::Cashier &c : m_model->cashiers())
        m_cashier->addItem(c.name, qint64(c.id));
    m_minAmount = new QLineEdit(this);
    m_maxAmount = new QLineEdit(this);
    m_minAmount->setObjectName(QStringLiteral("journalMinAmount"));
    m_maxAmount->setObjectName(QStringLiteral("journalMaxAmount"));
    m_minAmount->setPlaceholderText(tr("from, ₽"));
    m_maxAmount->setPlaceholderText(tr("to, ₽"));
    for (QLineEdit *e : {m_minAmount, m_maxAmount}) {
        e->setMinimumHeight(40);
        e->setMaximumWidth(140);
        connect(e, &QLineEdit::editingFinished, this, &JournalScreen::applyFilter);
    }
    m_payment = new QComboBox(this);
    m_payment->setObjectName(QStringLiteral("journalPayment"));
    m_payment->addItem(tr("Any payment"), -1);
    for (int t = 0; t < app::PaymentTypeCount; ++t)
        m_payment->addItem(app::JournalModel::paymentTypeText(static_cast<app::PaymentType>(t)), t);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("journalKind"));
    m_kind->addItem(tr("All documents"), int(app::JournalKind::Any));
    m_kind->addItem(tr("Sales"), int(app::JournalKind::Sale));
    m_kind->addItem(tr("Returns"), int(app::JournalKind::Return));
    m_kind->addItem(tr("Corrections"), int(app::JournalKind::Correction));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("journalStatus"));
    for (auto s : {app::JournalStatus::Any, app::JournalStatus::Fiscalised, app::JournalStatus::Waiting,
                   app::JournalStatus::Attention, app::JournalStatus::Failed})
        m_status->addItem(app::JournalModel::statusText(s), int(s));
    for (QComboBox *c : {m_cashier, m_payment, m_kind, m_status}) {
        c->setMinimumHeight(40);
        connect(c, &QComboBox::currentIndexChanged, this, &JournalScreen::applyFilter);
    }
    m_filterError = new QLabel(this);
    m_filterError->setStyleSheet(
        QStringLiteral("QLabel { background: #a80000; color: white; padding: 4px; font-weight: bold; }"));
    m_filterError->hide();
    m_count = new QLabel(this);
}

void JournalScreen::setUpTable()
{
    m_model->setFilter({});
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(44);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(app::JournalModel::Kind, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(app::JournalModel::Status, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, &JournalScreen::showDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JournalScreen::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &JournalScreen::updateActions);
}

// Enter, F3-F8 and Esc, shown in the hint bar.
void JournalScreen::setUpActions()
{
    m_detailsAction = new QAction(tr("Details"), this);
    m_detailsAction->setShortcut(Qt::Key_Enter);
    m_detailsAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_detailsAction);
    connect(m_detailsAction, &QAction::triggered, this, &JournalScreen::showDetails);
    m_returnAction = makeAction(this, tr("Return"), Qt::Key_F5);
    m_copyAction = makeAction(this, tr("Copy"), Qt::Key_F6);
    m_correctionAction = makeAction(this, tr("Correction receipt"), Qt::Key_F7);
    m_abandonAction = makeAction(this, tr("Give up"), Qt::Key_F8);
    m_filterAction = makeAction(this, tr("Filters"), Qt::Key_F3);
    m_resetAction = makeAction(this, tr("Reset filters"), Qt::Key_F4);
    m_backAction = makeAction(this, tr("Back"), Qt::Key_Escape);
    connect(m_returnAction, &QAction::triggered, this, &JournalScreen::startReturn);
    connect(m_copyAction, &QAction::triggered, this, &JournalScreen::printCopy);
    connect(m_correctionAction, &QAction::triggered, this, &JournalScreen::startCorrection);
    connect(m_abandonAction, &QAction::triggered, this, &JournalScreen::abandonJob);
    connect(m_filterAction, &QAction::triggered, this, &JournalScreen::focusFilters);
    connect(m_resetAction, &QAction::triggered, this, &JournalScreen::resetFilters);
    connect(m_backAction, &QAction::triggered, this, [this] {
        if (!m_table->hasFocus()) {
            m_table->setFocus();
            return;
        }
        Q_EMIT closed();
    });
    m_hints->setActions({m_detailsAction, m_returnAction, m_copyAction, m_correctionAction, m_abandonAction,
                         m_filterAction, m_resetAction, m_backAction});
}

void JournalScreen::followFiscalService()
{
    if (app::FiscalService *f = m_session.fiscal()) {
        connect(f, &app::FiscalService::jobFinished, this, [this] { refresh(); });
        // A job given up changes no job state: the worker's next health shows it (failed count).
        connect(f, &app::FiscalService::healthChanged, this, [this] {
            if (m_abandoning) {
                m_abandoning = false;
                refresh();
            }
        });
    }
}

void JournalScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_table->setFocus();
}

void JournalScreen::applyFilter()
{
    app::JournalFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.cashierId = m_cashier->currentData().toLongLong();
    f.paymentType = m_payment->currentData().toInt();
    f.kind = static_cast<app::JournalKind>(m_kind->currentData().toInt());
    f.status = static_cast<app::JournalStatus>(m_status->currentData().toInt());
    QString problem;
    app::Kopecks amount = 0;
    if (!m_minAmount->text().trimmed().isEmpty()) {
        if (app::parseMoneyInput(m_minAmount->text(), amount))
            f.minAmount = amount;
        else
            problem = tr("“%1” is not an amount: type roubles, for example 500 or 149.90.")
                          .arg(m_minAmount->text());
    }
    if (!m_maxAmount->text().trimmed().isEmpty()) {
        if (app::parseMoneyInput(m_maxAmount->text(), amount))
            f.maxAmount = amount;
        else
            problem = tr("“%1” is not an amount: type roubles, for example 500 or 149.90.")
                          .arg(m_maxAmount->text());
    }
    m_filterError->setText(problem);
    m_filterError->setVisible(!problem.isEmpty());
    const std::int64_t keep = currentSaleId();
    m_model->setFilter(f);
    if (!selectSale(keep) && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    m_count->setText(tr("Documents: %1").arg(m_model->rowCount()));
}

void JournalScreen::refresh()
{
    const std::int64_t keep = currentSaleId();
    m_model->refresh();
    if (!selectSale(keep) && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    m_count->setText(tr("Documents: %1").arg(m_model->rowCount()));
}

void JournalScreen::focusFilters()
{
    m_from->setFocus();
}

void JournalScreen::resetFilters()
{
    const QDate today = QDate::currentDate();
    for (QWidget *w : std::initializer_list<QWidget *>{m_from, m_to, m_cashier, m_payment, m_kind, m_status})
        w->blockSignals(true);
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_cashier->setCurrentIndex(0);
    m_payment->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_minAmount->clear();
    m_maxAmount->clear();
    for (QWidget *w : std::initializer_list<QWidget *>{m_from, m_to, m_cashier, m_payment, m_kind, m_status})
        w->blockSignals(false);
    applyFilter();
    m_table->setFocus();
}

std::int64_t JournalScreen::currentSaleId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return 0;
    return m_model->entry(current.row()).id;
}

bool JournalScreen::selectSale(std::int64_t saleId)
{
    const int row = saleId != 0 ? m_model->rowOf(saleId) : -1;
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

std::optional<app::Sale> JournalScreen::currentSale()
{
    const std::int64_t id = currentSaleId();
    if (id == 0)
        return std::nullopt;
    return m_session.sales().sale(id);
}

void JournalScreen::track(QWidget *dialog)
{
    // While a dialog is open the screen's keys (Esc above all) belong to the dialog.
    m_dialog = dialog;
    updateActions();
    connect(dialog, &QObject::destroyed, this,
            [this] { QTimer::singleShot(0, this, &JournalScreen::updateActions); });
}

void JournalScreen::updateActions()
{
    const bool free = !m_dialog;
    for (QAction *a : {m_correctionAction, m_filterAction, m_resetAction, m_backAction})
        a->setEnabled(free);
    const QModelIndex current = m_table->currentIndex();
    const bool any = current.isValid();
    const bool sale = any && m_model->entry(current.row()).kind == app::SaleKind::Sale;
    m_detailsAction->setEnabled(free && any);
    m_abandonAction->setEnabled(free && any);
    m_returnAction->setEnabled(free && sale);
    m_copyAction->setEnabled(free && any);
}

void JournalScreen::denied(const QString &title, const QString &why)
{
    m_progress->show();
    m_progress->showResult(title, why, false);
}

void JournalScreen::showDetails()
{
    const auto sale = currentSale();
    if (!sale || m_dialog)
        return;
    const app::JournalEntry entry = m_model->entry(m_table->currentIndex().row());
    const bool slips = !m_session.transactions().slipsOf(sale->uuid).isEmpty();
    auto *dialog = new JournalDetailsDialog(*m_model, *sale, entry, slips, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    track(dialog);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        m_table->setFocus();
        if (result == JournalDetailsDialog::ReturnRequested)
            QMetaObject::invokeMethod(this, &JournalScreen::startReturn, Qt::QueuedConnection);
        else if (result == JournalDetailsDialog::CopyRequested)
            printCopy();
        else if (result == JournalDetailsDialog::SlipRequested)
            reprintSlips();
    });
    dialog->open();
}

void JournalScreen::startReturn()
{
    if (m_dialog)
        return;
    const auto sale = currentSale();
    if (!sale)
        return;
    const QString title = tr("Return of sale No. %1").arg(sale->number);
    if (sale->kind != app::SaleKind::Sale) {
        denied(title, tr("Only a sale can be returned; choose the sale itself."));
        return;
    }
    if (auto ok = app::AccessControl::check(m_session.actor(), app::Permission::Returns); !ok) {
        denied(title, tr("%1 Ask an administrator to sign in.").arg(ok.error().message));
        return;
    }
    const auto left = m_session.sales().returnable(sale->id);
    bool anything = false;
    if (left)
        for (auto it = left->cbegin(); it != left->cend(); ++it)
            anything = anything || it.value() > 0;
    if (!anything) {
        denied(title, tr("Everything in this sale has already been returned."));
        return;
    }
    auto *dialog = new ReturnDialog(*sale, *left, this);
    dialog->setCardOperations(m_session.cardOperations());
    dialog->setSbpOperations(m_session.sbpOperations());
    dialog->setReturnPermit(new app::ReturnPermit(m_session.permit(), dialog));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    track(dialog);
    const std::int64_t saleId = sale->id;
    connect(dialog, &ReturnDialog::confirmed, this, [this, dialog, saleId, title] {
        auto created =
            m_session.sales().createReturn(m_session.actor(), saleId, dialog->lines(), dialog->payments());
        if (!created) {
            dialog->showError(created.error().message);
            return;
        }
        dialog->attachCardOperations(created->uuid);
        dialog->done(QDialog::Accepted);
        m_progress->show();
        m_progress->runJob(title, QStringLiteral("return"), created->uuid);
        refresh();
        selectSale(created->id);
        Q_EMIT documentCreated(created->uuid);
    });
    connect(dialog, &QDialog::finished, this, [this] { m_table->setFocus(); });
    dialog->open();
}

void JournalScreen::printCopy()
{
    const auto sale = currentSale();
    if (!sale)
        return;
    const QString title = tr("Copy of No. %1").arg(sale->number);
    m_progress->show();
    app::FiscalService *f = m_session.fiscal();
    if (!f) {
        m_progress->showResult(title, tr("No registrar is connected: set it up in Settings."), false);
        return;
    }
    m_progress->followRequest(title, f->printCopy(sale->uuid));
}

void JournalScreen::reprintSlips()
{
    const auto sale = currentSale();
    if (!sale)
        return;
    const QString title = tr("Card slip of No. %1").arg(sale->number);
    m_progress->show();
    const QList<app::payments::Operation> slips = m_session.transactions().slipsOf(sale->uuid);
    if (slips.isEmpty()) {
        m_progress->showResult(title, tr("No card slip is stored with this document."), false);
        return;
    }
    // Every slip of the document (a split payment has more than one), queued in order; the
    // progress follows the last.
    app::Result<int> request = 0;
    for (const app::payments::Operation &o : slips)
        if (request = m_session.transactions().reprint(o.operationId); !request)
            break;
    if (!request) {
        m_progress->showResult(title, request.error().message, false);
        return;
    }
    m_progress->followRequest(title, *request);
}

void JournalScreen::abandonJob()
{
    if (m_dialog || !m_table->currentIndex().isValid())
        return;
    const app::JournalEntry entry = m_model->entry(m_table->currentIndex().row());
    const QString title = tr("Give up No. %1").arg(entry.number);
    if (auto ok = app::mayAbandonFiscalJob(m_session.actor(), entry); !ok) {
        denied(title, ok.error().message);
        return;
    }
    auto *dialog = new AbandonDialog(entry, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    track(dialog);
    connect(dialog, &QDialog::accepted, this, [this, dialog, entry, title] {
        m_table->setFocus();
        m_progress->show();
        if (auto ok = app::abandonFiscalJob(m_session, entry, dialog->reason()); !ok) {
            m_progress->showResult(title, ok.error().message, false);
            return;
        }
        m_abandoning = true;
        m_progress->showResult(title, tr("The receipt is given up: the till will not send it again."), true);
    });
    connect(dialog, &QDialog::rejected, this, [this] { m_table->setFocus(); });
    dialog->open();
}

void JournalScreen::startCorrection()
{
    if (m_dialog)
        return;
    const QString title = tr("Correction receipt");
    if (auto ok = app::AccessControl::check(m_session.actor(), app::Permission::Corrections); !ok) {
        denied(title, tr("%1 Ask an administrator to sign in.").arg(ok.error().message));
        return;
    }
    auto submit = [this](const app::CorrectionInput &input) {
        return m_session.sales().createCorrection(m_session.actor(), input);
    };
    auto *wizard = new CorrectionWizard(m_session.catalog().vatRates(QDate::currentDate()), submit, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    track(wizard);
    connect(wizard, &QDialog::finished, this, [this, wizard, title](int result) {
        m_table->setFocus();
        if (result != QDialog::Accepted || wizard->created().uuid.isEmpty())
            return;
        const app::Sale created = wizard->created();
        m_progress->show();
        m_progress->runJob(title, QStringLiteral("correction"), created.uuid);
        refresh();
        selectSale(created.id);
        Q_EMIT documentCreated(created.uuid);
    });
    wizard->open();
}

bool JournalScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            showDetails();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ui
