// SBP operations journaled and recovered like card ones (issue 20), over prilavok-sbp-emulator as a
// process of its own on loopback: the journal row before the acquirer is asked, expired vs declined,
// a QR cancelled when the cashier gives up (and refunded if the buyer paid first), and the till —
// a helper process — killed in the middle of a payment or a refund, then recovered from the
// acquirer without a second QR or a second refund.

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "app/payments/cardoperations.h"
#include "app/payments/paymentjournal.h"
#include "app/payments/raiffeisensbp.h"
#include "app/payments/sbpoperations.h"
#include "app/storage/database.h"
#include "tests/payments/tillfixture.h"

using app::payments::Kind;
using app::payments::Operation;
using app::payments::PaymentJournal;
using app::payments::SbpOperations;
using app::payments::State;
using rig::waitFinished;

class TstSbpOperations : public QObject
{
    Q_OBJECT

private:
    QProcess m_acquirer;
    QString m_url;
    rig::Till m_till;
    std::unique_ptr<app::payments::RaiffeisenSbp> m_provider;
    std::unique_ptr<SbpOperations> m_ops;

    QString api() const { return m_url + QStringLiteral("/api"); }

    // The acquirer's control path: the next buyer's fate, faults, what a QR holds.
    QJsonObject control(const QString &path, const QJsonObject &body = {})
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_url + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = path.startsWith(QStringLiteral("/_ctl/pay/")) ||
                                       path.startsWith(QStringLiteral("/_ctl/reject/")) || !body.isEmpty()
                                   ? network.post(request, QJsonDocument(body).toJson())
                                   : network.get(request);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000); }();
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return out;
    }
    void nextFate(const QString &fate, int afterMs = 0)
    {
        control(QStringLiteral("/_ctl/next"),
                {{QStringLiteral("fate"), fate}, {QStringLiteral("afterMs"), afterMs}});
    }
    QString qrStatus(const QString &qrId)
    {
        return control(QStringLiteral("/_ctl/qr/") + qrId).value(QStringLiteral("qrStatus")).toString();
    }
    int made(const QString &what) { return control(QStringLiteral("/_ctl/stats")).value(what).toInt(); }

    // The till (again): the database, the acquirer's client, the operations.
    void openTill(int pollMs = 200, int lifetimeSecs = 300)
    {
        m_ops.reset();
        m_provider.reset();
        m_till.open();
        m_provider = std::make_unique<app::payments::RaiffeisenSbp>(
            QUrl(api()), QString(), QStringLiteral("MA0000000001"), lifetimeSecs);
        m_ops = std::make_unique<SbpOperations>(*m_till.journal, m_provider.get(), pollMs);
    }

    // A payment the buyer pays at once, settled in this process.
    Operation paidPayment(app::Kopecks amount, const QString &sale)
    {
        nextFate(QStringLiteral("pay"), 0);
        QSignalSpy spy(m_ops.get(), &SbpOperations::finished);
        const auto id = m_ops->pay(amount, sale, QStringLiteral("Purchase"));
        [&] { QVERIFY(id); }();
        return waitFinished(spy);
    }

    // The helper till: starts the operation, prints "started <id>" (and "qr <id>"), is killed later.
    void startHelper(rig::HelperTill &till, const QStringList &args)
    {
        m_ops.reset();
        m_provider.reset();
        m_till.close();
        till.start(args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_acquirer.setProgram(QCoreApplication::applicationDirPath() +
                              QStringLiteral("/../bin/prilavok-sbp-emulator"));
        m_acquirer.setArguments({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                 QStringLiteral("--pay-after-ms"), QStringLiteral("600000")});
        m_acquirer.start();
        QVERIFY(m_acquirer.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_acquirer.canReadLine(), 10000);
        const QByteArray line = m_acquirer.readLine().trimmed();
        QVERIFY(line.startsWith("listening "));
        m_url = QStringLiteral("http://127.0.0.1:") + QString::fromLatin1(line.mid(10));
    }

    void cleanupTestCase()
    {
        m_acquirer.kill();
        m_acquirer.waitForFinished();
    }

    void init()
    {
        QFile::remove(m_till.dbPath());
        openTill();
    }

    void cleanup()
    {
        control(QStringLiteral("/_ctl/fault"), {{QStringLiteral("mode"), QStringLiteral("none")}});
        control(QStringLiteral("/_ctl/refunds"), {{QStringLiteral("hold"), false}});
        m_ops.reset();
        m_provider.reset();
        m_till.close();
    }

    void paymentIsJournaledBeforeTheAcquirerIsAsked()
    {
        nextFate(QStringLiteral("never"));
        QSignalSpy ready(m_ops.get(), &SbpOperations::qrReady);
        QSignalSpy spy(m_ops.get(), &SbpOperations::finished);
        const auto id = m_ops->pay(15000, QStringLiteral("sale-1"), QStringLiteral("Purchase"));
        QVERIFY(id);
        const std::optional<Operation> started = m_till.journal->find(*id);
        QVERIFY(started);
        QCOMPARE(started->state, State::Started);
        QCOMPARE(started->method, app::payments::Method::Sbp);
        QCOMPARE(started->amount, app::Kopecks(15000));
        QVERIFY(started->qrId.isEmpty()); // the acquirer has not answered yet
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
        const QString qr = m_till.journal->find(*id)->qrId;
        QCOMPARE(qr.size(), 32);
        QVERIFY(m_till.journal->find(*id)->qrPayload.startsWith(QStringLiteral("https://qr.nspk.ru/") + qr));
        control(QStringLiteral("/_ctl/pay/") + qr); // the buyer pays
        const Operation done = waitFinished(spy);
        QCOMPARE(done.state, State::Approved);
        QCOMPARE(done.responseCode, QStringLiteral("PAID"));
        QCOMPARE(m_ops->carriedPayments(QStringLiteral("sale-1")).size(), 1);
        QVERIFY(!m_ops->pay(0, QStringLiteral("sale-1"), {}));
    }

    void expiredAndDeclinedAreToldApart()
    {
        openTill(200, 1);
        nextFate(QStringLiteral("never"));
        QSignalSpy spy(m_ops.get(), &SbpOperations::finished);
        QVERIFY(m_ops->pay(5000, QStringLiteral("sale-e"), QStringLiteral("Purchase")));
        Operation o = waitFinished(spy);
        QCOMPARE(o.state, State::Declined);
        QCOMPARE(o.responseCode, QStringLiteral("EXPIRED"));

        openTill();
        QSignalSpy spy2(m_ops.get(), &SbpOperations::finished);
        nextFate(QStringLiteral("reject"), 0);
        QVERIFY(m_ops->pay(5000, QStringLiteral("sale-d"), QStringLiteral("Purchase")));
        o = waitFinished(spy2);
        QCOMPARE(o.state, State::Declined);
        QCOMPARE(o.responseCode, QStringLiteral("DECLINED"));
        QVERIFY(m_ops->carriedPayments(QStringLiteral("sale-d")).isEmpty());
    }

    void qrCancelledAtTheAcquirerIsNotADecline()
    {
        nextFate(QStringLiteral("never"));
        QSignalSpy ready(m_ops.get(), &SbpOperations::qrReady);
        QSignalSpy spy(m_ops.get(), &SbpOperations::finished);
        const auto id = m_ops->pay(6100, QStringLiteral("sale-c"), QStringLiteral("Purchase"));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
        control(QStringLiteral("/_ctl/cancel/") + m_till.journal->find(*id)->qrId,
                {{QStringLiteral("by"), 1}});
        const Operation o = waitFinished(spy);
        QCOMPARE(o.state, State::Cancelled);
        QCOMPARE(o.responseCode, QStringLiteral("CANCELLED"));
        QCOMPARE(o.message, devices::sbpStatusText(devices::SbpStatus::Cancelled));
        QVERIFY(o.message != devices::sbpStatusText(devices::SbpStatus::Rejected));
    }

    void expiredQrOfASilentAcquirerGoesToTheCashierThenIsCancelled()
    {
        openTill(200, 1); // the QR lives a second
        m_ops->setExpiryMarginMs(500);
        nextFate(QStringLiteral("never"));
        control(QStringLiteral("/_ctl/fault"), {{QStringLiteral("mode"), QStringLiteral("500")},
                                                {QStringLiteral("count"), 100000},
                                                {QStringLiteral("path"), QStringLiteral("/api/sbp/v2/qrs")}});
        QSignalSpy cashier(m_ops.get(), &SbpOperations::needsCashier);
        const auto id = m_ops->pay(3300, QStringLiteral("sale-quiet"), QStringLiteral("Purchase"));
        QVERIFY(id);
        QTRY_COMPARE_WITH_TIMEOUT(cashier.count(), 1, 15000);
        const Operation o = cashier.at(0).at(0).value<Operation>();
        QCOMPARE(o.operationId, *id);
        QCOMPARE(o.state, State::Attention);
        const QString facts = cashier.at(0).at(1).toString();
        QVERIFY2(facts.contains(QStringLiteral("33,00")), qPrintable(facts));
        QVERIFY(facts.contains(o.qrId));
        QVERIFY(facts.contains(id->left(8)));
        QVERIFY(facts.contains(o.createdAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
        QCOMPARE(
            control(QStringLiteral("/_ctl/qr/") + o.qrId).value(QStringLiteral("cancelRequests")).toInt(), 0);
        // The acquirer answers again: the QR is cancelled (DELETE), the cashier still decides.
        control(QStringLiteral("/_ctl/fault"), {{QStringLiteral("mode"), QStringLiteral("none")}});
        QTRY_VERIFY_WITH_TIMEOUT(
            control(QStringLiteral("/_ctl/qr/") + o.qrId).value(QStringLiteral("cancelRequests")).toInt() >=
                1,
            15000);
        QCOMPARE(m_till.journal->find(*id)->state, State::Attention);
    }

    void orphanQrOfALostAnswerIsCancelled_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("abandon");
        // hold: the answer never comes, the request gives up after its 15 s budget
        QTest::newRow("the answer never came") << QStringLiteral("hold") << false;
        QTest::newRow("the answer lost, the cashier gave up") << QStringLiteral("lost") << true;
    }

    void orphanQrOfALostAnswerIsCancelled()
    {
        QFETCH(QString, fault);
        QFETCH(bool, abandon);
        const int qrsBefore = made(QStringLiteral("qrs"));
        nextFate(QStringLiteral("never"));
        control(QStringLiteral("/_ctl/fault"),
                {{QStringLiteral("mode"), fault},
                 {QStringLiteral("count"), 1},
                 {QStringLiteral("path"), QStringLiteral("/api/sbp/v1/qr/register")}});
        QSignalSpy spy(m_ops.get(), &SbpOperations::finished);
        const auto id = m_ops->pay(4700, QStringLiteral("sale-orphan"), QStringLiteral("Purchase"));
        QVERIFY(id);
        if (abandon)
            m_ops->abandon(*id);
        const Operation o = waitFinished(spy, 40000);
        QCOMPARE(o.operationId, *id);
        QCOMPARE(o.state, State::Cancelled);
        QCOMPARE(made(QStringLiteral("qrs")), qrsBefore + 1); // learned, never a second one
        QCOMPARE(o.qrId.size(), 32);
        QCOMPARE(qrStatus(o.qrId), QStringLiteral("CANCELLED"));
        QVERIFY(m_till.journal->open().isEmpty());
    }

    void refusedQrEndsAtOnceAsDeclined()
    {
        // The acquirer answers 400 to the register request: a refusal for good, not a lost answer.
        // Only that one request is refused, so a retry (the orphan path) would make a QR.
        // No fate is queued for the buyer: no QR is made, so none would take it.
        const int qrsBefore = made(QStringLiteral("qrs"));
        control(QStringLiteral("/_ctl/fault"),
                {{QStringLiteral("mode"), QStringLiteral("400")},
                 {QStringLiteral("count"), 1},
                 {QStringLiteral("path"), QStringLiteral("/api/sbp/v1/qr/register")}});
        QSignalSpy ready(m_ops.get(), &SbpOperations::qrReady);
        QSignalSpy cashier(m_ops.get(), &SbpOperations::needsCashier);
        QSignalSpy spy(m_ops.get(), &SbpOperations::finished);
        const auto id = m_ops->pay(4800, QStringLiteral("sale-refused"), QStringLiteral("Purchase"));
        QVERIFY(id);
        const Operation o = waitFinished(spy);
        QCOMPARE(o.operationId, *id);
        QCOMPARE(o.state, State::Declined);
        QCOMPARE(o.responseCode, QStringLiteral("REFUSED"));
        QVERIFY2(o.message.contains(QStringLiteral("HTTP 400")), qPrintable(o.message));
        QVERIFY2(o.message.contains(QStringLiteral("ERROR.INVALID_REQUEST")), qPrintable(o.message));
        QVERIFY(o.qrId.isEmpty());
        QCOMPARE(ready.count(), 0);
        QCOMPARE(cashier.count(), 0);
        QCOMPARE(made(QStringLiteral("qrs")), qrsBefore); // asked once, never again
        QVERIFY(m_ops->carriedPayments(QStringLiteral("sale-refused")).isEmpty());
        // Nothing is left for the next start to settle or tell.
        QVERIFY(m_till.journal->open().isEmpty());
        openTill();
        QSignalSpy after(m_ops.get(), &SbpOperations::finished);
        m_ops->recoverOpen();
        QVERIFY(m_ops->takeRecovered(QStringLiteral("sale-refused")).isEmpty());
        QCOMPARE(after.count(), 0);
    }

    void abandonedQrIsCancelledAtTheAcquirer()
    {
        nextFate(QStringLiteral("never"));
        QSignalSpy ready(m_ops.get(), &SbpOperations::qrReady);
        QSignalSpy spy(m_ops.get(), &SbpOperations::finished);
        const auto id = m_ops->pay(7000, QStringLiteral("sale-a"), QStringLiteral("Purchase"));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
        m_ops->abandon(*id);
        const Operation o = waitFinished(spy);
        QCOMPARE(o.state, State::Cancelled);
        QCOMPARE(qrStatus(o.qrId), QStringLiteral("CANCELLED"));
        control(QStringLiteral("/_ctl/pay/") + o.qrId); // a late scan
        QCOMPARE(qrStatus(o.qrId), QStringLiteral("CANCELLED"));
    }

    void paidJustBeforeTheCashierGaveUpIsRefunded()
    {
        openTill(600000); // the watcher asks once, when the QR appears
        nextFate(QStringLiteral("never"));
        QSignalSpy ready(m_ops.get(), &SbpOperations::qrReady);
        QSignalSpy spy(m_ops.get(), &SbpOperations::finished);
        const auto id = m_ops->pay(8800, QStringLiteral("sale-race"), QStringLiteral("Purchase"));
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
        const QString qr = m_till.journal->find(*id)->qrId;
        control(QStringLiteral("/_ctl/pay/") + qr); // the buyer was first
        m_ops->abandon(*id);
        const Operation paid = waitFinished(spy);
        QCOMPARE(paid.state, State::Approved);
        const Operation back = waitFinished(spy);
        QCOMPARE(back.kind, Kind::Refund);
        QCOMPARE(back.state, State::Approved);
        QCOMPARE(back.purpose, app::payments::PurposeAbandoned);
        QCOMPARE(back.originalOperationId, *id);
        QCOMPARE(control(QStringLiteral("/_ctl/qr/") + qr).value(QStringLiteral("refunded")).toString(),
                 QStringLiteral("8800"));
        QCOMPARE(m_ops->returnable(*id), app::Kopecks(0));
    }

    void tillKilledMidPayment_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("code");
        QTest::newRow("the buyer paid while the till was dead")
            << QStringLiteral("pay") << int(State::Approved) << QStringLiteral("PAID");
        QTest::newRow("the buyer's bank declined")
            << QStringLiteral("reject") << int(State::Declined) << QStringLiteral("DECLINED");
        QTest::newRow("the QR expired")
            << QStringLiteral("expire") << int(State::Declined) << QStringLiteral("EXPIRED");
        QTest::newRow("nobody paid: cancelled so a late scan cannot pay")
            << QStringLiteral("never") << int(State::Cancelled) << QStringLiteral("CANCELLED");
        QTest::newRow("the QR's answer never reached the till")
            << QStringLiteral("held") << int(State::Cancelled) << QStringLiteral("CANCELLED");
    }

    void tillKilledMidPayment()
    {
        QFETCH(QString, what);
        QFETCH(int, state);
        QFETCH(QString, code);
        const int qrsBefore = made(QStringLiteral("qrs"));
        nextFate(QStringLiteral("never"));
        if (what == QStringLiteral("held"))
            control(QStringLiteral("/_ctl/fault"),
                    {{QStringLiteral("mode"), QStringLiteral("hold")},
                     {QStringLiteral("count"), 1},
                     {QStringLiteral("path"), QStringLiteral("/api/sbp/v1/qr/register")}});
        rig::HelperTill till;
        startHelper(till, {QStringLiteral("sbp-pay"), m_till.dbPath(), api(), QStringLiteral("26000"),
                           QStringLiteral("sale-crash"),
                           what == QStringLiteral("expire") ? QStringLiteral("1") : QStringLiteral("300")});
        const QString id = till.line(QStringLiteral("started"));
        QString qr;
        if (what == QStringLiteral("held"))
            QTRY_COMPARE_WITH_TIMEOUT(made(QStringLiteral("qrs")), qrsBefore + 1, 10000); // made, unanswered
        else
            qr = till.line(QStringLiteral("qr")); // on the till's screen
        till.kill();
        if (what == QStringLiteral("pay") || what == QStringLiteral("reject"))
            control(QStringLiteral("/_ctl/") + what + QLatin1Char('/') + qr);
        if (what == QStringLiteral("expire"))
            QTRY_COMPARE_WITH_TIMEOUT(qrStatus(qr), QStringLiteral("EXPIRED"), 10000);

        openTill();
        QCOMPARE(m_till.journal->find(id)->state, State::Started);
        QSignalSpy spy(m_ops.get(), &SbpOperations::finished);
        m_ops->recoverOpen();
        const Operation o = waitFinished(spy);
        QCOMPARE(o.operationId, id);
        QCOMPARE(int(o.state), state);
        QCOMPARE(o.responseCode, code);
        QCOMPARE(made(QStringLiteral("qrs")), qrsBefore + 1); // the same QR, never a second one
        QCOMPARE(qrStatus(o.qrId), what == QStringLiteral("pay")      ? QStringLiteral("PAID")
                                   : what == QStringLiteral("expire") ? QStringLiteral("EXPIRED")
                                   : what == QStringLiteral("reject")
                                       ? QStringLiteral("NEW") // the QR stays, its payment declined
                                       : QStringLiteral("CANCELLED"));
        QCOMPARE(m_ops->carriedPayments(QStringLiteral("sale-crash")).size(),
                 state == int(State::Approved) ? 1 : 0);
        QVERIFY(m_till.journal->open().isEmpty());
        QVERIFY(spy.isEmpty());
    }

    void acquirerSilentAtRecoveryGoesToTheCashierWithTheFacts()
    {
        nextFate(QStringLiteral("never"));
        rig::HelperTill till;
        startHelper(till, {QStringLiteral("sbp-pay"), m_till.dbPath(), api(), QStringLiteral("4400"),
                           QStringLiteral("sale-silent"), QStringLiteral("300")});
        const QString id = till.line(QStringLiteral("started"));
        const QString qr = till.line(QStringLiteral("qr"));
        till.kill();
        control(QStringLiteral("/_ctl/fault"),
                {{QStringLiteral("mode"), QStringLiteral("500")}, {QStringLiteral("count"), 50}});

        openTill();
        QSignalSpy cashier(m_ops.get(), &SbpOperations::needsCashier);
        m_ops->recoverOpen();
        QTRY_COMPARE_WITH_TIMEOUT(cashier.count(), 1, 15000);
        const Operation o = cashier.at(0).at(0).value<Operation>();
        QCOMPARE(o.state, State::Attention);
        const QString facts = cashier.at(0).at(1).toString();
        QVERIFY2(facts.contains(QStringLiteral("44,00")), qPrintable(facts));
        QVERIFY(facts.contains(qr));
        QVERIFY(facts.contains(id.left(8)));
        control(QStringLiteral("/_ctl/fault"), {{QStringLiteral("mode"), QStringLiteral("none")}});
        QVERIFY(m_ops->resolveByCashier(id, false));
        QCOMPARE(m_till.journal->find(id)->state, State::Declined);
        QVERIFY(!m_ops->resolveByCashier(id, true)); // settled once
    }

    void tillKilledMidRefundRefundsOnce()
    {
        const Operation paid = paidPayment(12300, QStringLiteral("sale-r"));
        QCOMPARE(paid.state, State::Approved);
        const int refundsBefore = made(QStringLiteral("refunds"));
        // The acquirer makes the refund; its answer never reaches the till, which dies waiting.
        control(QStringLiteral("/_ctl/fault"),
                {{QStringLiteral("mode"), QStringLiteral("hold")},
                 {QStringLiteral("count"), 1},
                 {QStringLiteral("path"), QStringLiteral("/api/sbp/v1/refund")}});
        rig::HelperTill till;
        startHelper(till, {QStringLiteral("sbp-refund"), m_till.dbPath(), api(), paid.operationId,
                           QStringLiteral("12300")});
        const QString id = till.line(QStringLiteral("started"));
        QTRY_COMPARE_WITH_TIMEOUT(made(QStringLiteral("refunds")), refundsBefore + 1, 10000);
        till.kill();

        openTill();
        QCOMPARE(m_till.journal->find(id)->state, State::Started);
        QCOMPARE(m_ops->returnable(paid.operationId), app::Kopecks(0)); // not offered again meanwhile
        QSignalSpy spy(m_ops.get(), &SbpOperations::finished);
        m_ops->recoverOpen();
        const Operation o = waitFinished(spy);
        QCOMPARE(o.operationId, id);
        QCOMPARE(o.state, State::Approved);
        QCOMPARE(made(QStringLiteral("refunds")), refundsBefore + 1); // the same refund id: made once
        QCOMPARE(
            control(QStringLiteral("/_ctl/qr/") + paid.qrId).value(QStringLiteral("refunded")).toString(),
            QStringLiteral("12300"));
    }

    void refundInProgressStaysOpenUntilFinal_data()
    {
        QTest::addColumn<QString>("final");
        QTest::newRow("completed") << QStringLiteral("COMPLETED");
        QTest::newRow("declined") << QStringLiteral("DECLINED");
    }

    void refundInProgressStaysOpenUntilFinal()
    {
        QFETCH(QString, final);
        const Operation paid = paidPayment(9900, QStringLiteral("sale-slow"));
        QCOMPARE(paid.state, State::Approved);
        control(QStringLiteral("/_ctl/refunds"), {{QStringLiteral("hold"), true}});
        QSignalSpy spy(m_ops.get(), &SbpOperations::finished);
        const auto id = m_ops->refund(paid.operationId, 9900, QStringLiteral("return-slow"),
                                      app::payments::PurposeReturn);
        QVERIFY(id);
        // The bank answers IN_PROGRESS and is asked again, twice at least: nothing is final yet.
        const int asksBefore = made(QStringLiteral("refundAsks"));
        QTRY_VERIFY_WITH_TIMEOUT(made(QStringLiteral("refundAsks")) >= asksBefore + 2, 15000);
        QVERIFY(spy.isEmpty());
        QCOMPARE(m_till.journal->find(*id)->state, State::Started);
        QCOMPARE(m_till.journal->find(*id)->responseCode, QStringLiteral("IN_PROGRESS"));
        QVERIFY(m_till.journal->open().size() == 1);
        QCOMPARE(m_ops->returnable(paid.operationId), app::Kopecks(0)); // never offered twice meanwhile
        control(QStringLiteral("/_ctl/refunds"), {{QStringLiteral("hold"), false}});
        control(QStringLiteral("/_ctl/refund/") + *id, {{QStringLiteral("status"), final}});
        const Operation o = waitFinished(spy);
        QCOMPARE(o.operationId, *id);
        QCOMPARE(o.responseCode, final);
        QVERIFY(m_till.journal->open().isEmpty());
        if (final == QStringLiteral("COMPLETED")) {
            QCOMPARE(o.state, State::Approved);
            QCOMPARE(m_ops->returnable(paid.operationId), app::Kopecks(0));
            return;
        }
        // Declined: the cashier is told the facts, and the money can be given back again.
        QCOMPARE(o.state, State::Declined);
        QVERIFY2(o.message.contains(QStringLiteral("99,00")), qPrintable(o.message));
        QVERIFY(o.message.contains(paid.qrId));
        QVERIFY(o.message.contains(id->left(8)));
        QCOMPARE(m_ops->returnable(paid.operationId), app::Kopecks(9900));
        QCOMPARE(
            control(QStringLiteral("/_ctl/qr/") + paid.qrId).value(QStringLiteral("refunded")).toString(),
            QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TstSbpOperations)
#include "tst_sbpoperations.moc"
