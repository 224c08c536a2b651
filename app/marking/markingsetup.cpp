#include "app/marking/markingsetup.h"

#include "app/logging.h"
#include "app/marking/permitchecker.h"
#include "app/marking/permitsettings.h"

namespace app {

MarkingSetup::MarkingSetup(Database &db, PermitChecker &permit)
    : m_db(db)
    , m_permit(permit)
    , m_store(db) // the default secrets file: the one PermitChecker and the legacy path read
{}

MarkingSettings MarkingSetup::load() const
{
    return m_store.load();
}

bool MarkingSetup::save(const MarkingSettings &settings, QString *error)
{
    if (!m_store.save(settings, error))
        return false;
    apply(settings);
    return true;
}

void MarkingSetup::apply(const MarkingSettings &settings)
{
    std::optional<TsPiotSettings> tsPiot = settings.tsPiot();
    if (!tsPiot && settings.mode == MarkingSettings::Mode::TsPiot)
        tsPiot = m_demoTsPiot;
    m_permit.setTsPiot(tsPiot);
    // The legacy client reads its token and the ЛМ ЧЗ password from the same owner.
    m_permit.setLegacy(storedLegacySettings(m_db));
    m_permit.setMode(settings.mode == MarkingSettings::Mode::Legacy ? PermitMode::Legacy
                                                                    : PermitMode::TsPiot);
    qCInfo(lcApp) << "marking settings applied: mode" << MarkingSettings::modeName(settings.mode) << "ТС ПИоТ"
                  << (tsPiot ? tsPiot->url.toString() : QStringLiteral("-")) << "budget" << settings.budgetMs
                  << "ms";
}

} // namespace app
