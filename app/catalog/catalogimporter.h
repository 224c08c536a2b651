#pragma once

// Catalog import and export, CSV or JSON. One pass inside one transaction: every row is checked,
// good rows are written as we go, and if any row was bad (or the caller cancelled) the whole
// transaction is rolled back, so the catalog changes all at once or not at all. The report lists
// every bad row with its reason. Runs on a worker thread with Database::openWorker().
//
// Columns (header row required, any order; ';' or ',' separated, UTF-8):
//   article, name, price (rubles "12.50"), unit (tag 2108), vat (tag 1199), barcodes ("a|b"),
//   category ("Dairy/Cheese"), subject (tag 1212), country, marked (0/1), marking_type, weighted
//   (0/1), description. Rows with an article that exists update that product; others are added.

#include <QIODevice>
#include <QList>
#include <QString>

#include <functional>

#include "app/core/clock.h"
#include "app/staff/permissions.h"

namespace app {

class Database;

struct ImportIssue
{
    int row = 0;    // 1-based line in the file (JSON: 1-based index in the array)
    QString reason; // translated
};

struct ImportReport
{
    int rows = 0;
    int added = 0;
    int updated = 0;
    bool applied = false;
    bool cancelled = false;
    QString error; // a whole-file problem (no header, permission, storage), translated
    QList<ImportIssue> issues;
};

// (done, total) in bytes for CSV and rows for JSON; return false to cancel.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

class CatalogImporter final
{
    Q_DISABLE_COPY_MOVE(CatalogImporter)

public:
    static constexpr int MaxReportedIssues = 10000;

    explicit CatalogImporter(Database &db, Clock clock = systemClock());

    ImportReport importCsv(const Actor &actor, const QByteArray &data, const ImportProgress &progress = {});
    ImportReport importJson(const Actor &actor, const QByteArray &data, const ImportProgress &progress = {});

    bool exportCsv(QIODevice &out, char separator = ';');
    bool exportJson(QIODevice &out);

    static QStringList columns();

    class Session; // one import's statements and state (public for the file-local helpers)

private:
    Database &m_db;
    Clock m_clock;
};

} // namespace app
