#pragma once

// The error channel of every app/ service: a typed code the UI can branch on plus translated text
// it can show as is. Built on the Expected of base/ (which fiscal/ uses too) so both layers share one
// shape; app/ owns Result and never needs a fiscal/ header for it.

#include <QString>

#include "base/expected.h"

namespace app {

struct Error
{
    enum class Code {
        Validation,       // the input breaks a rule (text says which)
        PermissionDenied, // the actor's role lacks the permission
        NotFound,
        Conflict, // state forbids it (sale already completed, shift closed, ...)
        Locked,   // too many wrong PINs
        Storage,  // SQLite said no
    };
    Code code = Code::Storage;
    QString message;
};

using base::Unexpected;
using base::unexpected;

template<class T>
using Result = base::Expected<T, Error>;

inline Unexpected<Error> fail(Error::Code code, QString message)
{
    return {Error{code, std::move(message)}};
}

} // namespace app
