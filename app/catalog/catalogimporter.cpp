#include "app/catalog/catalogimporter.h"

#include "app/catalog/catalogsearch.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include <array>

#include "app/catalog/csv.h"
#include "app/catalog/product.h"
#include "app/catalog/productstore.h"
#include "app/core/tr.h"
#include "app/core/uuid.h"
#include "app/logging.h"
#include "app/staff/auditlog.h"
#include "app/storage/database.h"

namespace app {
namespace {

enum Column {
    Article,
    Name,
    Price,
    UnitCol,
    Vat,
    Barcodes,
    CategoryCol,
    SubjectCol,
    Country,
    Marked,
    MarkingTypeCol,
    Weighted,
    Description,
    ColumnCount
};

const std::array<QLatin1String, ColumnCount> columnNames{
    QLatin1String("article"),    QLatin1String("name"),         QLatin1String("price"),
    QLatin1String("unit"),       QLatin1String("vat"),          QLatin1String("barcodes"),
    QLatin1String("category"),   QLatin1String("subject"),      QLatin1String("country"),
    QLatin1String("marked"),     QLatin1String("marking_type"), QLatin1String("weighted"),
    QLatin1String("description")};

using Fields = std::array<QString, ColumnCount>;

bool parseBool(const QString &text, bool &out)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("0") || t == QLatin1String("no") || t == QLatin1String("false")) {
        out = false;
        return true;
    }
    if (t == QLatin1String("1") || t == QLatin1String("yes") || t == QLatin1String("true")) {
        out = true;
        return true;
    }
    return false;
}

bool parseInt(const QString &text, int fallback, int &out)
{
    if (text.trimmed().isEmpty()) {
        out = fallback;
        return true;
    }
    bool ok = false;
    out = text.trimmed().toInt(&ok);
    return ok;
}

} // namespace

// The state of one import: prepared statements, the category cache, counters and the report.
class CatalogImporter::Session final
{
public:
    Session(Database &db, const QDateTime &now, ImportReport &report)
        : m_db(db)
        , m_products(db)
        , m_now(now)
        , m_report(report)
    {
        QSqlQuery count = m_db.prepare(QStringLiteral("SELECT EXISTS(SELECT 1 FROM products)"));
        m_emptyCatalog = count.exec() && count.next() && !count.value(0).toBool();
        count.finish();
        if (m_emptyCatalog)
            dropSecondaryIndexes();
        m_findCategory = m_db.prepare(
            QStringLiteral("SELECT id FROM categories WHERE name = ? AND COALESCE(parent_id, 0) = ?"));
        m_insertCategory =
            m_db.prepare(QStringLiteral("INSERT INTO categories(parent_id, name) VALUES (?, ?)"));
    }

    void issue(int row, const QString &reason)
    {
        if (m_report.issues.size() < MaxReportedIssues)
            m_report.issues.append({row, reason});
        m_bad = true;
    }
    bool bad() const { return m_bad; }

