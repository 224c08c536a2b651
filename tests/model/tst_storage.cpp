#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "app/storage/database.h"
#include "app/storage/schemamanager.h"

using app::Database;
using app::SchemaManager;

class TstStorage : public QObject
{
    Q_OBJECT

    static QString pragma(Database &db, const QString &name)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
            return {};
        return q.value(0).toString();
    }

    static bool hasTable(Database &db, const QString &table)
    {
        QSqlQuery q =
            db.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
        q.addBindValue(table);
        return q.exec() && q.next();
    }

private Q_SLOTS:
    void freshFileGetsEveryMigrationAndTheRightPragmas()
    {
        QTemporaryDir dir;
        Database db;
        const auto result = db.open(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(SchemaManager::latestKnownVersion() >= 5);
        QCOMPARE(result.fileVersion, SchemaManager::latestKnownVersion());
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        for (const char *table :
             {"legal_entity", "employees", "audit_log", "products", "barcodes", "vat_rates", "sales",
              "sale_lines", "payments", "shifts", "cash_documents", "outbox", "sync_state", "fiscal_jobs"})
            QVERIFY2(hasTable(db, QLatin1String(table)), table);
    }

    void aNewDatabaseIsReadableByItsOwnerOnly()
    {
        QTemporaryDir dir;
        Database db;
        const QString path = dir.filePath(QStringLiteral("private.sqlite"));
        QVERIFY(db.open(path).ok());
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                            QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(path + QStringLiteral("-wal")) & others, QFileDevice::Permissions());
    }

    void reopeningIsUpToDate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path).ok());
        }
        Database db;
        QVERIFY(db.open(path).ok());
        SchemaManager schema(db.connection());
        QCOMPARE(schema.upgrade(), SchemaManager::Outcome::UpToDate);
    }

    void migrationsAreSafeToRerun()
    {
        // Forget that migrations 3..N ran and apply them again over the existing tables and rows.
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("a.sqlite"))).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_version WHERE version >= 3")));
        SchemaManager schema(db.connection());
        QCOMPARE(schema.upgrade(), SchemaManager::Outcome::Upgraded);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM vat_rates")) && q.next());
        QCOMPARE(q.value(0).toInt(), 12);
    }

    void oldFileIsUpgradedKeepingItsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            Database db;
            const auto r = db.open(path, 2); // a file written by a build that knew migrations 1-2
            QVERIFY(r.ok());
            QCOMPARE(r.fileVersion, 2);
            QVERIFY(!hasTable(db, QStringLiteral("products")));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO employees(uuid, full_name, role, created_at) "
                                          "VALUES ('u1', 'Kept', 0, '2026-01-01T00:00:00.000Z')")));
        }
        Database db;
        const auto r = db.open(path);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.fileVersion, SchemaManager::latestKnownVersion());
        QVERIFY(hasTable(db, QStringLiteral("products")));
        QVERIFY(hasTable(db, QStringLiteral("outbox")));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT full_name FROM employees")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Kept"));
    }

    void newerFileIsRefusedWithAMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        const int future = SchemaManager::latestKnownVersion() + 1;
        {
            Database db;
            QVERIFY(db.open(path).ok());
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO schema_version(version, min_compatible, applied_at) VALUES (?, ?, '')"));
            q.addBindValue(future);
            q.addBindValue(future);
            QVERIFY(q.exec());
        }
        Database db;
        const auto r = db.open(path);
        QCOMPARE(r.status, Database::OpenStatus::TooNew);
        QCOMPARE(r.fileVersion, future);
        QVERIFY(r.message.contains(QStringLiteral("newer version")));
        QVERIFY(r.message.contains(QString::number(future)));
        QVERIFY(!db.isOpen());
        QString error;
        QVERIFY(!Database::openWorker(path, &error));
        QVERIFY(!error.isEmpty());
    }

    void newerButCompatibleFileOpens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("compat.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path).ok());
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral(
                "INSERT INTO schema_version(version, min_compatible, applied_at) VALUES (?, 1, '')"));
            q.addBindValue(SchemaManager::latestKnownVersion() + 1);
            QVERIFY(q.exec());
        }
        Database db;
        QVERIFY(db.open(path).ok());
    }

    void workerConnectionSeesCommittedData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        Database db;
        QVERIFY(db.open(path).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_state(key, value) VALUES ('cursor', '42')")));
        QString seen;
        QThread *thread = QThread::create([&] {
            auto worker = Database::openWorker(path);
            if (!worker)
                return;
            QSqlQuery w =
                worker->prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'"));
            if (w.exec() && w.next())
                seen = w.value(0).toString();
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QCOMPARE(seen, QStringLiteral("42"));
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("t.sqlite"))).ok());
        {
            app::Transaction tx(db);
            QVERIFY(tx.isActive());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_state(key, value) VALUES ('a', '1')")));
        }
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_state")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void nestedTransactionsAreSavepoints()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("n.sqlite"))).ok());
        const auto insert = [&](const char *key) {
            QSqlQuery q = db.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES (?, '1')"));
            q.addBindValue(QLatin1String(key));
            return q.exec();
        };
        const auto count = [&] {
            QSqlQuery q(db.connection());
            return q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_state")) && q.next() ? q.value(0).toInt()
                                                                                         : -1;
        };
        {
            app::Transaction outer(db);
            QVERIFY(insert("outer"));
            {
                app::Transaction failed(db);
                QVERIFY(insert("inner-rolled-back"));
            }
            {
                app::Transaction kept(db);
                QVERIFY(insert("inner-kept"));
                QVERIFY(bool(kept.commit()));
            }
            QCOMPARE(db.transactionDepth(), 1);
            QVERIFY(bool(outer.commit()));
        }
        QCOMPARE(db.transactionDepth(), 0);
        QCOMPARE(count(), 2);
        {
            app::Transaction outer(db);
            app::Transaction inner(db);
            QVERIFY(insert("lost"));
            QVERIFY(bool(inner.commit()));
        } // the outer guard rolls back the released savepoint too
        QCOMPARE(count(), 2);
    }
};

QTEST_GUILESS_MAIN(TstStorage)
#include "tst_storage.moc"
