// The fiscal drive's errors reach the cashier in the screen's language only (issue 16): a sale on
// a full FN (the demo registrar switched to "fn-full") fails at the payment dialog with a Russian
// sentence; before, the FN's code met on a receipt command fell through to "Регистратор сообщил
// об ошибке 06h (FN: archive full)" with the error table's English inside. Every device code on a
// receipt command and on an FN command gives a message without English words.

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include "app/fiscalservice/fiscalerrortext.h"
#include "app/till/saledesk.h"
#include "fiscal/codes.h"
#include "tests/common/screenshot.h"
#include "tests/till_ui/tillrig.h"
#include "uselanguage.h"
#include "widgets/loginscreen.h"
#include "widgets/till/loginpage.h"
#include "widgets/till/paymentdialog.h"
#include "widgets/till/salescreen.h"
#include "widgets/translations.h"

namespace {

// An English word in a message: two Latin letters or more, once the hex codes ("06h") are gone.
QString englishIn(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\b[0-9a-fA-F]{2}h\\b")));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("[A-Za-z]{2,}")).match(text);
    return m.hasMatch() ? m.captured() : QString();
}

} // namespace

class TstFnErrors : public QObject
{
    Q_OBJECT

    // What the failure page offered: the retry button shown, the focused button, and whether F5
    // started printing again.
    struct Offer
    {
        bool retryShown = false;
        QString focused;
        bool f5Printed = false;
    };

    // The cashier scans the bread and pays 100 in cash, by keys; returns the payment dialog's last
    // result text (empty when the sale went through).
    static QString sellBread(TillRig &rig, const QString &shot, Offer *offer = nullptr)
    {
        ui::SaleScreen *screen = rig.window->saleScreen();
        screen->entry()->setFocus();
        QTest::keyClicks(screen->entry(), rig.barcodeOf(QStringLiteral(u"Хлеб «Бородинский»")));
        QTest::keyClick(screen->entry(), Qt::Key_Return);
        if (!QTest::qWaitFor([&] { return screen->desk()->cart()->rowCount() == 1; }, 10000))
            return QStringLiteral("the bread did not reach the cart");
        auto result = std::make_shared<QString>();
        auto opened = std::make_shared<bool>(false);
        whenModal([result, opened, screen, shot, offer](QWidget *dialog) {
            *opened = true;
            auto *payment = qobject_cast<ui::PaymentDialog *>(dialog);
            QVERIFY(payment);
            QTest::keyClicks(payment->amountEdit(), QStringLiteral("100"));
            QTest::keyClick(payment->amountEdit(), Qt::Key_Return);
            auto *text = payment->findChild<QLabel *>(QStringLiteral("paymentResult"));
            QTRY_VERIFY_WITH_TIMEOUT(
                screen->desk()->stage() == app::SaleDesk::Stage::Empty ||
                    (screen->desk()->stage() == app::SaleDesk::Stage::Failed && !text->text().isEmpty()),
                30000);
            if (screen->desk()->stage() != app::SaleDesk::Stage::Failed)
                return;
            *result = text->text();
            testing_support::saveScreenshot(payment, shot);
            if (offer) {
                offer->retryShown =
                    payment->findChild<QPushButton *>(QStringLiteral("paymentRetry"))->isVisible();
                offer->focused =
                    QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
                QTest::keyClick(payment, Qt::Key_F5);
                offer->f5Printed =
                    screen->desk()->stage() != app::SaleDesk::Stage::Failed || !text->isVisible();
            }
            QTest::keyClick(payment, Qt::Key_Escape); // the sale stays saved, the dialog closes
        });
        screen->window()->activateWindow();
        if (!QTest::qWaitFor([screen] { return QApplication::activeWindow() == screen->window(); }, 10000))
            return QStringLiteral("the sale screen is not active");
        QTest::keyClick(screen, Qt::Key_F5);
        if (!QTest::qWaitFor([opened] { return *opened; }, 10000))
            return QStringLiteral("F5 did not open the payment");
        // The dialog closes by itself after a receipt, or by Esc after a refusal.
        if (!QTest::qWaitFor([] { return QApplication::activeModalWidget() == nullptr; }, 60000))
            return QStringLiteral("the payment dialog stayed open");
        return *result;
    }

private Q_SLOTS:
    void cleanupTestCase() { useLanguage(QStringLiteral("ru")); }

