#include "widgets/reports/reportsscreen.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

#include "app/fiscalservice/fiscalservice.h"
#include "app/organisation/organisation.h"
#include "app/session/tillsession.h"
#include "widgets/reports/dashboardpage.h"
#include "widgets/reports/documentspage.h"
#include "widgets/reports/periodpicker.h"
#include "widgets/reports/reportcharts.h"
#include "widgets/reports/tableview.h"

namespace ui::reports {

namespace {

// reportDocument()'s tables: summary, by day and by hour come before the ones with tabs.
constexpr int FirstTabTable = 3;
constexpr int TableCount = 6;

} // namespace

ReportsScreen::ReportsScreen(app::TillSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_period(new PeriodPicker(this))
    , m_tabs(new QTabWidget(this))
    , m_dashboard(new DashboardPage(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("reportsScreen"));
    setFocusPolicy(Qt::StrongFocus);
    QFont readable = font();
    readable.setPointSizeF(readable.pointSizeF() * 1.1);
    setFont(readable);

    m_tabs->setObjectName(QStringLiteral("reportsTabs"));
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    for (int i = 0; i < TableCount; ++i) {
        auto *titled = new TitledTable(this);
        titled->view()->setObjectName(QStringLiteral("reportsTable%1").arg(i));
        m_tables << titled;
    }
    auto tab = [this](Table t) { return m_tables.at(int(t)); };
    m_tabs->addTab(tab(Table::Cashiers), tr("By cashier"));
    m_tabs->addTab(tab(Table::Categories), tr("By category"));
    auto *products = new QSplitter(Qt::Horizontal, this);
    products->addWidget(tab(Table::ProductsBySum));
    products->addWidget(tab(Table::ProductsByQuantity));
    products->setChildrenCollapsible(false);
    products->setSizes({1000, 1000}); // halves, whatever the names' widths
    m_tabs->addTab(products, tr("Top products"));
    m_tabs->addTab(tab(Table::Vat), tr("By VAT rate"));
    // Shifts: the list over the cash in the drawer as it went.
    m_drawer = makeChartView(this);
    m_drawer->setObjectName(QStringLiteral("reportsDrawer"));
    auto *shifts = new QSplitter(Qt::Vertical, this);
    shifts->addWidget(tab(Table::Shifts));
    // The cashier's name takes the spare width (the figures ended two thirds across, seen on the PNG).
    tab(Table::Shifts)->view()->setStretchColumn(3);
    shifts->addWidget(m_drawer);
    shifts->setChildrenCollapsible(false);
    m_tabs->addTab(shifts, tr("Shifts"));
    const std::unique_ptr<app::JournalModel> journal(session.newJournalModel(nullptr));
    m_documents = new DocumentsPage(journal->cashiers(), this);
    m_tabs->addTab(m_documents, tr("Cash documents"));
    connect(m_documents, &DocumentsPage::filterChanged, this, &ReportsScreen::loadDocuments);
    connect(m_documents, &DocumentsPage::openSale, this, &ReportsScreen::openSale);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildTop());
    m_tabs->setCornerWidget(buildActions(), Qt::TopRightCorner);
    layout->addWidget(m_tabs, 1);
    connect(m_period, &PeriodPicker::changed, this, &ReportsScreen::refresh);
}

ReportsScreen::~ReportsScreen() = default;

QWidget *ReportsScreen::buildTop()
{
    auto *top = new QWidget(this);
    auto *title = new QLabel(tr("Reports"), top);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    m_refresh = new QPushButton(tr("Refresh (F5)"), top);
    m_refresh->setObjectName(QStringLiteral("reportsRefresh"));
    connect(m_refresh, &QPushButton::clicked, this, &ReportsScreen::refresh);
    // Only while this screen has the focus: F5 is the sale screen's payment key.
    auto *again = new QAction(this);
    again->setShortcut(QKeySequence(Qt::Key_F5));
    again->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(again, &QAction::triggered, this, &ReportsScreen::refresh);
    addAction(again);
    auto *back = new QPushButton(tr("Back (Esc)"), top);
    connect(back, &QPushButton::clicked, this, &ReportsScreen::closed);
    m_status->setObjectName(QStringLiteral("reportsStatus"));
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));

    auto *layout = new QHBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addSpacing(16);
    layout->addWidget(m_period);
    layout->addWidget(m_refresh);
    layout->addWidget(m_status, 1);
    layout->addWidget(back);
    return top;
}

QWidget *ReportsScreen::buildActions()
{
    auto *actions = new QWidget(this);
    auto *layout = new QHBoxLayout(actions);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->addWidget(new QLabel(tr("Export:"), actions));
    for (ExportFormat f : {ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Pdf}) {
        auto *button = new QPushButton(exportSuffix(f).toUpper(), actions);
        button->setMaximumHeight(fontMetrics().height() + 10); // fits beside the tabs
        button->setObjectName(QStringLiteral("reportsExport") + exportSuffix(f));
        button->setToolTip(tr("Save the report as %1").arg(exportSuffix(f).toUpper()));
        button->setEnabled(false); // until there is a report to save
        connect(button, &QPushButton::clicked, this, [this, f] { exportReport(f); });
        layout->addWidget(button);
        m_export << button;
    }
    layout->addSpacing(8);
    m_print = new QPushButton(tr("Print"), actions);
    m_print->setMaximumHeight(fontMetrics().height() + 10);
    m_print->setObjectName(QStringLiteral("reportsPrint"));
    m_print->setToolTip(tr("Print the report on the registrar (not a fiscal document)"));
    m_print->setEnabled(false);
    connect(m_print, &QPushButton::clicked, this, &ReportsScreen::printReport);
    layout->addWidget(m_print);
    return actions;
}

