#pragma once

// Runs the reports on a thread of its own with its own read-only connection, so the screen never
// waits for a query. Each request gets a number; a newer request cancels the older ones (the
// worker checks between queries and stale answers are never delivered).

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
    void cancel() { ++m_generation; }
    bool busy() const { return m_pending.load() > 0; }

Q_SIGNALS:
    void loaded(int request, const app::reports::ReportSet &reports);
    void documentsLoaded(int request, const QList<app::reports::DocumentRow> &rows, const QString &error);

private:
    QString m_path;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread, owns the connection
    std::atomic<int> m_generation{0};
    std::atomic<int> m_pending{0};
};

} // namespace app::reports

Q_DECLARE_METATYPE(app::reports::ReportSet)
