// The Reports screen on a real demo till: two sales (cash and card), a return of one line and a
// cash-in go through the model services and the emulator; the screen, opened from the Sale menu
// with the mouse, shows exactly those amounts on the dashboard and in its tables. A period changed
// twice in a row shows the last period only; a cashier is refused; PNGs of every tab.

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTimer>
#include <QValueAxis>

#include "app/core/clock.h"
#include "app/core/moneytext.h"
#include "app/staff/staffservice.h"
#include "reportsrig.h"
#include "tests/common/screenshot.h"
#include "widgets/journal/journalscreen.h"
#include "widgets/reports/dashboardpage.h"
#include "widgets/reports/documentspage.h"
#include "widgets/reports/periodpicker.h"
#include "widgets/reports/tableview.h"
#include "widgets/till/salescreen.h"

using app::Kopecks;
using journaltest::Till;
using ui::reports::DashboardPage;
using ui::reports::PeriodPicker;
using ui::reports::ReportsScreen;
using Tile = DashboardPage::Tile;

class TstReportsGui final : public QObject
{
    Q_OBJECT

    std::unique_ptr<Till> m_till;
    std::unique_ptr<ui::MainWindow> m_window;
    Kopecks m_cashSale = 0;
    Kopecks m_cardSale = 0;
    Kopecks m_returned = 0;
    Kopecks m_cashIn = 50000;
    Kopecks m_cashOut = 20000;
    app::ShiftTotals m_z;

    Till &till() { return *m_till; }
    ReportsScreen *screen() { return m_window->reportsScreen(); }

    // "269.6": how a spreadsheet stores an amount in roubles.
    static QString roubles(Kopecks k) { return QString::number(double(k) / 100.0, 'g', 15); }

    static QString unzip(const QString &zip, const QString &member)
    {
        QProcess p;
        p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
        return p.waitForFinished(30000) ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
    }

