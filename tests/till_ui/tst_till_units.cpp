// The cashier's number formats: what the screen shows and what it accepts.

#include <QTest>

#include <limits>

#include "app/core/moneytext.h"

namespace {

QString screen(QString row)
{
    return row.replace(QLatin1Char('_'), QChar(0xA0)).replace(QLatin1Char('-'), QChar(0x2212));
}

} // namespace

class TstTillUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The one display rule (app/core/moneytext.h), row by row: "_" stands for the no-break space,
    // "-" for the minus sign U+2212, so that a row reads like the screen.
    void moneyReadsLikeAPriceTag_data()
    {
        QTest::addColumn<qint64>("kopecks");
        QTest::addColumn<QString>("money");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0,00");
        QTest::newRow("kopecks") << qint64(5) << QStringLiteral("0,05");
        QTest::newRow("roubles") << qint64(96890) << QStringLiteral("968,90");
        QTest::newRow("thousand") << qint64(123456) << QStringLiteral("1_234,56");
        QTest::newRow("millions") << qint64(123456789) << QStringLiteral("1_234_567,89");
        QTest::newRow("return") << qint64(-1050) << QStringLiteral("-10,50");
        QTest::newRow("big return") << qint64(-123456) << QStringLiteral("-1_234,56");
        QTest::newRow("int64 min") << std::numeric_limits<qint64>::min()
                                   << QStringLiteral("-92_233_720_368_547_758,08");
    }
    void moneyReadsLikeAPriceTag()
    {
        QFETCH(qint64, kopecks);
        QFETCH(QString, money);
        QCOMPARE(app::displayMoney(kopecks), screen(money));
        QCOMPARE(app::displayRoubles(kopecks), screen(money) + QChar(0xA0) + QChar(0x20BD));
        app::Kopecks back = 0;
        if (kopecks >= 0 && kopecks <= app::MaxPrice) {
            QVERIFY(app::parseMoneyInput(app::displayRoubles(kopecks), back));
            QCOMPARE(back, kopecks);
        }
    }

    void quantityReadsLikeTheScale_data()
    {
        QTest::addColumn<qint64>("milli");
        QTest::addColumn<bool>("fractionalUnit");
        QTest::addColumn<QString>("quantity");
        QTest::newRow("pieces") << qint64(3000) << false << QStringLiteral("3");
        QTest::newRow("part of a piece") << qint64(1250) << false << QStringLiteral("1,25");
        QTest::newRow("a gram of pieces") << qint64(5) << false << QStringLiteral("0,005");
        QTest::newRow("thousand pieces") << qint64(1000000) << false << QStringLiteral("1_000");
        QTest::newRow("kg") << qint64(450) << true << QStringLiteral("0,450");
        QTest::newRow("whole kg") << qint64(1000) << true << QStringLiteral("1,000");
        QTest::newRow("many kg") << qint64(12345678) << true << QStringLiteral("12_345,678");
        QTest::newRow("returned kg") << qint64(-450) << true << QStringLiteral("-0,450");
        QTest::newRow("returned pieces") << qint64(-2000) << false << QStringLiteral("-2");
    }
    void quantityReadsLikeTheScale()
    {
        QFETCH(qint64, milli);
        QFETCH(bool, fractionalUnit);
        QFETCH(QString, quantity);
        const auto decimals = fractionalUnit ? app::QuantityDecimals::Three : app::QuantityDecimals::AsNeeded;
        QCOMPARE(app::displayQuantity(milli, decimals), screen(quantity));
        app::Milli back = 0;
        if (milli >= 0) {
            QVERIFY(app::parseQuantityInput(app::displayQuantity(milli, decimals), back));
            QCOMPARE(back, milli);
        }
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
