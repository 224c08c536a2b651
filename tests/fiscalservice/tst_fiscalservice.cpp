// The fiscal service end to end against the real emulator over loopback TCP (the in-process
// server, the same wire path as a network registrar): every operation, every fault kind, and every
// recovery branch of the journal, each checked against the FN archive (exactly one document).

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include "app/fiscalservice/fiscaljournal.h"
#include "app/fiscalservice/fndocument.h"
#include "app/fiscalservice/receiptbuilder.h"
#include "fiscal/codes.h"
#include "fiscal/commands/receipt.h"
#include "fiscal/commands/service.h"
#include "fiscal/emulator/inprocess.h"
#include "rig.h"

using namespace app;

class TestFiscalService final : public QObject
{
    Q_OBJECT

    std::unique_ptr<FiscalRig> m_rig;
    std::unique_ptr<fiscal::emu::InProcessEmulator> m_emu;

    FiscalRig &rig() { return *m_rig; }

    // Receipts in the FN with this total.
    int fnReceipts(std::uint32_t from, std::uint32_t to, Kopecks total)
    {
        return rig().fnDocuments(from, to, fndoctype::Receipt, total);
    }

    qint64 sendingJob(const QString &kind, const ExpectedDocument &expected, int reg = 0,
                      std::optional<qint64> regBefore = {})
    {
        return rig().sendingJob(kind, expected, reg, regBefore);
    }

    // The FD of the shift-open document, 0 on failure.
    std::uint32_t openShiftWithService() { return rig().openShiftWithService(); }

private Q_SLOTS:
    void init()
    {
        m_rig = std::make_unique<FiscalRig>();
        QVERIFY(rig().dir.isValid());
        QVERIFY(rig().openDatabase());
        m_emu = std::make_unique<fiscal::emu::InProcessEmulator>();
        std::string error;
        fiscal::emu::InProcessOptions options;
        options.stateDirectory = rig().dir.filePath(QStringLiteral("emu")).toStdString();
        QVERIFY2(m_emu->start(error, options), error.c_str());
        rig().deviceUrl = QStringLiteral("tcp:127.0.0.1:%1").arg(m_emu->port());
    }

    void cleanup()
    {
        rig().stopService();
        m_emu.reset();
        m_rig.reset();
    }

    void saleIsFiscalisedOnceWithAttributes()
    {
        const std::uint32_t before = openShiftWithService();
        QVERIFY(before > 0);
        const auto sale = rig().sell(2, 100);
        QVERIFY(sale);
        const auto o = rig().waitJob(rig().lastJob(QStringLiteral("sale")));
        QVERIFY(o);
        QCOMPARE(o->state, FiscalJobState::Done);
        QCOMPARE(o->resolution, QStringLiteral("sent"));
        QVERIFY(o->fiscalSign.value_or(0) != 0);
        const auto stored = SalesService(*rig().db).saleByUuid(sale->uuid);
        QVERIFY(stored && stored->fiscal);
        QCOMPARE(stored->fiscal->fd, *o->fd);
        QCOMPARE(stored->fiscal->fiscalSign, *o->fiscalSign);
        QVERIFY(!stored->fiscal->fn.isEmpty());
        QVERIFY(rig().waitHealth(
            [](const DeviceHealth &h) { return h.connected && h.shift == ShiftStatus::Open; }));
        QVERIFY(!rig().health.fnNumber.isEmpty());
        QVERIFY(rig().health.fnDaysLeft > 30);
        QCOMPARE(rig().health.fnAlert, FnAlert::None);
        QCOMPARE(rig().health.shiftAlert, ShiftAlert::None);
        QVERIFY(rig().health.ofdBacklog >= 0);
        QVERIFY(rig().service->saleBlockedReason().isEmpty());
        rig().stopService();
        QCOMPARE(fnReceipts(before + 1, before + 5, sale->total), 1);
    }

    void copyIsNotFiscal()
    {
        QVERIFY(openShiftWithService() > 0);
        const auto sale = rig().sell();
        const auto sold = rig().waitJob(rig().lastJob(QStringLiteral("sale")));
        QVERIFY(sold && sold->fd);
        const auto fd = std::uint32_t(*sold->fd);
        const int req = rig().service->printCopy(sale->uuid);
        const auto r = rig().waitOperation(req);
        QVERIFY(r && r->ok);
        QFile tape(QString::fromStdString(m_emu->tapePath()));
        QVERIFY(tape.open(QIODevice::ReadOnly));
        const QString printed = QString::fromUtf8(tape.readAll());
        QVERIFY(printed.contains(QStringLiteral("КОПИЯ")));
        QVERIFY(printed.contains(QStringLiteral("НЕ ЯВЛЯЕТСЯ ФИСКАЛЬНЫМ ДОКУМЕНТОМ")));
        rig().stopService();
        QCOMPARE(rig().lastFd(), fd); // no new fiscal document
    }

