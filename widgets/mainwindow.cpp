#include "widgets/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include "app/fiscalservice/fiscalservice.h"
#include "app/session/tillsession.h"
#include "app/version.h"
#include "widgets/devicebadge.h"

namespace ui {

MainWindow::MainWindow(const Context &context, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Prilavok — cashier workstation"));
    setMinimumSize(1024, 700);
    resize(1366, 768);

    buildMenus();

    auto *stack = new QStackedWidget(this);
    stack->addWidget(buildWelcomePage(context));
    setCentralWidget(stack);

    m_deviceBadge = new DeviceBadge(this);
    statusBar()->addPermanentWidget(m_deviceBadge);
    if (context.session && context.session->fiscal()) {
        app::FiscalService *fiscal = context.session->fiscal();
        connect(fiscal, &app::FiscalService::healthChanged, m_deviceBadge, &DeviceBadge::setHealth);
        m_deviceBadge->setHealth(fiscal->health());
    }
    if (context.demo)
        statusBar()->addWidget(new QLabel(tr("Demo mode: nothing is fiscal and nothing is kept"), this));
}

void MainWindow::buildMenus()
{
    QMenu *sale = menuBar()->addMenu(tr("&Sale"));
    sale->addAction(tr("New sale"));
    sale->addAction(tr("Open sales"));
    sale->addAction(tr("Receipt journal"));

    QMenu *service = menuBar()->addMenu(tr("Se&rvice"));
    service->addAction(tr("X-report"));
    service->addAction(tr("Z-report (close shift)"));
    service->addAction(tr("Open shift"));
    service->addSeparator();
    service->addAction(tr("Cash in"));
    service->addAction(tr("Cash out"));

    QMenu *settings = menuBar()->addMenu(tr("Se&ttings"));
    settings->addAction(tr("Fiscal registrar"));
    settings->addAction(tr("Employees"));
    settings->addAction(tr("Catalog"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
