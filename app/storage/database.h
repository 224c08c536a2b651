#pragma once

// The one owner of the SQLite file: opens it (WAL, synchronous=FULL, foreign keys), runs the
// migrations and hands out prepared statements. Repositories take a Database& and never open
// connections of their own. QtSql connections belong to the thread that made them, so a worker
// (catalog import, long reports) calls openWorker() on its own thread for a second connection.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

#include "app/core/result.h"

namespace app {

class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class OpenStatus { Ok, CannotOpen, TooNew, MigrationFailed };
    struct OpenResult
    {
        OpenStatus status = OpenStatus::CannotOpen;
        int fileVersion = 0;
        QString message; // translated; empty when Ok
        bool ok() const { return status == OpenStatus::Ok; }
    };

    Database();
    ~Database();

    // Opens (creating if needed) and migrates up to `targetVersion` (0 = latest; tests only).
    OpenResult open(const QString &path, int targetVersion = 0);
    // A second connection on an already migrated file, for the calling thread. No migrations run;
    // a file this build cannot read is refused all the same.
    static std::unique_ptr<Database> openWorker(const QString &path, QString *error = nullptr);

    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    QSqlDatabase &connection() { return m_db; }
    void close();

    // A statement prepared once per connection and reused (hot paths: scan, search, totals).
    // Bind with bindValue/addBindValue and exec(); do not nest two uses of the same text.
    QSqlQuery &cached(const QString &sql);
    // A fresh prepared statement; false return of exec() is turned into storageError().
    QSqlQuery prepare(const QString &sql);

    // Open Transaction guards on this connection; an inner guard becomes a SAVEPOINT.
    int transactionDepth() const { return m_transactionDepth; }

    static Error storageError(const QSqlQuery &query);
    static Error storageError(const QSqlDatabase &db);

private:
    OpenResult openConnection(const QString &path);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_cache;
    int m_transactionDepth = 0;

    friend class Transaction;
};

// QtSql binds a null QString as NULL; text columns are NOT NULL DEFAULT '', so bind "" instead.
inline QString sqlText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Scope guard: BEGIN IMMEDIATE on construction (take the write lock up front so a worker never
// deadlocks half-way), ROLLBACK unless commit() succeeded. Nested guards become savepoints, so a
// caller can wrap several service calls (say, fiscal attributes and the journal's "done") in one
// transaction: an inner failure rolls back to its savepoint, only the outer commit is durable.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    explicit Transaction(Database &db);
    ~Transaction();
    bool isActive() const { return m_active; }
    Result<void> commit();
    QString error() const { return m_error; }

private:
    Database &m_db;
    bool m_active = false;
    int m_level = 0; // 0: the outer BEGIN; n > 0: SAVEPOINT t<n>
    QString m_error;
};

} // namespace app
