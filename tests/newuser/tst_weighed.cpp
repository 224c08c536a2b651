// Goods sold by weight on the demo till, by keys (issue 16): scanning «Сыр «Российский» весовой»
// (or picking it in the search) asks for the weight before the line exists; Esc or nonsense adds
// nothing. Before, it went into the cart as 1 kg at the price of a kilogram.

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

#include "app/till/saledesk.h"
#include "tests/common/screenshot.h"
#include "tests/till_ui/tillrig.h"
#include "widgets/loginscreen.h"
#include "widgets/till/loginpage.h"
#include "widgets/till/salescreen.h"
#include "widgets/translations.h"

class TstWeighed : public QObject
{
    Q_OBJECT

    static void signIn(TillRig &rig)
    {
        ui::LoginPage *login = rig.window->loginPage();
        login->selectEmployee(rig.employeeNamed(QStringLiteral(u"Демо Кассир")));
        QTest::keyClicks(login->pinScreen(), QStringLiteral("222222"));
        QTRY_VERIFY(rig.window->saleScreen()->isVisible());
    }

    static void scan(ui::SaleScreen *screen, const QString &code)
    {
        screen->entry()->setFocus();
        QTest::keyClicks(screen->entry(), code);
        QTest::keyClick(screen->entry(), Qt::Key_Return);
    }

    // The next modal dialog: remember its label, save it, type `typed` (empty: Esc).
    static void answerWeight(QString &label, const QString &typed, const QString &shot = {})
    {
        whenModal([&label, typed, shot](QWidget *dialog) {
            for (QLabel *l : dialog->findChildren<QLabel *>())
                label += l->text();
            if (!shot.isEmpty())
                testing_support::saveScreenshot(dialog, shot);
            auto *edit = dialog->findChild<QLineEdit *>();
            QVERIFY(edit);
            if (typed.isEmpty()) {
                QTest::keyClick(edit, Qt::Key_Escape);
                return;
            }
            QTest::keyClicks(edit, typed);
            QTest::keyClick(edit, Qt::Key_Return);
        });
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru"))); }

    void scanAsksForTheWeight()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig);
        ui::SaleScreen *screen = rig.window->saleScreen();
        const QString cheese = rig.barcodeOf(QStringLiteral(u"Сыр «Российский»"));
        QVERIFY(cheese.startsWith(QLatin1Char('2'))); // an in-store code, not a scale label

        QString label;
        answerWeight(label, QStringLiteral("0,450"), QStringLiteral("newuser_weight_ru"));
        scan(screen, cheese);
        QTRY_COMPARE(screen->desk()->cart()->rowCount(), 1);
        QVERIFY2(label.contains(QStringLiteral(u"Сыр «Российский» весовой")), qPrintable(label));
        QVERIFY2(label.contains(QStringLiteral(u"кг")), qPrintable(label));
        QCOMPARE(screen->desk()->sale().lines.at(0).quantity, app::Milli(450));
        QCOMPARE(screen->desk()->total(), app::Kopecks(40455)); // 899,00 × 0,450

        // Esc: nothing is added.
        label.clear();
        answerWeight(label, {});
        scan(screen, cheese);
        QTRY_VERIFY(!label.isEmpty());
        QTest::qWait(100);
        QCOMPARE(screen->desk()->cart()->rowCount(), 1);

        // Not a weight: said in Russian, nothing is added.
        label.clear();
        answerWeight(label, QStringLiteral("abc"));
        scan(screen, cheese);
        QTRY_VERIFY(!label.isEmpty());
        auto *message = screen->findChild<QLabel *>(QStringLiteral("saleMessage"));
        QTRY_VERIFY2(message->text().contains(QStringLiteral(u"не вес")), qPrintable(message->text()));
        QCOMPARE(screen->desk()->cart()->rowCount(), 1);
        testing_support::saveScreenshot(rig.window.get(), QStringLiteral("newuser_weight_problem_ru"));
    }

    void searchAsksForTheWeightToo()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig);
        ui::SaleScreen *screen = rig.window->saleScreen();
        // Typed text opens the search; Enter takes the product; then the weight.
        screen->entry()->insert(QStringLiteral(u"российск"));
        whenModal([](QWidget *dialog) {
            auto *results = dialog->findChild<QTableWidget *>(QStringLiteral("searchResults"));
            QTRY_COMPARE(results->rowCount(), 1);
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QTest::keyClick(screen->entry(), Qt::Key_Return);
        // The search has closed; the weight is asked next.
        QCOMPARE(screen->desk()->cart()->rowCount(), 0);
        QString label;
        answerWeight(label, QStringLiteral("1,2"));
        QTRY_COMPARE(screen->desk()->cart()->rowCount(), 1);
        QVERIFY2(label.contains(QStringLiteral(u"Сыр «Российский» весовой")), qPrintable(label));
        QCOMPARE(screen->desk()->sale().lines.at(0).quantity, app::Milli(1200));
    }
};

QTEST_MAIN(TstWeighed)
#include "tst_weighed.moc"
