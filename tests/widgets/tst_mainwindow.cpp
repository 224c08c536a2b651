#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>

#include "tests/common/screenshot.h"
#include "widgets/mainwindow.h"
#include "widgets/translations.h"

class TstMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void russianIsTheShippedLanguage()
    {
        QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru")));
        ui::MainWindow window({true, QString()});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.windowTitle(), QStringLiteral("Прилавок — рабочее место кассира"));
        QStringList menus;
        const auto actions = window.menuBar()->actions();
        for (const QAction *action : actions)
            menus << action->text().remove(QLatin1Char('&'));
        QCOMPARE(menus, (QStringList{QStringLiteral("Продажа"), QStringLiteral("Сервис"),
                                     QStringLiteral("Настройки"), QStringLiteral("Справка")}));
        auto *badge = window.findChild<QLabel *>(QStringLiteral("deviceBadge"));
        QVERIFY(badge);
        QCOMPARE(badge->text(), QStringLiteral("ФР: не подключён"));

        const QString png = testing_support::saveScreenshot(&window, QStringLiteral("mainwindow_ru"));
        QVERIFY2(!png.isEmpty(), "the screenshot was not written");
        QImage image(png);
        QCOMPARE(image.size(), window.size());
    }

    void englishIsTheSourceLanguage()
    {
        const auto translators = qApp->findChildren<QTranslator *>();
        for (QTranslator *t : translators)
            QCoreApplication::removeTranslator(t);
        ui::MainWindow window({false, QStringLiteral("/var/lib/prilavok/shop.sqlite")});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Prilavok — cashier workstation"));
        auto *database = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(database && database->text().contains(QStringLiteral("/var/lib/prilavok/shop.sqlite")));
        QVERIFY(!testing_support::saveScreenshot(&window, QStringLiteral("mainwindow_en")).isEmpty());
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
