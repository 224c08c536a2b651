// «Продажа поштучно» on the sale screen (issue 18, marking reference §4.2): the cashier presses
// Ctrl+Shift+K, types how many pieces, and scans the pack (the scanner types through the window
// system like a keyboard, GS as F8, and ends with Enter); the row is that fraction of the pack,
// after the note that Честный знак is asked. Asking for more pieces than the pack has left shows the
// refusal on the sale screen and adds nothing. The demo till (real SQLite file, the Shtrih-M
// emulator), the fake ТС ПИоТ as its own process, in Russian and in English, with PNGs
// (marking_pieces_dialog_*, marking_pieces_checking_*, marking_pieces_cart_*, marking_pieces_refused_*).

#include <QApplication>
#include <QJsonObject>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QTranslator>

#include <memory>

#include "app/marking/permitchecker.h"
#include "app/till/saledesk.h"
#include "tests/common/screenshot.h"
#include "tests/marking/tspiotprocess.h"
#include "tests/till_ui/tillrig.h"
#include "widgets/loginscreen.h"
#include "widgets/till/loginpage.h"
#include "widgets/till/packpiecesdialog.h"
#include "widgets/till/salescreen.h"
#include "widgets/translations.h"

class TestMarkingPieces : public QObject
{
    Q_OBJECT

    struct Texts
    {
        QString lang, title, checking, refusal, part;
    };

