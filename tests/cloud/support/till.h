#pragma once

// Till-side helpers: a migrated till database, outbox rows shaped like the sales model's, and
// drivers that run the sync engine's cycles on the test's thread.

#include <QString>
#include <QStringList>
#include <QVariantList>

#include "app/cloud/syncengine.h"

namespace app {
class Database;
}

namespace cloudtest {

// `count` completed receipts of `lines` lines each in one transaction, shaped as SalesService wrote
// them before payload v2 (v1, which the cabinet still takes and counts): bulk load for the sync tests.
QStringList enqueueSales(app::Database &db, int count, int lines = 5, const QString &salt = {});
qint64 outboxRows(app::Database &db);
// The first column of the first row `sql` gives (with `binds`); -1 when there is none.
qint64 scalar(app::Database &db, const QString &sql, const QVariantList &binds = {});

// Settings for tests: short backoff, small batches, the token file in `dir`.
app::cloud::SyncSettings testSettings(const QString &dir);

// One cycle: syncNow() and wait for cycleFinished. Its ok flag.
bool runCycle(app::cloud::SyncEngine &engine);
// Cycles (the retry timer's and our own) until the outbox is empty and a cycle ended clean, at most
// `maxCycles`. No wall-clock limit: the bound is the number of attempts.
bool drain(app::cloud::SyncEngine &engine, int maxCycles = 400);
// Activates against the server; the error text on failure (empty on success).
QString activate(app::cloud::SyncEngine &engine, const QString &baseUrl, const QString &code);

} // namespace cloudtest
