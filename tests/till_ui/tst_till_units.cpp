// The cashier's number formats: what the screen shows and what it accepts.

#include <QTest>

#include "app/till/moneytext.h"

class TstTillUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moneyReadsLikeAPriceTag()
    {
        QCOMPARE(app::displayMoney(0), QStringLiteral("0,00"));
        QCOMPARE(app::displayMoney(5), QStringLiteral("0,05"));
        QCOMPARE(app::displayMoney(123456789),
                 QString(QStringLiteral("1 234 567,89")).replace(QLatin1Char(' '), QChar(0xA0)));
        QCOMPARE(app::displayMoney(-1050), QString(QChar(0x2212)) + QStringLiteral("10,50"));
        QCOMPARE(app::displayQuantity(3000), QStringLiteral("3"));
        QCOMPARE(app::displayQuantity(1250), QStringLiteral("1,25"));
        QCOMPARE(app::displayQuantity(5), QStringLiteral("0,005"));
    }

    void typedAmounts()
    {
        app::Kopecks k = 0;
        QVERIFY(app::parseMoneyInput(QStringLiteral(" 1 500,5 ₽"), k));
        QCOMPARE(k, app::Kopecks(150050));
        QVERIFY(!app::parseMoneyInput(QStringLiteral("12,345"), k));
        QVERIFY(!app::parseMoneyInput(QStringLiteral("abc"), k));
        app::Milli q = 0;
        QVERIFY(app::parseQuantityInput(QStringLiteral("0,5"), q));
        QCOMPARE(q, app::Milli(500));
    }

    void discountsAsAmountOrPercent()
    {
        app::Kopecks d = 0;
        QVERIFY(app::parseDiscountInput(QStringLiteral("50"), 100000, d));
        QCOMPARE(d, app::Kopecks(5000));
        QVERIFY(app::parseDiscountInput(QStringLiteral("10%"), 12345, d));
        QCOMPARE(d, app::Kopecks(1235)); // 1234.5 rounds half up
        QVERIFY(app::parseDiscountInput(QStringLiteral("7,5 %"), 10000, d));
        QCOMPARE(d, app::Kopecks(750));
        QVERIFY(!app::parseDiscountInput(QStringLiteral("150%"), 10000, d));
        QVERIFY(!app::parseDiscountInput(QStringLiteral("-5"), 10000, d));
    }
};

QTEST_MAIN(TstTillUnits)
#include "tst_till_units.moc"
