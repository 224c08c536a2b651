#pragma once

// Runs a catalog import on a pool thread with a connection of its own (Database::openWorker),
// so the GUI thread never waits on it; progress and the report come back as queued signals.
// Not auto-deleted: keep it alive until finished() and deleteLater() it then.

#include <QByteArray>
#include <QObject>
#include <QRunnable>
#include <QString>

#include <atomic>

#include "app/catalog/catalogimporter.h"
#include "app/staff/permissions.h"

namespace app {

class CatalogImportJob final : public QObject, public QRunnable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogImportJob)

public:
    enum class Format { Csv, Json };

    CatalogImportJob(const QString &databasePath, const Actor &actor, const QByteArray &data, Format format,
                     QObject *parent = nullptr);

    void run() override;
    // Thread-safe; the import rolls back and finished() reports cancelled.
    void cancel() { m_cancelled = true; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const app::ImportReport &report);

private:
    QString m_path;
    Actor m_actor;
    QByteArray m_data;
    Format m_format;
    std::atomic<bool> m_cancelled{false};
};

} // namespace app
