#pragma once

// The two error shorthands every SQLite step of app/cloud uses: a failed statement as a Storage
// error, and a failed step's error passed on unchanged.

#include <QSqlQuery>

#include "app/core/result.h"
#include "app/storage/database.h"

namespace app::cloud {

inline app::Unexpected<Error> storage(const QSqlQuery &q)
{
    return {Database::storageError(q)};
}

template<class T>
app::Unexpected<Error> forward(const Result<T> &r)
{
    return {r.error()};
}

} // namespace app::cloud
