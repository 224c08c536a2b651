// The one writers of products/barcodes and employees (issue 19): the rules every caller gets from
// ProductStore and EmployeeStore, checked on a real SQLite file without the services around them.

#include <QSqlQuery>
#include <QTest>

#include "app/catalog/catalogsearch.h"
#include "app/catalog/productstore.h"
#include "app/core/uuid.h"
#include "app/staff/employeestore.h"
#include "modeltest.h"

using app::Error;
using app::Product;
using app::ProductStore;

namespace {

QVariant value(app::Database &db, const QString &sql, const QVariant &bind)
{
    QSqlQuery q = db.prepare(sql);
    q.addBindValue(bind);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

Product product(const QString &name, const QString &article, const QStringList &barcodes)
{
    Product p;
    p.uuid = app::newUuid();
    p.name = name;
    p.article = article;
    p.price = 12'50;
    p.barcodes = barcodes;
    return p;
}

const QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-04T12:00:00Z"), Qt::ISODate);

template<class T>
bool refusedWith(const app::Result<T> &r, Error::Code code)
{
    return !r && r.error().code == code;
}

} // namespace

class TstStores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRowGetsTrimmedTextsAndItsSearchKeys()
    {
        ModelFixture f;
        ProductStore store(*f.db);
        const auto id = store.insert(product(QStringLiteral("  Ёлочный  Шар "), QStringLiteral(" AB-1 "),
                                             {QStringLiteral("4600000000008")}),
                                     now);
        QVERIFY_RESULT(id);
        const QString where = QStringLiteral(" FROM products WHERE id = ?");
        QCOMPARE(value(*f.db, QStringLiteral("SELECT name") + where, qint64(*id)).toString(),
                 QStringLiteral("Ёлочный  Шар"));
        QCOMPARE(value(*f.db, QStringLiteral("SELECT name_norm") + where, qint64(*id)).toString(),
                 QStringLiteral("елочный шар"));
        QCOMPARE(value(*f.db, QStringLiteral("SELECT article") + where, qint64(*id)).toString(),
                 QStringLiteral("AB-1"));
        QCOMPARE(value(*f.db, QStringLiteral("SELECT article_norm") + where, qint64(*id)).toString(),
                 QStringLiteral("ab-1"));
        QCOMPARE(store.idByArticle(QStringLiteral("ab-1")), *id);
        // The word search sees it by name and by barcode (migration 012's triggers follow the keys).
        QCOMPARE(app::searchProductWords(*f.db, QStringLiteral("шар"), 10).size(), 1);
        QCOMPARE(app::searchProductWords(*f.db, QStringLiteral("4600000000008"), 10).size(), 1);
    }

    void anInvalidProductIsRefusedByEveryWrite()
    {
        ModelFixture f;
        ProductStore store(*f.db);
        Product bad = product(QString(), {}, {});
        QVERIFY(refusedWith(store.insert(bad, now), Error::Code::Validation));
        QVERIFY(refusedWith(store.update(bad, now), Error::Code::Validation));
        QVERIFY(
            refusedWith(store.upsertByUuid(bad, now, ProductStore::Barcodes::Keep), Error::Code::Validation));
        QVERIFY(refusedWith(store.setPriceByUuid(bad.uuid, -1, now), Error::Code::Validation));
        QCOMPARE(value(*f.db, QStringLiteral("SELECT COUNT(*) FROM products WHERE 1 = ?"), 1).toInt(), 0);
    }

    void aBarcodeOfAnotherProductIsRefusedOrTakenFromTheCabinet()
    {
        ModelFixture f;
        ProductStore store(*f.db);
        const QString code = QStringLiteral("4600000000008");
        const auto first = store.insert(product(QStringLiteral("Первый"), {}, {code}), now);
        QVERIFY_RESULT(first);
        QVERIFY(refusedWith(store.insert(product(QStringLiteral("Второй"), {}, {code}), now),
                            Error::Code::Conflict));
        // From the cabinet: the code moves; an edit without codes keeps them.
        Product cloud = product(QStringLiteral("Третий"), {}, {code});
        QVERIFY_RESULT(store.upsertByUuid(cloud, now, ProductStore::Barcodes::Take));
        const QString owner = QStringLiteral("SELECT p.name FROM barcodes b JOIN products p ON p.id = "
                                             "b.product_id WHERE b.code = ?");
        QCOMPARE(value(*f.db, owner, code).toString(), QStringLiteral("Третий"));
        cloud.name = QStringLiteral("Третий, новое имя");
        cloud.barcodes.clear();
        QVERIFY_RESULT(store.upsertByUuid(cloud, now, ProductStore::Barcodes::Keep));
        QCOMPARE(value(*f.db, owner, code).toString(), QStringLiteral("Третий, новое имя"));
    }

    void priceAndDeactivationByTheirKeys()
    {
        ModelFixture f;
        ProductStore store(*f.db);
        const Product p = product(QStringLiteral("Хлеб"), {}, {});
        const auto id = store.insert(p, now);
        QVERIFY_RESULT(id);
        QVERIFY_RESULT(store.setPriceByUuid(p.uuid, 99'00, now));
        QCOMPARE(
            value(*f.db, QStringLiteral("SELECT price FROM products WHERE id = ?"), qint64(*id)).toLongLong(),
            99'00);
        QVERIFY(refusedWith(store.deactivate(*id + 100, now), Error::Code::NotFound));
        QVERIFY_RESULT(store.deactivateByUuid(p.uuid, now));
        QCOMPARE(
            value(*f.db, QStringLiteral("SELECT active FROM products WHERE id = ?"), qint64(*id)).toInt(), 0);
        QCOMPARE(app::searchProductWords(*f.db, QStringLiteral("хлеб"), 10).size(), 0);
    }

    void aNewPinHashFromTheCabinetClearsTheLockout()
    {
        ModelFixture f;
        app::EmployeeStore store(*f.db);
        app::Employee e;
        e.uuid = app::newUuid();
        e.fullName = QStringLiteral("Кассир");
        QVERIFY_RESULT(store.upsertByUuid(e, QStringLiteral("hash-1"), now));
        const qint64 id =
            value(*f.db, QStringLiteral("SELECT id FROM employees WHERE uuid = ?"), e.uuid).toLongLong();
        QVERIFY_RESULT(store.setLoginState(id, 0, now.addSecs(300)));
        const QString locked = QStringLiteral("SELECT locked_until IS NOT NULL FROM employees WHERE id = ?");
        QVERIFY_RESULT(store.upsertByUuid(e, QStringLiteral("hash-1"), now)); // same PIN: still locked
        QCOMPARE(value(*f.db, locked, id).toInt(), 1);
        QVERIFY_RESULT(store.upsertByUuid(e, QStringLiteral("hash-2"), now)); // a new PIN: unlocked
        QCOMPARE(value(*f.db, locked, id).toInt(), 0);
        QVERIFY_RESULT(store.deactivateByUuid(e.uuid));
        QCOMPARE(value(*f.db, QStringLiteral("SELECT active FROM employees WHERE id = ?"), id).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TstStores)
#include "tst_stores.moc"
