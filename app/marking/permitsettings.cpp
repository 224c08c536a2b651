#include "app/marking/permitsettings.h"

#include <QSqlQuery>

#include "app/marking/markingsettings.h"
#include "app/storage/database.h"

namespace app {

QString markingSetting(Database &db, const QString &key)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool storeMarkingSettings(Database &db, const QList<std::pair<QString, QString>> &rows)
{
    Transaction tx(db);
    QSqlQuery q = db.prepare(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)"));
    for (const auto &[key, value] : rows) {
        q.bindValue(0, key);
        q.bindValue(1, value.isNull() ? QStringLiteral("") : value); // a null QString binds as NULL
        if (!q.exec())
            return false;
    }
    return bool(tx.commit());
}

PermitMode storedPermitMode(Database &db)
{
    return markingSetting(db, QStringLiteral("marking.mode")) == QLatin1String("legacy") ? PermitMode::Legacy
                                                                                         : PermitMode::TsPiot;
}

bool storePermitMode(Database &db, PermitMode mode)
{
    return storeMarkingSettings(
        db, {{QStringLiteral("marking.mode"),
              mode == PermitMode::Legacy ? QStringLiteral("legacy") : QStringLiteral("tspiot")}});
}

std::optional<LegacySettings> storedLegacySettings(Database &db)
{
    // The secrets' owner is MarkingSettingsStore (a 0600 file outside the database); rows here are
    // from before it.
    const MarkingSettings owned = MarkingSettingsStore(db).load();
    QString cdn = markingSetting(db, QStringLiteral("marking.legacy.cdn_url"));
    if (cdn.isEmpty()) {
        // Set up on the settings page or from the cabinet: Честный знак's own directory, unless a
        // technician points the till at another (the sandbox, a test contour).
        if (owned.mode != MarkingSettings::Mode::Legacy)
            return std::nullopt;
        cdn = QStringLiteral("https://cdn.crpt.ru");
    }
    LegacySettings s;
    s.cdnUrl = QUrl(cdn);
    s.apiKey = markingSetting(db, QStringLiteral("marking.legacy.api_key"));
    s.lmUrl = QUrl(markingSetting(db, QStringLiteral("marking.legacy.lm_url")));
    s.lmLogin = markingSetting(db, QStringLiteral("marking.legacy.lm_login"));
    s.lmPassword = markingSetting(db, QStringLiteral("marking.legacy.lm_password"));
    s.fnSerial = markingSetting(db, QStringLiteral("marking.legacy.fn_serial"));
    if (const int budget = markingSetting(db, QStringLiteral("marking.budget_ms")).toInt(); budget > 0)
        s.budgetMs = budget;
    if (const int retry = markingSetting(db, QStringLiteral("marking.legacy.lm_retry_ms")).toInt(); retry > 0)
        s.lmRetryMs = retry;
    if (!owned.chzToken.isEmpty())
        s.apiKey = owned.chzToken;
    if (!owned.lmPassword.isEmpty())
        s.lmPassword = owned.lmPassword;
    return s;
}

bool storeLegacySettings(Database &db, const LegacySettings &s)
{
    return storeMarkingSettings(
        db, {{QStringLiteral("marking.legacy.cdn_url"), s.cdnUrl.toString()},
             {QStringLiteral("marking.legacy.api_key"), s.apiKey},
             {QStringLiteral("marking.legacy.lm_url"), s.lmUrl.toString()},
             {QStringLiteral("marking.legacy.lm_login"), s.lmLogin},
             {QStringLiteral("marking.legacy.lm_password"), s.lmPassword},
             {QStringLiteral("marking.legacy.fn_serial"), s.fnSerial},
             {QStringLiteral("marking.legacy.lm_retry_ms"), QString::number(s.lmRetryMs)}});
}

} // namespace app
