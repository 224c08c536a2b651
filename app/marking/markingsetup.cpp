#include "app/marking/markingsetup.h"

#include <QDataStream>
#include <QIODevice>

#include "app/logging.h"
#include "app/marking/lmoutbox.h"
#include "app/marking/permitchecker.h"
#include "app/marking/permitsettings.h"

namespace app {

namespace {

// Every field, secrets included: a new token must reach the running client too.
QByteArray fingerprint(const MarkingSettings &s)
{
    QByteArray f;
    QDataStream out(&f, QIODevice::WriteOnly);
    out << MarkingSettings::modeName(s.mode) << s.tsPiotUrl << s.clientId << s.clientToken << s.caFile
        << s.chzToken << s.lmUrl << s.lmLogin << s.lmPassword << s.strictGroups << s.budgetMs;
    return f;
}

} // namespace

MarkingSetup::MarkingSetup(Database &db, PermitChecker &permit)
    : m_db(db)
    , m_permit(permit)
    , m_store(db) // the default secrets file: the one PermitChecker and the legacy path read
    , m_applied(fingerprint(m_store.load())) // the session started the checker with them
{
    followOutbox();
}

MarkingSetup::~MarkingSetup() = default;

std::optional<LegacySettings> MarkingSetup::legacySettings() const
{
    auto legacy = storedLegacySettings(m_db);
    if (legacy && legacy->fnSerial.isEmpty())
        legacy->fnSerial = m_fnNumber;
    return legacy;
}

void MarkingSetup::useFnNumber(const QString &fnNumber)
{
    if (fnNumber.isEmpty() || fnNumber == m_fnNumber)
        return;
    m_fnNumber = fnNumber;
    const auto legacy = storedLegacySettings(m_db);
    if (!legacy || !legacy->fnSerial.isEmpty())
        return; // no legacy path, or the technician's number wins
    m_permit.setLegacy(legacySettings());
    followOutbox();
}

void MarkingSetup::followOutbox()
{
    const auto legacy = legacySettings();
    if (!legacy || !legacy->lmUrl.isValid() || storedPermitMode(m_db) != PermitMode::Legacy) {
        m_lmOutbox.reset();
        return;
    }
    // A new address or password: a new outbox; a row in flight is sent again, which the ЛМ ignores.
    m_lmOutbox = std::make_unique<LmOutbox>(m_db, *legacy);
}

void MarkingSetup::followStored()
{
    const MarkingSettings stored = m_store.load();
    if (fingerprint(stored) != m_applied)
        apply(stored);
}

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
    m_applied = fingerprint(settings);
    std::optional<TsPiotSettings> tsPiot = settings.tsPiot();
    if (!tsPiot && settings.mode == MarkingSettings::Mode::TsPiot)
        tsPiot = m_demoTsPiot;
    m_permit.setTsPiot(tsPiot);
    // The legacy client reads its token and the ЛМ ЧЗ password from the same owner.
    m_permit.setLegacy(legacySettings());
    m_permit.setMode(settings.mode == MarkingSettings::Mode::Legacy ? PermitMode::Legacy
                                                                    : PermitMode::TsPiot);
    followOutbox();
    qCInfo(lcApp) << "marking settings applied: mode" << MarkingSettings::modeName(settings.mode) << "ТС ПИоТ"
                  << (tsPiot ? tsPiot->url.toString() : QStringLiteral("-")) << "budget" << settings.budgetMs
                  << "ms";
}

} // namespace app
