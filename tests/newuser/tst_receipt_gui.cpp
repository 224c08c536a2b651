// Issue 16 on the demo till, by keys: the owner types the shop's receipt texts in Settings →
// Receipt texts and saves them; the next receipt sold at the till and the Z report carry them on
// the emulator's paper tape, with the cashier's name. Before, the texts were saved and never sent.

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

#include "app/fiscalservice/fiscalservice.h"
#include "app/organisation/organisation.h"
#include "app/sales/shiftservice.h"
#include "app/till/saledesk.h"
#include "tests/common/screenshot.h"
#include "tests/till_ui/tillrig.h"
#include "widgets/loginscreen.h"
#include "widgets/settings/receiptpage.h"
#include "widgets/settings/settingsdialog.h"
#include "widgets/till/loginpage.h"
#include "widgets/till/paymentdialog.h"
#include "widgets/till/salescreen.h"
#include "widgets/translations.h"

class TstReceiptGui : public QObject
{
    Q_OBJECT

    static void signIn(TillRig &rig, const QString &name, const QString &pin)
    {
        ui::LoginPage *login = rig.window->loginPage();
        login->selectEmployee(rig.employeeNamed(name));
        QTest::keyClicks(login->pinScreen(), pin);
        QTRY_VERIFY(rig.window->saleScreen()->isVisible());
    }

