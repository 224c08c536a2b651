#pragma once

// Which cabinet addresses the till may talk to (issue 21 §6). Tokens, PIN hashes and sales must not
// travel in clear: https:// always, http:// only to this machine (loopback: a cabinet on the same
// computer, the tests) or when the technician has explicitly allowed it (SyncSettings::allowInsecure),
// which the sync badge then shows as a warning.

#include <QString>
#include <QUrl>

namespace app::cloud {

// Plain http:// to another machine: what the insecure setting allows and the badge warns about.
bool isClearTextToAnotherHost(const QUrl &url);
// Empty when the till may use `url`; otherwise why not, translated, with what to do.
QString refusalOf(const QUrl &url, bool allowInsecure);

} // namespace app::cloud
