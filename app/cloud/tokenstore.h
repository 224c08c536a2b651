#pragma once

// The device credentials, kept outside the sales database in a small JSON file readable by the
// owner only (0600), written atomically (temp file, fsync, rename) so a crash never leaves half a
// token. The sales database may be copied for support; the token must not travel with it.

#include <QString>

#include <optional>

namespace app::cloud {

struct DeviceCredentials
{
    QString baseUrl; // http://host:port, without /api/v1
    QString token;
    QString deviceId;
    QString workplaceId;
    QString pointOfSaleId;
    QString organizationId;
    QString installId;
};

class TokenStore final
{
public:
    explicit TokenStore(QString path = {}); // empty: AppConfigLocation/cloud-device.json
    QString path() const { return m_path; }

    std::optional<DeviceCredentials> load() const;
    bool save(const DeviceCredentials &credentials, QString *error = nullptr) const;
    // Forgets the token but keeps the install id (a re-activation is the same installation).
    bool clearToken(QString *error = nullptr) const;
    // The install id stored with the token, or a new one (not saved until the next save()).
    QString installId() const;

    static QString defaultPath();

private:
    QString m_path;
};

} // namespace app::cloud
