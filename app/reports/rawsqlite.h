#pragma once

// SQLite's C API under the worker's QtSql connection, for the reports' passes over a year of rows:
// QSqlQuery builds a QVariant for every value it reads, which over half a million lines costs more
// than the query itself. Only app/reports/ reads this way, and only on its own connection.

#include <QByteArray>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstdint>
#include <vector>

#include "app/core/result.h"
#include "app/core/tr.h"
#include "app/storage/database.h"

namespace app::reports::raw {

inline sqlite3 *handle(Database &db)
{
    const QVariant h = db.connection().driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(h.constData());
}

inline Error error(sqlite3 *db)
{
    return Error{Error::Code::Storage,
                 Tr::tr("Database error: %1")
                     .arg(db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no SQLite handle"))};
}

// One prepared statement, finalized on every path out.
class Statement final
{
public:
    Statement(sqlite3 *db, const char *sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_st, nullptr) != SQLITE_OK)
            m_st = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_st); }
    Q_DISABLE_COPY_MOVE(Statement)

    explicit operator bool() const { return m_st != nullptr; }
    sqlite3_stmt *get() const { return m_st; }
    Error error() const { return raw::error(m_db); }
    void bind(int index, const QByteArray &text)
    {
        sqlite3_bind_text(m_st, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, std::int64_t value) { sqlite3_bind_int64(m_st, index, value); }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_st = nullptr;
};

// A completed document of the period and its direction (+1 into the drawer, -1 out).
struct Document
{
    std::int64_t id;
    int direction;
};

// How the rows belonging to the period's documents (lines, payments) are found. Documents are
// numbered when created, so a period's documents are nearly one run of ids, and one range scan of
// an index that starts with the document id reads them all. A document created long before it was
// completed (put aside for a week) would stretch that run; then each document is sought by its id.
enum class Scan { Auto, Range, PerDocument };

// Calls f(statement, direction) for each row of the documents' children. `range` selects with
// "document id BETWEEN ?1 AND ?2" and gives the document id as column 0; `perDocument` selects
// with "document id = ?1". Rows of other documents in the range are skipped.
template<class F>
Result<void> forEachChild(sqlite3 *db, const std::vector<Document> &docs, const char *range,
                          const char *perDocument, Scan scan, F f)
{
    if (docs.empty())
        return {};
    std::int64_t first = docs.front().id, last = first;
    for (const Document &d : docs) {
        first = std::min(first, d.id);
        last = std::max(last, d.id);
    }
    const std::int64_t span = last - first + 1;
    if (scan == Scan::Auto)
        scan = span <= 4 * std::int64_t(docs.size()) + 4096 ? Scan::Range : Scan::PerDocument;
    int rc = SQLITE_DONE;
    if (scan == Scan::Range) {
        // Direction by offset in the run; 0 for ids that are not the period's documents.
        std::vector<signed char> dir(std::size_t(span), 0);
        for (const Document &d : docs)
            dir[std::size_t(d.id - first)] = static_cast<signed char>(d.direction);
        Statement st(db, range);
        if (!st)
            return app::Unexpected<Error>{st.error()};
        st.bind(1, first);
        st.bind(2, last);
        while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
            const std::int64_t id = sqlite3_column_int64(st.get(), 0);
            if (id < first || id > last)
                continue;
            if (const int d = dir[std::size_t(id - first)])
                f(st.get(), d);
        }
        if (rc != SQLITE_DONE)
            return app::Unexpected<Error>{st.error()};
        return {};
    }
    Statement st(db, perDocument);
    if (!st)
        return app::Unexpected<Error>{st.error()};
    for (const Document &d : docs) {
        sqlite3_reset(st.get());
        st.bind(1, d.id);
        while ((rc = sqlite3_step(st.get())) == SQLITE_ROW)
            f(st.get(), d.direction);
        if (rc != SQLITE_DONE)
            return app::Unexpected<Error>{st.error()};
    }
    return {};
}

} // namespace app::reports::raw