    // Into an empty catalog the secondary indexes are dropped and rebuilt once at the end (a sort)
    // instead of updated row by row: random-key inserts past the page cache made the 1M-row import
    // ten times slower after the first 200k rows. DDL is transactional, so a rollback restores them.
    // The word search's triggers go too (without barcodes_product each would scan all barcodes);
    // the search index is filled in one pass at the end.
    void dropSecondaryIndexes()
    {
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE tbl_name IN ('products', 'barcodes') AND sql IS NOT "
            "NULL "
            "AND (type = 'index' OR (type = 'trigger' AND name LIKE 'product\\_search\\_%' ESCAPE '\\')) "
            "ORDER BY type = 'trigger'"));
        if (!q.exec())
            return;
        QList<QPair<QString, QString>> indexes;
        while (q.next())
            indexes.append({q.value(0).toString(), q.value(1).toString()});
        q.finish();
        for (const auto &[name, sql] : std::as_const(indexes)) {
            // Only an optimisation: an index that cannot be dropped (a statement still reads the
            // table) is simply kept and updated row by row.
            QSqlQuery drop(m_db.connection());
            const bool trigger = sql.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
            if (drop.exec(QStringLiteral("DROP %1 \"%2\"")
                              .arg(trigger ? QLatin1String("TRIGGER") : QLatin1String("INDEX"), name)))
                m_indexSql << sql;
            else
                qCInfo(lcDb) << "import keeps index" << name << drop.lastError().text();
        }
    }

    void rebuildIndexes()
    {
        bool searchFilled = m_indexSql.isEmpty();
        for (const QString &sql : std::as_const(m_indexSql)) {
            // Indexes come first (ORDER BY above): the fill reads barcodes by product.
            if (!searchFilled && sql.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)) {
                if (auto ok = fillSearchIndex(m_db); !ok)
                    issue(0, ok.error().message);
                searchFilled = true;
            }
            QSqlQuery create(m_db.connection());
            if (!create.exec(sql))
                issue(0, Database::storageError(create).message);
        }
        m_indexSql.clear();
    }

    void row(int line, const Fields &f)
    {
        ++m_report.rows;
        Product p;
        p.article = f[Article].trimmed();
        p.name = f[Name].trimmed();
        p.description = f[Description];
        p.country = f[Country].trimmed();
        if (!parseKopecks(f[Price], p.price))
            return issue(line, Tr::tr("The price \"%1\" is not an amount like 12.50.").arg(f[Price]));
        int marking = 0;
        if (!parseInt(f[UnitCol], 0, p.unitCode) || !parseInt(f[Vat], 6, p.vatCode) ||
            !parseInt(f[SubjectCol], Subject::Goods, p.subject) || !parseInt(f[MarkingTypeCol], 0, marking) ||
            !parseBool(f[Marked], p.marked) || !parseBool(f[Weighted], p.weighted))
            return issue(line, Tr::tr("A numeric column holds text."));
        p.markingType = MarkingType(marking);
        for (const QString &code : f[Barcodes].split(QLatin1Char('|'), Qt::SkipEmptyParts))
            p.barcodes << code.trimmed();
        if (const QString why = validateProduct(p); !why.isEmpty())
            return issue(line, why);
        if (!p.article.isEmpty()) {
            const QString key = normaliseForSearch(p.article);
            if (m_seenArticles.contains(key))
                return issue(line, Tr::tr("The article %1 appears twice in the file.").arg(p.article));
            m_seenArticles.insert(key);
        }
        p.categoryId = categoryFor(line, f[CategoryCol]);
        if (p.categoryId < 0)
            return;
        write(line, p);
    }

private:
    std::int64_t categoryFor(int line, const QString &path)
    {
        std::int64_t parent = 0;
        for (const QString &part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            const QString name = part.simplified();
            const QString key = QString::number(parent) + QLatin1Char('/') + name;
            if (const auto it = m_categories.constFind(key); it != m_categories.cend()) {
                parent = it.value();
                continue;
            }
            m_findCategory.bindValue(0, name);
            m_findCategory.bindValue(1, qint64(parent));
            if (m_findCategory.exec() && m_findCategory.next()) {
                parent = m_findCategory.value(0).toLongLong();
            } else {
                m_insertCategory.bindValue(0, parent > 0 ? QVariant::fromValue<qint64>(parent) : QVariant());
                m_insertCategory.bindValue(1, name);
                if (!m_insertCategory.exec()) {
                    issue(line, Database::storageError(m_insertCategory).message);
                    return -1;
                }
                parent = m_insertCategory.lastInsertId().toLongLong();
            }
            m_findCategory.finish();
            m_categories.insert(key, parent);
        }
        return parent;
    }

    // Rows with an article that exists update that product; others are added (ProductStore writes).
    void write(int line, Product &p)
    {
        // Into an empty catalog nothing can match: skip the lookup (the 1M-row fast path).
        if (!m_emptyCatalog && !p.article.isEmpty())
            p.id = m_products.idByArticle(p.article);
        if (p.id > 0) {
            if (auto ok = m_products.update(p, m_now); !ok)
                return issue(line, ok.error().message);
            ++m_report.updated;
            return;
        }
        p.uuid = newUuid();
        if (auto id = m_products.insert(p, m_now); !id)
            return issue(line, id.error().message);
        ++m_report.added;
    }

    Database &m_db;
    ProductStore m_products;
    QDateTime m_now;
    ImportReport &m_report;
    bool m_emptyCatalog = false;
    bool m_bad = false;
    QSet<QString> m_seenArticles;
    QHash<QString, std::int64_t> m_categories;
    QStringList m_indexSql;
    QSqlQuery m_findCategory, m_insertCategory;
};

