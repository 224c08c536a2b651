#pragma once

// How the till trusts the cabinet over https (issue 21 §6): TLS 1.2 or later, the certificate
// verified against the system's CAs or, when the technician set one, only against the CA file in the
// sync settings (a cabinet with a certificate of its own). Never without verification.

#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include <optional>

namespace app::cloud {

struct TlsTrust
{
    std::optional<QSslConfiguration> config; // nothing: the CA file is unusable (see `problem`)
    QString problem;                         // translated
};

// `caFile` empty: the system's CAs.
TlsTrust tlsTrust(const QString &caFile);
// Why the certificate was refused, and what to do, in words for the cashier and the technician.
QString certificateRefusal(const QList<QSslError> &errors);
// Only the why ("it is not signed by a certificate authority the till trusts; …"), for other services.
QString certificateReasons(const QList<QSslError> &errors);

} // namespace app::cloud
