#include "app/cloud/tokenstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/core/tr.h"
#include "app/core/uuid.h"

namespace app::cloud {

namespace {

const QString kBaseUrl = QStringLiteral("base_url");
const QString kToken = QStringLiteral("device_token");
const QString kDevice = QStringLiteral("device_id");
const QString kWorkplace = QStringLiteral("workplace_id");
const QString kPos = QStringLiteral("point_of_sale_id");
const QString kOrg = QStringLiteral("organization_id");
const QString kInstall = QStringLiteral("install_id");

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        done += n;
    }
    return true;
}

} // namespace

TokenStore::TokenStore(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{}

QString TokenStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/cloud-device.json");
}

std::optional<DeviceCredentials> TokenStore::load() const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    DeviceCredentials c{o.value(kBaseUrl).toString(), o.value(kToken).toString(),
                        o.value(kDevice).toString(),  o.value(kWorkplace).toString(),
                        o.value(kPos).toString(),     o.value(kOrg).toString(),
                        o.value(kInstall).toString()};
    if (c.token.isEmpty() && c.installId.isEmpty())
        return std::nullopt;
    return c;
}

QString TokenStore::installId() const
{
    if (auto c = load(); c && !c->installId.isEmpty())
        return c->installId;
    return newUuid();
}

bool TokenStore::save(const DeviceCredentials &c, QString *error) const
{
    const QJsonObject o{{kBaseUrl, c.baseUrl},       {kToken, c.token},       {kDevice, c.deviceId},
                        {kWorkplace, c.workplaceId}, {kPos, c.pointOfSaleId}, {kOrg, c.organizationId},
                        {kInstall, c.installId}};
    const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = Tr::tr("Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    const QByteArray temp = target + ".tmp";
    // O_CREAT with 0600 and fchmod: the file is never readable by others, not even for a moment,
    // whatever the umask and whatever mode an older file had.
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    bool ok = fd >= 0 && ::fchmod(fd, 0600) == 0 && writeAll(fd, bytes) && ::fsync(fd) == 0;
    const int savedErrno = errno;
    if (fd >= 0)
        ::close(fd);
    ok = ok && ::rename(temp.constData(), target.constData()) == 0;
    if (!ok) {
        if (error)
            *error = Tr::tr("Cannot save the device token to %1: %2")
                         .arg(m_path, QString::fromLocal8Bit(std::strerror(savedErrno ? savedErrno : errno)));
        ::unlink(temp.constData());
        return false;
    }
    if (const int dir = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
        dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}

bool TokenStore::clearToken(QString *error) const
{
    auto c = load();
    if (!c)
        return true;
    c->token.clear();
    return save(*c, error);
}

} // namespace app::cloud