    void returnAndCorrection()
    {
        QVERIFY(openShiftWithService() > 0);
        const auto sale = rig().sell(3);
        QVERIFY(rig().waitJob(rig().lastJob(QStringLiteral("sale"))));
        SalesService sales(*rig().db);
        const auto original = sales.saleByUuid(sale->uuid);
        auto ret = sales.createReturn(rig().owner, original->id,
                                      {ReturnLineInput{original->lines.first().id, 1000}});
        QVERIFY2(ret, qPrintable(ret ? QString() : ret.error().message));
        const auto r = rig().waitJob(rig().lastJob(QStringLiteral("return")));
        QVERIFY(r);
        QCOMPARE(r->state, FiscalJobState::Done);

        CorrectionInput c;
        c.calcSign = CalcSign::Income;
        c.type = 0;
        c.basisDate = QDate::currentDate().addDays(-1);
        c.lines = {CorrectionLineInput{QStringLiteral("Неучтённая продажа"), 5000, 1000, 0, 2, 1}};
        c.payments = {PaymentInput{PaymentType::Cash, 5000, 0, {}}};
        auto corr = sales.createCorrection(rig().owner, c);
        QVERIFY2(corr, qPrintable(corr ? QString() : corr.error().message));
        const auto co = rig().waitJob(rig().lastJob(QStringLiteral("correction")));
        QVERIFY(co);
        QCOMPARE(co->state, FiscalJobState::Done);
        rig().stopService();
        rig().withRegistrar([&](fiscal::Registrar &reg) {
            const auto doc = decodeFoundDocument(*reg.findDocument(std::uint32_t(*r->fd)));
            QVERIFY(doc);
            QCOMPARE(doc->operation, std::uint8_t(2));
            QCOMPARE(doc->total, ret->total);
            const auto cd = decodeFoundDocument(*reg.findDocument(std::uint32_t(*co->fd)));
            QVERIFY(cd);
            QCOMPARE(cd->type, fndoctype::Correction);
            QCOMPARE(cd->total, Kopecks(5000));
        });
    }

    void cashAndReports()
    {
        QVERIFY(openShiftWithService() > 0);
        ShiftService shifts(*rig().db);
        QVERIFY(shifts.cashIn(rig().owner, 100000, QStringLiteral("размен")));
        const auto in = rig().waitJob(rig().lastJob(QStringLiteral("cash_in")));
        QVERIFY(in);
        QCOMPARE(in->state, FiscalJobState::Done);
        QVERIFY(!in->fd);
        QVERIFY(shifts.cashOut(rig().owner, 30000, QStringLiteral("инкассация")));
        const auto out = rig().waitJob(rig().lastJob(QStringLiteral("cash_out")));
        QVERIFY(out);
        QCOMPARE(out->state, FiscalJobState::Done);
        const auto regs = QString::fromStdString(m_emu->control("dump-registers"));
        QVERIFY2(regs.contains(QStringLiteral("700.00")) || regs.contains(QStringLiteral("70000")),
                 qPrintable(regs));

        rig().service->xReport();
        QTRY_VERIFY_WITH_TIMEOUT(rig().lastJob(QStringLiteral("x_report")) > 0, 10000);
        const auto x = rig().waitJob(rig().lastJob(QStringLiteral("x_report")));
        QVERIFY(x);
        QCOMPARE(x->state, FiscalJobState::Done);
        // The X report's document for the cabinet (payload v2) was queued with its job.
        const auto outboxPayload = [this](const char *type) {
            QSqlQuery q = rig().db->prepare(QStringLiteral("SELECT payload FROM outbox WHERE type = ?"));
            q.addBindValue(QLatin1String(type));
            return q.exec() && q.next() ? QJsonDocument::fromJson(q.value(0).toByteArray()).object()
                                        : QJsonObject();
        };
        const QJsonObject xDoc = outboxPayload("x_report");
        QCOMPARE(xDoc.value(QLatin1String("schema")).toInt(), 2);
        QCOMPARE(xDoc.value(QLatin1String("shift_uuid")).toString(), shifts.current()->uuid);
        QCOMPARE(xDoc.value(QLatin1String("totals"))[QLatin1String("cash_in")].toInteger(), 100000);
        QCOMPARE(xDoc.value(QLatin1String("totals"))[QLatin1String("cash_out")].toInteger(), 30000);
        QVERIFY(xDoc.value(QLatin1String("fn_shift")).toInt() > 0); // stored by the open-shift job

        QVERIFY(shifts.close(rig().owner));
        QCOMPARE(outboxPayload("shift_close").value(QLatin1String("fn_shift")),
                 xDoc.value(QLatin1String("fn_shift")));
        const auto z = rig().waitJob(rig().lastJob(QStringLiteral("z_report")));
        QVERIFY(z);
        QCOMPARE(z->state, FiscalJobState::Done);
        QVERIFY(z->fd);
        QVERIFY(rig().waitHealth([](const DeviceHealth &h) { return h.shift == ShiftStatus::Closed; }));
        QVERIFY(!rig().service->saleBlockedReason().isEmpty());
    }

