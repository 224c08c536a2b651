#include "widgets/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include "app/cloud/cloudlink.h"
#include "app/cloud/syncclient.h"
#include "app/devicesetup/devicesettingsstore.h"
#include "app/fiscalservice/fiscalservice.h"
#include "app/session/tillsession.h"
#include "app/staff/permissions.h"
#include "app/version.h"
#include "widgets/devicebadge.h"
#include "widgets/journal/journalscreen.h"
#include "widgets/reports/reportsscreen.h"
#include "widgets/service/fiscalprogress.h"
#include "widgets/service/servicemenu.h"
#include "widgets/settings/settingsdialog.h"
#include "widgets/sync/syncbadge.h"
#include "widgets/till/clouddialog.h"
#include "widgets/till/loginpage.h"
#include "widgets/till/salescreen.h"

namespace ui {

MainWindow::MainWindow(const Context &context, QWidget *parent)
    : QMainWindow(parent)
    , m_session(context.session)
{
    setWindowTitle(tr("Prilavok — cashier workstation"));
    setMinimumSize(1024, 700);
    resize(1366, 768);

    m_stack = new QStackedWidget(this);
    setCentralWidget(m_stack);
    if (m_session) {
        m_login = new LoginPage(*m_session, m_stack);
        m_sale = new SaleScreen(*m_session, 2, m_stack);
        m_journal = new JournalScreen(*m_session, m_stack);
        m_service = new ServiceMenu(*m_session, this);
        m_stack->addWidget(m_login);
        m_stack->addWidget(m_sale);
        m_stack->addWidget(m_journal);
        m_reports = new reports::ReportsScreen(*m_session, m_stack);
        m_stack->addWidget(m_reports);
        connect(m_login, &LoginPage::signedIn, this, &MainWindow::showSale);
        connect(m_journal, &JournalScreen::closed, this, &MainWindow::showSale);
        connect(m_reports, &reports::ReportsScreen::closed, this, &MainWindow::showSale);
        // A receipt chosen in the reports' documents list opens in the journal's detail view.
        connect(m_reports, &reports::ReportsScreen::openSale, this, [this](std::int64_t saleId) {
            showJournal();
            if (m_journal->selectSale(saleId))
                m_journal->showDetails();
        });
        applyDeviceSettings();
    } else {
        m_stack->addWidget(buildWelcomePage(context));
    }
    buildMenus();

    m_deviceBadge = new DeviceBadge(this);
    statusBar()->addPermanentWidget(m_deviceBadge);
    if (m_session && m_session->fiscal()) {
        app::FiscalService *fiscal = m_session->fiscal();
        connect(fiscal, &app::FiscalService::healthChanged, m_deviceBadge, &DeviceBadge::setHealth);
        m_deviceBadge->setHealth(fiscal->health());
    }
    if (context.demo)
        statusBar()->addWidget(new QLabel(tr("Demo mode: nothing is fiscal and nothing is kept"), this));
    if (context.cloud) {
        m_sync = &context.cloud->sync();
        m_syncBadge = new SyncBadge(this);
        statusBar()->addPermanentWidget(m_syncBadge);
        connect(m_sync, &app::cloud::SyncClient::statusChanged, m_syncBadge, &SyncBadge::setStatus);
        connect(m_syncBadge, &SyncBadge::clicked, m_sync, &app::cloud::SyncClient::syncNow);
        m_syncBadge->setStatus(m_sync->status());
    }
    updateMenus();
}

void MainWindow::showLogin()
{
    if (!m_session)
        return;
    m_session->signOut();
    m_login->reload();
    m_stack->setCurrentWidget(m_login);
    updateMenus();
}

void MainWindow::showSale()
{
    if (!m_session || !m_session->employee())
        return;
    m_sale->refreshHeader();
    m_stack->setCurrentWidget(m_sale);
    updateMenus();
    if (app::FiscalService *fiscal = m_session->fiscal(); fiscal && fiscal->mustCloseShiftFirst())
        QMessageBox::warning(this, tr("Shift over 24 hours"),
                             fiscal->health().shiftMessage + QLatin1Char('\n') +
                                 tr("Close the shift with the Z-report (Service menu) before selling."));
}

void MainWindow::showJournal()
{
    if (!m_session || !m_session->employee())
        return;
    m_journal->refresh();
    m_stack->setCurrentWidget(m_journal);
}

void MainWindow::showReports()
{
    if (!m_session || !m_session->employee())
        return;
    if (auto ok = app::AccessControl::check(m_session->actor(), app::Permission::ViewReports); !ok) {
        QMessageBox::information(this, tr("Reports"), ok.error().message);
        return;
    }
    m_stack->setCurrentWidget(m_reports);
    m_reports->setCloudConnected(m_sync && m_sync->isActivated());
    m_reports->refresh();
    m_reports->setFocus();
}

void MainWindow::openSettings()
{
    if (!m_session || !m_session->employee())
        return;
    SettingsDialog dialog(*m_session, this);
    if (const QString denied = dialog.notAllowedText(); !denied.isEmpty()) {
        QMessageBox::information(this, tr("Settings"), denied);
        return;
    }
    connect(&dialog, &SettingsDialog::registrarUrlChanged, this, &MainWindow::registrarChanged);
    dialog.exec();
    applyDeviceSettings();
    m_login->reload();
}

void MainWindow::applyDeviceSettings()
{
    // One read of the stored devices: the session's scale and the sale screen's scanners.
    const devices::DeviceSettings devices = app::storedDeviceSettings();
    m_session->setScale(devices.scale);
    m_sale->applyDeviceSettings(devices);
}

void MainWindow::registrarChanged(const QString &url)
{
    // The fiscal worker holds the port; a clean restart hands it the new one with nothing in
    // flight (the journal carries any queued receipt across).
    if (QMessageBox::question(
            this, tr("Fiscal registrar"),
            tr("The registrar connection changed to %1. Restart Prilavok now to use it?").arg(url)) ==
        QMessageBox::Yes) {
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                QCoreApplication::arguments().mid(1));
        QApplication::quit();
    }
}