    void everyDeviceErrorIsInRussian()
    {
        useLanguage(QStringLiteral("ru"));
        const std::uint16_t commands[] = {fiscal::cmd::FnCloseCheckV2, fiscal::cmd::FnOperationV2, 0x8D,
                                          0xE0};
        for (std::uint16_t command : commands) {
            for (int code = 1; code < 256; ++code) {
                const QString text =
                    app::describeFiscalError(fiscal::Error::device(std::uint8_t(code), command)).text;
                QVERIFY2(!text.isEmpty(), qPrintable(QString::number(code, 16)));
                QVERIFY2(englishIn(text).isEmpty(), qPrintable(QStringLiteral("%1h on %2h: %3")
                                                                   .arg(code, 2, 16, QLatin1Char('0'))
                                                                   .arg(command, 2, 16)
                                                                   .arg(text)));
            }
        }
        // The full FN is named, whichever command met it.
        const QString full = app::describeFiscalError(fiscal::Error::device(fiscal::deverr::FnArchiveFull,
                                                                            fiscal::cmd::FnCloseCheckV2))
                                 .text;
        QVERIFY2(full.contains(QStringLiteral(u"архив"), Qt::CaseInsensitive), qPrintable(full));
    }

    void aSaleOnAFullFnSaysItInTheScreensLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void aSaleOnAFullFnSaysItInTheScreensLanguage()
    {
        QFETCH(QString, language);
        useLanguage(language);
        TillRig rig;
        QVERIFY(rig.open());
        ui::LoginPage *login = rig.window->loginPage();
        login->selectEmployee(rig.employeeNamed(QStringLiteral(u"Демо Кассир")));
        QTest::keyClicks(login->pinScreen(), QStringLiteral("222222"));
        QTRY_VERIFY(rig.window->saleScreen()->isVisible());
        // A first sale opens the shift; then the FN fills up.
        QCOMPARE(sellBread(rig, QStringLiteral("newuser_fn_unused")), QString());
        QVERIFY(rig.session->emulatorControl(QStringLiteral("fn-full")).startsWith(QStringLiteral("ok")));

        Offer offer;
        const QString said = sellBread(rig, QStringLiteral("newuser_fn_full_") + language, &offer);
        QVERIFY2(!said.isEmpty(), "the sale on a full FN did not fail");
        // Printing again can never succeed on a full FN: not offered, F5 does nothing, and the
        // button at hand keeps the receipt in the journal (Esc above closed the dialog with it).
        QVERIFY(!offer.retryShown);
        QVERIFY(!offer.f5Printed);
        QCOMPARE(offer.focused, QStringLiteral("paymentPutAside"));
        QCOMPARE(rig.window->saleScreen()->desk()->stage(), app::SaleDesk::Stage::Empty);
        if (language == QLatin1String("ru")) {
            QVERIFY2(said.contains(QStringLiteral(u"архив"), Qt::CaseInsensitive), qPrintable(said));
            QVERIFY2(englishIn(said).isEmpty(), qPrintable(said));
            QVERIFY2(said.contains(QStringLiteral(u"журнал")), qPrintable(said));
        } else {
            QVERIFY2(said.contains(QStringLiteral("archive is full")), qPrintable(said));
            QVERIFY2(said.contains(QStringLiteral("stop selling")), qPrintable(said));
        }
    }
};

QTEST_MAIN(TstFnErrors)
#include "tst_fn_errors.moc"