CatalogImporter::CatalogImporter(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{}

QStringList CatalogImporter::columns()
{
    QStringList out;
    for (const QLatin1String &c : columnNames)
        out << c;
    return out;
}

namespace {

// A 256 MB page cache for the importing connection while the import runs (16 MB otherwise).
struct CacheBoost
{
    explicit CacheBoost(Database &db)
        : m_db(db)
    {
        QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA cache_size=-262144"));
    }
    ~CacheBoost() { QSqlQuery(m_db.connection()).exec(QStringLiteral("PRAGMA cache_size=-16000")); }
    Database &m_db;
};

// Shared tail of both formats: commit when clean, roll back otherwise.
void finishImport(Database &db, Transaction &tx, ImportReport &report, CatalogImporter::Session &session,
                  const Actor &actor, const QDateTime &now)
{
    if (report.cancelled || session.bad())
        return; // the Transaction guard rolls everything back (dropped indexes included)
    session.rebuildIndexes();
    if (session.bad())
        return;
    AuditLog::record(db, actor.employeeId, QStringLiteral("catalog.import"),
                     QStringLiteral("added %1 updated %2").arg(report.added).arg(report.updated), now);
    if (auto ok = tx.commit(); !ok) {
        report.error = ok.error().message;
        return;
    }
    report.applied = true;
}

} // namespace

ImportReport CatalogImporter::importCsv(const Actor &actor, const QByteArray &data,
                                        const ImportProgress &progress)
{
    ImportReport report;
    if (auto ok = AccessControl::check(actor, Permission::ImportCatalog); !ok) {
        report.error = ok.error().message;
        return report;
    }
    CsvReader reader(data, CsvReader::detectSeparator(data));
    QList<QByteArray> fields;
    int line = 0;
    if (!reader.next(fields, line)) {
        report.error = reader.error().isEmpty() ? Tr::tr("The file is empty.") : reader.error();
        return report;
    }
    std::array<int, ColumnCount> index;
    index.fill(-1);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString name = QString::fromUtf8(fields[i]).trimmed().toLower();
        for (int c = 0; c < ColumnCount; ++c) {
            if (name == columnNames[std::size_t(c)])
                index[std::size_t(c)] = int(i);
        }
    }
    if (index[Name] < 0 || index[Price] < 0) {
        report.error = Tr::tr("The header must name at least the columns \"name\" and \"price\".");
        return report;
    }
    const QDateTime now = m_clock();
    Transaction tx(m_db);
    if (!tx.isActive()) {
        report.error = Tr::tr("Database error: %1").arg(tx.error());
        return report;
    }
    CacheBoost boost(m_db);
    Session session(m_db, now, report);
    Fields row;
    while (reader.next(fields, line)) {
        for (int c = 0; c < ColumnCount; ++c) {
            const int at = index[std::size_t(c)];
            row[std::size_t(c)] = at >= 0 && at < fields.size() ? QString::fromUtf8(fields[at]) : QString();
        }
        session.row(line, row);
        if (progress && report.rows % 1000 == 0 && !progress(reader.position(), reader.size())) {
            report.cancelled = true;
            break;
        }
    }
    if (!reader.error().isEmpty()) { // nothing of a file that cannot be read is stored
        report.error = reader.error();
        return report;
    }
    if (progress && !report.cancelled)
        progress(reader.size(), reader.size());
    finishImport(m_db, tx, report, session, actor, now);
    return report;
}

ImportReport CatalogImporter::importJson(const Actor &actor, const QByteArray &data,
                                         const ImportProgress &progress)
{
    ImportReport report;
    if (auto ok = AccessControl::check(actor, Permission::ImportCatalog); !ok) {
        report.error = ok.error().message;
        return report;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (!doc.isArray()) {
        report.error =
            Tr::tr("The JSON file must hold an array of products: %1").arg(parseError.errorString());
        return report;
    }
    const QJsonArray items = doc.array();
    const QDateTime now = m_clock();
    Transaction tx(m_db);
    CacheBoost boost(m_db);
    Session session(m_db, now, report);
    Fields row;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        for (int c = 0; c < ColumnCount; ++c) {
            const QJsonValue v = o.value(columnNames[std::size_t(c)]);
            if (v.isArray()) {
                QStringList parts;
                for (const QJsonValue &part : v.toArray())
                    parts << part.toVariant().toString();
                row[std::size_t(c)] = parts.join(QLatin1Char('|'));
            } else if (v.isBool()) {
                row[std::size_t(c)] = v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
            } else {
                row[std::size_t(c)] = v.toVariant().toString();
            }
        }
        session.row(int(i + 1), row);
        if (progress && (i + 1) % 1000 == 0 && !progress(i + 1, items.size())) {
            report.cancelled = true;
            break;
        }
    }
    if (progress && !report.cancelled)
        progress(items.size(), items.size());
    finishImport(m_db, tx, report, session, actor, now);
    return report;
}