    // Waits until the screen shows an answer to its last request.
    bool settled()
    {
        return QTest::qWaitFor([this] { return !screen()->isLoading(); }, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        journaltest::useLanguage(QStringLiteral("ru"));
        m_till = std::make_unique<Till>();
        QVERIFY(till().open());
        QVERIFY(till().openShift());
        const auto cash = till().sell({2000, 1000});
        QVERIFY(cash);
        const auto card = till().sell({1000}, app::PaymentType::Card);
        QVERIFY(card);
        m_cashSale = cash->total;
        m_cardSale = card->total;
        // A cash return of the first line's one unit.
        auto ret =
            till().session->sales().createReturn(till().actor(), cash->id, {{cash->lines[0].id, 1000}});
        QVERIFY(ret);
        till().fiscal().process();
        const auto r = till().waitJob(QStringLiteral("return"), ret->uuid);
        QVERIFY(r && r->state == app::FiscalJobState::Done);
        m_returned = ret->total;
        QVERIFY(m_returned > 0);
        auto in = till().session->shifts().cashIn(till().actor(), m_cashIn, QStringLiteral("Размен"));
        QVERIFY(in);
        till().fiscal().process();
        const auto c = till().waitJob(QStringLiteral("cash_in"), in->uuid);
        QVERIFY(c && c->state == app::FiscalJobState::Done);
        auto out = till().session->shifts().cashOut(till().actor(), m_cashOut, QStringLiteral("Инкассация"));
        QVERIFY(out);
        till().fiscal().process();
        const auto o = till().waitJob(QStringLiteral("cash_out"), out->uuid);
        QVERIFY(o && o->state == app::FiscalJobState::Done);
        // The Z report closes the shift with the totals the reports must repeat.
        const auto shift = till().session->shifts().current();
        QVERIFY(shift);
        auto z = till().session->shifts().close(till().actor());
        QVERIFY(z);
        m_z = *z;
        till().fiscal().process();
        const auto zj = till().waitJob(QStringLiteral("z_report"), shift->uuid);
        QVERIFY(zj && zj->state == app::FiscalJobState::Done);

        m_window = std::make_unique<ui::MainWindow>(
            ui::MainWindow::Context{true, till().session->database().path(), till().session.get()});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->showSale();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_till.reset();
    }

    void dashboardShowsWhatWasSold()
    {
        QVERIFY(reportstest::openReportsByMenu(*m_window));
        QTRY_COMPARE(qobject_cast<QStackedWidget *>(m_window->centralWidget())->currentWidget(),
                     static_cast<QWidget *>(screen()));
        QVERIFY(settled());
        QCOMPARE(screen()->periodPicker()->preset(), PeriodPicker::Preset::Today);
        QCOMPARE(screen()->periodPicker()->presetBox()->currentText(), QStringLiteral("Сегодня"));

        const Kopecks gross = m_cashSale + m_cardSale;
        DashboardPage *d = screen()->dashboard();
        QCOMPARE(d->tileText(Tile::Gross), app::displayRoubles(gross));
        QCOMPARE(d->tileText(Tile::Returns), app::displayRoubles(m_returned));
        QCOMPARE(d->tileText(Tile::Net), app::displayRoubles(gross - m_returned));
        QCOMPARE(d->tileText(Tile::Receipts), QStringLiteral("2"));
        QCOMPARE(d->tileText(Tile::Average), app::displayRoubles((gross + 1) / 2));
        QCOMPARE(d->tileText(Tile::Cash), app::displayRoubles(m_cashSale - m_returned));
        QCOMPARE(d->tileText(Tile::Card), app::displayRoubles(m_cardSale));
        QCOMPARE(d->tileText(Tile::Sbp), app::displayRoubles(0));
        // The till's money format: groups split by a no-break space, a comma, the rouble sign.
        QVERIFY2(
            d->tileText(Tile::Gross)
                .endsWith(QStringLiteral(u",%1\u00A0₽").arg(int(gross % 100), 2, 10, QLatin1Char('0'))),
            qPrintable(d->tileText(Tile::Gross)));
        // The demo till has no cloud cabinet: its outbox is no warning.
        QVERIFY2(!d->warnings()->text().contains(QStringLiteral("кабинет")),
                 qPrintable(d->warnings()->text()));
        QTest::qWait(100); // the charts lay their axes out on the next turn of the event loop
        QVERIFY(
            screen()->status()->text().contains(QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy"))));
        testing_support::saveScreenshot(m_window.get(), QStringLiteral("reports_dashboard_ru"));
    }

    void tablesAgreeWithTheShift()
    {
        const Kopecks net = m_cashSale + m_cardSale - m_returned;
        QVERIFY(reportstest::clickTab(screen()->tabs(), QStringLiteral("По кассирам")));
        auto *cashiers = screen()->table(ReportsScreen::Table::Cashiers);
        QCOMPARE(cashiers->rowCount(), 1);
        QCOMPARE(cashiers->item(0, 0)->text(), till().session->employee()->fullName);
        QCOMPARE(cashiers->columnCount(), 3);                        // cashier, receipts, amount
        QCOMPARE(cashiers->item(0, 1)->text(), QStringLiteral("2")); // receipts: the two sales
        QCOMPARE(cashiers->item(0, 2)->text(), app::displayMoney(net));
        testing_support::saveScreenshot(m_window.get(), QStringLiteral("reports_cashiers_ru"));

        QVERIFY(reportstest::clickTab(screen()->tabs(), QStringLiteral("Лучшие товары")));
        auto *bySum = screen()->table(ReportsScreen::Table::ProductsBySum);
        Kopecks products = 0;
        for (int r = 0; r < bySum->rowCount(); ++r) {
            Kopecks k = 0;
            QVERIFY(app::parseMoneyInput(bySum->item(r, 3)->text(), k));
            products += k;
        }
        QCOMPARE(products, net);
        testing_support::saveScreenshot(m_window.get(), QStringLiteral("reports_products_ru"));

        QVERIFY(reportstest::clickTab(screen()->tabs(), QStringLiteral("По группам")));
        testing_support::saveScreenshot(m_window.get(), QStringLiteral("reports_categories_ru"));
        QVERIFY(reportstest::clickTab(screen()->tabs(), QStringLiteral("По ставкам НДС")));
        testing_support::saveScreenshot(m_window.get(), QStringLiteral("reports_vat_ru"));

        // The shift's "in the drawer" equals what the X/Z report counts.
        QVERIFY(reportstest::clickTab(screen()->tabs(), QStringLiteral("Смены")));
        auto *shifts = screen()->table(ReportsScreen::Table::Shifts);
        QCOMPARE(shifts->rowCount(), 1);
        QCOMPARE(m_z.cashInDrawer, m_cashIn + m_cashSale - m_returned - m_cashOut);
        QCOMPARE(shifts->item(0, shifts->columnCount() - 1)->text(), app::displayMoney(m_z.cashInDrawer));
        QCOMPARE(shifts->item(0, 4)->text(), app::displayMoney(m_z.sales.amount));
        QCOMPARE(shifts->item(0, 5)->text(), app::displayMoney(m_z.returns.amount));
        QCOMPARE(shifts->item(0, 9)->text(), app::displayMoney(m_cashIn));
        QCOMPARE(shifts->item(0, 10)->text(), app::displayMoney(m_cashOut));
        QVERIFY(!shifts->item(0, 2)->text().isEmpty()); // closed
        // ... and what the registrar printed on its Z report.
        const QString tape = till().tape();
        const qsizetype zAt = tape.lastIndexOf(QStringLiteral("ЗАКРЫТИ"));
        QVERIFY2(zAt >= 0, qPrintable(tape.right(1500)));
        QVERIFY2(tape.mid(zAt).contains(journaltest::tapeAmount(m_z.cashInDrawer)),
                 qPrintable(tape.mid(zAt)));
        testing_support::saveScreenshot(m_window.get(), QStringLiteral("reports_shifts_ru"));
        QVERIFY(reportstest::clickTab(screen()->tabs(), QStringLiteral("Сводка")));
    }

    void exportsHoldTheSameNumbers()
    {
        using ui::reports::ExportFormat;
        QTemporaryDir out;
        const Kopecks gross = m_cashSale + m_cardSale;
        const QString net = app::displayMoney(gross - m_returned);

        // CSV: UTF-8 with a BOM, ';' between fields, the summary's figures as on screen.
        const QString csvPath = out.filePath(QStringLiteral("report.csv"));
        QVERIFY(reportstest::saveThroughDialog(screen()->exportButton(ExportFormat::Csv), csvPath));
        QFile csv(csvPath);
        QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(csvPath));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QHash<QString, QString> summary;
        for (const QString &line : QString::fromUtf8(bytes.mid(3)).split(u'\n')) {
            const QStringList fields = line.split(u';');
            if (fields.size() == 2)
                summary.insert(fields[0], fields[1]);
        }
        QCOMPARE(summary.value(QStringLiteral("Выручка")), app::displayMoney(gross));
        QCOMPARE(summary.value(QStringLiteral("Возвраты")), app::displayMoney(m_returned));
        QCOMPARE(summary.value(QStringLiteral("Итого за вычетом возвратов")), net);
        QCOMPARE(summary.value(QStringLiteral("Карта")), app::displayMoney(m_cardSale));
        QCOMPARE(screen()->status()->text(), QStringLiteral("Сохранено: report.csv"));

        // XLSX: unzipped; the summary sheet holds the amounts as numbers, the names as strings.
        const QString xlsxPath = out.filePath(QStringLiteral("report.xlsx"));
        QVERIFY(reportstest::saveThroughDialog(screen()->exportButton(ExportFormat::Xlsx), xlsxPath));
        const QString sheet = unzip(xlsxPath, QStringLiteral("xl/worksheets/sheet1.xml"));
        const QString strings = unzip(xlsxPath, QStringLiteral("xl/sharedStrings.xml"));
        QVERIFY2(sheet.contains(QStringLiteral("<v>%1</v>").arg(roubles(gross))),
                 qPrintable(sheet.left(2000)));
        QVERIFY(sheet.contains(QStringLiteral("<v>%1</v>").arg(roubles(gross - m_returned))));
        QVERIFY(strings.contains(QStringLiteral("Выручка")));

        // PDF: the text pdftotext extracts has the shop, the period and the figures.
        const QString pdfPath = out.filePath(QStringLiteral("report.pdf"));
        QVERIFY(reportstest::saveThroughDialog(screen()->exportButton(ExportFormat::Pdf), pdfPath));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
                        {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).replace(QChar(0xA0), u' ');
        QVERIFY2(text.contains(QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy"))),
                 qPrintable(text));
        const QRegularExpression gross_(
            QStringLiteral("Выручка +%1")
                .arg(QRegularExpression::escape(app::displayMoney(gross).replace(QChar(0xA0), u' '))));
        QVERIFY2(text.contains(gross_), qPrintable(text.left(1500)));
        QVERIFY(text.contains(QStringLiteral("По кассирам")));
        // Kept beside the screenshots for a person to look at.
        const QString keep =
            QFileInfo(testing_support::saveScreenshot(screen(), QStringLiteral("reports_export_ru")))
                .dir()
                .filePath(QStringLiteral("reports_export_ru.pdf"));
        QFile::remove(keep);
        QFile::copy(pdfPath, keep);
    }

    void documentsListAndTheJournal()
    {
        QVERIFY(reportstest::clickTab(screen()->tabs(), QStringLiteral("Кассовые документы")));
        QVERIFY(settled());
        auto *docs = screen()->documents();
        QTableWidget *table = docs->view();
        // Two sales, the return, cash in, cash out and the Z report, in time order.
        QStringList types;
        for (int r = 0; r < table->rowCount(); ++r)
            types << table->item(r, 1)->text();
        QCOMPARE(types, (QStringList{QStringLiteral("Продажа"), QStringLiteral("Продажа"),
                                     QStringLiteral("Возврат"), QStringLiteral("Внесение"),
                                     QStringLiteral("Изъятие"), QStringLiteral("Z-отчёт")}));
        testing_support::saveScreenshot(m_window.get(), QStringLiteral("reports_documents_ru"));

        // From 100 roubles up: the cash sale, cash in, cash out and the Z report.
        docs->minAmountEdit()->setFocus();
        QTest::keyClicks(docs->minAmountEdit(), QStringLiteral("100"));
        QTest::keyClick(docs->minAmountEdit(), Qt::Key_Return);
        QVERIFY(settled());
        QCOMPARE(table->rowCount(), 4);
        for (int r = 0; r < table->rowCount(); ++r) {
            Kopecks k = 0;
            QVERIFY(app::parseMoneyInput(table->item(r, table->columnCount() - 1)->text(), k));
            QVERIFY(k >= 10000);
        }
        docs->minAmountEdit()->clear();
        QTest::keyClick(docs->minAmountEdit(), Qt::Key_Return);
        QVERIFY(settled());
        QCOMPARE(table->rowCount(), 6);

        // Only returns: the one return, its amount.
        docs->typeBox()->setFocus();
        while (docs->typeBox()->currentText() != QStringLiteral("Возврат") &&
               docs->typeBox()->currentIndex() < docs->typeBox()->count() - 1)
            QTest::keyClick(docs->typeBox(), Qt::Key_Down);
        QVERIFY(settled());
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, table->columnCount() - 1)->text(), app::displayMoney(m_returned));

        // Enter on it opens the return in the journal's detail view.
        table->setFocus();
        table->setCurrentCell(0, 0);
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(qobject_cast<QStackedWidget *>(m_window->centralWidget())->currentWidget(),
                     static_cast<QWidget *>(m_window->journalScreen()));
        QTRY_VERIFY(m_window->journalScreen()->openDialog());
        QCOMPARE(m_window->journalScreen()->openDialog()->objectName(), QStringLiteral("journalDetails"));
        const auto ret = till().session->sales().sale(m_window->journalScreen()->currentSaleId());
        QVERIFY(ret);
        QCOMPARE(ret->kind, app::SaleKind::Return);
        QTest::keyClick(m_window->journalScreen()->openDialog(), Qt::Key_Escape);
        QTRY_VERIFY(!m_window->journalScreen()->openDialog());

        QVERIFY(reportstest::openReportsByMenu(*m_window));
        QVERIFY(settled());
        docs->typeBox()->setCurrentIndex(0);
        QVERIFY(settled());
        QVERIFY(reportstest::clickTab(screen()->tabs(), QStringLiteral("Сводка")));
    }

    void printsOnTheRegistrar()
    {
        const qsizetype before = till().tape().size();
        QTest::mouseClick(screen()->printButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(screen()->status()->text() == QStringLiteral("Напечатано на ФР."), 60000);
        const QString slip = till().tape().mid(before);
        QVERIFY2(slip.contains(app::displayMoney(m_cashSale + m_cardSale).replace(u',', u'.')) ||
                     slip.contains(app::displayMoney(m_cashSale + m_cardSale)),
                 qPrintable(slip.left(1500)));
    }

    void warningsFromTheRegistrar()
    {
        // The emulator's FN expires in 10 days and two documents wait for the OFD: after the next
        // poll of the registrar, a refresh shows both in the dashboard's warnings.
        QVERIFY(
            till().session->emulatorControl(QStringLiteral("fn-expiry 10")).startsWith(QStringLiteral("ok")));
        QVERIFY(till()
                    .session->emulatorControl(QStringLiteral("ofd-backlog 2"))
                    .startsWith(QStringLiteral("ok")));
        till().fiscal().refreshHealth();
        QTRY_VERIFY_WITH_TIMEOUT(till().fiscal().health().fnAlert == app::FnAlert::ExpiresSoon &&
                                     till().fiscal().health().ofdBacklog == 2,
                                 30000);
        QTest::mouseClick(screen()->findChild<QPushButton *>(QStringLiteral("reportsRefresh")),
                          Qt::LeftButton);
        QVERIFY(settled());
        const QString shown = screen()->dashboard()->warnings()->text();
        QVERIFY2(shown.contains(till().fiscal().health().fnMessage.toHtmlEscaped()) ||
                     shown.contains(till().fiscal().health().fnMessage),
                 qPrintable(shown + QStringLiteral(" | ") + till().fiscal().health().fnMessage));
        QVERIFY2(shown.contains(QStringLiteral("2 документа не переданы в ОФД")), qPrintable(shown));
        QTest::qWait(100);
        testing_support::saveScreenshot(m_window.get(), QStringLiteral("reports_warnings_ru"));
    }

    void presetsOnTheCalendar()
    {
        using P = PeriodPicker::Preset;
        const QDate wednesday(2026, 12, 2);
        QCOMPARE(PeriodPicker::days(P::Today, wednesday), std::make_pair(wednesday, wednesday));
        QCOMPARE(PeriodPicker::days(P::ThisWeek, wednesday), std::make_pair(QDate(2026, 11, 30), wednesday));
        QCOMPARE(PeriodPicker::days(P::ThisMonth, wednesday), std::make_pair(QDate(2026, 12, 1), wednesday));
        const QDate newYear(2027, 1, 1);
        QCOMPARE(PeriodPicker::days(P::Yesterday, newYear),
                 std::make_pair(QDate(2026, 12, 31), QDate(2026, 12, 31)));
        const QDate sunday(2026, 12, 6); // a week runs Monday to Sunday
        QCOMPARE(PeriodPicker::days(P::ThisWeek, sunday), std::make_pair(QDate(2026, 11, 30), sunday));
    }

    void newerPeriodWins()
    {
        QComboBox *preset = screen()->periodPicker()->presetBox();
        preset->setFocus();
        // Yesterday, then back to today before the first answer is shown: only today's counts.
        QTest::keyClick(preset, Qt::Key_Down);
        QCOMPARE(screen()->periodPicker()->preset(), PeriodPicker::Preset::Yesterday);
        QVERIFY(screen()->isLoading());
        QTest::keyClick(preset, Qt::Key_Up);
        QCOMPARE(screen()->periodPicker()->preset(), PeriodPicker::Preset::Today);
        QVERIFY(settled());
        QTest::qWait(200); // an answer for yesterday, if any got through, would land now
        QCOMPARE(screen()->reports().period.from.date(), QDate::currentDate());
        QCOMPARE(screen()->dashboard()->tileText(Tile::Gross), app::displayRoubles(m_cashSale + m_cardSale));

        QTest::keyClick(preset, Qt::Key_Down);
        QVERIFY(settled());
        QCOMPARE(screen()->reports().period.from.date(), QDate::currentDate().addDays(-1));
        QCOMPARE(screen()->dashboard()->tileText(Tile::Gross), app::displayRoubles(0));
        QCOMPARE(screen()->dashboard()->tileText(Tile::Receipts), QStringLiteral("0"));
        QTest::keyClick(preset, Qt::Key_Up);
        QVERIFY(settled());

        // A year back from today (the year section stepped down by a key): a custom period drawn
        // by month, today's sales still in it.
        QDateEdit *from = screen()->periodPicker()->fromEdit();
        from->setFocus();
        QTest::keyClick(from, Qt::Key_End);
        QTest::keyClick(from, Qt::Key_Down);
        QCOMPARE(from->date(), QDate::currentDate().addYears(-1));
        QCOMPARE(screen()->periodPicker()->preset(), PeriodPicker::Preset::Custom);
        QVERIFY(settled());
        QCOMPARE(screen()->dashboard()->tileText(Tile::Gross), app::displayRoubles(m_cashSale + m_cardSale));
        auto *byDay = screen()->findChild<QChartView *>(QStringLiteral("reportsByDay"));
        QVERIFY(byDay && byDay->chart());
        QCOMPARE(byDay->chart()->title(), QStringLiteral("Выручка по месяцам, ₽"));
        QTest::qWait(100);
        testing_support::saveScreenshot(m_window.get(), QStringLiteral("reports_year_ru"));
        screen()->periodPicker()->presetBox()->setFocus();
        QTest::keyClick(screen()->periodPicker()->presetBox(), Qt::Key_Home);
        QCOMPARE(screen()->periodPicker()->preset(), PeriodPicker::Preset::Today);
        QVERIFY(settled());
    }

    void escapeGoesBackToTheSale()
    {
        QTest::keyClick(screen(), Qt::Key_Escape);
        QCOMPARE(qobject_cast<QStackedWidget *>(m_window->centralWidget())->currentWidget(),
                 static_cast<QWidget *>(m_window->saleScreen()));
    }

    void cashierIsRefused()
    {
        QVERIFY(till().signIn(app::Role::Cashier));
        m_window->showSale();
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            shown = box->text();
            QTest::keyClick(box, Qt::Key_Return);
        });
        QVERIFY(reportstest::openReportsByMenu(*m_window));
        QTRY_VERIFY(!shown.isEmpty());
        QVERIFY2(shown.contains(QStringLiteral("отчёт"), Qt::CaseInsensitive), qPrintable(shown));
        QCOMPARE(qobject_cast<QStackedWidget *>(m_window->centralWidget())->currentWidget(),
                 static_cast<QWidget *>(m_window->saleScreen()));
        QVERIFY(till().signIn(app::Role::Owner));
    }

