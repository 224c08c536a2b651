#include "app/cloud/tlstrust.h"

#include <QSslCertificate>
#include <QStringList>

#include "app/core/tr.h"

namespace app::cloud {

namespace {

QString reasonOf(const QSslError &e)
{
    switch (e.error()) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return Tr::tr("it is not signed by a certificate authority the till trusts");
    case QSslError::CertificateExpired:
        return Tr::tr("it has expired (or the till's date is wrong)");
    case QSslError::CertificateNotYetValid:
        return Tr::tr("it is not valid yet (or the till's date is wrong)");
    case QSslError::HostNameMismatch:
        return Tr::tr("it was issued for another address");
    case QSslError::CertificateRevoked:
        return Tr::tr("it has been revoked");
    default:
        return e.errorString();
    }
}

} // namespace

TlsTrust tlsTrust(const QString &caFile)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (caFile.isEmpty())
        return {config, {}};
    const QList<QSslCertificate> cas = QSslCertificate::fromPath(caFile, QSsl::Pem);
    if (cas.isEmpty())
        return {
            std::nullopt,
            Tr::tr("The CA file %1 cannot be read or holds no certificate. Nothing was sent. Choose the "
                   "cabinet's CA certificate (PEM) in Settings → Cloud cabinet, or clear the field to use "
                   "the system's certificate authorities.")
                .arg(caFile)};
    config.setCaCertificates(cas);
    return {config, {}};
}

QString certificateReasons(const QList<QSslError> &errors)
{
    QStringList reasons;
    for (const QSslError &e : errors)
        if (const QString r = reasonOf(e); !reasons.contains(r))
            reasons.append(r);
    if (reasons.isEmpty())
        reasons.append(Tr::tr("the secure connection could not be set up"));
    return reasons.join(QStringLiteral("; "));
}

QString certificateRefusal(const QList<QSslError> &errors)
{
    return Tr::tr("The till does not trust the cabinet's certificate: %1. Nothing was sent; documents wait "
                  "on the till. Check the cabinet address and the till's date and time. If the cabinet uses "
                  "a certificate of its own, choose its CA file in Settings → Cloud cabinet.")
        .arg(certificateReasons(errors));
}

} // namespace app::cloud
