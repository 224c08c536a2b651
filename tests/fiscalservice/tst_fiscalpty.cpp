// The fiscal service over a real pseudo-terminal: the prilavok-fr-emulator executable with its
// --state file and control channel, the serial transport on our side, as with a USB registrar.

#include <QTest>

#include "../soak/emulatorprocess.h"
#include "rig.h"

using namespace app;

class TestFiscalPty final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operationsAndFaultsOverPty()
    {
        FiscalRig rig;
        QVERIFY(rig.openDatabase());
        EmulatorProcess emu;
        QString error;
        QVERIFY2(emu.start(QStringLiteral(PRILAVOK_EMULATOR_PATH),
                           {QStringLiteral("--pty"), rig.dir.filePath(QStringLiteral("ttyFR"))},
                           rig.dir.filePath(QStringLiteral("fr.state")), &error),
                 qPrintable(error));
        rig.deviceUrl = emu.deviceUrl();
        QVERIFY(rig.deviceUrl.startsWith(QStringLiteral("serial:")));

        const qint64 open = rig.openShift();
        rig.startService();
        auto o = rig.waitJob(open);
        QVERIFY(o && o->state == FiscalJobState::Done);
        const qint64 firstFd = *o->fd;

        QVERIFY(rig.sell(2));
        o = rig.waitJob(rig.lastJob(QStringLiteral("sale")));
        QVERIFY(o && o->state == FiscalJobState::Done);

        for (const char *fault : {"lose-answer", "corrupt-lrc", "power-cut", "drop-answer"}) {
            QVERIFY(rig.sell(1));
            rig.service->process();
            QVERIFY(emu.control(QString::fromLatin1(fault)).startsWith(QStringLiteral("ok")));
            o = rig.waitJob(rig.lastJob(QStringLiteral("sale")), 60000);
            QVERIFY2(o && o->state == FiscalJobState::Done, fault);
        }

        QVERIFY(ShiftService(*rig.db).cashIn(rig.owner, 5000, QStringLiteral("r")));
        o = rig.waitJob(rig.lastJob(QStringLiteral("cash_in")));
        QVERIFY(o && o->state == FiscalJobState::Done);

        QVERIFY(ShiftService(*rig.db).close(rig.owner));
        o = rig.waitJob(rig.lastJob(QStringLiteral("z_report")));
        QVERIFY(o && o->state == FiscalJobState::Done);
        // Open shift, five receipts, Z report: exactly seven FN documents (cash in is not one).
        QCOMPARE(*o->fd, firstFd + 6);
        rig.stopService();
        emu.stop();
    }
};

QTEST_GUILESS_MAIN(TestFiscalPty)
#include "tst_fiscalpty.moc"
