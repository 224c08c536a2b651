#pragma once

// The till's marking settings as the settings page (and whoever else changes them) uses them: read
// and written through their owner, MarkingSettingsStore, and applied to the running PermitChecker at
// once, so the next scanned code goes to the new ТС ПИоТ address without a restart (issue 18). It
// also runs the ЛМ ЧЗ outbox while the legacy mode with an ЛМ is on, and only then: a switch of mode
// starts or stops the deliveries at once; the rows wait in SQLite meanwhile.

#include <QByteArray>

#include <memory>
#include <optional>

#include "app/marking/legacyclient.h"
#include "app/marking/markingsettings.h"

namespace app {

class Database;
class LmOutbox;
class PermitChecker;

class MarkingSetup final
{
    Q_DISABLE_COPY_MOVE(MarkingSetup)

public:
    MarkingSetup(Database &db, PermitChecker &permit);
    ~MarkingSetup();

    MarkingSettings load() const;
    // Validates, stores and applies; on failure nothing is written or applied and *error says why
    // (translated).
    bool save(const MarkingSettings &settings, QString *error = nullptr);
    // The running checker follows `settings`: the ТС ПИоТ client, the legacy client, the mode.
    void apply(const MarkingSettings &settings);
    // Applies the stored settings when someone else changed them (the cabinet's pull, after a sync
    // cycle); nothing when they are what the checker already runs with, so its checks go on.
    void followStored();

    // The FN the registrar reports: the legacy path names it to Честный знак (fiscalDriveNumber) and
    // to the ЛМ (X-ClientId) unless a technician set marking.legacy.fn_serial.
    void useFnNumber(const QString &fnNumber);

    // Demo mode: the fake ТС ПИоТ the till started, used while no address of a real one is set.
    void setDemoTsPiot(std::optional<TsPiotSettings> settings) { m_demoTsPiot = std::move(settings); }

    QString secretsPath() const { return m_store.secretsPath(); }
    LmOutbox *lmOutbox() { return m_lmOutbox.get(); } // the legacy mode with an ЛМ only

private:
    void followOutbox();
    std::optional<LegacySettings> legacySettings() const;

    Database &m_db;
    PermitChecker &m_permit;
    MarkingSettingsStore m_store;
    std::optional<TsPiotSettings> m_demoTsPiot;
    QByteArray m_applied; // fingerprint() of the settings the checker runs with
    std::unique_ptr<LmOutbox> m_lmOutbox;
    QString m_fnNumber; // from the registrar; empty until it answered
};

} // namespace app
