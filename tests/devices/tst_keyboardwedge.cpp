#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

#include "devices/keyboardwedge.h"

// The event filter in a real widget tree: keys go through the window system path (QTest on a
// QWindow), so shortcuts and focus handling are the application's own.
class TstKeyboardWedge : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 1000;
    QWidget *m_window = nullptr;
    QLineEdit *m_search = nullptr;
    QAction *m_hotkey = nullptr;
    devices::KeyboardWedge *m_wedge = nullptr;

    void press(Qt::Key key, const QString &text, int gapMs, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        m_now += gapMs;
        QTest::sendKeyEvent(QTest::Press, m_window->windowHandle(), key, text, mods);
        m_now += 1;
        QTest::sendKeyEvent(QTest::Release, m_window->windowHandle(), key, text, mods);
    }

    void typeText(const QString &text, int gapMs)
    {
        for (const QChar c : text) {
            const QChar upper = c.toUpper();
            const auto key = Qt::Key(upper.unicode());
            press(key, QString(c), gapMs, c.isUpper() ? Qt::ShiftModifier : Qt::NoModifier);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_window = new QWidget;
        auto *layout = new QVBoxLayout(m_window);
        m_search = new QLineEdit(m_window);
        layout->addWidget(m_search);
        m_hotkey = new QAction(m_window);
        m_hotkey->setShortcut(QKeySequence(Qt::Key_F8));
        m_window->addAction(m_hotkey);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->activateWindow();
        m_search->setFocus();
        QTRY_VERIFY(m_search->hasFocus());

        m_wedge = new devices::KeyboardWedge(m_window);
        m_wedge->setClock([this] { return m_now; });
        m_wedge->install();
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }

    void scanDoesNotLeakIntoTheFocusedEdit()
    {
        QSignalSpy spy(m_wedge, &devices::KeyboardWedge::codeScanned);
        typeText(QStringLiteral("4601234567893"), 5);
        press(Qt::Key_Return, QStringLiteral("\r"), 5);
        QCOMPARE(spy.count(), 1);
        const auto code = spy.at(0).at(0).value<devices::ScannedCode>();
        QCOMPARE(code.text, QStringLiteral("4601234567893"));
        QCOMPARE(code.source, devices::ScanSource::KeyboardWedge);
        QVERIFY(code.time.isValid());
        QCOMPARE(m_search->text(), QString());
    }

    void humanTypingReachesTheEdit()
    {
        QSignalSpy spy(m_wedge, &devices::KeyboardWedge::codeScanned);
        typeText(QStringLiteral("milk"), 200);
        m_wedge->flushPending(); // the last key waits for the gap timer
        QCOMPARE(m_search->text(), QStringLiteral("milk"));
        QCOMPARE(spy.count(), 0);
    }

    void humanTypingFlushesByTimerToo()
    {
        m_wedge->setClock({}); // real time
        QTest::keyClick(m_window->windowHandle(), Qt::Key_Q);
        QTRY_COMPARE(m_search->text(), QStringLiteral("q"));
    }

    void scanWhileSearchHasTextKeepsTheText()
    {
        typeText(QStringLiteral("bread"), 200);
        m_now += 500;
        QSignalSpy spy(m_wedge, &devices::KeyboardWedge::codeScanned);
        typeText(QStringLiteral("12345670"), 4);
        press(Qt::Key_Return, QStringLiteral("\r"), 4);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(m_search->text(), QStringLiteral("bread"));
    }

    void f8IsGsInsideAScanAndAHotkeyOutside()
    {
        QSignalSpy triggered(m_hotkey, &QAction::triggered);
        QSignalSpy spy(m_wedge, &devices::KeyboardWedge::codeScanned);
        typeText(QStringLiteral("010460404000111721x7Y!z%&"), 4);
        press(Qt::Key_F8, QString(), 4);
        typeText(QStringLiteral("93Q1w2"), 4);
        press(Qt::Key_Return, QStringLiteral("\r"), 4);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<devices::ScannedCode>().text,
                 QStringLiteral("010460404000111721x7Y!z%&\x1d"
                                "93Q1w2"));
        QCOMPARE(triggered.count(), 0);

        press(Qt::Key_F8, QString(), 500);
        QCOMPARE(triggered.count(), 1);
        QCOMPARE(m_search->text(), QString());
    }

    void focusMovingMidScanLosesNothing()
    {
        auto *other = new QLineEdit(m_window);
        m_window->layout()->addWidget(other);
        QSignalSpy spy(m_wedge, &devices::KeyboardWedge::codeScanned);
        typeText(QStringLiteral("460123"), 4);
        other->setFocus(); // a dialog or a timer steals focus while the scanner is still typing
        typeText(QStringLiteral("4567893"), 4);
        press(Qt::Key_Return, QStringLiteral("\r"), 4);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<devices::ScannedCode>().text, QStringLiteral("4601234567893"));
        QCOMPARE(m_search->text(), QString());
        QCOMPARE(other->text(), QString());
    }

    void uninstalledWedgeIsInert()
    {
        m_wedge->uninstall();
        QSignalSpy spy(m_wedge, &devices::KeyboardWedge::codeScanned);
        typeText(QStringLiteral("12345670"), 4);
        press(Qt::Key_Return, QStringLiteral("\r"), 4);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(m_search->text(), QStringLiteral("12345670"));
    }
};

QTEST_MAIN(TstKeyboardWedge)
#include "tst_keyboardwedge.moc"
