#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "tests/common/screenshot.h"
#include "widgets/loginscreen.h"
#include "widgets/translations.h"

using ui::LoginScreen;

class TstLoginScreen : public QObject
{
    Q_OBJECT

private:
    static QString dots(LoginScreen &screen)
    {
        return screen.findChild<QLabel *>(QStringLiteral("pinDots"))->text();
    }
    static QString message(LoginScreen &screen)
    {
        return screen.findChild<QLabel *>(QStringLiteral("pinMessage"))->text();
    }
    static QPushButton *key(LoginScreen &screen, const QString &label)
    {
        const auto keys = screen.findChildren<QPushButton *>();
        for (QPushButton *k : keys)
            if (k->text() == label)
                return k;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru"))); }

    void keyboardDigitsSubmitAtSix()
    {
        LoginScreen screen;
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        QSignalSpy entered(&screen, &LoginScreen::pinEntered);
        QTest::keyClicks(&screen, QStringLiteral("12345"));
        QCOMPARE(dots(screen), QStringLiteral("●●●●●○"));
        QCOMPARE(entered.count(), 0);
        QTest::keyClick(&screen, Qt::Key_Backspace);
        QTest::keyClicks(&screen, QStringLiteral("56"));
        QCOMPARE(entered.count(), 1);
        QCOMPARE(entered.at(0).at(0).toString(), QStringLiteral("123456"));
        QCOMPARE(dots(screen), QStringLiteral("○○○○○○"));
    }

    void lettersAreIgnored()
    {
        LoginScreen screen;
        QSignalSpy entered(&screen, &LoginScreen::pinEntered);
        QTest::keyClicks(&screen, QStringLiteral("1a2b3c"));
        QCOMPARE(dots(screen), QStringLiteral("●●●○○○"));
        QTest::keyClick(&screen, Qt::Key_Return);
        QCOMPARE(entered.count(), 0);
        QCOMPARE(message(screen), QStringLiteral("PIN-код состоит из 6 цифр"));
    }

    void touchKeypad()
    {
        LoginScreen screen;
        QSignalSpy entered(&screen, &LoginScreen::pinEntered);
        for (const char *digit : {"2", "2", "2", "2", "2", "9"})
            QTest::mouseClick(key(screen, QString::fromLatin1(digit)), Qt::LeftButton);
        QCOMPARE(entered.count(), 1);
        QCOMPARE(entered.at(0).at(0).toString(), QStringLiteral("222229"));
    }

    void rejectedAndLockedOut()
    {
        LoginScreen screen;
        screen.setHint(QStringLiteral("Демо: владелец 111111, кассир 222222"));
        screen.resize(480, 640);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        screen.showRejected(QStringLiteral("Неверный PIN-код"));
        QCOMPARE(message(screen), QStringLiteral("Неверный PIN-код"));

        QSignalSpy entered(&screen, &LoginScreen::pinEntered);
        screen.showLockedOut(2);
        QVERIFY(screen.isLockedOut());
        QVERIFY(message(screen).contains(QStringLiteral("2")));
        QTest::keyClicks(&screen, QStringLiteral("111111"));
        QCOMPARE(entered.count(), 0);
        QVERIFY(!key(screen, QStringLiteral("1"))->isEnabled());
        QVERIFY(!testing_support::saveScreenshot(&screen, QStringLiteral("login_locked_ru")).isEmpty());

        QTRY_VERIFY_WITH_TIMEOUT(!screen.isLockedOut(), 5000);
        QVERIFY(key(screen, QStringLiteral("1"))->isEnabled());
        QTest::keyClicks(&screen, QStringLiteral("111111"));
        QCOMPARE(entered.count(), 1);
    }
};

QTEST_MAIN(TstLoginScreen)
#include "tst_loginscreen.moc"
