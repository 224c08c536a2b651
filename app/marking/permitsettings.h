#pragma once

// Where the permissive check's mode and the legacy path's settings are kept on the till (settings
// keys marking.mode and marking.legacy.*). The mode is read in one place, storedPermitMode(), so
// that the marking settings' owner can take it over.

#include <optional>

#include "app/marking/legacyclient.h"

namespace app {

class Database;

enum class PermitMode {
    TsPiot, // the default since 2026 (reference §2.4)
    Legacy, // True API + ЛМ ЧЗ, for shops still on it
};

// One settings row of the till (empty when absent), and several written in one transaction.
QString markingSetting(Database &db, const QString &key);
bool storeMarkingSettings(Database &db, const QList<std::pair<QString, QString>> &rows);

PermitMode storedPermitMode(Database &db);
bool storePermitMode(Database &db, PermitMode mode);

std::optional<LegacySettings> storedLegacySettings(Database &db);
bool storeLegacySettings(Database &db, const LegacySettings &settings);

} // namespace app
