#pragma once

// One way to keep a secret on disk (the device token, the marking tokens and the ЛМ password): a
// file only its owner can read, written atomically so a crash leaves the old file or the new one.

#include <QByteArray>
#include <QString>

namespace app {

// Writes bytes to path through a 0600 temporary file, fsync and rename, then syncs the folder.
// On failure returns false and, when reason is given, says why (a folder that cannot be made, or
// the system's text for the failed call); the caller says what it was saving.
bool writeSecretFile(const QString &path, const QByteArray &bytes, QString *reason = nullptr);

} // namespace app
