// The product search on the demo till, by keys (issue 16): F2, type a word from inside the name,
// Enter adds the product. Before the word search `бородин` found nothing.

#include <QLineEdit>
#include <QListWidget>
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

class TstSearchDialog : public QObject
{
    Q_OBJECT

    static void signIn(TillRig &rig)
    {
        ui::LoginPage *login = rig.window->loginPage();
        QVERIFY(login->isVisible());
        login->selectEmployee(rig.employeeNamed(QStringLiteral(u"Демо Кассир")));
        QTest::keyClicks(login->pinScreen(), QStringLiteral("222222"));
        QTRY_VERIFY(rig.window->saleScreen()->isVisible());
    }

    static void press(ui::SaleScreen *screen, Qt::Key key)
    {
        screen->window()->activateWindow();
        QTRY_VERIFY(QApplication::activeWindow() == screen->window());
        QTest::keyClick(screen, key);
    }

    // QTest::keyClicks takes ASCII only: a Russian keyboard sends the letter's key and its text.
    static void typeText(QWidget *widget, const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(c.toUpper().unicode()), QString(c),
                                Qt::NoModifier);
    }

    static QStringList rows(QTableWidget *results)
    {
        QStringList out;
        for (int r = 0; r < results->rowCount(); ++r)
            out << results->item(r, 0)->text();
        return out;
    }

    // F2, type `typed`, check the rows the cashier sees, save the screen, Enter.
    static void findAndAdd(TillRig &rig, const QString &typed, const QString &expected, const QString &shot)
    {
        ui::SaleScreen *screen = rig.window->saleScreen();
        const int before = screen->desk()->cart()->rowCount();
        QStringList seen;
        whenModal([&](QWidget *dialog) {
            auto *query = dialog->findChild<QLineEdit *>(QStringLiteral("searchQuery"));
            auto *results = dialog->findChild<QTableWidget *>(QStringLiteral("searchResults"));
            typeText(query, typed);
            seen = rows(results);
            // No category stays highlighted beside the search's results.
            QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("searchCategories"))->currentRow(), -1);
            testing_support::saveScreenshot(dialog, shot);
            QTest::keyClick(query, Qt::Key_Return);
        });
        press(screen, Qt::Key_F2);
        QTRY_COMPARE(screen->desk()->cart()->rowCount(), before + 1);
        QCOMPARE(seen.value(0), expected);
        QCOMPARE(screen->desk()->sale().lines.last().name, expected);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru"))); }

    void anyWordFindsTheProduct()
    {
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig);
        findAndAdd(rig, QStringLiteral(u"бородин"), QStringLiteral(u"Хлеб «Бородинский» 400 г"),
                   QStringLiteral("newuser_search_words_ru"));
        // ё typed as е, the second word of the name, in capitals.
        findAndAdd(rig, QStringLiteral(u"ЧЕРНЫЙ"), QStringLiteral(u"Чай чёрный «Майский» 100 пак."),
                   QStringLiteral("newuser_search_words2_ru"));
    }

    void screenInEnglish()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig);
        findAndAdd(rig, QStringLiteral(u"бородин"), QStringLiteral(u"Хлеб «Бородинский» 400 г"),
                   QStringLiteral("newuser_search_words_en"));
        QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru")));
    }
};

QTEST_MAIN(TstSearchDialog)
#include "tst_search_dialog.moc"
