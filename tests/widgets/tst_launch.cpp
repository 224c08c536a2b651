// Runs the real `prilavok` binary as a user would: help, version, bad usage, no display, a window.

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TstLaunch : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QString binary() const { return qEnvironmentVariable("PRILAVOK_BIN_DIR") + QStringLiteral("/prilavok"); }

    Run run(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 20000)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(binary(), arguments);
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromLocal8Bit(process.readAllStandardOutput()),
                QString::fromLocal8Bit(process.readAllStandardError())};
    }

    QProcessEnvironment headless()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        return env;
    }

    QTemporaryDir m_home;

private Q_SLOTS:
    void versionAndHelpNeedNoDisplay()
    {
        const Run version = run({QStringLiteral("--version")}, headless());
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QStringLiteral("prilavok 0.")), qPrintable(version.out));

        const Run help = run({QStringLiteral("--help")}, headless());
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("--demo")), qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("Демо-режим")), qPrintable(help.out));
    }

    void badUsageIsOneClearLine()
    {
        const Run bad = run({QStringLiteral("--frobnicate")}, headless());
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(QStringLiteral("frobnicate")), qPrintable(bad.err));
    }

    void noDisplayIsExplainedNotACrash()
    {
        const Run noDisplay = run({QStringLiteral("--demo")}, headless());
        QCOMPARE(noDisplay.exitCode, 3);
        QVERIFY2(noDisplay.err.contains(QStringLiteral("xvfb-run")), qPrintable(noDisplay.err));
    }

    void demoWindowOffscreen()
    {
        QProcessEnvironment env = headless();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QString png = m_home.filePath(QStringLiteral("demo-offscreen.png"));
        const Run demo = run({QStringLiteral("--demo"), QStringLiteral("--screenshot"), png}, env);
        QCOMPARE(demo.exitCode, 0);
        QVERIFY(!QImage(png).isNull());
        // Demo mode runs on the in-process emulator, reached through the real TCP driver path.
        QFile log(m_home.filePath(QStringLiteral("data/prilavok/logs/prilavok.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains("demo registrar (emulator) on \"tcp:127.0.0.1:"), text.constData());
        QVERIFY2(text.contains("applied migration"), text.constData());
    }

    void demoWindowUnderXvfb()
    {
        const QString xvfbRun = QStandardPaths::findExecutable(QStringLiteral("xvfb-run"));
        if (xvfbRun.isEmpty())
            QSKIP("xvfb-run is not installed");
        const QString png = m_home.filePath(QStringLiteral("demo-xvfb.png"));
        QProcess process;
        process.setProcessEnvironment(headless());
        process.start(xvfbRun,
                      {QStringLiteral("-a"), QStringLiteral("-s"), QStringLiteral("-screen 0 1366x768x24"),
                       binary(), QStringLiteral("--demo"), QStringLiteral("--screenshot"), png});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1024);
    }
};

QTEST_GUILESS_MAIN(TstLaunch)
#include "tst_launch.moc"
