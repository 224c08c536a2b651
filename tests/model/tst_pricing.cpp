#include <QTest>

#include <numeric>
#include <random>

#include "app/core/money.h"
#include "app/sales/pricing.h"

using app::Kopecks;
using namespace app::Pricing;

class TstPricing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineAmountRoundsHalfUp()
    {
        QCOMPARE(lineAmount(10000, 1000), Kopecks(10000)); // 100.00 × 1
        QCOMPARE(lineAmount(8990, 1250), Kopecks(11238));  // 89.90 × 1.250 = 112.375 → 112.38
        QCOMPARE(lineAmount(8990, 1150), Kopecks(10339));  // 103.385 → 103.39
        QCOMPARE(lineAmount(1, 500), Kopecks(1));          // 0.005 → 0.01
        QCOMPARE(lineAmount(1, 499), Kopecks(0));
        QCOMPARE(lineAmount(app::MaxPrice, app::MaxQuantity), Kopecks(999999989900000)); // no overflow
    }

    void vatInsideThePrice()
    {
        QCOMPARE(vatInside(12000, 20), Kopecks(2000));
        QCOMPARE(vatInside(12200, 22), Kopecks(2200));
        QCOMPARE(vatInside(11000, 10), Kopecks(1000));
        QCOMPARE(vatInside(10500, 5), Kopecks(500));
        QCOMPARE(vatInside(10700, 7), Kopecks(700));
        QCOMPARE(vatInside(100, 22), Kopecks(18)); // 18.03 → 18
        QCOMPARE(vatInside(1, 22), Kopecks(0));    // 0.18 → 0
        QCOMPARE(vatInside(3, 22), Kopecks(1));    // 0.54 → 1
        QCOMPARE(vatInside(500, 0), Kopecks(0));
        QCOMPARE(vatInside(500, -1), Kopecks(0));
    }

    void spreadIsExactByLargestRemainder()
    {
        QCOMPARE(spread(100, {1, 1, 1}), (std::vector<Kopecks>{34, 33, 33}));
        QCOMPARE(spread(10, {300, 300, 400}), (std::vector<Kopecks>{3, 3, 4}));
        QCOMPARE(spread(1, {100, 300}), (std::vector<Kopecks>{0, 1}));
        QCOMPARE(spread(0, {5, 5}), (std::vector<Kopecks>{0, 0}));
        QCOMPARE(spread(10, {0, 10}), (std::vector<Kopecks>{0, 10}));
    }

    void cartWithDiscounts()
    {
        app::CartTotals t;
        QVERIFY(price({{10000, 1000, 1000, 22, 11}, {5000, 2000, 0, 10, 2}, {333, 3000, 0, -1, 6}}, 1000, t));
        QCOMPARE(t.gross, Kopecks(10000 + 10000 + 999));
        QCOMPARE(t.total, t.gross - 1000 - 1000);
        Kopecks sum = 0;
        for (const auto &l : t.lines)
            sum += l.total;
        QCOMPARE(sum, t.total);
        QCOMPARE(t.vatByCode.at(6), Kopecks(0));
        QVERIFY(!price({{100, 1000, 101, 20, 1}}, 0, t)); // item discount above the line
        QVERIFY(!price({{100, 1000, 0, 20, 1}}, 101, t)); // receipt discount above the cart
        QVERIFY(!price({{100, 0, 0, 20, 1}}, 0, t));      // zero quantity
        QVERIFY(!price({{-1, 1000, 0, 20, 1}}, 0, t));    // negative price
    }

    // Thousands of random carts: whatever the prices, quantities and discounts, the lines add up to
    // the total to the kopeck, no line is negative, VAT per rate is the sum of the line VATs, and
    // refunds in random slices never exceed the line and reach it exactly at the end.
    void propertiesOverRandomCarts()
    {
        std::mt19937 rng(20261122);
        const int percents[] = {20, 10, 0, -1, 5, 7, 22};
        const auto pick = [&](auto lo, auto hi) {
            return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
        };
        for (int cart = 0; cart < 5000; ++cart) {
            std::vector<app::CartLineInput> lines;
            const int n = int(pick(1, 25));
            for (int i = 0; i < n; ++i) {
                app::CartLineInput in;
                in.price = pick(0, 3) == 0 ? pick(0, 100) : pick(1, 5'000'000);
                in.quantity = pick(0, 2) == 0 ? pick(1, 50'000) : pick(1, 20) * 1000;
                const int rate = int(pick(0, 6));
                in.vatPercent = percents[rate];
                in.vatCode = rate + 1;
                const Kopecks gross = lineAmount(in.price, in.quantity);
                in.itemDiscount = pick(0, 3) == 0 ? pick(0, gross) : 0;
                lines.push_back(in);
            }
            Kopecks subtotal = 0;
            for (const auto &in : lines)
                subtotal += lineAmount(in.price, in.quantity) - in.itemDiscount;
            const Kopecks receiptDiscount = pick(0, 2) == 0 ? pick(0, subtotal) : 0;
            app::CartTotals t;
            QVERIFY(price(lines, receiptDiscount, t));
            Kopecks sum = 0;
            Kopecks shares = 0;
            std::map<int, Kopecks> vat;
            for (std::size_t i = 0; i < t.lines.size(); ++i) {
                const auto &l = t.lines[i];
                QVERIFY(l.total >= 0);
                QVERIFY(l.receiptDiscountShare >= 0);
                QCOMPARE(l.total, l.gross - l.itemDiscount - l.receiptDiscountShare);
                QVERIFY(l.vat <= l.total);
                sum += l.total;
                shares += l.receiptDiscountShare;
                vat[lines[i].vatCode] += l.vat;
            }
            QCOMPARE(sum, t.total);
            QCOMPARE(shares, receiptDiscount);
            QCOMPARE(t.total, subtotal - receiptDiscount);
            QCOMPARE(t.discounts + t.total, t.gross);
            QCOMPARE(vat, t.vatByCode);

            // Return each line in random slices.
            for (std::size_t i = 0; i < t.lines.size(); ++i) {
                const app::Milli sold = lines[i].quantity;
                app::Milli returned = 0;
                Kopecks refunded = 0;
                while (returned < sold) {
                    const app::Milli q = std::min<app::Milli>(sold - returned, pick(1, sold));
                    const Kopecks r = refundFor(t.lines[i].total, sold, returned, q);
                    QVERIFY(r >= 0);
                    refunded += r;
                    returned += q;
                    QVERIFY(refunded <= t.lines[i].total);
                }
                QCOMPARE(refunded, t.lines[i].total);
                QCOMPARE(refundFor(t.lines[i].total, sold, sold, 1), Kopecks(0)); // nothing left to return
            }
        }
    }

    void moneyText()
    {
        Kopecks k = 0;
        QVERIFY(app::parseKopecks(QStringLiteral("12.5"), k));
        QCOMPARE(k, Kopecks(1250));
        QVERIFY(app::parseKopecks(QStringLiteral("12,05"), k));
        QCOMPARE(k, Kopecks(1205));
        QVERIFY(app::parseKopecks(QStringLiteral("99999999.99"), k));
        QCOMPARE(k, app::MaxPrice);
        QVERIFY(!app::parseKopecks(QStringLiteral("1.005"), k));
        QVERIFY(!app::parseKopecks(QStringLiteral("-1"), k));
        QVERIFY(!app::parseKopecks(QStringLiteral("1e3"), k));
        QVERIFY(!app::parseKopecks(QStringLiteral(""), k));
        QCOMPARE(app::formatKopecks(123405), QStringLiteral("1234.05"));
        QCOMPARE(app::formatKopecks(-5), QStringLiteral("-0.05"));
        app::Milli m = 0;
        QVERIFY(app::parseMilli(QStringLiteral("1,250"), m));
        QCOMPARE(m, app::Milli(1250));
        QVERIFY(!app::parseMilli(QStringLiteral("0.0001"), m));
        QCOMPARE(app::formatMilli(1250), QStringLiteral("1.250"));
    }
};

QTEST_GUILESS_MAIN(TstPricing)
#include "tst_pricing.moc"