    void guestMayRead()
    {
        // The accountant-like guest reads the reports (and nothing else; the role matrix says so).
        app::EmployeeInput input;
        input.fullName = QStringLiteral("Бухгалтер Гостева");
        input.role = app::Role::Guest;
        auto guest = till().session->staff().add(till().actor(), input, QStringLiteral("333333"));
        QVERIFY(guest);
        auto actor = till().session->staff().login(guest->id, QStringLiteral("333333"));
        QVERIFY(actor);
        till().session->signIn(*guest, *actor);
        m_window->showSale();
        QVERIFY(reportstest::openReportsByMenu(*m_window));
        QTRY_COMPARE(qobject_cast<QStackedWidget *>(m_window->centralWidget())->currentWidget(),
                     static_cast<QWidget *>(screen()));
        QVERIFY(settled());
        QCOMPARE(screen()->dashboard()->tileText(Tile::Gross), app::displayRoubles(m_cashSale + m_cardSale));
        QTest::keyClick(screen(), Qt::Key_Escape);
        QVERIFY(till().signIn(app::Role::Owner));
    }

    void busyYearIsReadable()
    {
        // A busy year behind today (150,000 roubles a day, SQL straight into the file: only the
        // charts are looked at here), drawn by month and by day at 1366x768.
        QSqlDatabase &db = till().session->database().connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        q.prepare(QStringLiteral("INSERT INTO sales(uuid, number, kind, calc_sign, status, cashier_id, "
                                 "total, created_at, updated_at, "
                                 "completed_at) VALUES (?, 1, 0, 1, 2, ?, 1500000, ?, ?, ?)"));
        QSqlQuery pay(db);
        pay.prepare(QStringLiteral("INSERT INTO payments(sale_id, type, amount) VALUES (?, ?, 1500000)"));
        for (int day = 1; day <= 366; ++day) {
            for (int r = 0; r < 10; ++r) {
                const QString at =
                    app::toStorage(QDateTime(QDate::currentDate().addDays(-day), QTime(9 + r, 30)).toUTC());
                q.addBindValue(QStringLiteral("busy-%1-%2").arg(day).arg(r));
                q.addBindValue(qint64(till().session->employee()->id));
                q.addBindValue(at);
                q.addBindValue(at);
                q.addBindValue(at);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                pay.addBindValue(q.lastInsertId());
                pay.addBindValue(r % 3);
                QVERIFY2(pay.exec(), qPrintable(pay.lastError().text()));
            }
        }
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("COMMIT")));

        m_window->showSale();
        QVERIFY(reportstest::openReportsByMenu(*m_window));
        QVERIFY(settled());
        screen()->periodPicker()->fromEdit()->setDate(QDate::currentDate().addYears(-1));
        QVERIFY(settled());
        auto *byDay = screen()->findChild<QChartView *>(QStringLiteral("reportsByDay"));
        QVERIFY(byDay && byDay->chart());
        // Millions on the axis are counted in thousands, and the title says so.
        QCOMPARE(byDay->chart()->title(), QStringLiteral("Выручка по месяцам, тыс. ₽"));
        QTest::qWait(100);
        testing_support::saveScreenshot(m_window.get(), QStringLiteral("reports_busy_year_ru"));
        screen()->periodPicker()->fromEdit()->setDate(QDate::currentDate().addDays(-30));
        QVERIFY(settled());
        QTest::qWait(100);
        testing_support::saveScreenshot(m_window.get(), QStringLiteral("reports_busy_month_ru"));
        QCOMPARE(byDay->chart()->title(), QStringLiteral("Выручка по дням, тыс. ₽"));
        // Every day took 150 thousand: the axis reaches above the bars, so none looks cut off.
        const auto axes = byDay->chart()->axes(Qt::Vertical);
        QVERIFY(!axes.isEmpty());
        auto *y = qobject_cast<QValueAxis *>(axes.first());
        QVERIFY(y);
        QVERIFY2(y->max() > 150.0, qPrintable(QString::number(y->max())));
    }

    void englishScreenshots()
    {
        journaltest::useLanguage(QStringLiteral("en"));
        auto window = std::make_unique<ui::MainWindow>(
            ui::MainWindow::Context{true, till().session->database().path(), till().session.get()});
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->showSale();
        QVERIFY(reportstest::openReportsByMenu(*window));
        QVERIFY(QTest::qWaitFor([&window] { return !window->reportsScreen()->isLoading(); }, 30000));
        QCOMPARE(window->reportsScreen()->dashboard()->tileText(Tile::Gross),
                 app::displayRoubles(m_cashSale + m_cardSale));
        testing_support::saveScreenshot(window.get(), QStringLiteral("reports_dashboard_en"));
        const std::pair<QString, QString> tabs[] = {
            {QStringLiteral("By cashier"), QStringLiteral("cashiers")},
            {QStringLiteral("By category"), QStringLiteral("categories")},
            {QStringLiteral("Top products"), QStringLiteral("products")},
            {QStringLiteral("By VAT rate"), QStringLiteral("vat")},
            {QStringLiteral("Shifts"), QStringLiteral("shifts")},
            {QStringLiteral("Cash documents"), QStringLiteral("documents")}};
        for (const auto &[title, name] : tabs) {
            QVERIFY2(reportstest::clickTab(window->reportsScreen()->tabs(), title), qPrintable(title));
            QTest::qWait(50);
            testing_support::saveScreenshot(window.get(), QStringLiteral("reports_%1_en").arg(name));
        }
        // A year: the chart by month, its labels slanted.
        QVERIFY(reportstest::clickTab(window->reportsScreen()->tabs(), QStringLiteral("Dashboard")));
        window->reportsScreen()->periodPicker()->fromEdit()->setDate(QDate::currentDate().addYears(-1));
        QVERIFY(QTest::qWaitFor([&window] { return !window->reportsScreen()->isLoading(); }, 30000));
        auto *byDay = window->findChild<QChartView *>(QStringLiteral("reportsByDay"));
        QVERIFY(byDay && byDay->chart());
        QCOMPARE(byDay->chart()->title(),
                 QStringLiteral("Turnover by month, thousand ₽") /* the busy year above */);
        QTest::qWait(100);
        testing_support::saveScreenshot(window.get(), QStringLiteral("reports_year_en"));
        journaltest::useLanguage(QStringLiteral("ru"));
    }
};

QTEST_MAIN(TstReportsGui)
#include "tst_reports_gui.moc"
