#pragma once

// Numbered migrations from :/sql/NNN_name.sql, each applied in its own transaction and written to
// be re-runnable (CREATE ... IF NOT EXISTS, INSERT OR IGNORE). schema_version keeps one row per
// applied migration with the minimum schema version a build must know to open the file, so an
// older build refuses a newer database instead of corrupting it (after Mixxx SchemaManager).

#include <QSqlDatabase>
#include <QString>

namespace app {

class SchemaManager final
{
public:
    enum class Outcome {
        UpToDate,
        Upgraded,
        NewerCompatible, // written by a newer build that declared us still compatible
        TooNew,          // written by a newer build we cannot safely open
        Failed,
    };

    explicit SchemaManager(QSqlDatabase db);

    // Applies every known migration above the file's version, up to `targetVersion`
    // (0 = the latest known; tests pass lower values to build old files).
    Outcome upgrade(int targetVersion = 0);

    int currentVersion() const;
    int minimumCompatibleVersion() const;
    static int latestKnownVersion();
    QString errorText() const { return m_errorText; }

    // The translated sentence for the user; `fileVersion` is the version found in the file.
    static QString describe(Outcome outcome, int fileVersion, const QString &detail = {});

private:
    bool applyMigration(int version, const QString &resource, int minCompatible);

    QSqlDatabase m_db;
    QString m_errorText;
};

} // namespace app
