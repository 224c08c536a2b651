#pragma once

// The Reports screen (issue 17): a period, the dashboard and one tab per report, read from the
// local database by app::reports::ReportsService on its own thread. A new period asks again; an
// answer for an older request is ignored, so the screen never shows a stale period and never
// waits for a query. Esc emits closed() so the main window can go back to the sale screen.

#include <QWidget>

#include <memory>

#include "app/reports/reporttables.h"
#include "widgets/reports/reportsexport.h"

class QChartView;
class QLabel;
class QPushButton;
class QTabWidget;

namespace app {
class TillSession;
}

namespace ui::reports {

class DashboardPage;
class DocumentsPage;
class PeriodPicker;
class ReportTableView;
class TitledTable;

class ReportsScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsScreen)

public:
    // The tables' tabs, in the order of app::reports::reportDocument() after its summary tables.
    enum class Table { Cashiers, Categories, ProductsBySum, ProductsByQuantity, Vat, Shifts };

    explicit ReportsScreen(app::TillSession &session, QWidget *parent = nullptr);
    ~ReportsScreen() override;

    PeriodPicker *periodPicker() const { return m_period; }
    QTabWidget *tabs() const { return m_tabs; }
    DashboardPage *dashboard() const { return m_dashboard; }
    DocumentsPage *documents() const { return m_documents; }
    QPushButton *printButton() const { return m_print; }
    ReportTableView *table(Table table) const;
    QLabel *status() const { return m_status; }
    // True from a request until its answer is shown.
    bool isLoading() const { return m_request != 0 || m_documentsRequest != 0; }
    // What is on screen: the last answer shown, as the exports take it.
    const app::reports::ReportSet &reports() const { return m_set; }
    app::reports::ReportDocument document() const;

    // Whether the till syncs with a cloud cabinet (unsent documents warn only then).
    void setCloudConnected(bool connected) { m_cloud = connected; }

    QPushButton *exportButton(ExportFormat format) const { return m_export.at(int(format)); }
    // Writes what is on screen; empty when written, else the error (also shown to the person).
    QString saveReport(ExportFormat format, const QString &path);

public Q_SLOTS:
    void refresh();
    // Asks where to save (the Qt file dialog, so tests can type into it) and saves there.
    void exportReport(ExportFormat format);
    // The report as a non-fiscal slip on the registrar; the outcome shows in the status line.
    void printReport();

Q_SIGNALS:
    void closed();
    void shown();                       // an answer was put on screen
    void openSale(std::int64_t saleId); // a receipt chosen in the documents list

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildTop();
    QWidget *buildActions(); // export and print, beside the tabs
    void answered(int request, const app::reports::ReportSet &set);
    void loadDocuments();
    void documentsAnswered(int request, const QList<app::reports::DocumentRow> &rows, const QString &error);

    app::TillSession &m_session;
    std::unique_ptr<app::reports::ReportsService> m_service; // made on the first refresh
    int m_request = 0;
    int m_documentsRequest = 0;
    int m_printRequest = 0;
    bool m_cloud = false; // the answer awaited, 0 when none
    app::reports::ReportSet m_set;
    QDateTime m_madeAt;
    QString m_shop;
    PeriodPicker *m_period = nullptr;
    QTabWidget *m_tabs = nullptr;
    DashboardPage *m_dashboard = nullptr;
    QList<TitledTable *> m_tables;
    DocumentsPage *m_documents = nullptr;
    QChartView *m_drawer = nullptr;
    QPushButton *m_print = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QList<QPushButton *> m_export; // by ExportFormat
};

} // namespace ui::reports
