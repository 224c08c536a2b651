// `workplace_settings`: every key into the till's settings table as text; keys the cabinet dropped
// are deleted. (The engine reads sync_interval_s after each cycle.)

#include <QSqlQuery>

#include "app/cloud/appliers/applier.h"
#include "app/cloud/appliers/pulledvalues.h"
#include "app/cloud/sqlresult.h"

namespace app::cloud {

namespace {

Result<void> replaceSettings(ApplyContext &ctx, const QJsonObject &data)
{
    for (auto it = ctx.oldData.begin(); it != ctx.oldData.end(); ++it) {
        if (data.contains(it.key()))
            continue;
        QSqlQuery d = ctx.db.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        d.addBindValue(it.key());
        if (!d.exec())
            return storage(d);
    }
    for (auto it = data.begin(); it != data.end(); ++it) {
        QSqlQuery u =
            ctx.db.prepare(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)"));
        u.addBindValue(it.key());
        u.addBindValue(settingValue(it.value()));
        if (!u.exec())
            return storage(u);
    }
    return {};
}

Result<void> upsertSettings(ApplyContext &ctx, const QString &id, const QJsonObject &data)
{
    Q_UNUSED(id)
    return replaceSettings(ctx, data);
}

Result<void> removeSettings(ApplyContext &ctx, const QString &id)
{
    Q_UNUSED(id)
    return replaceSettings(ctx, {});
}

} // namespace

EntityApplier workplaceSettingsApplier()
{
    return {"workplace_settings", &upsertSettings, &removeSettings};
}

} // namespace app::cloud
