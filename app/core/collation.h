#pragma once

// Names in lists (employees and the like) sort as a Russian reader expects: by letters, not by
// UTF-8 bytes, so «Ёлкина» stands beside «Елкина» and «иванов» beside «Иванов».

#include <QCollator>

namespace app {

// ICU's Russian collation: ё next to е, case only breaking ties, digits as numbers.
QCollator russianCollator();

} // namespace app
