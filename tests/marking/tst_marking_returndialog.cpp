// The return dialog with a marked line (issue 18, reference §4.1 "For a return", §5 cashier texts):
// Enter first checks the code, with a note while Честный знак is asked; a code never sold is refused
// in one sentence and the dialog stays open with nothing confirmed; a code sold here goes through,
// its check riding on the returned line. A till (real SQLite file, the Shtrih-M emulator, the fake
// ТС ПИоТ as its own process), in Russian and in English, with PNGs of each
// (marking_return_checking_*.png, marking_return_refused_*.png).

#include <QApplication>
#include <QLabel>
#include <QTableWidget>
#include <QTranslator>

#include "app/marking/returnpermit.h"
#include "tests/common/screenshot.h"
#include "tests/marking/markingtill.h"
#include "widgets/journal/returndialog.h"
#include "widgets/translations.h"

Q_DECLARE_METATYPE(app::Sale)

class TestMarkingReturnDialog : public QObject
{
    Q_OBJECT

    static std::int64_t sell(MarkingTill &till, const QString &km)
    {
        if (!till.scan(km) || till.pay() == 0)
            return 0;
        QSqlQuery q(till.session->database().connection());
        q.prepare(QStringLiteral("SELECT sale_id FROM sale_lines WHERE marking_code = ?"));
        q.addBindValue(km);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    void run(const QString &lang, const QString &checking, const QString &refusal)
    {
        MarkingTill till;
        QVERIFY(till.open());
        const QString never = till.code(QStringLiteral("5rdl01"));
        const std::int64_t neverSale = sell(till, never);
        QVERIFY(neverSale > 0);
        QSqlQuery q(till.session->database().connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM marking_sold_codes"))); // a sale the register lost
        QVERIFY(till.piot.code(till.identity(QStringLiteral("5rdl01")), QStringLiteral("never_sold")));
        QVERIFY(till.piot.fault({{QStringLiteral("mode"), QStringLiteral("delay")},
                                 {QStringLiteral("ms"), 700},
                                 {QStringLiteral("count"), 1}}));
        {
            const Sale sale = *till.session->sales().sale(neverSale);
            ui::ReturnDialog dialog(sale, *till.session->sales().returnable(neverSale));
            dialog.setReturnPermit(new ReturnPermit(till.session->permit(), &dialog));
            QSignalSpy confirmed(&dialog, &ui::ReturnDialog::confirmed);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.returnEverything();
            QTest::keyClick(dialog.table(), Qt::Key_Return);
            QVERIFY2(dialog.cardStatus() == checking, qPrintable(dialog.cardStatus()));
            testing_support::saveScreenshot(&dialog, QStringLiteral("marking_return_checking_") + lang);
            auto *error = dialog.findChild<QLabel *>(QStringLiteral("returnError"));
            QVERIFY(error);
            QTRY_COMPARE_WITH_TIMEOUT(error->text(), refusal, 20000);
            QVERIFY(error->isVisible());
            QVERIFY(dialog.cardStatus().isEmpty());
            QVERIFY(dialog.isVisible());
            QCOMPARE(confirmed.size(), 0);
            testing_support::saveScreenshot(&dialog, QStringLiteral("marking_return_refused_") + lang);
        }

        // A code sold here (Честный знак has not heard of it yet) goes through with its check.
        const QString here = till.code(QStringLiteral("5rdl02"));
        const std::int64_t hereSale = sell(till, here);
        QVERIFY(hereSale > 0);
        const Sale sale = *till.session->sales().sale(hereSale);
        ui::ReturnDialog dialog(sale, *till.session->sales().returnable(hereSale));
        dialog.setReturnPermit(new ReturnPermit(till.session->permit(), &dialog));
        QSignalSpy confirmed(&dialog, &ui::ReturnDialog::confirmed);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.returnEverything();
        QTest::keyClick(dialog.table(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(confirmed.size(), 1, 20000);
        const QList<ReturnLineInput> lines = dialog.lines();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().markingCheck.outcome, int(MarkingLineCheck::Checked));
        QVERIFY(lines.first().markingCheck.tag1265.startsWith(QStringLiteral("UUID=")));
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<app::Sale>(); }

    void russian()
    {
        QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru")));
        run(QStringLiteral("ru"), QStringLiteral(u"Проверка кодов маркировки в Честном знаке…"),
            QStringLiteral(u"Этот товар не продавался — вернуть его по коду нельзя."));
    }

    void english()
    {
        const auto translators = qApp->findChildren<QTranslator *>();
        for (QTranslator *t : translators)
            QCoreApplication::removeTranslator(t);
        run(QStringLiteral("en"), QStringLiteral("Checking the marking codes with Chestny Znak…"),
            QStringLiteral("This product was never sold: it cannot be returned by its code."));
    }
};

QTEST_MAIN(TestMarkingReturnDialog)
#include "tst_marking_returndialog.moc"
