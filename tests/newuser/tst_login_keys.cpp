// The sign-in screen on the demo till, keyboard only (issue 16): while the PIN field has the focus,
// ↑/↓ choose the person and letters jump to the person with a word of the name starting so
// (ё = е), so a keyboard-only cashier never types the PIN against the wrong name.

#include <QListWidget>
#include <QTest>
#include <QTranslator>

#include "tests/common/screenshot.h"
#include "tests/till_ui/tillrig.h"
#include "widgets/loginscreen.h"
#include "widgets/till/loginpage.h"
#include "widgets/till/salescreen.h"
#include "widgets/translations.h"

class TstLoginKeys : public QObject
{
    Q_OBJECT

    // A Russian keyboard sends the letter's key and its text (QTest::keyClicks takes ASCII only).
    static void typeText(QWidget *widget, const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(c.toUpper().unicode()), QString(c),
                                Qt::NoModifier);
    }

    static QString chosen(TillRig &rig)
    {
        const std::int64_t id = rig.window->loginPage()->selectedEmployee();
        const auto employee = rig.session->staff().find(id);
        return employee ? employee->fullName : QString();
    }

    // Letters typed after a pause start a new name.
    static void pause() { QTest::qWait(QApplication::keyboardInputInterval() + 150); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru"))); }

    void matchPersonByAnyWord()
    {
        const QStringList names{QStringLiteral(u"Демо Владелец"), QStringLiteral(u"Ёлкина Анна"),
                                QStringLiteral(u"Иванов Пётр"), QStringLiteral(u"Исаева Ольга")};
        QCOMPARE(ui::matchPerson(names, QStringLiteral(u"ел"), 0), 1);
        QCOMPARE(ui::matchPerson(names, QStringLiteral(u"ЁЛК"), 0), 1);
        QCOMPARE(ui::matchPerson(names, QStringLiteral(u"и"), 0), 2);
        QCOMPARE(ui::matchPerson(names, QStringLiteral(u"и"), 3), 3);
        QCOMPARE(ui::matchPerson(names, QStringLiteral(u"д"), 1), 0); // wraps
        QCOMPARE(ui::matchPerson(names, QStringLiteral(u"петр"), 0), 2);
        QCOMPARE(ui::matchPerson(names, QStringLiteral(u"я"), 0), -1);
    }

    void arrowsAndLettersChooseWhileThePinHasTheFocus()
    {
        TillRig rig;
        QVERIFY(rig.open());
        const auto owner = rig.session->staff().login(rig.employeeNamed(QStringLiteral(u"Демо Владелец")),
                                                      QStringLiteral("111111"));
        QVERIFY(owner);
        for (const QString &name : {QStringLiteral(u"Ёлкина Анна"), QStringLiteral(u"Иванов Пётр"),
                                    QStringLiteral(u"Исаева Ольга")})
            QVERIFY(rig.session->staff().add(*owner, {name, {}, {}, {}, app::Role::Cashier},
                                             QStringLiteral("333333")));
        ui::LoginPage *login = rig.window->loginPage();
        login->reload();
        auto *people = login->findChild<QListWidget *>(QStringLiteral("loginPeople"));
        QWidget *pin = login->pinScreen();
        QTRY_VERIFY(pin->hasFocus());
        QCOMPARE(people->currentRow(), 0);

        QTest::keyClick(pin, Qt::Key_Down);
        QCOMPARE(people->currentRow(), 1);
        QTest::keyClick(pin, Qt::Key_Down);
        QCOMPARE(people->currentRow(), 2);
        QTest::keyClick(pin, Qt::Key_Up);
        QCOMPARE(people->currentRow(), 1);
        QTest::keyClick(pin, Qt::Key_Up);
        QTest::keyClick(pin, Qt::Key_Up); // stays on the first
        QCOMPARE(chosen(rig), QStringLiteral(u"Демо Владелец"));
        QVERIFY(pin->hasFocus());

        typeText(pin, QStringLiteral(u"ел")); // е for Ё, as cashiers type it
        QCOMPARE(chosen(rig), QStringLiteral(u"Ёлкина Анна"));
        pause();
        typeText(pin, QStringLiteral(u"П")); // a word inside the name
        QCOMPARE(chosen(rig), QStringLiteral(u"Иванов Пётр"));
        pause();
        typeText(pin, QStringLiteral(u"и")); // the same first letter again: the next one
        QCOMPARE(chosen(rig), QStringLiteral(u"Исаева Ольга"));
        pause();
        typeText(pin, QStringLiteral(u"кас"));
        QCOMPARE(chosen(rig), QStringLiteral(u"Демо Кассир"));
        testing_support::saveScreenshot(rig.window.get(), QStringLiteral("newuser_login_keys_ru"));

        // Digits are still the PIN, typed against the name now chosen.
        QTest::keyClicks(pin, QStringLiteral("222222"));
        QTRY_VERIFY(rig.window->saleScreen()->isVisible());
        QCOMPARE(rig.session->employee()->fullName, QStringLiteral(u"Демо Кассир"));
    }

    void screenInEnglish()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        TillRig rig;
        QVERIFY(rig.open());
        QWidget *pin = rig.window->loginPage()->pinScreen();
        QTRY_VERIFY(pin->hasFocus());
        QTest::keyClick(pin, Qt::Key_Down);
        QCOMPARE(chosen(rig), QStringLiteral(u"Демо Кассир"));
        testing_support::saveScreenshot(rig.window.get(), QStringLiteral("newuser_login_keys_en"));
        QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru")));
    }
};

QTEST_MAIN(TstLoginKeys)
#include "tst_login_keys.moc"
