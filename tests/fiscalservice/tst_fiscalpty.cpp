// The fiscal service over a real pseudo-terminal: the prilavok-fr-emulator executable with its
// --state file and control channel, the serial transport on our side, as with a USB registrar.
// Table-driven: every operation, every fault kind the emulator offers, every recovery branch of
// the journal, each checked against the FN archive (exactly one document, of the right kind).

#include <QFile>
#include <QTest>

#include <algorithm>

#include "../soak/emulatorprocess.h"
#include "app/fiscalservice/receiptbuilder.h"
#include "fiscal/codes.h"
#include "fiscal/commands/marking.h"
#include "fiscal/commands/receipt.h"
#include "fiscal/commands/service.h"
#include "rig.h"

using namespace app;

namespace {

const QString MarkingCode = QStringLiteral("0104600439931256215Pt1aWx\x1d"
                                           "91EE06\x1d"
                                           "92cHR5dGVzdGNvZGUxMjM=");

} // namespace

class TestFiscalPty final : public QObject
{
    Q_OBJECT

    std::unique_ptr<FiscalRig> m_rig;
    std::unique_ptr<EmulatorProcess> m_emu;

    FiscalRig &rig() { return *m_rig; }

    bool startEmulator()
    {
        QString error;
        const bool ok = m_emu->start(QStringLiteral(PRILAVOK_EMULATOR_PATH),
                                     {QStringLiteral("--pty"), rig().dir.filePath(QStringLiteral("ttyFR")),
                                      QStringLiteral("--tape"), tapePath()},
                                     rig().dir.filePath(QStringLiteral("fr.state")), &error);
        if (!ok)
            qWarning() << error;
        return ok;
    }

    QString tapePath() const { return m_rig->dir.filePath(QStringLiteral("tape.txt")); }

