// `marking_settings`: how this point's tills check marked goods (issue 18), set by the owner in the
// cabinet (`/points-of-sale/{id}/marking-settings`, id: the point): `mode`, `tspiot_url`, `client_id`,
// `lm_url`, `lm_login`, `strict_groups` (the product groups refused without an answer), `budget_ms`,
// and for the point's own tills only `secrets` (`client_token`, `chz_token`, `lm_password`), which the
// pull store takes out before anything reaches the database and hands over in ApplyContext::secrets.
// Written through MarkingSettingsStore, the one owner of these settings, with fromCabinet set (the
// till's page turns read-only); the secrets land in its 0600 file, never in the database. The CA
// file is a path on this machine and stays the till's own. A delete gives the settings back to the
// till (fromCabinet off), keeping their values.

#include <QJsonArray>
#include <QJsonObject>

#include "app/cloud/appliers/applier.h"
#include "app/cloud/appliers/pulledvalues.h"
#include "app/core/tr.h"
#include "app/marking/markingsettings.h"

namespace app::cloud {

namespace {

app::Unexpected<Error> notSaved(const QString &why)
{
    return app::Unexpected<Error>{Error{Error::Code::Storage, why}};
}

Result<void> upsertMarkingSettings(ApplyContext &ctx, const QString &id, const QJsonObject &data)
{
    Q_UNUSED(id)
    const QString owner = text(data, "point_of_sale_id");
    if (!ctx.ownPointOfSale.isEmpty() && !owner.isEmpty() && owner != ctx.ownPointOfSale)
        return {}; // another point's: mirror only (it came without its secrets)
    const MarkingSettingsStore store(ctx.db);
    MarkingSettings s = store.load(); // the CA file, and the secrets when none came
    const auto mode = MarkingSettings::modeFromName(text(data, "mode", QStringLiteral("tspiot")));
    if (!mode)
        return invalid(
            Tr::tr("The cabinet sent an unknown marking check mode \"%1\".").arg(text(data, "mode")));
    s.mode = *mode;
    s.tsPiotUrl = text(data, "tspiot_url");
    s.clientId = text(data, "client_id");
    s.lmUrl = text(data, "lm_url");
    s.lmLogin = text(data, "lm_login");
    s.budgetMs =
        int(integer(data.value(QLatin1String("budget_ms"))).value_or(MarkingSettings::kDefaultBudgetMs));
    s.strictGroups.clear();
    for (const QJsonValue &g : data.value(QLatin1String("strict_groups")).toArray())
        if (const auto group = integer(g))
            s.strictGroups.insert(int(*group), true);
    if (!ctx.secrets.isEmpty()) {
        s.clientToken = text(ctx.secrets, "client_token");
        s.chzToken = text(ctx.secrets, "chz_token");
        s.lmPassword = text(ctx.secrets, "lm_password");
    }
    s.fromCabinet = true;
    if (const QString problem = s.validate(); !problem.isEmpty())
        return invalid(problem);
    QString why;
    if (!store.save(s, &why))
        return notSaved(why);
    return {};
}

Result<void> removeMarkingSettings(ApplyContext &ctx, const QString &id)
{
    if (!ctx.ownPointOfSale.isEmpty() && id != ctx.ownPointOfSale)
        return {};
    const MarkingSettingsStore store(ctx.db);
    MarkingSettings s = store.load();
    if (!s.fromCabinet)
        return {};
    s.fromCabinet = false;
    QString why;
    if (!store.save(s, &why))
        return notSaved(why);
    return {};
}

} // namespace

EntityApplier markingSettingsApplier()
{
    return {"marking_settings", &upsertMarkingSettings, &removeMarkingSettings};
}

} // namespace app::cloud
