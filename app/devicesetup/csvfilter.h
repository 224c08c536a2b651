#pragma once

// The catalog importer applies a file all at once or not at all. After its report names the bad
// rows, the owner may import the rest: this drops those records (by the 1-based line each record
// starts on, as ImportIssue::row gives it) and keeps every other byte as it was.

#include <QByteArray>
#include <QList>

namespace app {

QByteArray withoutCsvRecords(const QByteArray &data, const QList<int> &lines);

} // namespace app