    void markingCodes()
    {
        QVERIFY(openShiftWithService() > 0);
        const QString code = QStringLiteral("0104600439931256215Ef1aWx\x1d"
                                            "91EE06\x1d"
                                            "92dGVzdGNvZGUxMjM0NTY3OA==");
        int req = rig().service->checkMarkingCode(code, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!rig().verdicts.isEmpty(), 10000);
        QCOMPARE(rig().verdicts.last().first, req);
        QCOMPARE(rig().verdicts.last().second.decision, MarkingDecision::Accepted);
        m_emu->control("marking-reject");
        req = rig().service->checkMarkingCode(code + QStringLiteral("X"), 1);
        QTRY_VERIFY_WITH_TIMEOUT(rig().verdicts.size() == 2, 10000);
        QCOMPARE(rig().verdicts.last().second.decision, MarkingDecision::Rejected);
        QVERIFY(!rig().verdicts.last().second.text.isEmpty());

        // A marked sale: checked and accepted before the receipt opens, bound with FF67h.
        const auto sale = rig().sell(1, 0, code);
        QVERIFY(sale);
        const auto o = rig().waitJob(rig().lastJob(QStringLiteral("sale")));
        QVERIFY(o);
        QCOMPARE(o->state, FiscalJobState::Done);

        // Refused by the marking server: nothing is fiscalised, the cashier is told why.
        const std::uint32_t fd = std::uint32_t(*o->fd);
        m_emu->control("marking-verdict reject");
        // Another pack (serial): the one above is in the till's sold-code register now.
        const QString other = QString(code).replace(QStringLiteral("5Ef1aWx"), QStringLiteral("5Ef1aWy"));
        const auto refused = rig().sell(1, 0, other);
        QVERIFY(refused);
        const auto f = rig().waitJob(rig().lastJob(QStringLiteral("sale")));
        QVERIFY(f);
        QCOMPARE(f->state, FiscalJobState::Failed);
        QVERIFY(!f->message.text.isEmpty());
        rig().stopService();
        QCOMPARE(rig().lastFd(), fd);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("drop-answer") << QStringLiteral("drop-answer");
        QTest::newRow("lose-answer") << QStringLiteral("lose-answer");
        QTest::newRow("corrupt-lrc") << QStringLiteral("corrupt-lrc");
        QTest::newRow("nak-next") << QStringLiteral("nak-next");
        QTest::newRow("delay") << QStringLiteral("delay 11500");
        QTest::newRow("disconnect") << QStringLiteral("disconnect");
        QTest::newRow("power-cut") << QStringLiteral("power-cut");
    }

    void faults()
    {
        QFETCH(QString, fault);
        const std::uint32_t before = openShiftWithService();
        QVERIFY(before > 0);
        // The fault hits whichever exchange comes next; a few sales move it across the commands.
        QList<Kopecks> totals;
        for (int i = 0; i < 3; ++i) {
            const auto sale = rig().sell(i + 1);
            QVERIFY(sale);
            totals.append(sale->total);
            rig().service->process();
            QTest::qWait(i * 7);
            QCOMPARE(m_emu->control(fault.toStdString()).substr(0, 2), std::string("ok"));
            const auto o = rig().waitJob(rig().lastJob(QStringLiteral("sale")), 60000);
            QVERIFY2(o, qPrintable(fault));
            QCOMPARE(o->state, FiscalJobState::Done);
        }
        rig().stopService();
        QCOMPARE(rig().lastFd(), before + 3);
        for (Kopecks total : totals)
            QVERIFY(fnReceipts(before + 1, before + 3, total) >= 1);
    }

