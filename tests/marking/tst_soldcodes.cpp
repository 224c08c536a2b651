// The till's sold-code register (issue 18) on a real SQLite file: a completed sale puts its codes
// in, in the same transaction; a second sale of the same code cannot complete; a return takes the
// code back out and it may be sold again.

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "app/demo/seeddata.h"
#include "app/marking/permitchecker.h"
#include "app/marking/soldcoderegister.h"
#include "app/sales/salesservice.h"
#include "app/sales/shiftservice.h"
#include "app/storage/database.h"

using namespace app;

class TestSoldCodes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_cashier;
    Actor m_owner; // voids and returns
    std::int64_t m_kefir = 0;
    QString m_gtin;

    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    QString code(const QString &serial) const
    {
        return QStringLiteral("010") + m_gtin + QStringLiteral("21") + serial + QChar(0x1D) +
               QStringLiteral("93Ab1+");
    }

    Result<Sale> sell(const QString &markingCode)
    {
        SalesService sales(*m_db);
        auto s = sales.create(m_cashier);
        if (!s)
            return s;
        LineInput line;
        line.productId = m_kefir;
        line.markingCode = markingCode;
        if (auto added = sales.addLine(m_cashier, s->id, line); !added)
            return app::Unexpected<Error>{added.error()};
        return sales.complete(m_cashier, s->id, {{PaymentType::Cash, sales.sale(s->id)->total, 0, {}}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("till.sqlite"))).ok());
        auto seed = seedDemoData(*m_db, PinHasher::FastForTests);
        QVERIFY(seed);
        m_cashier = {seed->cashierId, Role::Cashier};
        m_owner = {seed->ownerId, Role::Owner};
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT p.id, b.code FROM products p JOIN barcodes b ON b.product_id = p.id "
                    "WHERE p.name LIKE 'Кефир%'")) &&
                q.next());
        m_kefir = q.value(0).toLongLong();
        m_gtin = q.value(1).toString();
        QVERIFY(ShiftService(*m_db).open(m_cashier));
    }

    void identityIgnoresTheCryptoTail()
    {
        QCOMPARE(SoldCodeRegister::identityOf(code(QStringLiteral("5abc01"))),
                 QStringLiteral("010") + m_gtin + QStringLiteral("215abc01"));
    }

    void saleAddsItsCodeAndASecondSaleCannotComplete()
    {
        const QString km = code(QStringLiteral("5abc02"));
        SoldCodeRegister reg(*m_db);
        QVERIFY(!reg.findSold(km));
        auto first = sell(km);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        const auto sold = reg.findSold(km);
        QVERIFY(sold);
        QCOMPARE(sold->saleId, first->id);
        QCOMPARE(sold->receiptNumber, first->number);
        QVERIFY(SoldCodeRegister::refusalText(*sold).contains(QString::number(first->number)));

        // Through the model directly (no scan step): the completion itself refuses, and nothing of
        // it is written: no payment, no fiscal job, the sale stays open.
        const qint64 jobs = count(QStringLiteral("SELECT COUNT(*) FROM fiscal_jobs"));
        auto second = sell(km);
        QVERIFY(!second);
        QCOMPARE(second.error().code, Error::Code::Conflict);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM fiscal_jobs")), jobs);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM sales WHERE status IN (0, 1)")), 1);
        QCOMPARE(reg.findSold(km)->saleId, first->id);
        // The scan path sees the open sale holding the code, and the register's refusal.
        PermitChecker checker(*m_db);
        const auto refusal = checker.localRefusal(km, 0);
        QVERIFY(refusal);
        QCOMPARE(refusal->source, PermitVerdict::Source::LocalRegister);
        QCOMPARE(refusal->text, SoldCodeRegister::refusalText(*sold));
        SalesService sales(*m_db);
        for (const Sale &open : sales.openSales())
            QVERIFY(sales.cancel(m_owner, open.id));
    }

    void returnTakesTheCodeBackOut()
    {
        const QString km = code(QStringLiteral("5abc03"));
        auto sold = sell(km);
        QVERIFY(sold);
        SalesService sales(*m_db);
        auto ret = sales.createReturn(m_owner, sold->id, {{sold->lines.first().id, MilliPerUnit}});
        QVERIFY2(ret, ret ? "" : qPrintable(ret.error().message));
        SoldCodeRegister reg(*m_db);
        QVERIFY(!reg.findSold(km));
        QCOMPARE(count(QStringLiteral("SELECT return_id FROM marking_sold_codes WHERE state = 0")), ret->id);
        // Sold again after the return.
        auto again = sell(km);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(reg.findSold(km)->saleId, again->id);
    }

    void aCancelledSaleLeavesNoTrace()
    {
        const QString km = code(QStringLiteral("5abc04"));
        SalesService sales(*m_db);
        auto s = sales.create(m_cashier);
        QVERIFY(s);
        LineInput line;
        line.productId = m_kefir;
        line.markingCode = km;
        QVERIFY(sales.addLine(m_cashier, s->id, line));
        // While the sale is open its own scan and another sale's are told apart.
        PermitChecker checker(*m_db);
        QCOMPARE(checker.localRefusal(km, s->id)->text,
                 QStringLiteral("This marking code is already in the receipt."));
        QCOMPARE(checker.localRefusal(km, 0)->text,
                 QStringLiteral("This marking code is already in another open or parked sale."));
        QVERIFY(sales.cancel(m_owner, s->id));
        QVERIFY(!SoldCodeRegister(*m_db).findSold(km));
        QVERIFY(!checker.localRefusal(km, 0));
    }
};

QTEST_GUILESS_MAIN(TestSoldCodes)
#include "tst_soldcodes.moc"
