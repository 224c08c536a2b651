// The transactions journal and the slip reprint on the demo till's services (no screens): a card
// payment through the UPOS emulator program, its slip stored with it and printed, then reprinted
// from the journal as a copy on the registrar emulator's tape through the fiscal service's queue.

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/fiscalservice/fiscalservice.h"
#include "app/payments/cardoperations.h"
#include "app/payments/transactions.h"
#include "app/session/tillsession.h"
#include "tests/payments/tillfixture.h"

using app::payments::Operation;
using app::payments::State;

class TstTransactions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<app::TillSession> m_session;

    QString tape() const
    {
        QFile f(m_session->emulatorTapePath());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    Operation pay(app::Kopecks amount, const QString &sale)
    {
        QSignalSpy spy(m_session->cardOperations(), &app::payments::CardOperations::finished);
        const auto id = m_session->cardOperations()->pay(amount, sale);
        [&] { QVERIFY(id); }();
        return rig::waitFinished(spy);
    }

    // Waits for the registrar's answer to a print request.
    bool printed(QSignalSpy &spy, int request)
    {
        for (int i = 0; i < 200; ++i) {
            for (const QList<QVariant> &args : std::as_const(spy))
                if (args.at(0).toInt() == request)
                    return args.at(1).value<app::FiscalOperationResult>().ok;
            QTest::qWait(100);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("PRILAVOK_SB_PILOT_EMULATOR", PRILAVOK_SB_PILOT_EMULATOR);
        auto opened = app::TillSession::open({true, m_dir.filePath(QStringLiteral("till.sqlite")), {}, {}});
        QVERIFY(opened);
        m_session = std::move(*opened);
        QVERIFY(m_session->cardOperations());
        QVERIFY(m_session->fiscal());
    }

    void cleanupTestCase() { m_session.reset(); }

    void storedSlipIsListedAndReprintedAsACopy()
    {
        app::payments::Transactions &transactions = m_session->transactions();
        QVERIFY(!transactions.reprintLast()); // nothing stored yet: said, nothing printed
        const Operation paid = pay(41000, QStringLiteral("sale-41"));
        QCOMPARE(paid.state, State::Approved);
        const QString reference = QStringLiteral(u"Номер ссылки: ") + paid.rrn;
        QTRY_COMPARE_WITH_TIMEOUT(tape().count(reference), 1, 15000); // printed once when paid

        const QList<Operation> today = transactions.ofDay(QDate::currentDate());
        QCOMPARE(today.size(), 1);
        QCOMPARE(today.at(0).rrn, paid.rrn);
        QVERIFY(!today.at(0).authCode.isEmpty());
        QVERIFY(!today.at(0).cardMask.isEmpty());
        QVERIFY(transactions.ofDay(QDate::currentDate().addDays(-1)).isEmpty());
        QCOMPARE(transactions.slipsOf(QStringLiteral("sale-41")).size(), 1);

        QSignalSpy done(m_session->fiscal(), &app::FiscalService::operationFinished);
        const app::Result<int> request = transactions.reprint(paid.operationId);
        QVERIFY(request);
        QVERIFY(printed(done, *request));
        QCOMPARE(tape().count(reference), 2);
        QVERIFY(tape().contains(QStringLiteral("*** КОПИЯ ***")));

        // The last slip: a later one (the reconciliation report) is the one reprinted.
        QSignalSpy settled(m_session->cardOperations(), &app::payments::CardOperations::finished);
        QVERIFY(m_session->cardOperations()->reconcile());
        QCOMPARE(rig::waitFinished(settled).state, State::Approved);
        QTRY_COMPARE_WITH_TIMEOUT(tape().count(QStringLiteral(u"СВЕРКА ИТОГОВ")), 1, 15000);
        const app::Result<int> last = transactions.reprintLast();
        QVERIFY(last);
        QVERIFY(printed(done, *last));
        QCOMPARE(tape().count(QStringLiteral(u"СВЕРКА ИТОГОВ")), 2);
        QCOMPARE(tape().count(reference), 2);
    }

    void operationWithoutSlipSaysSo()
    {
        app::payments::Operation intent;
        intent.operationId = QStringLiteral("no-slip");
        intent.amount = 100;
        QVERIFY(m_session->paymentJournal().begin(intent));
        const app::Result<int> request = m_session->transactions().reprint(QStringLiteral("no-slip"));
        QVERIFY(!request);
        QVERIFY(!request.error().message.isEmpty());
        QVERIFY(!m_session->transactions().reprint(QStringLiteral("nobody")));
    }
};

QTEST_GUILESS_MAIN(TstTransactions)
#include "tst_transactions.moc"
