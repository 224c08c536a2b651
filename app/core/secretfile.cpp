#include "app/core/secretfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/core/tr.h"

namespace app {

namespace {

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

bool writeSecretFile(const QString &path, const QByteArray &bytes, QString *reason)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (reason)
            *reason = Tr::tr("Cannot create the folder %1.").arg(info.absolutePath());
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
        if (reason)
            *reason = QString::fromLocal8Bit(std::strerror(savedErrno ? savedErrno : errno));
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

} // namespace app
