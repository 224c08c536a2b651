#include <QTest>

#include "app/core/validation.h"
#include "modeltest.h"

using app::CatalogService;
using app::Product;

class TstCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unitsCarryTheFfdCodes()
    {
        ModelFixture f;
        CatalogService catalog(*f.db);
        const auto units = catalog.units();
        QList<int> codes;
        for (const auto &u : units)
            codes << u.code;
        for (const int c : {0, 10, 11, 12, 20, 21, 22, 30, 31, 32, 40, 41, 42, 255})
            QVERIFY2(codes.contains(c), qPrintable(QString::number(c)));
    }

    void vatRatesFollowTheirValidityDates()
    {
        ModelFixture f;
        CatalogService catalog(*f.db);
        const auto codes = [&](const QDate &day) {
            QList<int> out;
            for (const auto &r : catalog.vatRates(day))
                out << r.code;
            return out;
        };
        QCOMPARE(codes(QDate(2024, 6, 1)), (QList<int>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(codes(QDate(2025, 6, 1)), (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        QCOMPARE(codes(QDate(2026, 2, 1)), (QList<int>{2, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
        const auto r22 = catalog.vatRate(11, QDate(2026, 2, 1));
        QVERIFY(r22);
        QCOMPARE(r22->percent, 22);
        QVERIFY(!r22->calculated);
        QVERIFY(catalog.vatRate(12, QDate(2026, 2, 1))->calculated);
        QCOMPARE(catalog.vatRate(9, QDate(2026, 2, 1))->percent, 5);
        QCOMPARE(catalog.vatRate(6, QDate(2026, 2, 1))->percent, -1);
        QVERIFY(!catalog.vatRate(1, QDate(2026, 2, 1)));
    }

    void productRoundTripWithSeveralBarcodes()
    {
        ModelFixture f;
        f.addPeople();
        CatalogService catalog(*f.db);
        auto dairy = catalog.addCategory(f.owner, QStringLiteral("Dairy"));
        QVERIFY_RESULT(dairy);
        Product p;
        p.name = QStringLiteral(u"Молоко «Весёлый молочник» 3,2%");
        p.description = QStringLiteral("UHT");
        p.price = 10990;
        p.unitCode = 0;
        p.vatCode = 2;
        p.categoryId = *dairy;
        p.subject = app::Subject::MarkedGoods;
        p.country = QStringLiteral("643");
        p.article = QStringLiteral("MLK-1");
        p.marked = true;
        p.markingType = app::MarkingType::Milk;
        p.barcodes = {QStringLiteral("4607001000013"), QStringLiteral("4607001000020")};
        auto added = catalog.addProduct(f.owner, p);
        QVERIFY_RESULT(added);
        const auto stored = catalog.product(added->id);
        QVERIFY(stored);
        QCOMPARE(stored->name, p.name);
        QCOMPARE(stored->barcodes, p.barcodes);
        QCOMPARE(stored->markingType, app::MarkingType::Milk);
        QCOMPARE(stored->categoryId, *dairy);
        QCOMPARE(catalog.findByBarcode(QStringLiteral("4607001000020"))->id, added->id);
        QVERIFY(!catalog.findByBarcode(QStringLiteral("4607001000037")));

        Product other = p;
        other.uuid.clear();
        other.article = QStringLiteral("MLK-2");
        other.barcodes = {QStringLiteral("4607001000020")};
        QCOMPARE(catalog.addProduct(f.owner, other).error().code, app::Error::Code::Conflict);

        auto changed = *stored;
        changed.price = 11990;
        changed.barcodes = {QStringLiteral("4607001000037")};
        QVERIFY_RESULT(catalog.updateProduct(f.owner, changed));
        QVERIFY(!catalog.findByBarcode(QStringLiteral("4607001000013")));
        QCOMPARE(catalog.findByBarcode(QStringLiteral("4607001000037"))->price, 11990);
        QVERIFY_RESULT(catalog.removeProduct(f.owner, added->id));
        QVERIFY(!catalog.findByBarcode(QStringLiteral("4607001000037")));
    }

    void productValidation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("unit");
        QTest::addColumn<int>("vat");
        QTest::addColumn<QString>("barcode");
        QTest::addColumn<bool>("weighted");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << QStringLiteral("Bread") << 0 << 2 << QStringLiteral("4607001000013") << false
                            << true;
        QTest::newRow("128 chars") << QString(128, QLatin1Char('a')) << 0 << 2 << QString() << false << true;
        QTest::newRow("129 chars") << QString(129, QLatin1Char('a')) << 0 << 2 << QString() << false << false;
        QTest::newRow("empty") << QStringLiteral("  ") << 0 << 2 << QString() << false << false;
        QTest::newRow("stray quote") << QStringLiteral("Milk \"Village") << 0 << 2 << QString() << false
                                     << false;
        QTest::newRow("balanced quotes")
            << QStringLiteral("Milk \"Village\"") << 0 << 2 << QString() << false << true;
        QTest::newRow("stray guillemet")
            << QStringLiteral(u"Молоко «Домик") << 0 << 2 << QString() << false << false;
        QTest::newRow("bad unit") << QStringLiteral("Bread") << 13 << 2 << QString() << false << false;
        QTest::newRow("bad vat") << QStringLiteral("Bread") << 0 << 13 << QString() << false << false;
        QTest::newRow("bad check digit")
            << QStringLiteral("Bread") << 0 << 2 << QStringLiteral("4607001000014") << false << false;
        QTest::newRow("internal code")
            << QStringLiteral("Bread") << 0 << 2 << QStringLiteral("X-1") << false << true;
        QTest::newRow("weighted in pieces")
            << QStringLiteral("Apples") << 0 << 2 << QString() << true << false;
        QTest::newRow("weighted in kg") << QStringLiteral("Apples") << 11 << 2 << QString() << true << true;
    }

    void productValidation()
    {
        QFETCH(QString, name);
        QFETCH(int, unit);
        QFETCH(int, vat);
        QFETCH(QString, barcode);
        QFETCH(bool, weighted);
        QFETCH(bool, valid);
        ModelFixture f;
        f.addPeople();
        CatalogService catalog(*f.db);
        Product p;
        p.name = name;
        p.price = 100;
        p.unitCode = unit;
        p.vatCode = vat;
        p.weighted = weighted;
        if (!barcode.isEmpty())
            p.barcodes << barcode;
        const auto r = catalog.addProduct(f.owner, p);
        QCOMPARE(bool(r), valid);
        if (!valid)
            QCOMPARE(r.error().code, app::Error::Code::Validation);
    }

    void cashierSeesButCannotEdit()
    {
        ModelFixture f;
        f.addPeople();
        f.addProduct(QStringLiteral("Kefir"), 8990, QStringLiteral("4607001000013"));
        CatalogService catalog(*f.db);
        QCOMPARE(catalog.search(QStringLiteral("kef")).size(), 1);
        Product p;
        p.name = QStringLiteral("Bread");
        QCOMPARE(catalog.addProduct(f.cashier, p).error().code, app::Error::Code::PermissionDenied);
        auto k = *catalog.findByBarcode(QStringLiteral("4607001000013"));
        k.price = 1;
        QCOMPARE(catalog.updateProduct(f.cashier, k).error().code, app::Error::Code::PermissionDenied);
        QCOMPARE(catalog.removeProduct(f.cashier, k.id).error().code, app::Error::Code::PermissionDenied);
        QCOMPARE(catalog.addCategory(f.cashier, QStringLiteral("X")).error().code,
                 app::Error::Code::PermissionDenied);
    }

    void prefixSearchByNameAndArticle()
    {
        ModelFixture f;
        f.addPeople();
        CatalogService catalog(*f.db);
        const QStringList names{QStringLiteral(u"Молоко 3,2%"),      QStringLiteral(u"Молоко 1,5%"),
                                QStringLiteral(u"Мёд липовый"),      QStringLiteral(u"Медовик"),
                                QStringLiteral(u"Молочный шоколад"), QStringLiteral("Milk Shake")};
        int n = 0;
        for (const QString &name : names) {
            Product p;
            p.name = name;
            p.price = 100;
            p.article = QStringLiteral("ART-%1").arg(++n);
            QVERIFY_RESULT(catalog.addProduct(f.owner, p));
        }
        QCOMPARE(catalog.search(QStringLiteral(u"мол")).size(), 3);
        QCOMPARE(catalog.search(QStringLiteral(u"МОЛОКО")).size(), 2);
        QCOMPARE(catalog.search(QStringLiteral(u"мед")).size(), 2); // ё folds to е
        QCOMPARE(catalog.search(QStringLiteral("art-")).size(), 6);
        QCOMPARE(catalog.search(QStringLiteral("art-"), 4).size(), 4);
        QCOMPARE(catalog.search(QStringLiteral("ART-6")).first().name, QStringLiteral("Milk Shake"));
        QCOMPARE(catalog.search(QStringLiteral("zzz")).size(), 0);
        const auto hits = catalog.search(QStringLiteral(u"мол"));
        QCOMPARE(hits.first().name, QStringLiteral(u"Молоко 1,5%"));
    }

    void categoryTreeRefusesCycles()
    {
        ModelFixture f;
        f.addPeople();
        CatalogService catalog(*f.db);
        auto food = catalog.addCategory(f.owner, QStringLiteral("Food"));
        auto dairy = catalog.addCategory(f.owner, QStringLiteral("Dairy"), *food);
        auto cheese = catalog.addCategory(f.owner, QStringLiteral("Cheese"), *dairy);
        QVERIFY(food && dairy && cheese);
        QCOMPARE(catalog.moveCategory(f.owner, *food, *cheese).error().code, app::Error::Code::Validation);
        QCOMPARE(catalog.moveCategory(f.owner, *food, *food).error().code, app::Error::Code::Validation);
        QVERIFY_RESULT(catalog.moveCategory(f.owner, *cheese, *food));
        QCOMPARE(catalog.categories().size(), 3);
    }

    void eanCheckDigits()
    {
        QVERIFY(app::isValidEan(QStringLiteral("4607001000013")));
        QVERIFY(app::isValidEan(QStringLiteral("96385074")));
        QVERIFY(!app::isValidEan(QStringLiteral("4607001000012")));
        QCOMPARE(app::eanCheckDigit(QStringLiteral("460700100002")), 0);
    }
};

QTEST_GUILESS_MAIN(TstCatalog)
#include "tst_catalog.moc"