ReportTableView *ReportsScreen::table(Table table) const
{
    return m_tables.at(int(table))->view();
}

void ReportsScreen::refresh()
{
    if (!m_service) {
        m_service = std::make_unique<app::reports::ReportsService>(m_session.databasePath());
        connect(m_service.get(), &app::reports::ReportsService::loaded, this, &ReportsScreen::answered);
        // The dashboard first: a year's shifts and drawer count for a second more.
        connect(m_service.get(), &app::reports::ReportsService::dashboardLoaded, this,
                [this](int request, const app::reports::Dashboard &d) {
                    if (request == m_request)
                        m_dashboard->showDashboard(d);
                });
        connect(m_service.get(), &app::reports::ReportsService::documentsLoaded, this,
                &ReportsScreen::documentsAnswered);
        if (app::FiscalService *fiscal = m_session.fiscal()) {
            connect(fiscal, &app::FiscalService::operationFinished, this,
                    [this](int id, const app::FiscalOperationResult &result) {
                        if (id != m_printRequest)
                            return;
                        m_printRequest = 0;
                        m_status->setText(result.ok ? tr("Printed on the registrar.") : result.message.text);
                    });
        }
    }
    if (m_shop.isEmpty())
        if (const auto entity = m_session.organisation().legalEntity())
            m_shop = entity->name;
    const app::DeviceHealth health = m_session.fiscal() ? m_session.fiscal()->health() : app::DeviceHealth{};
    m_period->rollToToday();
    m_service->setCloudConnected(m_cloud);
    m_request = m_service->load(m_period->period(), health);
    m_status->setText(tr("Counting…"));
    loadDocuments();
}

void ReportsScreen::loadDocuments()
{
    if (m_service)
        m_documentsRequest = m_service->loadDocuments(m_documents->filter(m_period->period()));
}

void ReportsScreen::documentsAnswered(int request, const QList<app::reports::DocumentRow> &rows,
                                      const QString &error)
{
    if (request != m_documentsRequest)
        return; // a newer filter or period was asked for
    m_documentsRequest = 0;
    m_documents->showRows(rows, error);
}

void ReportsScreen::printReport()
{
    app::FiscalService *fiscal = m_session.fiscal();
    if (!fiscal) {
        QMessageBox::information(this, tr("Print"), tr("No registrar is connected: set it up in Settings."));
        return;
    }
    if (isLoading() || !m_madeAt.isValid() || m_printRequest)
        return;
    m_printRequest = fiscal->printText(app::reports::toSlip(document()));
    m_status->setText(tr("Printing on the registrar…"));
}

void ReportsScreen::answered(int request, const app::reports::ReportSet &set)
{
    // Queued from the worker: a newer period may have been asked for since this was sent.
    if (request != m_request)
        return;
    m_request = 0;
    m_set = set;
    m_madeAt = QDateTime::currentDateTime();
    const app::reports::ReportDocument doc = document();
    for (int i = 0; i < TableCount && FirstTabTable + i < doc.tables.size(); ++i)
        m_tables[i]->setReport(doc.tables.at(FirstTabTable + i));
    m_dashboard->showReports(set);
    showDrawer(m_drawer, set.drawer);
    for (QPushButton *b : std::as_const(m_export))
        b->setEnabled(true);
    m_print->setEnabled(m_session.fiscal() != nullptr);
    m_status->setStyleSheet(set.error.isEmpty()
                                ? QStringLiteral("QLabel { color: #555; }")
                                : QStringLiteral("QLabel { color: #a80000; font-weight: bold; }"));
    if (set.error.isEmpty())
        m_status->setText(tr("%1, made at %2").arg(doc.period, m_madeAt.toString(QStringLiteral("HH:mm"))));
    else
        m_status->setText(tr("Not every report could be counted: %1").arg(set.error));
    Q_EMIT shown();
}

void ReportsScreen::exportReport(ExportFormat format)
{
    if (isLoading() || !m_madeAt.isValid())
        return;
    const QString suffix = exportSuffix(format);
    QString name = tr("Report %1").arg(app::reports::periodText(m_set.period));
    name.replace(QStringLiteral(" – "), QStringLiteral("_"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QFileDialog dialog(this, tr("Save the report"), QDir(folder).filePath(name + u'.' + suffix),
                       tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    dialog.setObjectName(QStringLiteral("reportsSaveDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setDefaultSuffix(suffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    saveReport(format, dialog.selectedFiles().constFirst());
}

QString ReportsScreen::saveReport(ExportFormat format, const QString &path)
{
    const QString error = writeReport(document(), format, path);
    if (error.isEmpty()) {
        m_status->setText(tr("Saved: %1").arg(QFileInfo(path).fileName()));
        m_status->setToolTip(QDir::toNativeSeparators(path));
    } else {
        QMessageBox::warning(this, tr("Save the report"), error);
    }
    return error;
}

app::reports::ReportDocument ReportsScreen::document() const
{
    return app::reports::reportDocument(m_set, m_shop, m_madeAt);
}

void ReportsScreen::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ui::reports