    // Recovery branch: FN last FD == fd_before -> the job is sent again (it never ran).
    void recoverySameFdResends()
    {
        QVERIFY(rig().openShift() > 0);
        rig().startService();
        QVERIFY(rig().waitJob(rig().lastJob(QStringLiteral("open_shift"))));
        rig().stopService();
        const auto sale = rig().sell();
        const std::uint32_t before = rig().lastFd();
        const qint64 id = sendingJob(QStringLiteral("sale"), {fndoctype::Receipt, 1, sale->total});
        QVERIFY(id > 0);
        rig().startService();
        const auto o = rig().waitJob(id);
        QVERIFY(o);
        QCOMPARE(o->state, FiscalJobState::Done);
        QCOMPARE(o->resolution, QStringLiteral("sent"));
        rig().stopService();
        QCOMPARE(rig().lastFd(), before + 1);
    }

    // Recovery branch: FN last FD == fd_before + 1 -> read it, compare, done without resending.
    void recoveryNextFdIsDoneWithoutResend()
    {
        QVERIFY(rig().openShift() > 0);
        rig().startService();
        QVERIFY(rig().waitJob(rig().lastJob(QStringLiteral("open_shift"))));
        rig().stopService();
        const auto sale = rig().sell(2, 50);
        const std::uint32_t before = rig().lastFd();
        const qint64 id = sendingJob(QStringLiteral("sale"), {fndoctype::Receipt, 1, sale->total});
        // The crash came right after FF45h: the FN has the receipt, the journal does not know.
        const auto stored = SalesService(*rig().db).saleByUuid(sale->uuid);
        rig().withRegistrar(
            [&](fiscal::Registrar &r) { QVERIFY(r.sell(buildReceipt(*stored, {}, 0).receipt)); });
        QCOMPARE(rig().lastFd(), before + 1);
        rig().startService();
        const auto o = rig().waitJob(id);
        QVERIFY(o);
        QCOMPARE(o->state, FiscalJobState::Done);
        QCOMPARE(o->resolution, QStringLiteral("recovered"));
        QCOMPARE(*o->fd, qint64(before + 1));
        rig().stopService();
        QCOMPARE(rig().lastFd(), before + 1);
        QCOMPARE(SalesService(*rig().db).saleByUuid(sale->uuid)->fiscal->fd, qint64(before + 1));
    }

    // Recovery branch: a document open in the registrar -> cancel it and send again.
    void recoveryOpenDocumentIsCancelled()
    {
        QVERIFY(rig().openShift() > 0);
        rig().startService();
        QVERIFY(rig().waitJob(rig().lastJob(QStringLiteral("open_shift"))));
        rig().stopService();
        const auto sale = rig().sell();
        const std::uint32_t before = rig().lastFd();
        const qint64 id = sendingJob(QStringLiteral("sale"), {fndoctype::Receipt, 1, sale->total});
        rig().withRegistrar([&](fiscal::Registrar &r) {
            QVERIFY(r.execute(fiscal::openCheckRequest(1, fiscal::ReceiptType::Sale)));
            fiscal::FnLine line;
            line.price = 100;
            line.name = "half";
            QVERIFY(r.execute(*fiscal::fnOperationRequest(1, line)));
            auto st = r.status();
            QVERIFY(st && st->documentOpen);
        });
        rig().startService();
        const auto o = rig().waitJob(id);
        QVERIFY(o);
        QCOMPARE(o->state, FiscalJobState::Done);
        QCOMPARE(o->resolution, QStringLiteral("sent"));
        rig().stopService();
        QCOMPARE(rig().lastFd(), before + 1);
        QCOMPARE(fnReceipts(before + 1, before + 1, sale->total), 1);
    }

