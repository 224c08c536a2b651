// Card payments on the demo till by keys, through the UPOS emulator program (a process per
// operation, like sb_pilot): a sale paid by card with its slip on the registrar's tape, a decline,
// a cancel on the pinpad, card + cash, an answer lost and found in the terminal's report, and a
// payment whose till was killed mid-way that pays the sale on restart without a second charge.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

#include "app/core/moneytext.h"
#include "app/payments/cardoperations.h"
#include "app/payments/paymentjournal.h"
#include "app/payments/raiffeisensbp.h"
#include "app/till/saledesk.h"
#include "devices/sbpprovider.h"
#include "tests/common/screenshot.h"
#include "tests/till_ui/tillrig.h"
#include "widgets/journal/journalscreen.h"
#include "widgets/journal/returndialog.h"
#include "widgets/loginscreen.h"
#include "widgets/service/fiscalprogress.h"
#include "widgets/service/servicedialogs.h"
#include "widgets/service/servicemenu.h"
#include "widgets/settings/terminalbox.h"
#include "widgets/settings/workplacepage.h"
#include "widgets/till/loginpage.h"
#include "widgets/till/paymentdialog.h"
#include "widgets/till/salescreen.h"
#include "widgets/translations.h"

namespace {

QString stateDir(TillRig &rig)
{
    return rig.dir.filePath(QStringLiteral("demo-terminal/state"));
}

void script(TillRig &rig, const QString &line)
{
    QFile f(stateDir(rig) + QStringLiteral("/script"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Append));
    f.write((line + QLatin1Char('\n')).toUtf8());
}

// The emulated bank's open batch: what was really charged.
QJsonArray batch(TillRig &rig)
{
    QFile f(stateDir(rig) + QStringLiteral("/state.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("batch")).toArray();
}

// The dialog's keys reach it once the window system made it the active window.
// The SBP acquirer emulator's control path: what its next QR's buyer does, what a QR holds.
QJsonObject sbpControl(TillRig &rig, const QString &path, const QJsonObject &body = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(rig.session->sbpEmulatorUrl() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply =
        body.isEmpty() ? network.get(request) : network.post(request, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    [&] { QTRY_VERIFY(!done.isEmpty() || reply->isFinished()); }();
    const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return out;
}

ui::PaymentDialog *payment(QWidget *dialog)
{
    auto *p = qobject_cast<ui::PaymentDialog *>(dialog);
    if (!p)
        return nullptr;
    p->activateWindow();
    [&] { QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(p)); }();
    return QApplication::activeWindow() == p ? p : nullptr;
}

} // namespace

class TstPaymentsGui : public QObject
{
    Q_OBJECT

    // The cashier sells; returns need the owner (or an administrator).
    static void signIn(TillRig &rig, bool owner = false)
    {
        ui::LoginPage *login = rig.window->loginPage();
        login->selectEmployee(
            rig.employeeNamed(owner ? QStringLiteral(u"Демо Владелец") : QStringLiteral(u"Демо Кассир")));
        QTest::keyClicks(login->pinScreen(), owner ? QStringLiteral("111111") : QStringLiteral("222222"));
        QTRY_VERIFY(rig.window->saleScreen()->isVisible());
    }

    static void press(ui::SaleScreen *screen, Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        screen->window()->activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == screen->window());
        QTest::keyClick(screen, key, mods);
    }

    static void scanBread(TillRig &rig)
    {
        ui::SaleScreen *screen = rig.window->saleScreen();
        screen->entry()->setFocus();
        QTest::keyClicks(screen->entry(), rig.barcodeOf(QStringLiteral(u"Хлеб «Бородинский»")));
        QTest::keyClick(screen->entry(), Qt::Key_Return);
        QTRY_COMPARE(screen->desk()->total(), app::Kopecks(6990));
    }

    static std::optional<app::Sale> completed(TillRig &rig, const QString &uuid)
    {
        ui::SaleScreen *screen = rig.window->saleScreen();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(screen->desk()->stage(), app::SaleDesk::Stage::Empty, 30000); }();
        return rig.session->sales().saleByUuid(uuid);
    }

    static QString language() { return QStringLiteral("ru"); }

    // A card sale of one bread by keys; its uuid.
    static QString sellByCard(TillRig &rig)
    {
        scanBread(rig);
        const QString uuid = rig.window->saleScreen()->desk()->sale().uuid;
        whenModal([](QWidget *dialog) {
            ui::PaymentDialog *p = payment(dialog);
            QVERIFY(p);
            QTest::keyClick(p->amountEdit(), Qt::Key_F6);
        });
        press(rig.window->saleScreen(), Qt::Key_F5);
        const auto sale = completed(rig, uuid);
        return sale && sale->fiscal ? uuid : QString();
    }

    // Ctrl+J, the sale, F5, Space (the whole line), Enter: the return goes through the terminal first.
    static std::optional<app::Sale> returnAll(TillRig &rig, const QString &saleUuid, const QString &png)
    {
        press(rig.window->saleScreen(), Qt::Key_J, Qt::ControlModifier);
        ui::JournalScreen *journal = rig.window->journalScreen();
        [&] { QTRY_VERIFY(journal->isVisible()); }();
        const auto sale = rig.session->sales().saleByUuid(saleUuid);
        [&] { QVERIFY(sale && journal->selectSale(sale->id)); }();
        journal->table()->setFocus();
        QTest::keyClick(journal->table(), Qt::Key_F5);
        [&] { QTRY_VERIFY(qobject_cast<ui::ReturnDialog *>(journal->openDialog())); }();
        auto *dialog = qobject_cast<ui::ReturnDialog *>(journal->openDialog());
        [&] { QVERIFY(QTest::qWaitForWindowActive(dialog)); }();
        QTest::keyClick(dialog->table(), Qt::Key_Space); // the whole (only) line
        QTest::keyClick(dialog->table(), Qt::Key_Return);
        [&] {
            QTRY_VERIFY2(!dialog->cardStatus().isEmpty(),
                         qPrintable(dialog->findChild<QLabel *>(QStringLiteral("returnError"))->text() +
                                    QStringLiteral(" lines: %1").arg(dialog->lines().size())));
        }();
        testing_support::saveScreenshot(dialog, png);
        QPointer<ui::ReturnDialog> guard(dialog);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 20000); }();
        const QList<app::Sale> returns = [&] {
            QList<app::Sale> out;
            QSqlQuery q(rig.session->database().connection());
            q.prepare(QStringLiteral("SELECT uuid FROM sales WHERE original_sale_id = ?"));
            q.addBindValue(qint64(sale->id));
            if (q.exec())
                while (q.next())
                    if (auto r = rig.session->sales().saleByUuid(q.value(0).toString()))
                        out << *r;
            return out;
        }();
        return returns.isEmpty() ? std::nullopt : std::optional<app::Sale>(returns.last());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("PRILAVOK_SB_PILOT_EMULATOR", PRILAVOK_SB_PILOT_EMULATOR);
        qputenv("PRILAVOK_SBP_EMULATOR", PRILAVOK_SBP_EMULATOR);
        QVERIFY(ui::installTranslations(*qApp, language()));
    }

    void cardSaleByKeysPrintsTheSlip()
    {
        TillRig rig;
        QVERIFY(rig.open());
        QVERIFY(rig.session->cardOperations());
        signIn(rig);
        scanBread(rig);
        const QString uuid = rig.window->saleScreen()->desk()->sale().uuid;
        whenModal([](QWidget *dialog) {
            ui::PaymentDialog *p = payment(dialog);
            QVERIFY(p);
            QTest::keyClick(p->amountEdit(), Qt::Key_F6);
            // Journaled and running in the terminal program while the screen stays alive.
            QVERIFY2(p->status().contains(QStringLiteral(u"терминал")), qPrintable(p->status()));
            testing_support::saveScreenshot(p, QStringLiteral("payment_card_waiting_ru"));
        });
        press(rig.window->saleScreen(), Qt::Key_F5);
        const auto sale = completed(rig, uuid);
        QVERIFY(sale && sale->fiscal);
        QCOMPARE(sale->payments.size(), 1);
        QCOMPARE(sale->payments.at(0).type, app::PaymentType::Card);
        QCOMPARE(batch(rig).size(), 1);
        const QString rrn = batch(rig).at(0).toObject().value(QStringLiteral("rrn")).toString();
        QCOMPARE(sale->payments.at(0).reference, rrn);
        const QList<app::payments::Operation> ops = rig.session->paymentJournal().forSale(uuid);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.at(0).state, app::payments::State::Approved);
        // The bank's slip on the registrar's tape, as a non-fiscal document.
        QTRY_VERIFY_WITH_TIMEOUT(rig.tape().contains(QStringLiteral(u"Номер ссылки: ") + rrn), 15000);
        QVERIFY(rig.tape().contains(QStringLiteral(u"ОДОБРЕНО")));
    }

    // The same day, before сверка: the return cancels the card payment; after it: a refund by RRN.
    void returnOfACardSaleGoesBackThroughTheTerminal()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig, true);
        const QString first = sellByCard(rig);
        QVERIFY(!first.isEmpty());
        const QString second = sellByCard(rig);
        QVERIFY(!second.isEmpty());
        QCOMPARE(batch(rig).size(), 2);

        const auto cancelled = returnAll(rig, first, QStringLiteral("return_card_cancel_ru"));
        QVERIFY(cancelled);
        QCOMPARE(cancelled->payments.size(), 1);
        QCOMPARE(cancelled->payments.at(0).type, app::PaymentType::Card);
        QList<app::payments::Operation> ops = rig.session->paymentJournal().forSale(cancelled->uuid);
        QCOMPARE(ops.size(), 1); // stored with the return, its slip too
        QCOMPARE(ops.at(0).kind, app::payments::Kind::Cancel);
        QCOMPARE(ops.at(0).state, app::payments::State::Approved);
        QVERIFY(ops.at(0).slip.join(QLatin1Char('\n')).contains(QStringLiteral(u"ОТМЕНА")));
        QTRY_VERIFY_WITH_TIMEOUT(rig.tape().contains(QStringLiteral(u"ОТМЕНА")), 15000);

        // Сверка итогов closes the batch: the second sale's return is a refund by its RRN.
        QSignalSpy done(rig.session->cardOperations(), &app::payments::CardOperations::finished);
        QVERIFY(rig.session->cardOperations()->reconcile());
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 15000);
        const auto refunded = returnAll(rig, second, QStringLiteral("return_card_refund_ru"));
        QVERIFY(refunded);
        ops = rig.session->paymentJournal().forSale(refunded->uuid);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.at(0).kind, app::payments::Kind::Refund);
        QCOMPARE(ops.at(0).state, app::payments::State::Approved);
        QTRY_VERIFY_WITH_TIMEOUT(rig.tape().contains(QStringLiteral(u"ВОЗВРАТ ПОКУПКИ")), 15000);
        QCOMPARE(batch(rig).size(), 1); // the refund, in the new batch
    }

    // Ctrl+Shift+B: сверка итогов, its report on the registrar; the Z report runs one first.
    void reconciliationFromTheServiceMenuAndBeforeTheZReport()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig, true);
        const QString sold = sellByCard(rig);
        QVERIFY(!sold.isEmpty());
        ui::ServiceMenu *menu = rig.window->serviceMenu();
        press(rig.window->saleScreen(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(menu->lastProgress());
        QTRY_COMPARE_WITH_TIMEOUT(menu->lastProgress()->state(), ui::FiscalProgress::State::Done, 20000);
        QCoreApplication::sendPostedEvents(); // the label's new height is laid out before the picture
        QApplication::processEvents();
        testing_support::saveScreenshot(menu->currentDialog(), QStringLiteral("service_reconciliation_ru"));
        QVERIFY(batch(rig).isEmpty()); // the terminal's batch is closed
        QVERIFY(rig.session->paymentJournal().forSale(sold).at(0).batchSettled);
        QTRY_VERIFY_WITH_TIMEOUT(rig.tape().contains(QStringLiteral(u"Данные переданы успешно")), 15000);
        QCOMPARE(rig.tape().count(QStringLiteral(u"СВЕРКА ИТОГОВ")), 1);
        menu->currentDialog()->close();

        QVERIFY(!sellByCard(rig).isEmpty());
        press(rig.window->saleScreen(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(qobject_cast<ui::ZReportDialog *>(menu->currentDialog()));
        menu->currentDialog()->accept();
        QTRY_VERIFY_WITH_TIMEOUT(rig.tape().contains(QStringLiteral(u"ОТЧЕТ О ЗАКРЫТИИ СМЕНЫ")), 30000);
        const QString tape = rig.tape();
        QCOMPARE(tape.count(QStringLiteral(u"СВЕРКА ИТОГОВ")), 2);
        QVERIFY(tape.lastIndexOf(QStringLiteral(u"СВЕРКА ИТОГОВ")) <
                tape.lastIndexOf(QStringLiteral(u"ОТЧЕТ О ЗАКРЫТИИ СМЕНЫ")));
        QVERIFY(batch(rig).isEmpty());
    }

    // SBP through the acquirer emulator over HTTP: a QR that expires unpaid, one the buyer pays,
    // and the return refunded through the acquirer.
    void sbpSaleExpiryAndRefund()
    {
        TillRig rig;
        QVERIFY(rig.open());
        QVERIFY(!rig.session->sbpEmulatorUrl().isEmpty());
        auto *sbp = qobject_cast<app::payments::RaiffeisenSbp *>(rig.session->sbp());
        QVERIFY(sbp);
        signIn(rig, true);
        scanBread(rig);
        const QString uuid = rig.window->saleScreen()->desk()->sale().uuid;
        sbpControl(rig, QStringLiteral("/_ctl/next"), {{QStringLiteral("fate"), QStringLiteral("never")}});
        sbpControl(rig, QStringLiteral("/_ctl/next"),
                   {{QStringLiteral("fate"), QStringLiteral("pay")}, {QStringLiteral("afterMs"), 1500}});
        sbp->setQrLifetimeSecs(2);
        whenModal([sbp](QWidget *dialog) {
            ui::PaymentDialog *p = payment(dialog);
            QVERIFY(p);
            QTest::keyClick(p->amountEdit(), Qt::Key_F7);
            auto *qr = p->findChild<QLabel *>(QStringLiteral("sbpQr"));
            QTRY_VERIFY_WITH_TIMEOUT(qr->isVisible(), 10000);
            testing_support::saveScreenshot(p, QStringLiteral("payment_sbp_qr_ru"));
            QTRY_VERIFY_WITH_TIMEOUT(p->status().contains(QStringLiteral(u"истёк")), 15000);
            QVERIFY(!qr->isVisible());
            testing_support::saveScreenshot(p, QStringLiteral("payment_sbp_expired_ru"));
            QCOMPARE(p->remaining(), app::Kopecks(6990));
            sbp->setQrLifetimeSecs(300);
            QTest::keyClick(p->amountEdit(), Qt::Key_F7); // a new QR: the buyer pays it
        });
        press(rig.window->saleScreen(), Qt::Key_F5);
        const auto sale = completed(rig, uuid);
        QVERIFY(sale && sale->fiscal);
        QCOMPARE(sale->payments.size(), 1);
        QCOMPARE(sale->payments.at(0).type, app::PaymentType::Sbp);
        const QString qrId = sale->payments.at(0).reference;
        QCOMPARE(
            sbpControl(rig, QStringLiteral("/_ctl/qr/") + qrId).value(QStringLiteral("qrStatus")).toString(),
            QStringLiteral("PAID"));

        const auto refunded = returnAll(rig, uuid, QStringLiteral("return_sbp_ru"));
        QVERIFY(refunded);
        QCOMPARE(refunded->payments.at(0).type, app::PaymentType::Sbp);
        QCOMPARE(
            sbpControl(rig, QStringLiteral("/_ctl/qr/") + qrId).value(QStringLiteral("refunded")).toString(),
            QStringLiteral("6990"));
    }

    // The SBP texts on the payment screen, in English and in Russian (PNGs for review): the QR
    // waiting, cancelled at the acquirer (not a decline), declined by the buyer's bank.
    void sbpStatusesInBothLanguages_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
    }

    void sbpStatusesInBothLanguages()
    {
        QFETCH(QString, lang);
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t); // English is the source language
        if (lang != QStringLiteral("en"))
            QVERIFY(ui::installTranslations(*qApp, lang));
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig, true);
        scanBread(rig);
        const QString uuid = rig.window->saleScreen()->desk()->sale().uuid;
        sbpControl(rig, QStringLiteral("/_ctl/next"), {{QStringLiteral("fate"), QStringLiteral("never")}});
        sbpControl(rig, QStringLiteral("/_ctl/next"),
                   {{QStringLiteral("fate"), QStringLiteral("reject")}, {QStringLiteral("afterMs"), 0}});
        whenModal([&rig, lang, uuid](QWidget *dialog) {
            ui::PaymentDialog *p = payment(dialog);
            QVERIFY(p);
            auto *qr = p->findChild<QLabel *>(QStringLiteral("sbpQr"));
            QTest::keyClick(p->amountEdit(), Qt::Key_F7);
            QTRY_VERIFY_WITH_TIMEOUT(qr->isVisible(), 10000);
            testing_support::saveScreenshot(p, QStringLiteral("payment_sbp_qr_") + lang);
            const QString qrId = rig.session->paymentJournal().forSale(uuid).last().qrId;
            sbpControl(rig, QStringLiteral("/_ctl/cancel/") + qrId, {{QStringLiteral("by"), 1}});
            QTRY_VERIFY_WITH_TIMEOUT(!qr->isVisible(), 10000);
            QCOMPARE(p->status(), devices::sbpStatusText(devices::SbpStatus::Cancelled)); // not a decline
            testing_support::saveScreenshot(p, QStringLiteral("payment_sbp_cancelled_") + lang);
            QTest::keyClick(p->amountEdit(), Qt::Key_F7);
            QTRY_VERIFY_WITH_TIMEOUT(!p->status().isEmpty() && !qr->isVisible() &&
                                         rig.session->paymentJournal().forSale(uuid).size() == 2 &&
                                         !rig.session->paymentJournal().forSale(uuid).last().open(),
                                     10000);
            QCoreApplication::processEvents();
            testing_support::saveScreenshot(p, QStringLiteral("payment_sbp_declined_") + lang);
            QTest::keyClick(p->amountEdit(), Qt::Key_Return); // cash, the full amount
        });
        press(rig.window->saleScreen(), Qt::Key_F5);
        QVERIFY(completed(rig, uuid));
        if (lang == QStringLiteral("en"))
            QVERIFY(ui::installTranslations(*qApp, language()));
    }

    // The acquirer refuses to make the QR (HTTP 400): the payment screen says so at once, in Russian,
    // and the sale is paid another way (PNG payment_sbp_refused_ru).
    void sbpRefusedQrIsToldAtOnce()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig, true);
        scanBread(rig);
        const QString uuid = rig.window->saleScreen()->desk()->sale().uuid;
        sbpControl(rig, QStringLiteral("/_ctl/fault"),
                   {{QStringLiteral("mode"), QStringLiteral("400")},
                    {QStringLiteral("count"), 1},
                    {QStringLiteral("path"), QStringLiteral("/api/sbp/v1/qr/register")}});
        whenModal([&rig, uuid](QWidget *dialog) {
            ui::PaymentDialog *p = payment(dialog);
            QVERIFY(p);
            QTest::keyClick(p->amountEdit(), Qt::Key_F7);
            QTRY_VERIFY_WITH_TIMEOUT(rig.session->paymentJournal().forSale(uuid).size() == 1 &&
                                         !rig.session->paymentJournal().forSale(uuid).last().open(),
                                     10000);
            QCoreApplication::processEvents();
            QVERIFY2(p->status().contains(QStringLiteral("Банк СБП отказался создать QR")),
                     qPrintable(p->status()));
            testing_support::saveScreenshot(p, QStringLiteral("payment_sbp_refused_ru"));
            QTest::keyClick(p->amountEdit(), Qt::Key_Return); // cash, the full amount
        });
        press(rig.window->saleScreen(), Qt::Key_F5);
        QVERIFY(completed(rig, uuid));
    }

    // Settings → Workplace with the card terminal and «Проверка связи», a decline and the
    // reconciliation, in English and in Russian (PNGs for review).
    void screensInBothLanguages_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ru") << QStringLiteral("ru");
    }

    void screensInBothLanguages()
    {
        QFETCH(QString, lang);
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t); // English is the source language
        if (lang != QStringLiteral("en"))
            QVERIFY(ui::installTranslations(*qApp, lang));
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig, true);
        ui::WorkplacePage page(*rig.session);
        page.resize(900, 1000);
        page.show();
        auto *box = page.findChild<ui::TerminalBox *>();
        QVERIFY(box);
        box->checkLink();
        QTRY_VERIFY_WITH_TIMEOUT(box->checkResult().contains(QStringLiteral("0")), 15000);
        testing_support::saveScreenshot(&page, QStringLiteral("settings_terminal_") + lang);
        page.hide();

        scanBread(rig);
        const QString uuid = rig.window->saleScreen()->desk()->sale().uuid;
        script(rig, QStringLiteral(u"decline 51 НЕДОСТАТОЧНО СРЕДСТВ"));
        whenModal([lang](QWidget *dialog) {
            ui::PaymentDialog *p = payment(dialog);
            QVERIFY(p);
            QTest::keyClick(p->amountEdit(), Qt::Key_F6);
            QTRY_VERIFY_WITH_TIMEOUT(p->status().contains(QStringLiteral("51")), 15000);
            testing_support::saveScreenshot(p, QStringLiteral("payment_card_declined_") + lang);
            QTest::keyClick(p->amountEdit(), Qt::Key_Return);
        });
        press(rig.window->saleScreen(), Qt::Key_F5);
        QVERIFY(completed(rig, uuid));

        ui::ServiceMenu *menu = rig.window->serviceMenu();
        menu->reconcile();
        QTRY_VERIFY(menu->lastProgress());
        QTRY_COMPARE_WITH_TIMEOUT(menu->lastProgress()->state(), ui::FiscalProgress::State::Done, 20000);
        QCoreApplication::sendPostedEvents();
        QApplication::processEvents();
        testing_support::saveScreenshot(menu->currentDialog(),
                                        QStringLiteral("service_reconciliation_") + lang);
        menu->currentDialog()->close();
        if (lang == QStringLiteral("en"))
            QVERIFY(ui::installTranslations(*qApp, language()));
    }

    void declineAndPinpadCancelSayWhatHappened()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig);
        scanBread(rig);
        const QString uuid = rig.window->saleScreen()->desk()->sale().uuid;
        script(rig, QStringLiteral(u"decline 51 НЕДОСТАТОЧНО СРЕДСТВ"));
        script(rig, QStringLiteral("abort 100"));
        whenModal([](QWidget *dialog) {
            ui::PaymentDialog *p = payment(dialog);
            QVERIFY(p);
            QTest::keyClick(p->amountEdit(), Qt::Key_F6);
            QTRY_VERIFY_WITH_TIMEOUT(p->status().contains(QStringLiteral("51")), 15000);
            QVERIFY2(p->status().contains(QStringLiteral(u"отклонил")), qPrintable(p->status()));
            QVERIFY(p->status().contains(QStringLiteral(u"НЕДОСТАТОЧНО СРЕДСТВ")));
            testing_support::saveScreenshot(p, QStringLiteral("payment_card_declined_ru"));
            QTest::keyClick(p->amountEdit(), Qt::Key_F6);
            QTRY_VERIFY_WITH_TIMEOUT(p->status().contains(QStringLiteral(u"отменена на терминале")), 15000);
            QCOMPARE(p->remaining(), app::Kopecks(6990));
            // The buyer pays cash instead.
            QTest::keyClick(p->amountEdit(), Qt::Key_Return);
        });
        press(rig.window->saleScreen(), Qt::Key_F5);
        const auto sale = completed(rig, uuid);
        QVERIFY(sale);
        QCOMPARE(sale->payments.at(0).type, app::PaymentType::Cash);
        QVERIFY(batch(rig).isEmpty());
        QCOMPARE(rig.session->paymentJournal().forSale(uuid).size(), 2);
    }

    void cardAndCashSplit()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig);
        scanBread(rig);
        const QString uuid = rig.window->saleScreen()->desk()->sale().uuid;
        whenModal([](QWidget *dialog) {
            ui::PaymentDialog *p = payment(dialog);
            QVERIFY(p);
            QTest::keyClicks(p->amountEdit(), QStringLiteral("50"));
            QTest::keyClick(p->amountEdit(), Qt::Key_F6);
            QTRY_COMPARE_WITH_TIMEOUT(p->remaining(), app::Kopecks(1990), 15000);
            testing_support::saveScreenshot(p, QStringLiteral("payment_card_split_ru"));
            QTest::keyClick(p->amountEdit(), Qt::Key_Return); // the rest in cash
        });
        press(rig.window->saleScreen(), Qt::Key_F5);
        const auto sale = completed(rig, uuid);
        QVERIFY(sale);
        QCOMPARE(sale->payments.size(), 2);
        QCOMPARE(batch(rig).size(), 1);
        QCOMPARE(batch(rig).at(0).toObject().value(QStringLiteral("amount")).toString(),
                 QStringLiteral("5000"));
    }

    void lostAnswerIsFoundInTheTerminalsReport()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig);
        scanBread(rig);
        const QString uuid = rig.window->saleScreen()->desk()->sale().uuid;
        script(rig, QStringLiteral("lost")); // approved at the bank, the program never answers
        whenModal([](QWidget *dialog) {
            ui::PaymentDialog *p = payment(dialog);
            QVERIFY(p);
            QTest::keyClick(p->amountEdit(), Qt::Key_F6);
        });
        press(rig.window->saleScreen(), Qt::Key_F5);
        const auto sale = completed(rig, uuid);
        QVERIFY(sale && sale->fiscal);
        QCOMPARE(batch(rig).size(), 1); // charged once
        QCOMPARE(sale->payments.at(0).reference,
                 batch(rig).at(0).toObject().value(QStringLiteral("rrn")).toString());
    }

    void tillKilledMidPaymentPaysOnRestartWithoutASecondCharge()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig);
        scanBread(rig);
        const QString uuid = rig.window->saleScreen()->desk()->sale().uuid;
        // Another till process on the same database starts the card payment and is killed while
        // the customer is still at the pinpad; the terminal finishes after it died.
        script(rig, QStringLiteral("approve 1500"));
        QProcess till;
        till.setProgram(QStringLiteral(PAYMENTS_TILL_HELPER));
        till.setArguments({rig.session->database().path(), rig.dir.filePath(QStringLiteral("card-terminal")),
                           rig.dir.filePath(QStringLiteral("demo-terminal/config")),
                           QStringLiteral(PRILAVOK_SB_PILOT_EMULATOR), QStringLiteral("6990"), uuid});
        till.start();
        QVERIFY(till.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(till.canReadLine(), 10000);
        const QString line = QString::fromUtf8(till.readLine()).trimmed();
        QVERIFY2(line.startsWith(QStringLiteral("started ")), qPrintable(line));
        till.kill();
        QVERIFY(till.waitForFinished());
        QCOMPARE(rig.session->paymentJournal().find(line.mid(8))->state, app::payments::State::Started);

        // What the till does at start-up: settle the journal from the terminal.
        QSignalSpy settled(rig.session->cardOperations(), &app::payments::CardOperations::finished);
        rig.session->cardOperations()->recoverOpen();
        QTRY_VERIFY_WITH_TIMEOUT(!settled.isEmpty(), 20000);
        QCOMPARE(settled.at(0).at(0).value<app::payments::Operation>().state, app::payments::State::Approved);

        // F5: the approved payment already covers the sale; no key for the card again.
        whenModal([](QWidget *dialog) { QVERIFY(payment(dialog)); });
        press(rig.window->saleScreen(), Qt::Key_F5);
        const auto sale = completed(rig, uuid);
        QVERIFY(sale && sale->fiscal);
        QCOMPARE(sale->payments.size(), 1);
        QCOMPARE(sale->payments.at(0).type, app::PaymentType::Card);
        QCOMPARE(batch(rig).size(), 1);
    }
};

QTEST_MAIN(TstPaymentsGui)
#include "tst_payments_gui.moc"
