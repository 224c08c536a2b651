#pragma once

// fiscal/'s error channel: Expected<T, E> from base/ (shared with app/), and FISCAL_TRY for a step in
// a sequence of commands whose value is not needed: the enclosing function returns the error.

#include "base/expected.h"

namespace fiscal {
using base::Expected;
using base::Unexpected;
using base::unexpected;
} // namespace fiscal

// Runs expr (an Expected); when it failed, the enclosing function returns its error. The value is
// dropped: for steps whose answer nobody reads. One statement, safe under an unbraced if.
#define FISCAL_TRY(expr)                                                                                     \
    do {                                                                                                     \
        if (auto &&fiscal_try_result_ = (expr); !fiscal_try_result_)                                         \
            return ::fiscal::unexpected(fiscal_try_result_.error());                                         \
    } while (false)
