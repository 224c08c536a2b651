#pragma once

#include <QString>
#include <QUuid>

namespace app {

// Client-generated document ids (sync idempotency keys): lower-case, no braces.
inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace app
