// Catalog word search (issue 16): any word of the name, the article or a barcode, whatever the case,
// ё or е, quotes and punctuation; the index follows every writer (service, CSV import, plain SQL
// of an old database upgraded by migration 012, rebuilt with longer prefixes by 016); a cap on the
// rows ranked never hides the best match.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "app/catalog/catalogimporter.h"
#include "app/catalog/catalogsearch.h"
#include "app/catalog/catalogservice.h"
#include "app/core/validation.h"
#include "app/staff/staffservice.h"
#include "app/storage/database.h"
#include "app/storage/schemamanager.h"

namespace {

#define QVERIFY_RESULT(expr)                                                                                 \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(bool(r_), qPrintable(bool(r_) ? QString() : r_.error().message));                           \
    } while (false)

QStringList names(const QList<app::ProductHit> &hits)
{
    QStringList out;
    for (const app::ProductHit &h : hits)
        out << h.name;
    return out;
}

} // namespace

class TstCatalogWords : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<app::Database> m_db;
    app::Actor m_owner;

    app::Product add(const QString &name, const QString &article, const QString &barcode)
    {
        app::CatalogService catalog(*m_db);
        app::Product p;
        p.name = name;
        p.price = 100;
        p.article = article;
        if (!barcode.isEmpty())
            p.barcodes << barcode;
        auto r = catalog.addProduct(m_owner, p);
        if (!r)
            qWarning() << r.error().message;
        return r ? *r : app::Product{};
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<app::Database>();
        QVERIFY(
            m_db->open(m_dir.filePath(
                           QStringLiteral("till-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))))
                .ok());
        app::StaffService staff(*m_db, app::systemClock(), app::PinHasher::FastForTests);
        auto o = staff.createFirstOwner({QStringLiteral("Owner"), {}, {}, {}, app::Role::Owner},
                                        QStringLiteral("111111"));
        QVERIFY(o);
        m_owner = {o->id, app::Role::Owner};
    }

    void cleanup() { m_db.reset(); }

    void matchExpressionQuotesWordsAsPrefixes()
    {
        QCOMPARE(app::ftsMatchExpression(QStringLiteral(u"Хлеб «Бород")),
                 QStringLiteral(u"\"хлеб\"* \"бород\"*"));
        QCOMPARE(app::ftsMatchExpression(QStringLiteral(u"  ЁЖИК, \"AND\" OR-1 ")),
                 QStringLiteral(u"\"ежик\"* \"and\"* \"or\"* \"1\""));
        QCOMPARE(app::ftsMatchExpression(QStringLiteral(u"«»\"*-:")), QString());
    }

    void anyWordOfTheName()
    {
        add(QStringLiteral(u"Хлеб «Бородинский» 400 г"), QStringLiteral("B-400"),
            QStringLiteral("4600000000015"));
        add(QStringLiteral(u"Батон нарезной"), QString(), QString());
        app::CatalogService catalog(*m_db);
        // The word is the second one, inside guillemets: the old prefix search found nothing.
        QCOMPARE(names(catalog.prefixSearch(QStringLiteral(u"бородин"))), QStringList());
        QCOMPARE(names(catalog.search(QStringLiteral(u"бородин"))),
                 QStringList{QStringLiteral(u"Хлеб «Бородинский» 400 г")});
        QCOMPARE(names(catalog.search(QStringLiteral(u"БОРОДИНСКИЙ"))).size(), 1);
        QCOMPARE(names(catalog.search(QStringLiteral(u"«Бородинский»"))).size(), 1);
        QCOMPARE(names(catalog.search(QStringLiteral(u"бород хлеб"))).size(), 1);  // any order
        QCOMPARE(names(catalog.search(QStringLiteral(u"бород батон"))).size(), 0); // every word counts
        QCOMPARE(names(catalog.search(QStringLiteral(u"нарез"))),
                 QStringList{QStringLiteral(u"Батон нарезной")});
    }

    void yoIsYeBothWays()
    {
        add(QStringLiteral(u"Конфеты «Ёжик в тумане»"), QString(), QString());
        add(QStringLiteral(u"Мороженое Ежик"), QString(), QString());
        app::CatalogService catalog(*m_db);
        for (const QString &typed :
             {QStringLiteral(u"ЁЖИК"), QStringLiteral(u"ежик"), QStringLiteral(u"Ёж"), QStringLiteral(u"еЖ")})
            QCOMPARE(catalog.search(typed).size(), 2);
    }

    void articleAndBarcode()
    {
        add(QStringLiteral(u"Сыр «Российский» весовой"), QStringLiteral("SR-0451"),
            QStringLiteral("2100000000012"));
        add(QStringLiteral(u"Сыр плавленый"), QStringLiteral("SP-77"), QStringLiteral("4607001000013"));
        app::CatalogService catalog(*m_db);
        QCOMPARE(names(catalog.search(QStringLiteral("sr-0451"))),
                 QStringList{QStringLiteral(u"Сыр «Российский» весовой")});
        QCOMPARE(names(catalog.search(QStringLiteral("0451"))),
                 QStringList{QStringLiteral(u"Сыр «Российский» весовой")});
        QCOMPARE(names(catalog.search(QStringLiteral("4607001"))),
                 QStringList{QStringLiteral(u"Сыр плавленый")});
        QCOMPARE(names(catalog.search(QStringLiteral("4607001000013"))),
                 QStringList{QStringLiteral(u"Сыр плавленый")});
        QCOMPARE(catalog.search(QStringLiteral(u"сыр")).size(), 2);
    }

    void bestMatchesFirst()
    {
        // Name starts with the query, then a word of the name, then only the article.
        add(QStringLiteral(u"Молочный коктейль"), QStringLiteral("X-1"), QString());
        add(QStringLiteral(u"Шоколад молочный"), QStringLiteral("X-2"), QString());
        add(QStringLiteral(u"Печенье"), QStringLiteral(u"МОЛ-3"), QString());
        add(QStringLiteral(u"Молоко 3,2%"), QStringLiteral("X-4"), QString());
        app::CatalogService catalog(*m_db);
        QCOMPARE(names(catalog.search(QStringLiteral(u"мол"))),
                 (QStringList{QStringLiteral(u"Молоко 3,2%"), QStringLiteral(u"Молочный коктейль"),
                              QStringLiteral(u"Шоколад молочный"), QStringLiteral(u"Печенье")}));
        QCOMPARE(catalog.search(QStringLiteral(u"мол"), 2).size(), 2);
    }

    void bestMatchSurvivesTheCap()
    {
        // More products holding the word inside their name than a word tier reads (300), all with
        // smaller ids than the best match: a search ranking only the first hits it reads would miss it.
        QString csv = QStringLiteral("article;name;price\n");
        for (int i = 0; i < 400; ++i)
            csv += QStringLiteral(u"A%1;Хлеб «Бородинский» нарезной %1 г;50.00\n"
                                  u"C%1;Напиток соковый %1;60.00\n")
                       .arg(i);
        app::CatalogImporter importer(*m_db);
        QVERIFY(importer.importCsv(m_owner, csv.toUtf8()).applied);
        add(QStringLiteral(u"«Бородинский» хлеб"), QString(), QString());
        add(QStringLiteral(u"Бородинский хлеб"), QString(), QString());
        add(QStringLiteral(u"Яблочный сок"), QString(), QString());
        app::CatalogService catalog(*m_db);
        // The name starts with the word typed.
        QCOMPARE(catalog.search(QStringLiteral(u"бородин")).value(0).name,
                 QStringLiteral(u"Бородинский хлеб"));
        // The word typed is a whole word of the name, not the start of a longer one.
        const QList<app::ProductHit> juice = catalog.search(QStringLiteral(u"сок"));
        QCOMPARE(juice.size(), 50);
        QCOMPARE(juice.value(0).name, QStringLiteral(u"Яблочный сок"));
        QCOMPARE(catalog.search(QStringLiteral(u"сок"), 300).size(), 300);
        QCOMPARE(catalog.search(QStringLiteral(u"хлеб бородинский нарезной 399")).size(), 1);
    }

    void wordsLongerThanTheIndexedPrefix()
    {
        // The index holds prefixes of up to 8 letters; a longer word is checked letter by letter.
        add(QStringLiteral(u"Паста шоколадная"), QString(), QStringLiteral("4607001000013"));
        add(QStringLiteral(u"Торт шоколадный"), QString(), QStringLiteral("4607001099994"));
        add(QStringLiteral(u"Йогурт классический"), QString(), QString());
        app::CatalogService catalog(*m_db);
        QCOMPARE(names(catalog.search(QStringLiteral(u"шоколадна"))),
                 QStringList{QStringLiteral(u"Паста шоколадная")});
        QCOMPARE(names(catalog.search(QStringLiteral(u"ШОКОЛАДНЫЙ"))),
                 QStringList{QStringLiteral(u"Торт шоколадный")});
        QCOMPARE(catalog.search(QStringLiteral(u"шоколадн")).size(), 2);
        QCOMPARE(names(catalog.search(QStringLiteral("460700109"))),
                 QStringList{QStringLiteral(u"Торт шоколадный")});
        QCOMPARE(names(catalog.search(QStringLiteral(u"йогурт классическ"))),
                 QStringList{QStringLiteral(u"Йогурт классический")});
        QCOMPARE(names(catalog.search(QStringLiteral(u"классическии"))), // й typed as и
                 QStringList{QStringLiteral(u"Йогурт классический")});
        QCOMPARE(catalog.search(QStringLiteral(u"классическое")).size(), 0);

        // Barcodes share their first 8 digits by the hundred: the products wanted lie past the
        // candidates read for "46070020"*, so the long word is asked for whole.
        QString csv = QStringLiteral("article;name;price;barcodes\n");
        for (int i = 0; i < 400; ++i) {
            const QString code = QStringLiteral("46070020%1").arg(i, 4, 10, QLatin1Char('0'));
            csv += QStringLiteral(u"W%1;Вода %1;30.00;%2%3\nT%1;Торт шоколадный %1;300.00;\n")
                       .arg(i)
                       .arg(code)
                       .arg(app::eanCheckDigit(code));
        }
        app::CatalogImporter importer(*m_db);
        const auto report = importer.importCsv(m_owner, csv.toUtf8());
        QVERIFY(report.applied);
        QCOMPARE(report.added, 800);
        // And words: 401 "шоколадн"* before the second "шоколадная".
        add(QStringLiteral(u"Глазурь шоколадная"), QString(), QString());
        QCOMPARE(names(catalog.search(QStringLiteral(u"шоколадная"))),
                 (QStringList{QStringLiteral(u"Глазурь шоколадная"), QStringLiteral(u"Паста шоколадная")}));
        QCOMPARE(catalog.search(QStringLiteral("4607002003"), 500).size(), 100);
        QCOMPARE(catalog.search(QStringLiteral("46070020039")).size(), 10);
        QCOMPARE(names(catalog.search(QStringLiteral("460700200399"))),
                 QStringList{QStringLiteral(u"Вода 399")});
    }

    void indexFollowsEveryChange()
    {
        app::CatalogService catalog(*m_db);
        app::Product p = add(QStringLiteral(u"Кефир «Простоквашино»"), QStringLiteral("K-1"),
                             QStringLiteral("4607001000013"));
        QCOMPARE(catalog.search(QStringLiteral(u"простокваш")).size(), 1);
        p.name = QStringLiteral(u"Кефир «Домик в деревне»");
        p.barcodes = {QStringLiteral("4600000000015")};
        QVERIFY_RESULT(catalog.updateProduct(m_owner, p));
        QCOMPARE(catalog.search(QStringLiteral(u"простокваш")).size(), 0);
        QCOMPARE(catalog.search(QStringLiteral(u"деревн")).size(), 1);
        QCOMPARE(catalog.search(QStringLiteral("4607001")).size(), 0);
        QCOMPARE(catalog.search(QStringLiteral("4600000")).size(), 1);
        QVERIFY_RESULT(catalog.removeProduct(m_owner, p.id));
        QCOMPARE(catalog.search(QStringLiteral(u"деревн")).size(), 0);

        // The CSV import writes its own SQL: the triggers index it too.
        app::CatalogImporter importer(*m_db);
        const auto report = importer.importCsv(
            m_owner,
            QStringLiteral(u"article;name;price;barcodes\nH-1;Хлеб «Бородинский» 400 г;69.90;4600000000022\n")
                .toUtf8());
        QVERIFY(report.applied);
        QCOMPARE(names(catalog.search(QStringLiteral(u"бородин"))),
                 QStringList{QStringLiteral(u"Хлеб «Бородинский» 400 г")});
        QCOMPARE(catalog.search(QStringLiteral("4600000000022")).size(), 1);
    }

    void upgradedDatabaseIsIndexed()
    {
        // A till's file from before migration 012, with products written by plain SQL.
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            app::SchemaManager schema(raw);
            QCOMPARE(schema.upgrade(10), app::SchemaManager::Outcome::Upgraded);
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO products(id, uuid, name, name_norm, price, unit_code, vat_code, updated_at) "
                "VALUES "
                "(1, 'u1', 'Хлеб «Бородинский»', 'хлеб «бородинский»', 6990, 0, 2, '2026-01-01'),"
                "(2, 'u2', 'Хлеб старый', 'хлеб старый', 1, 0, 2, '2026-01-01')")));
            QVERIFY(q.exec(QStringLiteral("UPDATE products SET active = 0 WHERE id = 2")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO barcodes(code, product_id) VALUES ('4600000000015', 1)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        app::Database db;
        QVERIFY(db.open(path).ok());
        app::CatalogService catalog(db);
        QCOMPARE(names(catalog.search(QStringLiteral(u"бородин"))),
                 QStringList{QStringLiteral(u"Хлеб «Бородинский»")});
        QCOMPARE(catalog.search(QStringLiteral("46000")).size(), 1);
        QCOMPARE(catalog.search(QStringLiteral(u"хлеб")).size(), 1); // the inactive one stays out
    }

    void databaseFromBeforeThePrefixIndexes()
    {
        // A till's file at version 15: the word search of migration 012 (prefixes of 2 and 3 letters).
        const QString path = m_dir.filePath(QStringLiteral("v15.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v15"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            app::SchemaManager schema(raw);
            QCOMPARE(schema.upgrade(15), app::SchemaManager::Outcome::Upgraded);
            QSqlQuery q(raw);
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO products(id, uuid, name, name_norm, article, article_norm, "
                               "price, unit_code, vat_code,"
                               " updated_at) VALUES "
                               "(1, 'u1', 'Хлеб «Бородинский»', 'хлеб «бородинский»', 'B-1', 'b-1', 6990, 0, "
                               "2, '2026-01-01'),"
                               "(2, 'u2', 'Хлеб старый', 'хлеб старый', '', '', 1, 0, 2, '2026-01-01')")));
            QVERIFY(q.exec(QStringLiteral("UPDATE products SET active = 0 WHERE id = 2")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO barcodes(code, product_id) VALUES ('4600000000015', 1)")));
            QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'product_search'")) &&
                    q.next());
            QVERIFY(q.value(0).toString().contains(QLatin1String("prefix = '2 3',")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v15"));
        app::Database db;
        QVERIFY(db.open(path).ok());
        {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'product_search'")) &&
                    q.next());
            QVERIFY(q.value(0).toString().contains(QLatin1String("prefix = '2 3 4 5 6 7 8'")));
        }
        app::CatalogService catalog(db);
        QCOMPARE(names(catalog.search(QStringLiteral(u"бородинск"))),
                 QStringList{QStringLiteral(u"Хлеб «Бородинский»")});
        QCOMPARE(catalog.search(QStringLiteral("46000000")).size(), 1);
        QCOMPARE(catalog.search(QStringLiteral("b-1")).size(), 1);
        QCOMPARE(catalog.search(QStringLiteral(u"хлеб")).size(), 1); // the inactive one stays out
        // The triggers of 012 keep the rebuilt table in step.
        QSqlQuery rename(db.connection());
        QVERIFY(
            rename.exec(QStringLiteral("UPDATE products SET name_norm = 'хлеб «дарницкий»' WHERE id = 1")));
        QCOMPARE(catalog.search(QStringLiteral(u"бородин")).size(), 0);
        QCOMPARE(catalog.search(QStringLiteral(u"дарницкий")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstCatalogWords)
#include "tst_catalog_words.moc"
