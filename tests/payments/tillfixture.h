#pragma once

// What the card and SBP operation tests share: the till's database file with its payment journal
// (opened again as after a restart), waiting for an operation's end, and payments_till_helper, the
// till as a process of its own that is killed in the middle of an operation.

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "app/payments/paymentjournal.h"
#include "app/storage/database.h"

namespace rig {

struct Till
{
    QTemporaryDir dir;
    std::unique_ptr<app::Database> db;
    std::unique_ptr<app::payments::PaymentJournal> journal;

    QString dbPath() const { return dir.path() + QStringLiteral("/till.sqlite"); }

    // (Re)opens the database and the journal, as the till does when it starts.
    void open()
    {
        journal.reset();
        db = std::make_unique<app::Database>();
        QVERIFY(db->open(dbPath()).ok());
        journal = std::make_unique<app::payments::PaymentJournal>(*db);
    }
    void close()
    {
        journal.reset();
        db.reset();
    }
};

// The first operation `spy` (on a `finished` signal) catches.
inline app::payments::Operation waitFinished(QSignalSpy &spy, int timeoutMs = 15000)
{
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty(), timeoutMs); }();
    return spy.isEmpty() ? app::payments::Operation{}
                         : spy.takeFirst().at(0).value<app::payments::Operation>();
}

// payments_till_helper: starts one operation, says "started <id>" (an SBP payment then "qr <id>"),
// and waits to be killed.
struct HelperTill
{
    QProcess process;

    void start(const QStringList &args)
    {
        process.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/payments_till_helper"));
        process.setArguments(args);
        process.start();
        QVERIFY(process.waitForStarted());
    }
    // The next line it says, which must start with `prefix`; what follows the prefix.
    QString line(const QString &prefix)
    {
        [&] { QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000); }();
        const QString said = QString::fromUtf8(process.readLine()).trimmed();
        [&] { QVERIFY2(said.startsWith(prefix + QLatin1Char(' ')), qPrintable(said)); }();
        return said.mid(prefix.size() + 1);
    }
    void kill()
    {
        process.kill(); // SIGKILL: no clean-up of any kind
        process.waitForFinished();
    }
};

} // namespace rig