    QString tape()
    {
        QFile f(tapePath());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    bool control(const QString &command) { return m_emu->control(command).startsWith(QStringLiteral("ok")); }

    std::uint32_t openShiftWithService() { return rig().openShiftWithService(); }

    // Open shift with the service, then stop it: the state a crash leaves behind.
    bool openShiftThenStop()
    {
        if (openShiftWithService() == 0)
            return false;
        rig().stopService();
        return true;
    }

    static CorrectionInput correctionInput(int type)
    {
        CorrectionInput c;
        c.calcSign = CalcSign::Income;
        c.type = type;
        c.basisDate = QDate::currentDate().addDays(-2);
        c.description = QStringLiteral("Акт о невыбитом чеке № 3");
        if (type == 1)
            c.orderNumber = QStringLiteral("ПР-17");
        // A line at 5 % (tag 1199 code 7, the УСН rates of 2025) and one at 10 %.
        c.lines = {CorrectionLineInput{QStringLiteral("Хлеб"), 4590, 2 * MilliPerUnit, 0, 7, 1},
                   CorrectionLineInput{QStringLiteral("Молоко"), 8990, MilliPerUnit, 0, 2, 1}};
        c.payments = {PaymentInput{PaymentType::Cash, 4590 * 2 + 8990, 0, {}}};
        return c;
    }

    // The correction receipt as the FN archived it: 1173, the 1174 basis, both lines with 1199.
    void checkCorrectionInFn(qint64 fd, int type)
    {
        bool read = false;
        rig().withRegistrar([&](fiscal::Registrar &r) {
            auto doc = r.readDocumentTlv(std::uint32_t(fd));
            QVERIFY(doc);
            QCOMPARE(doc->header.type, std::uint16_t(fiscal::fdtype::Correction));
            const fiscal::Tlv *t1173 = fiscal::findTlv(doc->tlvs, 1173);
            QVERIFY(t1173);
            QCOMPARE(fiscal::tlvAsUnsigned(*t1173).value_or(9), std::uint64_t(type));
            const fiscal::Tlv *t1174 = fiscal::findTlv(doc->tlvs, 1174);
            QVERIFY(t1174);
            const auto basis = fiscal::parseTlvs(t1174->value);
            QVERIFY(basis);
            QVERIFY(fiscal::findTlv(*basis, 1177));
            QCOMPARE(fiscal::tlvAsString(*fiscal::findTlv(*basis, 1177)),
                     std::string("Акт о невыбитом чеке № 3"));
            QVERIFY(fiscal::findTlv(*basis, 1178));
            QCOMPARE(fiscal::findTlv(*basis, 1179) != nullptr, type == 1);
            std::vector<std::uint64_t> vat;
            for (const fiscal::Tlv &t : doc->tlvs) {
                if (t.tag != 1059)
                    continue;
                const auto line = fiscal::parseTlvs(t.value);
                QVERIFY(line && fiscal::findTlv(*line, 1199));
                vat.push_back(*fiscal::tlvAsUnsigned(*fiscal::findTlv(*line, 1199)));
            }
            QCOMPARE(vat, (std::vector<std::uint64_t>{7, 2}));
            read = true;
        });
        QVERIFY(read);
    }

private Q_SLOTS:
    void init()
    {
        m_rig = std::make_unique<FiscalRig>();
        QVERIFY(rig().dir.isValid());
        QVERIFY(rig().openDatabase());
        m_emu = std::make_unique<EmulatorProcess>();
        QVERIFY(startEmulator());
        rig().deviceUrl = m_emu->deviceUrl();
        QVERIFY(rig().deviceUrl.startsWith(QStringLiteral("serial:")));
    }

    // Issue 16 "Печатать чек": a till stopped after it told the registrar not to print the next
    // document (table 17) and before that receipt closed leaves the flag set in the emulator process.
    // The restarted till clears it before anything else: the X report that follows is on the paper.
    void skipPrintFlagIsClearedOnRestart()
    {
        QVERIFY(openShiftWithService() > 0);
        rig().stopService();
        QVERIFY(rig().withRegistrar([](fiscal::Registrar &r) {
            auto set = fiscal::writeTableRequest(
                r.settings().adminPassword,
                {fiscal::skipprint::Table, fiscal::skipprint::Row, fiscal::skipprint::Field},
                fiscal::Bytes{1});
            QVERIFY(set);
            QVERIFY(r.execute(*set));
        }));
        QVERIFY(!tape().contains(QStringLiteral("ОТЧЕТ БЕЗ ГАШЕНИЯ")));
        rig().startService(); // the restart
        const int req = rig().service->xReport();
        const auto r = rig().waitOperation(req);
        QVERIFY(r && r->ok);
        const auto o = rig().waitJob(rig().lastJob(QStringLiteral("x_report")));
        QVERIFY(o && o->state == FiscalJobState::Done);
        QVERIFY2(tape().contains(QStringLiteral("ОТЧЕТ БЕЗ ГАШЕНИЯ")), qPrintable(tape().right(400)));
    }

    void cleanup()
    {
        rig().stopService();
        m_emu.reset();
        m_rig.reset();
    }

    void operations_data()
    {
        QTest::addColumn<QString>("operation");
        for (const char *op :
             {"open_shift", "sale", "return", "correction", "correction_by_order", "cash_in", "cash_out",
              "x_report", "z_report", "cancel", "continue_printing", "fn_status", "copy"})
            QTest::newRow(op) << QString::fromLatin1(op);
    }

    void operations()
    {
        QFETCH(QString, operation);
        const std::uint32_t opened = openShiftWithService();
        QVERIFY(opened > 0);
        ShiftService shifts(*rig().db);
        SalesService sales(*rig().db);

        if (operation == QLatin1String("open_shift")) {
            // The registrar's shift number is stored on the till's shift.
            const auto shift = shifts.current();
            QVERIFY(shift);
            QCOMPARE(shift->fiscalNumber, 1);
            rig().stopService();
            rig().withRegistrar([&](fiscal::Registrar &r) {
                auto doc = r.findDocument(opened);
                QVERIFY(doc);
                QCOMPARE(doc->type, fiscal::fdtype::ShiftOpen);
            });
        } else if (operation == QLatin1String("sale")) {
            const auto sale = rig().sell(2, 100);
            QVERIFY(sale);
            const auto o = rig().waitJob(rig().lastJob(QStringLiteral("sale")));
            QVERIFY(o && o->state == FiscalJobState::Done && o->fd);
            QCOMPARE(*o->fd, qint64(opened + 1));
            const auto stored = sales.saleByUuid(sale->uuid);
            QVERIFY(stored && stored->fiscal);
            QCOMPARE(stored->fiscal->fd, *o->fd);
            QCOMPARE(stored->fiscal->shiftNumber, 1);
            rig().stopService();
            QCOMPARE(rig().fnDocuments(opened + 1, opened + 1, fiscal::fdtype::Receipt, sale->total), 1);
        } else if (operation == QLatin1String("return")) {
            const auto sale = rig().sell(3);
            QVERIFY(rig().waitJob(rig().lastJob(QStringLiteral("sale"))));
            const auto original = sales.saleByUuid(sale->uuid);
            auto ret = sales.createReturn(rig().owner, original->id,
                                          {ReturnLineInput{original->lines.first().id, MilliPerUnit}});
            QVERIFY2(ret, qPrintable(ret ? QString() : ret.error().message));
            const auto o = rig().waitJob(rig().lastJob(QStringLiteral("return")));
            QVERIFY(o && o->state == FiscalJobState::Done && o->fd);
            rig().stopService();
            rig().withRegistrar([&](fiscal::Registrar &r) {
                const auto doc = decodeFoundDocument(*r.findDocument(std::uint32_t(*o->fd)));
                QVERIFY(doc);
                QCOMPARE(doc->operation, std::uint8_t(CalcSign::IncomeReturn));
                QCOMPARE(doc->total, ret->total);
            });
        } else if (operation.startsWith(QLatin1String("correction"))) {
            const int type = operation == QLatin1String("correction_by_order") ? 1 : 0;
            auto corr = sales.createCorrection(rig().owner, correctionInput(type));
            QVERIFY2(corr, qPrintable(corr ? QString() : corr.error().message));
            QCOMPARE(corr->correctionDescription, QStringLiteral("Акт о невыбитом чеке № 3"));
            const auto o = rig().waitJob(rig().lastJob(QStringLiteral("correction")));
            QVERIFY(o && o->state == FiscalJobState::Done && o->fd);
            QCOMPARE(*o->fd, qint64(opened + 1));
            QCOMPARE(sales.saleByUuid(corr->uuid)->fiscal->fd, *o->fd);
            rig().stopService();
            QCOMPARE(rig().fnDocuments(opened + 1, opened + 1, fiscal::fdtype::Correction, corr->total), 1);
            checkCorrectionInFn(*o->fd, type);
        } else if (operation == QLatin1String("cash_in") || operation == QLatin1String("cash_out")) {
            QVERIFY(shifts.cashIn(rig().owner, 10000, QStringLiteral("размен")));
            auto o = rig().waitJob(rig().lastJob(QStringLiteral("cash_in")));
            QVERIFY(o && o->state == FiscalJobState::Done);
            if (operation == QLatin1String("cash_out")) {
                QVERIFY(shifts.cashOut(rig().owner, 4000, QStringLiteral("инкассация")));
                o = rig().waitJob(rig().lastJob(QStringLiteral("cash_out")));
                QVERIFY(o && o->state == FiscalJobState::Done);
            }
            QVERIFY(!o->fd); // not an FN document
            const QString regs = m_emu->control(QStringLiteral("dump-registers"));
            QVERIFY2(regs.contains(operation == QLatin1String("cash_in") ? QStringLiteral("money[241]=10000")
                                                                         : QStringLiteral("money[241]=6000")),
                     qPrintable(regs));
            rig().stopService();
            QCOMPARE(rig().lastFd(), opened);
        } else if (operation == QLatin1String("x_report")) {
            const int req = rig().service->xReport();
            const auto r = rig().waitOperation(req);
            QVERIFY(r && r->ok);
            const auto o = rig().waitJob(rig().lastJob(QStringLiteral("x_report")));
            QVERIFY(o && o->state == FiscalJobState::Done);
            QVERIFY(tape().contains(QStringLiteral("ОТЧЕТ БЕЗ ГАШЕНИЯ")));
        } else if (operation == QLatin1String("z_report")) {
            QVERIFY(shifts.close(rig().owner));
            const auto o = rig().waitJob(rig().lastJob(QStringLiteral("z_report")));
            QVERIFY(o && o->state == FiscalJobState::Done && o->fd);
            QCOMPARE(*o->fd, qint64(opened + 1));
            rig().stopService();
            rig().withRegistrar([&](fiscal::Registrar &r) {
                auto doc = r.findDocument(std::uint32_t(*o->fd));
                QVERIFY(doc);
                QCOMPARE(doc->type, fiscal::fdtype::ShiftClose);
            });
        } else if (operation == QLatin1String("cancel")) {
            rig().stopService();
            rig().withRegistrar([&](fiscal::Registrar &r) {
                QVERIFY(r.execute(fiscal::openCheckRequest(1, fiscal::ReceiptType::Sale)));
            });
            rig().startService();
            const int req = rig().service->cancelReceipt();
            const auto r = rig().waitOperation(req);
            QVERIFY(r && r->ok);
            rig().stopService();
            rig().withRegistrar([&](fiscal::Registrar &reg) {
                auto st = reg.status();
                QVERIFY(st && !st->documentOpen);
            });
            QCOMPARE(rig().lastFd(), opened);
        } else if (operation == QLatin1String("continue_printing")) {
            QVERIFY(control(QStringLiteral("paper-out")));
            QVERIFY(rig().sell());
            const auto o = rig().waitJob(rig().lastJob(QStringLiteral("sale")));
            QVERIFY(o && o->state == FiscalJobState::Done);
            QVERIFY(o->printIncomplete);
            QVERIFY(control(QStringLiteral("paper-in")));
            const int req = rig().service->continuePrinting();
            const auto r = rig().waitOperation(req);
            QVERIFY(r && r->ok && !r->printIncomplete);
            QVERIFY(rig().waitHealth([](const DeviceHealth &h) { return !h.printIncomplete; }));
        } else if (operation == QLatin1String("fn_status")) {
            const int req = rig().service->readFnStatus();
            const auto r = rig().waitOperation(req);
            QVERIFY(r && r->ok);
            QVERIFY(r->text.contains(QString::number(opened)));
        } else if (operation == QLatin1String("copy")) {
            const auto sale = rig().sell();
            const auto o = rig().waitJob(rig().lastJob(QStringLiteral("sale")));
            QVERIFY(o && o->fd);
            const int req = rig().service->printCopy(sale->uuid);
            const auto r = rig().waitOperation(req);
            QVERIFY(r && r->ok);
            QVERIFY(tape().contains(QStringLiteral("НЕ ЯВЛЯЕТСЯ ФИСКАЛЬНЫМ ДОКУМЕНТОМ")));
            rig().stopService();
            QCOMPARE(rig().lastFd(), std::uint32_t(*o->fd)); // no new fiscal document
        } else {
            QFAIL("unknown operation");
        }
    }

    void faults_data()
    {
        QTest::addColumn<QString>("fault");
        for (const char *fault : {"drop-answer", "lose-answer", "corrupt-lrc", "nak-next", "delay 11500",
                                  "disconnect", "paper-out", "power-cut"})
            QTest::newRow(fault) << QString::fromLatin1(fault);
    }

    // Each fault hits the exchanges of a sale (and, moved along, of a correction): the document
    // is in the FN exactly once and the job is done.
    void faults()
    {
        QFETCH(QString, fault);
        const std::uint32_t before = openShiftWithService();
        QVERIFY(before > 0);
        QList<std::pair<std::uint8_t, Kopecks>> made;
        for (int i = 0; i < 3; ++i) {
            const bool correction = i == 2;
            Kopecks total = 0;
            QString kind = QStringLiteral("sale");
            if (fault == QLatin1String("disconnect")) {
                // A pty has no connection to drop: the registrar goes away (USB cable pulled) and
                // comes back on the same port while the job waits.
                m_emu->stop();
            }
            if (correction) {
                auto corr = SalesService(*rig().db).createCorrection(rig().owner, correctionInput(0));
                QVERIFY(corr);
                total = corr->total;
                kind = QStringLiteral("correction");
            } else {
                const auto sale = rig().sell(i + 1);
                QVERIFY(sale);
                total = sale->total;
            }
            made.append({correction ? fiscal::fdtype::Correction : fiscal::fdtype::Receipt, total});
            rig().service->process();
            if (fault == QLatin1String("disconnect")) {
                QVERIFY(rig().waitHealth([](const DeviceHealth &h) { return !h.connected; }));
                QCOMPARE(rig().jobState(rig().lastJob(kind)), QStringLiteral("queued"));
                QVERIFY(startEmulator());
            } else {
                QTest::qWait(i * 7); // moves the fault across the commands of the document
                QVERIFY2(control(fault), qPrintable(fault));
            }
            const auto o = rig().waitJob(rig().lastJob(kind), 60000);
            QVERIFY2(o, qPrintable(fault));
            QCOMPARE(o->state, FiscalJobState::Done);
            if (fault == QLatin1String("paper-out")) {
                if (o->printIncomplete) {
                    QVERIFY(control(QStringLiteral("paper-in")));
                    const auto r = rig().waitOperation(rig().service->continuePrinting());
                    QVERIFY(r && r->ok);
                } else {
                    QVERIFY(control(QStringLiteral("paper-in")));
                }
            }
        }
        rig().stopService();
        QCOMPARE(rig().lastFd(), before + 3);
        for (const auto &[type, total] : made)
            QCOMPARE(rig().fnDocuments(before + 1, before + 3, type, total),
                     int(std::count(made.begin(), made.end(), std::make_pair(type, total))));
    }

    void recovery_data()
    {
        QTest::addColumn<QString>("branch");
        for (const char *b : {"open_document", "same_fd", "next_fd", "next_fd_correction", "other",
                              "paper_after_fiscalisation"})
            QTest::newRow(b) << QString::fromLatin1(b);
    }

    // The journal's recovery branches after this process died while sending.
    void recovery()
    {
        QFETCH(QString, branch);
        QVERIFY(openShiftThenStop());
        if (branch == QLatin1String("paper_after_fiscalisation")) {
            // The receipt is fiscal, the paper ran out while it printed: done, and the next
            // document waits until "continue printing".
            rig().startService();
            QVERIFY(control(QStringLiteral("paper-out")));
            QVERIFY(rig().sell());
            const auto o = rig().waitJob(rig().lastJob(QStringLiteral("sale")));
            QVERIFY(o && o->state == FiscalJobState::Done && o->printIncomplete);
            QCOMPARE(o->message.next, FiscalNextStep::InsertPaper);
            QVERIFY(rig().sell());
            const qint64 next = rig().lastJob(QStringLiteral("sale"));
            rig().service->process();
            QVERIFY(rig().waitHealth([](const DeviceHealth &h) { return h.printIncomplete; }));
            QCOMPARE(rig().jobState(next), QStringLiteral("queued"));
            QVERIFY(control(QStringLiteral("paper-in")));
            QVERIFY(rig().waitOperation(rig().service->continuePrinting()));
            const auto n = rig().waitJob(next);
            QVERIFY(n && n->state == FiscalJobState::Done);
            QCOMPARE(*n->fd, *o->fd + 1);
            return;
        }
        const bool correction = branch == QLatin1String("next_fd_correction");
        std::optional<Sale> doc;
        if (correction) {
            auto corr = SalesService(*rig().db).createCorrection(rig().owner, correctionInput(1));
            QVERIFY(corr);
            doc = *corr;
        } else {
            doc = rig().sell(2);
        }
        QVERIFY(doc);
        const QString kind = correction ? QStringLiteral("correction") : QStringLiteral("sale");
        const std::uint8_t type = correction ? fiscal::fdtype::Correction : fiscal::fdtype::Receipt;
        const std::uint32_t before = rig().lastFd();
        qint64 id = 0;
        if (branch == QLatin1String("other")) {
            id = rig().lastJob(kind);
            FiscalJournal journal(*rig().db);
            FiscalJobDetails d;
            d.expected = {type, 1, doc->total};
            QVERIFY(journal.beginSending(id, before - 2, d)); // the FN moved on by two
        } else {
            id = rig().sendingJob(kind, {type, 1, doc->total});
        }
        QVERIFY(id > 0);
        if (branch == QLatin1String("open_document")) {
            rig().withRegistrar([&](fiscal::Registrar &r) {
                QVERIFY(r.execute(fiscal::openCheckRequest(1, fiscal::ReceiptType::Sale)));
                fiscal::FnLine line;
                line.price = 100;
                line.name = "half";
                QVERIFY(r.execute(*fiscal::fnOperationRequest(1, line)));
            });
        } else if (branch.startsWith(QLatin1String("next_fd"))) {
            // The crash came right after FF45h: the FN has the document, the journal does not know.
            const auto stored = SalesService(*rig().db).saleByUuid(doc->uuid);
            rig().withRegistrar([&](fiscal::Registrar &r) {
                if (correction)
                    QVERIFY(r.correctionReceipt(buildCorrectionReceipt(*stored, {}, 0).receipt));
                else
                    QVERIFY(r.sell(buildReceipt(*stored, {}, 0).receipt));
            });
        }
        rig().startService();
        const auto o = rig().waitJob(id);
        QVERIFY(o);
        rig().stopService();
        if (branch == QLatin1String("other")) {
            QCOMPARE(o->state, FiscalJobState::Attention);
            QCOMPARE(o->message.next, FiscalNextStep::CheckJournal);
            QCOMPARE(rig().lastFd(), before);
            return;
        }
        QCOMPARE(o->state, FiscalJobState::Done);
        QCOMPARE(o->resolution, branch.startsWith(QLatin1String("next_fd")) ? QStringLiteral("recovered")
                                                                            : QStringLiteral("sent"));
        QCOMPARE(*o->fd, qint64(before + 1));
        QCOMPARE(rig().lastFd(), before + 1);
        QCOMPARE(rig().fnDocuments(before + 1, before + 1, type, doc->total), 1);
        QCOMPARE(SalesService(*rig().db).saleByUuid(doc->uuid)->fiscal->fd, qint64(before + 1));
    }

    // The process died between FF61h (check) and FF69h (decision): the FN still waits for the
    // decision. The next check, and a marked sale, must work all the same.
    void markingCheckSurvivesDeathBetweenChecks()
    {
        QVERIFY(openShiftThenStop());
        rig().withRegistrar([&](fiscal::Registrar &r) {
            const auto check =
                fiscal::checkMarkingCodeRequest(1, fiscal::PlannedStatus::PieceSold,
                                                QString(MarkingCode + QStringLiteral("Z")).toStdString());
            QVERIFY(r.execute(*check));
            // ... and the process is gone before FF69h: the transport closes here.
        });
        rig().startService();
        const int req = rig().service->checkMarkingCode(MarkingCode, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!rig().verdicts.isEmpty(), 20000);
        QCOMPARE(rig().verdicts.last().first, req);
        QCOMPARE(rig().verdicts.last().second.decision, MarkingDecision::Accepted);

        // Again in the sale path: died after FF61h of the sale's own check.
        rig().stopService();
        rig().withRegistrar([&](fiscal::Registrar &r) {
            const auto check = fiscal::checkMarkingCodeRequest(1, fiscal::PlannedStatus::PieceSold,
                                                               MarkingCode.toStdString());
            QVERIFY(r.execute(*check));
        });
        const std::uint32_t before = rig().lastFd();
        rig().startService();
        QVERIFY(rig().sell(1, 0, MarkingCode));
        const auto o = rig().waitJob(rig().lastJob(QStringLiteral("sale")));
        QVERIFY(o);
        QCOMPARE(o->state, FiscalJobState::Done);
        QCOMPARE(*o->fd, qint64(before + 1));
    }
};

QTEST_GUILESS_MAIN(TestFiscalPty)
#include "tst_fiscalpty.moc"
