#pragma once

// Logging categories, two per subsystem where bytes matter: events and raw traffic.
// Enable with QT_LOGGING_RULES="prilavok.fiscal.raw.debug=true".

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcFiscal)
Q_DECLARE_LOGGING_CATEGORY(lcFiscalRaw)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcDevices)
Q_DECLARE_LOGGING_CATEGORY(lcDevicesRaw)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace app {

// The log file in the standard data location (…/prilavok/logs/prilavok.log).
QString defaultLogFilePath();

// Sends every Qt message to `path` as well as to stderr; returns false (and keeps stderr only)
// when the file cannot be opened. Thread-safe.
bool installLogFile(const QString &path);

} // namespace app