    // Recovery branch: anything else -> attention, nothing sent.
    void recoveryOtherNeedsAttention()
    {
        QVERIFY(rig().openShift() > 0);
        rig().startService();
        QVERIFY(rig().waitJob(rig().lastJob(QStringLiteral("open_shift"))));
        rig().sell();
        QVERIFY(rig().waitJob(rig().lastJob(QStringLiteral("sale"))));
        rig().stopService();
        const auto sale = rig().sell();
        const std::uint32_t before = rig().lastFd();
        const qint64 id = rig().lastJob(QStringLiteral("sale"));
        FiscalJournal journal(*rig().db);
        FiscalJobDetails d;
        d.expected = {fndoctype::Receipt, 1, sale->total};
        QVERIFY(journal.beginSending(id, before - 2, d));
        rig().startService();
        const auto o = rig().waitJob(id);
        QVERIFY(o);
        QCOMPARE(o->state, FiscalJobState::Attention);
        QVERIFY(!o->message.text.isEmpty());
        QCOMPARE(o->message.next, FiscalNextStep::CheckJournal);
        rig().stopService();
        QCOMPARE(rig().lastFd(), before);
    }

    // fd_before + 1 holds someone else's receipt (other total): attention, not done.
    void recoveryMismatchNeedsAttention()
    {
        QVERIFY(rig().openShift() > 0);
        rig().startService();
        QVERIFY(rig().waitJob(rig().lastJob(QStringLiteral("open_shift"))));
        rig().stopService();
        const auto sale = rig().sell(2);
        const qint64 id = sendingJob(QStringLiteral("sale"), {fndoctype::Receipt, 1, sale->total});
        rig().withRegistrar([&](fiscal::Registrar &r) {
            fiscal::Receipt other;
            fiscal::ReceiptLine l;
            l.name = "other";
            l.price = 777;
            other.lines = {l};
            other.payments[0] = 777;
            QVERIFY(r.sell(other));
        });
        rig().startService();
        const auto o = rig().waitJob(id);
        QVERIFY(o);
        QCOMPARE(o->state, FiscalJobState::Attention);
    }

    // Register jobs (cash in/out, X report): the register moved by one -> done without resend.
    void recoveryCashInByRegister()
    {
        QVERIFY(rig().openShift() > 0);
        rig().startService();
        QVERIFY(rig().waitJob(rig().lastJob(QStringLiteral("open_shift"))));
        rig().stopService();
        QVERIFY(ShiftService(*rig().db).cashIn(rig().owner, 12300, QStringLiteral("r")));
        std::uint32_t reg = 0;
        rig().withRegistrar([&](fiscal::Registrar &r) {
            auto v = r.execute(fiscal::readOperationalRegisterRequest(30, 0x9B));
            QVERIFY(v);
            reg = std::uint32_t(fiscal::parseOperationalRegister(*v)->value);
        });
        const qint64 id = sendingJob(QStringLiteral("cash_in"), {}, 0x9B, reg);
        rig().withRegistrar([&](fiscal::Registrar &r) { QVERIFY(r.cashIn(12300)); });
        rig().startService();
        const auto o = rig().waitJob(id);
        QVERIFY(o);
        QCOMPARE(o->state, FiscalJobState::Done);
        QCOMPARE(o->resolution, QStringLiteral("register"));
        rig().stopService();
        rig().withRegistrar([&](fiscal::Registrar &r) {
            auto v = r.execute(fiscal::readOperationalRegisterRequest(30, 0x9B));
            QCOMPARE(std::uint32_t(fiscal::parseOperationalRegister(*v)->value), reg + 1);
        });
    }

    // Paper ran out while the fiscalised receipt printed: done, and "Continue printing" offered.
    void paperOutAfterFiscalisation()
    {
        QVERIFY(openShiftWithService() > 0);
        m_emu->control("paper-out");
        const auto sale = rig().sell();
        const auto o = rig().waitJob(rig().lastJob(QStringLiteral("sale")));
        QVERIFY(o);
        QCOMPARE(o->state, FiscalJobState::Done);
        QVERIFY(o->printIncomplete);
        QCOMPARE(o->message.next, FiscalNextStep::InsertPaper);
        QVERIFY(rig().waitHealth([](const DeviceHealth &h) { return h.printIncomplete; }));
        // A new sale waits (queued, not failed) until the printing is finished.
        const auto next = rig().sell();
        rig().service->process();
        QTest::qWait(500);
        QCOMPARE(rig().jobState(rig().lastJob(QStringLiteral("sale"))), QStringLiteral("queued"));
        m_emu->control("paper-in");
        const int req = rig().service->continuePrinting();
        const auto r = rig().waitOperation(req);
        QVERIFY(r && r->ok);
        const auto n = rig().waitJob(rig().lastJob(QStringLiteral("sale")));
        QVERIFY(n);
        QCOMPARE(n->state, FiscalJobState::Done);
        QVERIFY(rig().waitHealth([](const DeviceHealth &h) { return !h.printIncomplete; }));
    }

