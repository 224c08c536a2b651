#include "app/reports/reportsservice.h"

#include <QDateTime>
#include <QSqlQuery>

#include "app/core/tr.h"
#include "app/reports/reportqueries.h"
#include "app/storage/database.h"

namespace app::reports {

namespace {

// The worker: lives on the service's thread and opens its connection there on first use.
class Worker final : public QObject
{
public:
    explicit Worker(QString path)
        : m_path(std::move(path))
    {}

    Database *db(QString &error)
    {
        if (!m_db) {
            m_db = Database::openWorker(m_path, &error);
            if (m_db)
                QSqlQuery(m_db->connection()).exec(QStringLiteral("PRAGMA query_only = ON"));
        }
        return m_db.get();
    }
    void close() { m_db.reset(); }

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
};

template<class T>
bool take(Result<T> r, T &into, QString &error)
{
    if (!r) {
        error = r.error().message;
        return false;
    }
    into = std::move(*r);
    return true;
}

} // namespace

ReportsService::ReportsService(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
{
    qRegisterMetaType<app::reports::ReportSet>();
    qRegisterMetaType<app::reports::Dashboard>();
    qRegisterMetaType<QList<app::reports::DocumentRow>>();
    m_worker = new Worker(m_path);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("reports"));
    m_thread.start(QThread::LowPriority);
}

ReportsService::~ReportsService()
{
    cancel();
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker] {
            static_cast<Worker *>(w)->close();
            delete w;
        },
        Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

int ReportsService::load(const Period &period, const DeviceHealth &health)
{
    const int id = ++m_generation;
    ++m_pending;
    QMetaObject::invokeMethod(m_worker, [this, id, period, health] {
        ReportSet set;
        set.period = period;
        auto stale = [&] { return m_generation.load() != id; };
        Database *db = static_cast<Worker *>(m_worker)->db(set.error);
        if (db) {
            ReportQueries q(*db);
            // Cheapest first: the dashboard shows while the rest is still counting.
            bool ok = !stale() && take(q.dashboard(period), set.dashboard, set.error);
            if (ok && !stale())
                Q_EMIT dashboardLoaded(id, set.dashboard);
            ok = ok && !stale() && take(q.byCashier(period), set.cashiers, set.error);
            LineReports lines;
            ok = ok && !stale() && take(q.byLines(period), lines, set.error);
            set.categories = std::move(lines.categories);
            set.products = std::move(lines.products);
            set.vat = std::move(lines.vat);
            ok = ok && !stale() && take(q.shifts(period), set.shifts, set.error);
            ok = ok && !stale() && take(q.drawer(period), set.drawer, set.error);
            ok = ok && !stale() &&
                 take(q.warnings(health, QDateTime::currentDateTimeUtc(), m_cloud.load()), set.warnings,
                      set.error);
        }
        --m_pending;
        if (!stale())
            Q_EMIT loaded(id, set);
    });
    return id;
}

int ReportsService::loadDocuments(const DocumentFilter &filter)
{
    const int id = ++m_documentsGeneration;
    ++m_pending;
    QMetaObject::invokeMethod(m_worker, [this, id, filter] {
        QString error;
        QList<DocumentRow> rows;
        if (Database *db = static_cast<Worker *>(m_worker)->db(error))
            take(ReportQueries(*db).documents(filter), rows, error);
        --m_pending;
        if (m_documentsGeneration.load() == id)
            Q_EMIT documentsLoaded(id, rows, error);
    });
    return id;
}

} // namespace app::reports