void MainWindow::openCloud()
{
    if (!m_sync) {
        QMessageBox::information(this, tr("Cloud cabinet"),
                                 tr("The demo shop does not sync with a cabinet."));
        return;
    }
    if (auto ok = app::AccessControl::check(m_session->actor(), app::Permission::ManageSettings); !ok) {
        QMessageBox::information(this, tr("Cloud cabinet"), ok.error().message);
        return;
    }
    CloudDialog dialog(*m_sync, this);
    dialog.exec();
}

void MainWindow::updateMenus()
{
    const bool signedIn = m_session && m_session->employee();
    for (QAction *action : std::as_const(m_needsSignIn))
        action->setEnabled(signedIn);
}

void MainWindow::buildMenus()
{
    QMenu *sale = menuBar()->addMenu(tr("&Sale"));
    QMenu *service = menuBar()->addMenu(tr("Se&rvice"));
    QMenu *settings = menuBar()->addMenu(tr("Se&ttings"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    if (m_sale) {
        for (QAction *action : m_sale->actions()) {
            sale->addAction(action);
            m_needsSignIn << action;
        }
        sale->addSeparator();
        // The one Ctrl+L of the window (a second one on the sale screen would make both ambiguous).
        QAction *change = sale->addAction(tr("Change cashier"), this, &MainWindow::showLogin);
        change->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
        m_needsSignIn << change;
    }
    if (m_journal) {
        QAction *journal = sale->addAction(tr("Receipt journal"), this, &MainWindow::showJournal);
        journal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
        m_needsSignIn << journal;
    }
    if (m_reports) {
        QAction *reports = sale->addAction(tr("Reports"), this, &MainWindow::showReports);
        reports->setObjectName(QStringLiteral("reportsAction"));
        reports->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
        m_needsSignIn << reports;
    }
    if (m_service) {
        for (QAction *action : m_service->actions()) {
            service->addAction(action);
            m_needsSignIn << action;
        }
    }
    if (m_session) {
        QAction *open = settings->addAction(tr("Settings…"), this, &MainWindow::openSettings);
        QAction *cloud = settings->addAction(tr("Cloud cabinet…"), this, &MainWindow::openCloud);
        m_needsSignIn << open << cloud;
    }
    QAction *quit = help->addAction(tr("Quit"));
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);
}

QWidget *MainWindow::buildWelcomePage(const Context &context)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();

    auto *title = new QLabel(tr("Prilavok"), page);
    QFont titleFont = title->font();
    titleFont.setPointSize(32);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    auto *subtitle =
        new QLabel(tr("Cashier workstation, version %1").arg(QStringLiteral(PRILAVOK_VERSION)), page);
    subtitle->setAlignment(Qt::AlignCenter);
    layout->addWidget(subtitle);

    const QString where =
        context.demo ? tr("Demo mode: a throwaway database") : tr("Database: %1").arg(context.databasePath);
    auto *database = new QLabel(where, page);
    database->setObjectName(QStringLiteral("databaseLabel"));
    database->setAlignment(Qt::AlignCenter);
    layout->addWidget(database);

    layout->addStretch();
    return page;
}

} // namespace ui
