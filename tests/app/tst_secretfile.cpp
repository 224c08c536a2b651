// app::writeSecretFile, the one writer of the till's secret files (device token, marking secrets):
// owner-only from the first byte, atomic replacement, and a failure that keeps the old file.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include "app/core/secretfile.h"

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st
    {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : 0;
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstSecretFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewFileInANewFolderIsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config/secrets.json"));
        QString reason;
        QVERIFY2(app::writeSecretFile(path, "{\"token\":\"s3cret\"}", &reason), qPrintable(reason));
        QCOMPARE(contentOf(path), QByteArray("{\"token\":\"s3cret\"}"));
        QCOMPARE(modeOf(path), mode_t(0600));
        QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
    }

    void anOlderWorldReadableFileBecomesOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cloud-device.json"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QVERIFY(app::writeSecretFile(path, "new"));
        QCOMPARE(contentOf(path), QByteArray("new"));
        QCOMPARE(modeOf(path), mode_t(0600));
    }

    void aWriteThatFailsKeepsTheOldFileAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("marking-secrets.json"));
        QVERIFY(app::writeSecretFile(path, "kept"));
        // A folder where the temporary file goes: open() fails even for root.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("marking-secrets.json.tmp")));
        QString reason;
        QVERIFY(!app::writeSecretFile(path, "lost?", &reason));
        QVERIFY(!reason.isEmpty());
        QCOMPARE(contentOf(path), QByteArray("kept"));
    }

    void aFolderThatCannotBeMadeIsNamed()
    {
        QString reason;
        QVERIFY(!app::writeSecretFile(QStringLiteral("/proc/nonexistent/secrets.json"), "x", &reason));
        QVERIFY2(reason.contains(QStringLiteral("/proc/nonexistent")), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(TstSecretFile)
#include "tst_secretfile.moc"
