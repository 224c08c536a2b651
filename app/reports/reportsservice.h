#pragma once

// Runs the reports on a thread of its own with its own read-only connection, so the screen never
// waits for a query. Each request gets a number; a newer request of the same kind (report set or
// documents list) cancels the older ones: the worker checks between queries and stale answers are
// never delivered. The two kinds do not cancel each other, so a screen may ask for both at once.

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

#include "app/fiscalservice/devicehealth.h"
#include "app/reports/reportdata.h"

namespace app::reports {

struct ReportSet
{
    Period period;
    Dashboard dashboard;
    QList<SalesRow> cashiers;
    QList<SalesRow> categories;
    ProductReport products;
    QList<SalesRow> vat;
    QList<ShiftRow> shifts;
    QList<DrawerPoint> drawer;
    QList<Warning> warnings;
    QString shop;  // the legal entity's name, for exports
    QString error; // translated; empty when every query ran
};

class ReportsService final : public QObject
{
    Q_OBJECT

public:
    explicit ReportsService(const QString &databasePath, QObject *parent = nullptr);
    ~ReportsService() override;

    // Asks for every report of the period; returns the request's number.
    int load(const Period &period, const DeviceHealth &health);
    int loadDocuments(const DocumentFilter &filter);
    // Whether the till syncs with a cloud cabinet: only then do unsent documents warn.
    void setCloudConnected(bool connected) { m_cloud = connected; }
    void cancel()
    {
        ++m_generation;
        ++m_documentsGeneration;
    }
    bool busy() const { return m_pending.load() > 0; }

Q_SIGNALS:
    // The dashboard of a request as soon as it is counted (a year's shifts and drawer take a second
    // more); `loaded` follows with every report of the same request, the dashboard again included.
    void dashboardLoaded(int request, const app::reports::Dashboard &dashboard);
    void loaded(int request, const app::reports::ReportSet &reports);
    void documentsLoaded(int request, const QList<app::reports::DocumentRow> &rows, const QString &error);

private:
    QString m_path;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread, owns the connection
    std::atomic<int> m_generation{0};
    std::atomic<int> m_documentsGeneration{0};
    std::atomic<int> m_pending{0};
    std::atomic<bool> m_cloud{true};
};

} // namespace app::reports

Q_DECLARE_METATYPE(app::reports::ReportSet)
