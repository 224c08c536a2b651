#include "app/storage/database.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include "app/core/tr.h"
#include "app/logging.h"
#include "app/storage/schemamanager.h"

namespace app {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("prilavok-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool pragma(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qCWarning(lcDb) << sql << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

void Database::close()
{
    m_cache.clear();
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Database::OpenResult Database::openConnection(const QString &path)
{
    close();
    m_path = path;
    m_connectionName = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    // A new database is readable by the till's user only (PIN hashes, the device token, every sale);
    // SQLite gives its -wal and -shm files the same permissions.
    if (!path.isEmpty() && path != QLatin1String(":memory:") && !QFileInfo::exists(path)) {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    OpenResult result;
    if (!m_db.open()) {
        result.message = Tr::tr("Cannot open the database %1: %2").arg(path, m_db.lastError().text());
        return result;
    }
    // WAL lets the GUI read while a worker writes; FULL fsyncs every commit because the outbox
    // and the fiscal journal must survive a power cut (ARCHITECTURE "exactly-once").
    if (!pragma(m_db, QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !pragma(m_db, QStringLiteral("PRAGMA synchronous=FULL")) ||
        !pragma(m_db, QStringLiteral("PRAGMA foreign_keys=ON"))) {
        result.message = Tr::tr("Cannot open the database %1: %2").arg(path, m_db.lastError().text());
        return result;
    }
    pragma(m_db, QStringLiteral("PRAGMA cache_size=-16000")); // 16 MB page cache per connection
    result.status = OpenStatus::Ok;
    return result;
}

Database::OpenResult Database::open(const QString &path, int targetVersion)
{
    OpenResult result = openConnection(path);
    if (!result.ok())
        return result;
    SchemaManager schema(m_db);
    const SchemaManager::Outcome outcome = schema.upgrade(targetVersion);
    result.fileVersion = schema.currentVersion();
    switch (outcome) {
    case SchemaManager::Outcome::UpToDate:
    case SchemaManager::Outcome::Upgraded:
    case SchemaManager::Outcome::NewerCompatible:
        return result;
    case SchemaManager::Outcome::TooNew:
        result.status = OpenStatus::TooNew;
        break;
    case SchemaManager::Outcome::Failed:
        result.status = OpenStatus::MigrationFailed;
        break;
    }
    result.message = SchemaManager::describe(outcome, result.fileVersion, schema.errorText());
    qCWarning(lcDb) << "refusing database" << path << result.message;
    close();
    return result;
}

std::unique_ptr<Database> Database::openWorker(const QString &path, QString *error)
{
    auto db = std::make_unique<Database>();
    OpenResult result = db->openConnection(path);
    if (result.ok()) {
        SchemaManager schema(db->m_db);
        if (schema.minimumCompatibleVersion() > SchemaManager::latestKnownVersion()) {
            result.message = SchemaManager::describe(SchemaManager::Outcome::TooNew, schema.currentVersion());
            result.status = OpenStatus::TooNew;
        }
    }
    if (!result.ok()) {
        if (error)
            *error = result.message;
        return nullptr;
    }
    return db;
}

QSqlQuery &Database::cached(const QString &sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            qCWarning(lcDb) << "prepare failed" << sql << q->lastError().text();
        it = m_cache.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

QSqlQuery Database::prepare(const QString &sql)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        qCWarning(lcDb) << "prepare failed" << sql << q.lastError().text();
    return q;
}

Error Database::storageError(const QSqlQuery &query)
{
    qCWarning(lcDb) << "query failed" << query.lastQuery() << query.lastError().text();
    return Error{Error::Code::Storage, Tr::tr("Database error: %1").arg(query.lastError().text())};
}

Error Database::storageError(const QSqlDatabase &db)
{
    qCWarning(lcDb) << "database failed" << db.lastError().text();
    return Error{Error::Code::Storage, Tr::tr("Database error: %1").arg(db.lastError().text())};
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_level(db.m_transactionDepth)
{
    QSqlQuery q(m_db.connection());
    m_active = q.exec(m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                   : QStringLiteral("SAVEPOINT t%1").arg(m_level));
    if (!m_active) {
        m_error = q.lastError().text();
        qCWarning(lcDb) << "BEGIN failed" << m_error;
        return;
    }
    ++m_db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db.connection());
    if (m_level == 0) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO t%1").arg(m_level));
        q.exec(QStringLiteral("RELEASE t%1").arg(m_level));
    }
    --m_db.m_transactionDepth;
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return fail(Error::Code::Storage, Tr::tr("Database error: %1").arg(m_error));
    QSqlQuery q(m_db.connection());
    if (!q.exec(m_level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE t%1").arg(m_level)))
        return app::Unexpected<Error>{Database::storageError(q)};
    m_active = false;
    --m_db.m_transactionDepth;
    return {};
}

} // namespace app
