#include <QBuffer>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include "app/catalog/catalogimporter.h"
#include "app/catalog/catalogimportjob.h"
#include "modeltest.h"

using app::CatalogImporter;

class TstImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodFileIsAppliedWithProgress()
    {
        ModelFixture f;
        f.addPeople();
        const QByteArray csv =
            QStringLiteral(
                u"article;name;price;unit;vat;barcodes;category;weighted;marked;marking_type;country\n"
                u"M-1;\"Молоко \"\"Домик\"\" "
                u"3,2%\";109.90;0;2;4607001000013|4607001000020;Молочные/Молоко;0;1;1;643\n"
                u"A-1;Яблоки;169,9;11;2;;Фрукты;1;0;0;\n"
                u"B-1;Bread;59;;;4607001000037;;;;;\n")
                .toUtf8();
        CatalogImporter importer(*f.db);
        QList<qint64> progress;
        const auto report = importer.importCsv(f.owner, csv, [&](qint64 done, qint64 total) {
            progress << done;
            return done <= total;
        });
        QVERIFY2(report.applied,
                 qPrintable(report.error + (report.issues.isEmpty() ? QString() : report.issues[0].reason)));
        QCOMPARE(report.rows, 3);
        QCOMPARE(report.added, 3);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), qint64(csv.size()));
        app::CatalogService catalog(*f.db);
        const auto milk = catalog.findByBarcode(QStringLiteral("4607001000020"));
        QVERIFY(milk);
        QCOMPARE(milk->name, QStringLiteral(u"Молоко \"Домик\" 3,2%"));
        QCOMPARE(milk->price, app::Kopecks(10990));
        QVERIFY(milk->marked);
        QCOMPARE(catalog.search(QStringLiteral(u"ябл")).first().price, app::Kopecks(16990));
        QCOMPARE(catalog.categories().size(), 3);

        // Importing again updates by article instead of duplicating.
        const QByteArray update = QByteArrayLiteral("article,name,price\nB-1,Bread,61.00\n");
        const auto second = importer.importCsv(f.owner, update);
        QVERIFY(second.applied);
        QCOMPARE(second.updated, 1);
        QCOMPARE(catalog.productCount(), 3);
        QCOMPARE(catalog.search(QStringLiteral("bread")).first().price, app::Kopecks(6100));
    }

    void badRowsAreAllReportedAndNothingIsApplied()
    {
        ModelFixture f;
        f.addPeople();
        f.addProduct(QStringLiteral("Existing"), 100, QStringLiteral("4607001000044"));
        const QByteArray csv =
            QStringLiteral(u"article;name;price;unit;vat;barcodes\n"
                           u"G-1;Good one;10.00;0;2;4607001000013\n"   // line 2: fine
                           u"G-2;;10.00;0;2;\n"                        // 3: no name
                           u"G-3;Bad price;ten;0;2;\n"                 // 4
                           u"G-4;Bad unit;1.00;13;2;\n"                // 5
                           u"G-5;Bad vat;1.00;0;99;\n"                 // 6
                           u"G-6;Bad EAN;1.00;0;2;4607001000014\n"     // 7
                           u"G-7;Dup barcode;1.00;0;2;4607001000013\n" // 8: taken by line 2
                           u"G-1;Dup article;1.00;0;2;\n"              // 9
                           u"G-8;Stray \"quote;1.00;0;2;\n"            // 10
                           u"G-9;Taken;1.00;0;2;4607001000044\n"       // 11: in the catalog already
                           u"G-10;Fine too;1.005;0;2;\n")
                .toUtf8(); // 12: three decimals
        CatalogImporter importer(*f.db);
        const auto report = importer.importCsv(f.owner, csv);
        QVERIFY(!report.applied);
        QList<int> rows;
        for (const auto &issue : report.issues) {
            rows << issue.row;
            QVERIFY(!issue.reason.isEmpty());
        }
        QCOMPARE(rows, (QList<int>{3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
        app::CatalogService catalog(*f.db);
        QCOMPARE(catalog.productCount(), 1);
        QVERIFY(!catalog.findByBarcode(QStringLiteral("4607001000013")));
        QVERIFY(catalog.categories().isEmpty());
    }

    void headerAndPermission()
    {
        ModelFixture f;
        f.addPeople();
        CatalogImporter importer(*f.db);
        QVERIFY(!importer.importCsv(f.owner, QByteArrayLiteral("foo;bar\n1;2\n")).error.isEmpty());
        QVERIFY(!importer.importCsv(f.owner, QByteArray()).error.isEmpty());
        const auto denied = importer.importCsv(f.cashier, QByteArrayLiteral("name;price\nA;1\n"));
        QVERIFY(!denied.applied);
        QVERIFY(denied.error.contains(QStringLiteral("not allowed")));
    }

    void windows1251FileIsConvertedAndAnUnreadableOneRefused()
    {
        ModelFixture f;
        f.addPeople();
        CatalogImporter importer(*f.db);
        // "article;name;price" / "W-1;Хлеб «Бородинский»;69,90" as Excel saves it on a Russian Windows.
        const QByteArray cp1251(
            "article;name;price\r\nW-1;\xD5\xEB\xE5\xE1 \xAB\xC1\xEE\xF0\xEE\xE4\xE8\xED\xF1"
            "\xEA\xE8\xE9\xBB;69,90\r\n");
        const auto report = importer.importCsv(f.owner, cp1251);
        QVERIFY2(report.applied, qPrintable(report.error));
        app::CatalogService catalog(*f.db);
        QCOMPARE(catalog.search(QStringLiteral(u"Хлеб")).first().name, QStringLiteral(u"Хлеб «Бородинский»"));

        // An unclosed quote on line 3: the whole file is refused and the line is named.
        const auto bad = importer.importCsv(f.owner, QByteArrayLiteral("name;price\nA;1\n\"B;2\nC;3\n"));
        QVERIFY(!bad.applied);
        QVERIFY2(bad.error.contains(QStringLiteral("Line 3")), qPrintable(bad.error));
        QCOMPARE(catalog.productCount(), 1);
    }

    void cancelRollsBack()
    {
        ModelFixture f;
        f.addPeople();
        QByteArray csv = "name;price;barcodes\n";
        for (int i = 0; i < 3000; ++i)
            csv += "Item " + QByteArray::number(i) + ";1.00;X" + QByteArray::number(i) + "\n";
        CatalogImporter importer(*f.db);
        const auto report = importer.importCsv(f.owner, csv, [](qint64, qint64) { return false; });
        QVERIFY(report.cancelled);
        QVERIFY(!report.applied);
        QCOMPARE(app::CatalogService(*f.db).productCount(), 0);
    }

    void exportAndReimportRoundTrip()
    {
        ModelFixture f;
        f.addPeople();
        const QByteArray csv =
            QStringLiteral(u"article;name;price;unit;vat;barcodes;category;weighted\n"
                           u"X-1;\"Сыр; \"\"a\"\"\";899.00;11;2;2000000000107;Молочные/Сыры;1\n"
                           u"X-2;Хлеб;59.90;0;2;4607001000013|4607001000020;Хлеб;0\n")
                .toUtf8();
        CatalogImporter importer(*f.db);
        const auto first = importer.importCsv(f.owner, csv);
        QVERIFY2(first.applied, qPrintable(first.issues.isEmpty() ? first.error : first.issues[0].reason));

        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(importer.exportCsv(out));
        QBuffer json;
        json.open(QIODevice::WriteOnly);
        QVERIFY(importer.exportJson(json));

        for (int format = 0; format < 2; ++format) {
            ModelFixture g;
            g.addPeople();
            CatalogImporter other(*g.db);
            const auto r =
                format == 0 ? other.importCsv(g.owner, out.data()) : other.importJson(g.owner, json.data());
            QVERIFY2(r.applied, qPrintable(r.issues.isEmpty() ? r.error : r.issues[0].reason));
            QCOMPARE(r.added, 2);
            app::CatalogService catalog(*g.db);
            const auto cheese = catalog.findByBarcode(QStringLiteral("2000000000107"));
            QVERIFY(cheese);
            QCOMPARE(cheese->name, QStringLiteral(u"Сыр; \"a\""));
            QVERIFY(cheese->weighted);
            QCOMPARE(cheese->unitCode, 11);
            QCOMPARE(
                catalog.product(catalog.findByBarcode(QStringLiteral("4607001000013"))->id)->barcodes.size(),
                2);
            QCOMPARE(catalog.categories().size(), 3);
        }
    }

    void importRunsOnAWorkerThread()
    {
        ModelFixture f;
        f.addPeople();
        QByteArray csv = "name;price;barcodes\n";
        for (int i = 0; i < 2500; ++i)
            csv += "Item " + QByteArray::number(i) + ";1.00;X" + QByteArray::number(i) + "\n";
        app::CatalogImportJob job(f.path, f.owner, csv, app::CatalogImportJob::Format::Csv);
        QSignalSpy progress(&job, &app::CatalogImportJob::progress);
        QSignalSpy finished(&job, &app::CatalogImportJob::finished);
        QThreadPool::globalInstance()->start(&job);
        QVERIFY(finished.wait(30000));
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        const auto report = finished.first().first().value<app::ImportReport>();
        QVERIFY(report.applied);
        QCOMPARE(report.added, 2500);
        QVERIFY(progress.size() >= 2);
        // The GUI connection sees the worker's commit.
        QCOMPARE(app::CatalogService(*f.db).productCount(), 2500);
    }

    void jsonBadRows()
    {
        ModelFixture f;
        f.addPeople();
        CatalogImporter importer(*f.db);
        const auto report = importer.importJson(
            f.owner,
            QByteArrayLiteral(
                R"([{"name":"Ok","price":"1.00"},{"name":"","price":"1"},{"name":"X","price":"-1"}])"));
        QVERIFY(!report.applied);
        QCOMPARE(report.issues.size(), 2);
        QCOMPARE(report.issues[0].row, 2);
        QCOMPARE(report.issues[1].row, 3);
        QVERIFY(!importer.importJson(f.owner, QByteArrayLiteral("{}")).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstImport)
#include "tst_import.moc"
