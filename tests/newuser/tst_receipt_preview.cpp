// The sample receipt on Settings → Тексты чека writes amounts as every other screen of the till
// (app::displayMoney: "129,90"), issue 16. Before, it had its own machine format ("129.90"). The
// owner opens the settings from the main window and types the shop's name with keys; the sample
// follows, with the one money format.

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTranslator>

#include "app/core/moneytext.h"
#include "tests/common/screenshot.h"
#include "tests/till_ui/tillrig.h"
#include "uselanguage.h"
#include "widgets/loginscreen.h"
#include "widgets/settings/receiptpage.h"
#include "widgets/settings/settingsdialog.h"
#include "widgets/till/loginpage.h"
#include "widgets/till/salescreen.h"
#include "widgets/translations.h"

class TstReceiptPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase() { useLanguage(QStringLiteral("ru")); }

    void theSampleUsesTheTillsMoneyFormat_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void theSampleUsesTheTillsMoneyFormat()
    {
        QFETCH(QString, language);
        useLanguage(language);
        TillRig rig;
        QVERIFY(rig.open());
        ui::LoginPage *login = rig.window->loginPage();
        login->selectEmployee(rig.employeeNamed(QStringLiteral(u"Демо Владелец")));
        QTest::keyClicks(login->pinScreen(), QStringLiteral("111111"));
        QTRY_VERIFY(rig.window->saleScreen()->isVisible());

        QString sample;
        whenModal([&sample, language](QWidget *modal) {
            auto *dialog = qobject_cast<ui::SettingsDialog *>(modal);
            QVERIFY(dialog);
            dialog->resize(1366, 768);
            dialog->showPage(ui::SettingsDialog::Receipt);
            ui::ReceiptPage *page = dialog->receiptPage();
            auto *name = page->findChild<QLineEdit *>(QStringLiteral("storeName"));
            name->setFocus();
            name->selectAll();
            QTest::keyClicks(name, QStringLiteral("LAVKA 24"));
            auto *preview = page->findChild<QPlainTextEdit *>(QStringLiteral("receiptPreview"));
            QTRY_VERIFY(preview->toPlainText().contains(QStringLiteral("LAVKA 24")));
            sample = preview->toPlainText();
            QCoreApplication::processEvents();
            testing_support::saveScreenshot(dialog, QStringLiteral("newuser_receipt_preview_") + language);
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        rig.window->openSettings();
        QVERIFY2(sample.contains(app::displayMoney(12990)), qPrintable(sample));
        QVERIFY2(sample.contains(QStringLiteral(u"ИТОГ")), qPrintable(sample));
        QVERIFY2(!sample.contains(QStringLiteral("129.90")), qPrintable(sample));
    }
};

QTEST_MAIN(TstReceiptPreview)
#include "tst_receipt_preview.moc"