    // No paper before a sale: the job stays queued with the message, and runs when paper is back.
    void paperOutBeforeSaleWaits()
    {
        QVERIFY(openShiftWithService() > 0);
        m_emu->control("paper-out now");
        rig().sell();
        const qint64 id = rig().lastJob(QStringLiteral("sale"));
        rig().service->process();
        QVERIFY(rig().waitHealth([](const DeviceHealth &h) { return h.paper == PaperStatus::Out; }));
        QCOMPARE(rig().jobState(id), QStringLiteral("queued"));
        QCOMPARE(rig().health.problem.next, FiscalNextStep::InsertPaper);
        m_emu->control("paper-in");
        const auto o = rig().waitJob(id);
        QVERIFY(o);
        QCOMPARE(o->state, FiscalJobState::Done);
    }

    // No link at all: jobs wait, health says disconnected; the service connects once it can.
    void reconnectsWhenThePortComesBack()
    {
        QVERIFY(rig().openShift() > 0);
        const QString good = rig().deviceUrl;
        rig().deviceUrl = QStringLiteral("tcp:127.0.0.1:1");
        rig().startService();
        QVERIFY(rig().waitHealth(
            [](const DeviceHealth &h) { return !h.connected && !h.problem.text.isEmpty(); }));
        QCOMPARE(rig().health.problem.next, FiscalNextStep::CheckConnection);
        rig().stopService();
        rig().deviceUrl = good;
        rig().startService();
        const auto o = rig().waitJob(rig().lastJob(QStringLiteral("open_shift")));
        QVERIFY(o);
        QCOMPARE(o->state, FiscalJobState::Done);
        m_emu->control("disconnect");
        rig().sell();
        const auto s = rig().waitJob(rig().lastJob(QStringLiteral("sale")));
        QVERIFY(s);
        QCOMPARE(s->state, FiscalJobState::Done);
    }

    // A sale that can finally not be fiscalised: giving up asks for the card reversal.
    void abandonAsksForReversal()
    {
        QVERIFY(rig().openShift() > 0);
        rig().startService();
        QVERIFY(rig().waitJob(rig().lastJob(QStringLiteral("open_shift"))));
        m_emu->control("marking-verdict reject");
        const QString code = QStringLiteral("0104600439931256215Zz1aWx\x1d"
                                            "91EE06\x1d"
                                            "92dGVzdA==");
        QVERIFY(rig().sell(1, 1, code)); // one kopeck by card, the rest in cash
        const auto f = rig().waitJob(rig().lastJob(QStringLiteral("sale")));
        QVERIFY(f && f->state == FiscalJobState::Failed);
        QSignalSpy reversal(rig().service.get(), &FiscalService::reversalRequired);
        rig().service->abandonJob(f->jobId);
        QTRY_COMPARE_WITH_TIMEOUT(reversal.count(), 1, 5000);
        QCOMPARE(reversal.first().at(2).toLongLong(), qint64(1));
        // Retry after the verdict changes: fiscalised.
        m_emu->control("marking-verdict accept");
        rig().service->retryJob(f->jobId);
        QTRY_VERIFY_WITH_TIMEOUT(rig().jobState(f->jobId) == QStringLiteral("done"), 15000);
    }

    void cancelStuckReceipt()
    {
        QVERIFY(openShiftWithService() > 0);
        rig().stopService();
        rig().withRegistrar([&](fiscal::Registrar &r) {
            QVERIFY(r.execute(fiscal::openCheckRequest(1, fiscal::ReceiptType::Sale)));
        });
        rig().startService();
        const int req = rig().service->cancelReceipt();
        const auto r = rig().waitOperation(req);
        QVERIFY(r && r->ok);
        const int fn = rig().service->readFnStatus();
        const auto s = rig().waitOperation(fn);
        QVERIFY(s && s->ok && !s->text.isEmpty());
        QVERIFY(rig().waitHealth([](const DeviceHealth &h) { return h.connected && !h.documentOpen; }));
    }
};

QTEST_GUILESS_MAIN(TestFiscalService)
#include "tst_fiscalservice.moc"