    // A keyboard-mode scanner: fast keys through the window system, GS as F8, Enter at the end.
    static void scanInto(QWidget *window, const QString &code)
    {
        QWindow *w = window->windowHandle();
        for (const QChar c : code) {
            if (c == QChar(0x1D)) {
                QTest::sendKeyEvent(QTest::Click, w, Qt::Key_F8, QString(), Qt::NoModifier);
                continue;
            }
            const auto key = Qt::Key(c.toUpper().unicode());
            QTest::sendKeyEvent(QTest::Press, w, key, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, w, key, QString(c), Qt::NoModifier);
        }
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_Return, QStringLiteral("\r"), Qt::NoModifier);
    }

    // Ctrl+Shift+K, the pieces typed, the pack scanned: what the cashier does in the dialog.
    static bool sellPieces(ui::SaleScreen *screen, const QString &pieces, const QString &code,
                           const QString &png, const QString &title)
    {
        auto seen = std::make_shared<bool>(false);
        whenModal([seen, pieces, code, png, title](QWidget *modal) {
            auto *dialog = qobject_cast<ui::PackPiecesDialog *>(modal);
            if (!dialog || dialog->windowTitle() != title) {
                modal->close();
                return;
            }
            QTest::keyClicks(dialog->piecesBox(), pieces);
            if (!png.isEmpty())
                testing_support::saveScreenshot(dialog, png);
            *seen = dialog->focusWidget() == dialog->piecesBox() && dialog->piecesBox()->text() == pieces;
            // Enter with no code yet moves on to the code line; the dialog stays.
            QTest::keyClick(dialog->piecesBox(), Qt::Key_Return);
            *seen = *seen && dialog->isVisible() && dialog->focusWidget() == dialog->codeEdit();
            scanInto(dialog, code);
        });
        screen->window()->activateWindow();
        if (!QTest::qWaitFor([screen] { return QApplication::activeWindow() == screen->window(); }))
            return false;
        QTest::keyClick(screen, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        return *seen;
    }

    void run(const Texts &t)
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
        const QString ean = rig.barcodeOf(QStringLiteral(u"Сигареты «Ява"));
        QVERIFY(!ean.isEmpty());
        const QString identity =
            QStringLiteral("01") + QStringLiteral("0") + ean + QStringLiteral("215pcs01");
        const QString code = identity + QChar(0x1D) + QStringLiteral("93Ab1+");
        auto counts = [](int inner, int sold) {
            return QJsonObject{{QStringLiteral("innerUnitCount"), inner},
                               {QStringLiteral("soldUnitCount"), sold}};
        };

        // 2 of 20: Честный знак answers after 0.7 s, the screen says it asks meanwhile.
        QVERIFY(piot.code(identity, QStringLiteral("pack"), counts(20, 0)));
        QVERIFY(piot.fault({{QStringLiteral("mode"), QStringLiteral("delay")},
                            {QStringLiteral("ms"), 700},
                            {QStringLiteral("count"), 1}}));
        QVERIFY(sellPieces(screen, QStringLiteral("2"), code,
                           QStringLiteral("marking_pieces_dialog_") + t.lang, t.title));
        QVERIFY(screen->desk()->waitsForMarking());
        QVERIFY2(screen->message().contains(t.checking), qPrintable(screen->message()));
        testing_support::saveScreenshot(rig.window.get(),
                                        QStringLiteral("marking_pieces_checking_") + t.lang);
        QTRY_VERIFY_WITH_TIMEOUT(!screen->desk()->waitsForMarking(), 20000);
        QCOMPARE(screen->desk()->cart()->rowCount(), 1);
        const app::SaleLine line = screen->desk()->sale().lines.first();
        QCOMPARE(line.quantity, app::Milli(100));
        QCOMPARE(line.markingCheck.units, 2);
        QCOMPARE(line.markingCheck.packUnits, 20);
        // The check is over: the note does not linger under the row.
        QVERIFY2(!screen->message().contains(t.checking), qPrintable(screen->message()));
        const auto *cart = screen->desk()->cart();
        const QString shownQuantity = cart->index(0, app::CartModel::Quantity).data().toString();
        QVERIFY2(shownQuantity.startsWith(QStringLiteral(u"0,1\u00A0")), qPrintable(shownQuantity));
        const QString shownName = cart->index(0, app::CartModel::Name).data().toString();
        QVERIFY2(shownName.contains(t.part), qPrintable(shownName));
        const QString shownAmount = cart->index(0, app::CartModel::Amount).data().toString();
        QVERIFY2(shownAmount.startsWith(QStringLiteral("21,50")), qPrintable(shownAmount)); // 2/20 of 215,00
        testing_support::saveScreenshot(rig.window.get(), QStringLiteral("marking_pieces_cart_") + t.lang);

        // Честный знак knows of 18 more sold (another till): 3 pieces are more than the pack has left.
        QVERIFY(piot.code(identity, QStringLiteral("pack"), counts(20, 18)));
        QVERIFY(sellPieces(screen, QStringLiteral("3"), code, QString(), t.title));
        QTRY_VERIFY_WITH_TIMEOUT(!screen->desk()->waitsForMarking(), 20000);
        QTRY_COMPARE(screen->message(), t.refusal);
        QCOMPARE(screen->desk()->cart()->rowCount(), 1);
        testing_support::saveScreenshot(rig.window.get(), QStringLiteral("marking_pieces_refused_") + t.lang);

        // A product's own barcode is not a pack's code: refused at once, nothing asked.
        const int asked = int(piot.requests().size());
        QVERIFY(sellPieces(screen, QStringLiteral("1"), ean, QString(), t.title));
        QVERIFY(!screen->desk()->waitsForMarking());
        QVERIFY2(!screen->message().isEmpty() && screen->message() != t.refusal,
                 qPrintable(screen->message()));
        QCOMPARE(int(piot.requests().size()), asked);
        QCOMPARE(screen->desk()->cart()->rowCount(), 1);
    }

private Q_SLOTS:
    void russian()
    {
        QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru")));
        run({QStringLiteral("ru"), QStringLiteral(u"Продажа поштучно"),
             QStringLiteral(u"Проверка в Честном знаке"),
             QStringLiteral(u"В пачке осталось 2 шт. из 20 — больше продать нельзя."),
             QStringLiteral(u"2 шт. из 20 в пачке")});
    }

    void english()
    {
        const auto translators = qApp->findChildren<QTranslator *>();
        for (QTranslator *t : translators)
            QCoreApplication::removeTranslator(t);
        run({QStringLiteral("en"), QStringLiteral("Sell by the piece"),
             QStringLiteral("Checking the code in Chestny Znak"),
             QStringLiteral("Only 2 of the 20 pieces of this pack are left: sell no more than that."),
             QStringLiteral("2 of 20 pieces of the pack")});
    }
};

QTEST_MAIN(TestMarkingPieces)
#include "tst_marking_pieces.moc"
