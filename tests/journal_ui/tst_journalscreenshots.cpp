// PNGs of the journal and the Service menu in Russian and English, for review:
// journal_screen, journal_details, journal_return, journal_correction_{basis,lines,payments,confirm},
// service_cash_out, service_z_confirm, service_fn_info, service_progress (each _ru / _en).

#include <QComboBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QTableWidget>

#include "journaltestsession.h"
#include "tests/common/screenshot.h"
#include "widgets/journal/correctionwizard.h"
#include "widgets/journal/journalscreen.h"
#include "widgets/journal/returndialog.h"
#include "widgets/service/fiscalprogress.h"
#include "widgets/service/servicedialogs.h"
#include "widgets/service/servicemenu.h"

using journaltest::Till;

class TstJournalScreenshots final : public QObject
{
    Q_OBJECT

    static void shot(QWidget *w, const QString &name, const QString &language)
    {
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QTest::qWait(50);
        QVERIFY(!testing_support::saveScreenshot(w, name + QLatin1Char('_') + language).isEmpty());
    }

private Q_SLOTS:
    void screens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void screens()
    {
        QFETCH(QString, language);
        journaltest::useLanguage(language);
        Till till;
        QVERIFY(till.open());
        QVERIFY(till.openShift());
        const auto first = till.sell({2000, 1000, 3000});
        QVERIFY(first);
        QVERIFY(till.sell({1000}, app::PaymentType::Card));
        QVERIFY(till.sell({3000, 1000}));
        {
            auto ret =
                till.session->sales().createReturn(till.actor(), first->id, {{first->lines.at(1).id, 1000}});
            QVERIFY(ret);
            till.fiscal().process();
            QVERIFY(till.waitJob(QStringLiteral("return"), ret->uuid));
        }

        ui::JournalScreen screen(*till.session);
        screen.resize(1366, 768);
        screen.show();
        screen.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&screen));
        QVERIFY(screen.selectSale(first->id));
        shot(&screen, QStringLiteral("journal_screen"), language);

        // Details of the first sale.
        screen.showDetails();
        QTRY_VERIFY(screen.openDialog());
        shot(screen.openDialog(), QStringLiteral("journal_details"), language);
        screen.openDialog()->close();
        QTRY_VERIFY(!screen.openDialog());

        // The return dialog with one quantity typed and one over the limit.
        screen.startReturn();
        QTRY_VERIFY(qobject_cast<ui::ReturnDialog *>(screen.openDialog()));
        auto *ret = qobject_cast<ui::ReturnDialog *>(screen.openDialog());
        ret->table()->item(0, ui::ReturnDialog::ToReturn)->setText(QStringLiteral("1"));
        shot(ret, QStringLiteral("journal_return"), language);
        ret->table()->item(2, ui::ReturnDialog::ToReturn)->setText(QStringLiteral("5"));
        shot(ret, QStringLiteral("journal_return_error"), language);
        ret->reject();
        QTRY_VERIFY(!screen.openDialog());

        // The correction wizard, page by page.
        screen.startCorrection();
        QTRY_VERIFY(qobject_cast<ui::CorrectionWizard *>(screen.openDialog()));
        auto *wizard = qobject_cast<ui::CorrectionWizard *>(screen.openDialog());
        wizard->findChildren<QRadioButton *>().at(1)->click();
        wizard->findChild<QLineEdit *>(QStringLiteral("correctionOrder"))
            ->setText(QStringLiteral("ИФНС-77/123"));
        shot(wizard, QStringLiteral("journal_correction_basis"), language);
        wizard->next();
        for (const auto &[name, price, qty] :
             {std::tuple{"Неучтённая выручка", "150", "2"}, std::tuple{"Услуга доставки", "300", "1"}}) {
            wizard->findChild<QLineEdit *>(QStringLiteral("correctionName"))
                ->setText(QString::fromUtf8(name));
            wizard->findChild<QLineEdit *>(QStringLiteral("correctionPrice"))
                ->setText(QString::fromUtf8(price));
            wizard->findChild<QLineEdit *>(QStringLiteral("correctionQuantity"))
                ->setText(QString::fromUtf8(qty));
            QVERIFY(wizard->addTypedLine());
        }
        shot(wizard, QStringLiteral("journal_correction_lines"), language);
        wizard->next();
        wizard->findChild<QLineEdit *>(QStringLiteral("correctionCard"))->setText(QStringLiteral("100"));
        shot(wizard, QStringLiteral("journal_correction_payments"), language);
        wizard->findChild<QLineEdit *>(QStringLiteral("correctionCash"))->setText(QStringLiteral("500"));
        wizard->next();
        shot(wizard, QStringLiteral("journal_correction_confirm"), language);
        wizard->reject();
        QTRY_VERIFY(!screen.openDialog());

        // A refusal and a finished copy in the progress panel.
        QVERIFY(till.signIn(app::Role::Cashier));
        screen.startCorrection();
        shot(&screen, QStringLiteral("journal_refused"), language);
        QVERIFY(till.signIn(app::Role::Owner));
        screen.printCopy();
        QTRY_VERIFY_WITH_TIMEOUT(screen.progress()->state() != ui::FiscalProgress::State::Working, 60000);
        shot(&screen, QStringLiteral("journal_copy_done"), language);

        // A document that waits for the registrar (the worker polls every few seconds).
        {
            auto &sales = till.session->sales();
            auto pending = sales.create(till.actor());
            QVERIFY(pending);
            app::LineInput in;
            in.productId = till.products(1).value(0);
            QVERIFY(sales.addLine(till.actor(), pending->id, in));
            const auto priced = sales.sale(pending->id);
            QVERIFY(
                sales.complete(till.actor(), pending->id, {{app::PaymentType::Cash, priced->total, 0, {}}}));
            screen.refresh();
            shot(&screen, QStringLiteral("journal_waiting"), language);
        }

        // Service menu dialogs.
        ui::ServiceMenu menu(*till.session, &screen);
        menu.cashOut();
        QTRY_VERIFY(qobject_cast<ui::CashDialog *>(menu.currentDialog()));
        menu.currentDialog()
            ->findChild<QLineEdit *>(QStringLiteral("cashAmount"))
            ->setText(QStringLiteral("100"));
        menu.currentDialog()->findChild<QComboBox *>(QStringLiteral("cashReason"))->setCurrentIndex(1);
        shot(menu.currentDialog(), QStringLiteral("service_cash_out"), language);
        menu.currentDialog()
            ->findChild<QLineEdit *>(QStringLiteral("cashAmount"))
            ->setText(QStringLiteral("999999"));
        menu.currentDialog()->accept();
        shot(menu.currentDialog(), QStringLiteral("service_cash_out_error"), language);
        menu.currentDialog()->close();

        menu.zReport();
        QTRY_VERIFY(qobject_cast<ui::ZReportDialog *>(menu.currentDialog()));
        shot(menu.currentDialog(), QStringLiteral("service_z_confirm"), language);
        menu.currentDialog()->close();

        menu.fnInfo();
        QTRY_VERIFY(qobject_cast<ui::FnInfoDialog *>(menu.currentDialog()));
        QTRY_VERIFY_WITH_TIMEOUT(menu.lastProgress()->state() != ui::FiscalProgress::State::Working, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ui::FnInfoDialog *>(menu.currentDialog())
                                     ->text()
                                     .contains(QStringLiteral("12345678")),
                                 30000);
        shot(menu.currentDialog(), QStringLiteral("service_fn_info"), language);
        menu.currentDialog()->close();

        menu.xReport();
        QTRY_VERIFY_WITH_TIMEOUT(menu.lastProgress()->state() != ui::FiscalProgress::State::Working, 60000);
        shot(menu.currentDialog(), QStringLiteral("service_x_done"), language);
        menu.currentDialog()->close();
    }
};

QTEST_MAIN(TstJournalScreenshots)
#include "tst_journalscreenshots.moc"