    static void typeText(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->clear();
        if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            plain->clear();
        for (const QChar c : text) {
            if (c.unicode() < 128)
                QTest::keyClick(widget, char(c.unicode()));
            else
                QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

    // The last document on the tape whose lines include `title`, up to its closing rule.
    static QStringList lastDocument(const TillRig &rig, const QString &title)
    {
        QList<QStringList> docs{{}};
        for (const QString &line : rig.tape().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            docs.last() << line;
            if (line.startsWith(QStringLiteral("=====")))
                docs.append(QStringList{});
        }
        for (auto it = docs.crbegin(); it != docs.crend(); ++it)
            if (it->contains(title))
                return *it;
        return {};
    }

    static void sellBread(TillRig &rig)
    {
        ui::SaleScreen *screen = rig.window->saleScreen();
        screen->window()->activateWindow();
        screen->entry()->setFocus();
        QTest::keyClicks(screen->entry(), rig.barcodeOf(QStringLiteral(u"Хлеб «Бородинский»")));
        QTest::keyClick(screen->entry(), Qt::Key_Return);
        QTRY_COMPARE(screen->desk()->cart()->rowCount(), 1);
        whenModal([](QWidget *dialog) {
            auto *payment = qobject_cast<ui::PaymentDialog *>(dialog);
            QVERIFY(payment);
            QTest::keyClicks(payment->amountEdit(), QStringLiteral("100"));
            QTest::keyClick(payment->amountEdit(), Qt::Key_Return);
        });
        QTRY_VERIFY(QApplication::activeWindow() == screen->window());
        QTest::keyClick(screen, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(screen->desk()->stage(), app::SaleDesk::Stage::Empty, 30000);
    }

    static void removeTranslators()
    {
        const auto translators = qApp->findChildren<QTranslator *>();
        for (QTranslator *t : translators) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

private Q_SLOTS:
    void savedTextsArePrinted()
    {
        QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru")));
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig, QStringLiteral(u"Демо Владелец"), QStringLiteral("111111"));

        {
            ui::SettingsDialog dialog(*rig.session);
            dialog.resize(1366, 768);
            dialog.show();
            dialog.showPage(ui::SettingsDialog::Receipt);
            ui::ReceiptPage *page = dialog.receiptPage();
            typeText(page->findChild<QLineEdit *>(QStringLiteral("storeName")),
                     QStringLiteral(u"ЛАВКА «У ДОМА»"));
            typeText(page->findChild<QLineEdit *>(QStringLiteral("receiptAddress")),
                     QStringLiteral(u"ул. Садовая, 5"));
            typeText(page->findChild<QLineEdit *>(QStringLiteral("receiptPhone")),
                     QStringLiteral("+7 900 123-45-67"));
            typeText(page->findChild<QPlainTextEdit *>(QStringLiteral("receiptFooter")),
                     QStringLiteral(u"Ждём вас снова!"));
            auto *save = page->findChild<QPushButton *>(QStringLiteral("saveButton"));
            save->setFocus();
            QTest::keyClick(save, Qt::Key_Space);
            auto *status = page->findChild<QLabel *>(QStringLiteral("pageStatus"));
            QVERIFY2(status->text().contains(QStringLiteral(u"регистратор")), qPrintable(status->text()));
            testing_support::saveScreenshot(&dialog, QStringLiteral("newuser_receipt_texts_ru"));
            // Too long for the registrar's four header lines: saved, and said so.
            typeText(page->findChild<QLineEdit *>(QStringLiteral("storeName")),
                     QStringLiteral(u"ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ ЛАВКА У ДОМА НА САДОВОЙ"));
            QTest::keyClick(save, Qt::Key_Space);
            QVERIFY2(status->text().contains(QStringLiteral(u"Сократите")), qPrintable(status->text()));
            testing_support::saveScreenshot(&dialog, QStringLiteral("newuser_receipt_texts_long_ru"));
            typeText(page->findChild<QLineEdit *>(QStringLiteral("storeName")),
                     QStringLiteral(u"ЛАВКА «У ДОМА»"));
            QTest::keyClick(save, Qt::Key_Space);
            QVERIFY2(!status->text().contains(QStringLiteral(u"Сократите")), qPrintable(status->text()));

            // "Печатать чек" by keys: off and saved, then on again for the sale below.
            auto *print = page->findChild<QCheckBox *>(QStringLiteral("printReceipt"));
            QVERIFY(print && print->isChecked());
            print->setFocus();
            QTest::keyClick(print, Qt::Key_Space);
            QTest::keyClick(save, Qt::Key_Space);
            QVERIFY(!app::OrganisationService(rig.session->database()).printReceipts());
            testing_support::saveScreenshot(&dialog, QStringLiteral("newuser_receipt_print_off_ru"));
            QTest::keyClick(print, Qt::Key_Space);
            QTest::keyClick(save, Qt::Key_Space);
            QVERIFY(app::OrganisationService(rig.session->database()).printReceipts());
        }

        sellBread(rig);
        const QStringList receipt = lastDocument(rig, QStringLiteral(u"КАССОВЫЙ ЧЕК"));
        const QString printed = receipt.join(QLatin1Char('\n'));
        QCOMPARE(receipt.value(0).trimmed(), QStringLiteral(u"ЛАВКА «У ДОМА»"));
        QCOMPARE(receipt.value(1).trimmed(), QStringLiteral(u"ул. Садовая, 5"));
        QCOMPARE(receipt.value(2).trimmed(), QStringLiteral("+7 900 123-45-67"));
        QCOMPARE(receipt.value(receipt.size() - 2).trimmed(), QStringLiteral(u"Ждём вас снова!"));
        QVERIFY2(printed.contains(QStringLiteral(u"КАССИР: Демо Владелец")), qPrintable(printed));
        QVERIFY(!printed.contains(QStringLiteral(u"ПРИЛАВОК-ДЕМО")));

        // The Z report at the end of the day carries them too.
        QVERIFY(rig.session->shifts().close(rig.session->actor()));
        rig.session->fiscal()->process();
        QTRY_VERIFY_WITH_TIMEOUT(!lastDocument(rig, QStringLiteral(u"ОТЧЕТ О ЗАКРЫТИИ СМЕНЫ (Z)")).isEmpty(),
                                 30000);
        const QStringList z = lastDocument(rig, QStringLiteral(u"ОТЧЕТ О ЗАКРЫТИИ СМЕНЫ (Z)"));
        QCOMPARE(z.value(0).trimmed(), QStringLiteral(u"ЛАВКА «У ДОМА»"));
        QVERIFY(z.join(QLatin1Char('\n')).contains(QStringLiteral(u"Ждём вас снова!")));
    }

    void settingsPageInEnglish()
    {
        removeTranslators();
        QVERIFY(ui::installTranslations(*qApp, QStringLiteral("en")));
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig, QStringLiteral(u"Демо Владелец"), QStringLiteral("111111"));
        ui::SettingsDialog dialog(*rig.session);
        dialog.resize(1366, 768);
        dialog.show();
        dialog.showPage(ui::SettingsDialog::Receipt);
        ui::ReceiptPage *page = dialog.receiptPage();
        auto *save = page->findChild<QPushButton *>(QStringLiteral("saveButton"));
        save->setFocus();
        QTest::keyClick(save, Qt::Key_Space);
        auto *status = page->findChild<QLabel *>(QStringLiteral("pageStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("registrar")), qPrintable(status->text()));
        testing_support::saveScreenshot(&dialog, QStringLiteral("newuser_receipt_texts_en"));
    }
};

QTEST_MAIN(TstReceiptGui)
#include "tst_receipt_gui.moc"
