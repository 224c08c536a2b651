#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "app/logging.h"

class TstLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messagesReachTheFileWithTheirCategory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logs/prilavok.log"));
        QVERIFY(app::installLogFile(path));
        qCWarning(lcFiscal) << "registrar did not answer";
        qCWarning(lcSync) << "cabinet unreachable";

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("prilavok.fiscal: registrar did not answer"));
        QVERIFY(text.contains("prilavok.sync: cabinet unreachable"));
    }

    void rawCategoriesAreQuietByDefault()
    {
        QVERIFY(!lcFiscalRaw().isDebugEnabled());
        QVERIFY(lcFiscal().isWarningEnabled());
    }

    void unwritablePathIsReported()
    {
        QVERIFY(!app::installLogFile(QStringLiteral("/proc/nonexistent/prilavok.log")));
    }

    void defaultPathIsInTheDataLocation()
    {
        QVERIFY(app::defaultLogFilePath().endsWith(QStringLiteral("/logs/prilavok.log")));
    }
};

QTEST_GUILESS_MAIN(TstLogging)
#include "tst_logging.moc"
