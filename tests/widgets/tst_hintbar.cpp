#include <QAction>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include "widgets/hintbar.h"

class TstHintBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buttonsShowKeysAndTriggerActions()
    {
        QWidget window;
        auto *pay = new QAction(QStringLiteral("&Оплата"), &window);
        pay->setShortcut(Qt::Key_F5);
        auto *search = new QAction(QStringLiteral("Поиск"), &window);
        search->setShortcut(Qt::Key_F2);
        auto *noKey = new QAction(QStringLiteral("Комментарий"), &window);
        window.addActions({pay, search, noKey});

        ui::HintBar bar(&window);
        bar.setActions({search, pay, noKey});
        QCOMPARE(bar.buttons().size(), 3);
        QCOMPARE(bar.buttons().at(0)->text(), QStringLiteral("F2 Поиск"));
        QCOMPARE(bar.buttons().at(1)->text(), QStringLiteral("F5 Оплата"));
        QCOMPARE(bar.buttons().at(2)->text(), QStringLiteral("Комментарий"));

        QSignalSpy triggered(pay, &QAction::triggered);
        QTest::mouseClick(bar.buttons().at(1), Qt::LeftButton);
        QCOMPARE(triggered.count(), 1);
    }

    void followsTheActionState()
    {
        QAction refund(QStringLiteral("Возврат"));
        refund.setShortcut(Qt::Key_F9);
        ui::HintBar bar;
        bar.setActions({&refund});
        refund.setEnabled(false);
        QVERIFY(!bar.buttons().at(0)->isEnabled());
        refund.setText(QStringLiteral("Возврат продажи"));
        QCOMPARE(bar.buttons().at(0)->text(), QStringLiteral("F9 Возврат продажи"));
        QCOMPARE(bar.buttons().at(0)->focusPolicy(), Qt::NoFocus);
    }

    void replacingActionsDropsOldButtons()
    {
        QAction a(QStringLiteral("A"));
        QAction b(QStringLiteral("B"));
        ui::HintBar bar;
        bar.setActions({&a, &b});
        bar.setActions({&b});
        QCOMPARE(bar.buttons().size(), 1);
        QCOMPARE(bar.findChildren<QToolButton *>().size(), 1);
    }
};

QTEST_MAIN(TstHintBar)
#include "tst_hintbar.moc"