namespace {

// Every active product as column -> text, in id order; category as its path.
template<class Visit>
bool forEachProduct(Database &db, Visit visit)
{
    QHash<std::int64_t, std::pair<std::int64_t, QString>> tree;
    QSqlQuery c = db.prepare(QStringLiteral("SELECT id, COALESCE(parent_id, 0), name FROM categories"));
    if (!c.exec())
        return false;
    while (c.next())
        tree.insert(c.value(0).toLongLong(), {c.value(1).toLongLong(), c.value(2).toString()});
    const auto path = [&](std::int64_t id) {
        QStringList parts;
        for (int guard = 0; id > 0 && guard < 64; ++guard) {
            const auto it = tree.constFind(id);
            if (it == tree.cend())
                break;
            parts.prepend(it->second);
            id = it->first;
        }
        return parts.join(QLatin1Char('/'));
    };
    QSqlQuery q = db.prepare(QStringLiteral(
        "SELECT p.article, p.name, p.price, p.unit_code, p.vat_code, "
        "(SELECT group_concat(code, '|') FROM barcodes b WHERE b.product_id = p.id), COALESCE(p.category_id, "
        "0), "
        "p.subject, p.country, p.marked, p.marking_type, p.weighted, p.description FROM products p "
        "WHERE p.active = 1 ORDER BY p.id"));
    if (!q.exec())
        return false;
    Fields f;
    while (q.next()) {
        f[Article] = q.value(0).toString();
        f[Name] = q.value(1).toString();
        f[Price] = formatKopecks(q.value(2).toLongLong());
        f[UnitCol] = q.value(3).toString();
        f[Vat] = q.value(4).toString();
        f[Barcodes] = q.value(5).toString();
        f[CategoryCol] = path(q.value(6).toLongLong());
        f[SubjectCol] = q.value(7).toString();
        f[Country] = q.value(8).toString();
        f[Marked] = q.value(9).toString();
        f[MarkingTypeCol] = q.value(10).toString();
        f[Weighted] = q.value(11).toString();
        f[Description] = q.value(12).toString();
        visit(f);
    }
    return true;
}

} // namespace

bool CatalogImporter::exportCsv(QIODevice &out, char separator)
{
    QByteArray header;
    for (int c = 0; c < ColumnCount; ++c)
        header +=
            (c ? QByteArray(1, separator) : QByteArray()) + QByteArray(columnNames[std::size_t(c)].data());
    out.write(header + '\n');
    return forEachProduct(m_db, [&](const Fields &f) {
        QByteArray line;
        for (int c = 0; c < ColumnCount; ++c) {
            if (c)
                line += separator;
            line += csvField(f[std::size_t(c)], separator);
        }
        out.write(line + '\n');
    });
}

bool CatalogImporter::exportJson(QIODevice &out)
{
    QJsonArray items;
    const bool ok = forEachProduct(m_db, [&](const Fields &f) {
        QJsonObject o;
        for (int c = 0; c < ColumnCount; ++c) {
            if (c == Barcodes)
                o.insert(columnNames[std::size_t(c)],
                         QJsonArray::fromStringList(f[Barcodes].split(QLatin1Char('|'), Qt::SkipEmptyParts)));
            else if (c == Marked || c == Weighted)
                o.insert(columnNames[std::size_t(c)], f[std::size_t(c)] == QLatin1String("1"));
            else
                o.insert(columnNames[std::size_t(c)], f[std::size_t(c)]);
        }
        items.append(o);
    });
    out.write(QJsonDocument(items).toJson(QJsonDocument::Indented));
    return ok;
}

} // namespace app
