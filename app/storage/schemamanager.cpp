#include "app/storage/schemamanager.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

#include "app/core/tr.h"
#include "app/logging.h"

namespace app {
namespace {

struct Migration
{
    QString resource;
    int minCompatible = 1;
};

// version -> migration, from the resource names ("003_catalog.sql" is version 3).
std::map<int, Migration> knownMigrations()
{
    std::map<int, Migration> out;
    static const QRegularExpression name(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    static const QRegularExpression minLine(QStringLiteral("^--\\s*min-compatible:\\s*(\\d+)"),
                                            QRegularExpression::MultilineOption);
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = name.match(file);
        if (!m.hasMatch())
            continue;
        Migration migration{dir.filePath(file), 1};
        QFile f(migration.resource);
        if (f.open(QIODevice::ReadOnly)) {
            const auto min = minLine.match(QString::fromUtf8(f.readAll()));
            if (min.hasMatch())
                migration.minCompatible = min.captured(1).toInt();
        }
        out[m.captured(1).toInt()] = migration;
    }
    return out;
}

// QSQLITE runs one statement per exec: split on ';' at line ends. A trigger's body holds ';' of
// its own, so a CREATE TRIGGER ends only at a line reading "END;".
QStringList statements(const QString &script)
{
    QStringList out;
    QString current;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        const bool trigger =
            current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        if (trigger ? trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                    : trimmed.endsWith(QLatin1Char(';'))) {
            out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

} // namespace

SchemaManager::SchemaManager(QSqlDatabase db)
    : m_db(std::move(db))
{}

int SchemaManager::latestKnownVersion()
{
    const auto all = knownMigrations();
    return all.empty() ? 0 : all.rbegin()->first;
}

int SchemaManager::currentVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

int SchemaManager::minimumCompatibleVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(min_compatible), 0) FROM schema_version")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

SchemaManager::Outcome SchemaManager::upgrade(int targetVersion)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               " version INTEGER PRIMARY KEY, min_compatible INTEGER NOT NULL,"
                               " applied_at TEXT NOT NULL)"))) {
        m_errorText = q.lastError().text();
        return Outcome::Failed;
    }
    const auto migrations = knownMigrations();
    const int latest = migrations.empty() ? 0 : migrations.rbegin()->first;
    const int current = currentVersion();
    if (current > latest) {
        if (minimumCompatibleVersion() > latest)
            return Outcome::TooNew;
        return Outcome::NewerCompatible;
    }
    const int target = targetVersion > 0 ? std::min(targetVersion, latest) : latest;
    bool upgraded = false;
    for (const auto &[version, migration] : migrations) {
        if (version <= current || version > target)
            continue;
        if (!applyMigration(version, migration.resource, migration.minCompatible))
            return Outcome::Failed;
        upgraded = true;
    }
    return upgraded ? Outcome::Upgraded : Outcome::UpToDate;
}

bool SchemaManager::applyMigration(int version, const QString &resource, int minCompatible)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        m_errorText = file.errorString();
        return false;
    }
    const QStringList list = statements(QString::fromUtf8(file.readAll()));
    if (!m_db.transaction()) {
        m_errorText = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    for (const QString &statement : list) {
        if (!q.exec(statement)) {
            m_errorText = resource + QStringLiteral(": ") + q.lastError().text();
            qCWarning(lcDb) << "migration failed" << m_errorText;
            m_db.rollback();
            return false;
        }
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO schema_version(version, min_compatible, applied_at) "
                             "VALUES (?, ?, ?)"));
    q.addBindValue(version);
    q.addBindValue(minCompatible);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec() || !m_db.commit()) {
        m_errorText = q.lastError().text();
        m_db.rollback();
        return false;
    }
    qCInfo(lcDb) << "applied migration" << version << resource;
    return true;
}

QString SchemaManager::describe(Outcome outcome, int fileVersion, const QString &detail)
{
    switch (outcome) {
    case Outcome::UpToDate:
    case Outcome::Upgraded:
    case Outcome::NewerCompatible:
        return {};
    case Outcome::TooNew:
        return Tr::tr("The database was created by a newer version of Prilavok (schema %1; this version "
                      "knows up to %2). Update the program to open it.")
            .arg(fileVersion)
            .arg(latestKnownVersion());
    case Outcome::Failed:
        return Tr::tr("The database could not be upgraded: %1").arg(detail);
    }
    return {};
}

} // namespace app
