#include "widgets/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include "app/fiscalservice/fiscalservice.h"
#include "app/session/tillsession.h"
#include "app/version.h"
#include "widgets/devicebadge.h"
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
        m_stack->addWidget(m_login);
        m_stack->addWidget(m_sale);
        connect(m_login, &LoginPage::signedIn, this, &MainWindow::showSale);
        connect(m_sale, &SaleScreen::signOutRequested, this, &MainWindow::showLogin);
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
        QAction *change = sale->addAction(tr("Change cashier"), this, &MainWindow::showLogin);
        change->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
        m_needsSignIn << change;
    }
    Q_UNUSED(service)
    Q_UNUSED(settings)
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
