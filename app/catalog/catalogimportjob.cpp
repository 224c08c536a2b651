#include "app/catalog/catalogimportjob.h"

#include "app/storage/database.h"

namespace app {

CatalogImportJob::CatalogImportJob(const QString &databasePath, const Actor &actor, const QByteArray &data,
                                   Format format, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_actor(actor)
    , m_data(data)
    , m_format(format)
{
    setAutoDelete(false);
}

void CatalogImportJob::run()
{
    ImportReport report;
    QString error;
    auto db = Database::openWorker(m_path, &error);
    if (!db) {
        report.error = error;
        Q_EMIT finished(report);
        return;
    }
    CatalogImporter importer(*db);
    const ImportProgress onProgress = [this](qint64 done, qint64 total) {
        Q_EMIT progress(done, total);
        return !m_cancelled.load();
    };
    report = m_format == Format::Csv ? importer.importCsv(m_actor, m_data, onProgress)
                                     : importer.importJson(m_actor, m_data, onProgress);
    db.reset(); // close the connection on the thread that opened it
    Q_EMIT finished(report);
}

} // namespace app
