// The sale screen with marked goods under the permissive mode (issue 18): what the cashier sees
// while Честный знак is asked, on a refusal and on a sale without a check, in Russian and in
// English, with PNGs of each (build/screenshots/marking_*.png). The demo till, the fake ТС ПИоТ
// as its own process.

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include "app/marking/permitchecker.h"
#include "app/till/saledesk.h"
#include "tests/common/screenshot.h"
#include "tests/marking/tspiotprocess.h"
#include "tests/till_ui/tillrig.h"
#include "widgets/loginscreen.h"
#include "widgets/till/loginpage.h"
#include "widgets/till/salescreen.h"
#include "widgets/translations.h"

class TestMarkingScreen : public QObject
{
    Q_OBJECT

    void run(const QString &lang, const QString &checking, const QString &refusal, const QString &badge)
    {
        TsPiotProcess piot;
        QVERIFY(piot.start());
        TillRig rig;
        QVERIFY(rig.open());
        app::TsPiotSettings s;
        s.url = piot.url();
        rig.session->permit().setTsPiot(s);
        ui::LoginPage *login = rig.window->loginPage();
        login->selectEmployee(rig.employeeNamed(QStringLiteral(u"Демо Кассир")));
        QTest::keyClicks(login->pinScreen(), QStringLiteral("222222"));
        QTRY_VERIFY(rig.window->saleScreen()->isVisible());
        ui::SaleScreen *screen = rig.window->saleScreen();
        const QString gtin = QStringLiteral("0") + rig.barcodeOf(QStringLiteral(u"Кефир"));
        auto code = [&](const QString &serial) -> QString {
            return QStringLiteral("01") + gtin + QStringLiteral("21") + serial + QChar(0x1D) +
                   QStringLiteral("93Ab1+");
        };
        // A scanner's GS has no key to type: the code goes in as the scanner hub hands it over.
        auto scan = [&](const QString &km) { screen->desk()->scan(km); };

        // In progress: ТС ПИоТ answers after a second.
        QVERIFY(
            piot.fault({{QStringLiteral("mode"), QStringLiteral("delay")}, {QStringLiteral("ms"), 1000}}));
        scan(code(QStringLiteral("5scr01")));
        QVERIFY(screen->desk()->waitsForMarking());
        QVERIFY2(screen->message().contains(checking), qPrintable(screen->message()));
        testing_support::saveScreenshot(rig.window.get(), QStringLiteral("marking_checking_") + lang);
        QTRY_VERIFY_WITH_TIMEOUT(!screen->desk()->waitsForMarking(), 20000);
        QCOMPARE(screen->desk()->cart()->rowCount(), 1);

        // A refusal: the product is blocked.
        QVERIFY(piot.fault({{QStringLiteral("mode"), QStringLiteral("none")}}));
        QVERIFY(
            piot.code(QStringLiteral("01") + gtin + QStringLiteral("215scr02"), QStringLiteral("blocked")));
        QSignalSpy problems(screen->desk(), &app::SaleDesk::problem);
        scan(code(QStringLiteral("5scr02")));
        QTRY_VERIFY_WITH_TIMEOUT(!screen->desk()->waitsForMarking(), 20000);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().first().toString(), refusal);
        QCOMPARE(screen->desk()->cart()->rowCount(), 1);
        testing_support::saveScreenshot(rig.window.get(), QStringLiteral("marking_refused_") + lang);

        // No answer within 1.5 s: sold without a check, with the badge on the row.
        QVERIFY(
            piot.fault({{QStringLiteral("mode"), QStringLiteral("delay")}, {QStringLiteral("ms"), 1600}}));
        // The label may move on to a registrar notice meanwhile: the desk's own notice is what counts.
        QSignalSpy notices(screen->desk(), &app::SaleDesk::notice);
        scan(code(QStringLiteral("5scr03")));
        QTRY_VERIFY_WITH_TIMEOUT(!screen->desk()->waitsForMarking(), 20000);
        QCOMPARE(screen->desk()->cart()->rowCount(), 2);
        QTRY_VERIFY(!notices.isEmpty());
        QCOMPARE(notices.last().first().toString(), badge);
        const QString row = screen->desk()->cart()->index(1, app::CartModel::Name).data().toString();
        QVERIFY2(row.contains(badge), qPrintable(row));
        testing_support::saveScreenshot(rig.window.get(), QStringLiteral("marking_unchecked_") + lang);
    }

private Q_SLOTS:
    void russian()
    {
        QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru")));
        run(QStringLiteral("ru"), QStringLiteral(u"Проверка в Честном знаке"),
            QStringLiteral(u"Товар заблокирован (RPN). Продать нельзя."),
            QStringLiteral(u"Без проверки: нет связи с Честным знаком"));
    }

    void english()
    {
        const auto translators = qApp->findChildren<QTranslator *>();
        for (QTranslator *t : translators)
            QCoreApplication::removeTranslator(t);
        run(QStringLiteral("en"), QStringLiteral("Checking the code in Chestny Znak"),
            QStringLiteral("The product is blocked (RPN). It cannot be sold."),
            QStringLiteral("Not checked: no connection with Chestny Znak"));
    }
};

QTEST_MAIN(TestMarkingScreen)
#include "tst_marking_screen.moc"
