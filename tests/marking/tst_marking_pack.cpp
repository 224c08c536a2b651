// A marked pack sold piece by piece (issue 18, reference §4.2: cigarettes by the piece, tags
// 1291/1293/1294): a till (real SQLite file, the Shtrih-M emulator over loopback TCP, the fiscal
// service) sells pieces of one pack through SaleDesk while the fake ТС ПИоТ (or, for the ЛМ, the
// fake Честный знак) runs as its own process. Pieces sell while they last, by Честный знак's
// innerUnitCount/soldUnitCount and the till's own count (the larger count of sold pieces stands, so
// our own sales are never counted twice once Честный знак catches up); then a clear refusal. Each
// receipt line is that fraction of the pack, with 1291 {1293 N, 1294 D} sent with FF61h (planned
// status 2) and with the operation, read back from the FN archive with FF3Ah/FF3Bh. The pack turns
// "sold" in the register with its last piece, and only then is the ЛМ told /cis/sell.

#include "app/marking/soldcoderegister.h"
#include "tests/marking/markingtill.h"

Q_DECLARE_METATYPE(app::Sale)

namespace {

bool scanPart(MarkingTill &till, const QString &km, int units)
{
    till.desk->scanPart(km, units);
    QElapsedTimer t;
    t.start();
    while (till.desk->waitsForMarking() && t.elapsed() < 30000)
        QTest::qWait(10);
    return !till.desk->waitsForMarking();
}

QJsonObject counts(int inner, int sold)
{
    return {{QStringLiteral("innerUnitCount"), inner}, {QStringLiteral("soldUnitCount"), sold}};
}

quint64 number(const std::vector<fiscal::Tlv> &items, fiscal::Tag tag)
{
    const fiscal::Tlv *t = fiscal::findTlv(items, tag);
    return t ? fiscal::tlvAsUnsigned(*t).value_or(0) : 0;
}

int lmSells(MarkingTill &till)
{
    QSqlQuery q(till.session->database().connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM lm_outbox WHERE op = 'sell'")) && q.next()
               ? q.value(0).toInt()
               : -1;
}

} // namespace

class TestMarkingPack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<app::Sale>(); }

    void piecesSellUntilThePackIsGone()
    {
        MarkingTill till;
        QVERIFY(till.open());
        const QString serial = QStringLiteral("5pak01");
        const QString km = till.code(serial);
        QVERIFY(till.piot.code(till.identity(serial), QStringLiteral("pack"), counts(4, 0)));

        // 1 of 4: the line is a quarter of the pack.
        QVERIFY(scanPart(till, km, 1));
        QCOMPARE(till.desk->cart()->rowCount(), 1);
        const SaleLine first = till.desk->sale().lines.first();
        QCOMPARE(first.quantity, Milli(250));
        QCOMPARE(first.markingCheck.units, 1);
        QCOMPARE(first.markingCheck.packUnits, 4);
        const std::uint32_t fd1 = till.pay();
        QVERIFY(fd1 > 0);
        QVERIFY(!SoldCodeRegister(till.session->database()).findSold(km)); // still in circulation

        // The rest of a started pack does not go as a whole pack.
        QVERIFY(till.scan(km));
        QCOMPARE(till.desk->cart()->rowCount(), 0);
        QVERIFY2(till.desk->lastProblem().contains(QStringLiteral("sell the rest by the piece")),
                 qPrintable(till.desk->lastProblem()));

        // 2 more: 3 of 4 gone.
        QVERIFY(scanPart(till, km, 2));
        QCOMPARE(till.desk->cart()->rowCount(), 1);
        const std::uint32_t fd2 = till.pay();
        QVERIFY(fd2 > 0);
        const auto pack = SoldCodeRegister(till.session->database()).packCount(km);
        QVERIFY(pack);
        QCOMPARE(pack->sold, 3);
        QCOMPARE(pack->total, 4);

        // Честный знак catches up with our three: still one piece left, not none.
        QVERIFY(till.piot.code(till.identity(serial), QStringLiteral("pack"), counts(4, 3)));
        const int fnBefore = till.fnChecks;
        QVERIFY(scanPart(till, km, 2));
        QCOMPARE(till.desk->cart()->rowCount(), 0);
        QVERIFY2(till.desk->lastProblem().contains(QStringLiteral("Only 1 of the 4 pieces")),
                 qPrintable(till.desk->lastProblem()));
        QCOMPARE(till.fnChecks, fnBefore); // a refused part never reaches the registrar

        // The last piece: the pack is sold.
        QVERIFY(scanPart(till, km, 1));
        QCOMPARE(till.desk->cart()->rowCount(), 1);
        const std::uint32_t fd3 = till.pay();
        QVERIFY(fd3 > 0);
        QVERIFY(SoldCodeRegister(till.session->database()).findSold(km));
        till.desk->scanPart(km, 1); // the register refuses at once
        QVERIFY(!till.desk->waitsForMarking());
        QVERIFY2(till.desk->lastProblem().contains(QStringLiteral("already sold in receipt No.")),
                 qPrintable(till.desk->lastProblem()));

        // FF61h of every piece: planned status 2 with 1291 (tag 050Bh, little-endian 0B05).
        const QString log = QString::fromStdString(till.registrar.control("marking-log"));
        QVERIFY2(log.contains(QStringLiteral("2:0B05")), qPrintable(log));
        QVERIFY2(!log.contains(QStringLiteral(" 1:")), qPrintable(log));

        // The FN holds each part with its 1291 and the status the FN assigned (2).
        const QList<std::pair<std::uint32_t, int>> parts = {{fd1, 1}, {fd2, 2}, {fd3, 1}};
        for (const auto &[fd, units] : parts) {
            const auto lines = till.fnLines(fd);
            QVERIFY(lines);
            QCOMPARE(lines->size(), 1);
            QCOMPARE(lines->first().code, km);
            QCOMPARE(lines->first().status2110, 2);
            QVERIFY(lines->first().tag1291);
            QCOMPARE(number(*lines->first().tag1291, 1293), quint64(units));
            QCOMPARE(number(*lines->first().tag1291, 1294), quint64(4));
            QVERIFY(lines->first().tag1260);
        }
    }

    void wholePackCodeIsNotSoldByThePiece()
    {
        // A code Честный знак does not describe as a pack cannot be split.
        MarkingTill till;
        QVERIFY(till.open());
        QVERIFY(scanPart(till, till.code(QStringLiteral("5pak02")), 1));
        QCOMPARE(till.desk->cart()->rowCount(), 0);
        QVERIFY2(till.desk->lastProblem().contains(QStringLiteral("how many pieces this pack holds")),
                 qPrintable(till.desk->lastProblem()));
        QCOMPARE(till.fnChecks, 0);
    }

    void lmHearsOfThePackWithItsLastPiece()
    {
        MarkingTill till;
        till.legacy = true;
        QVERIFY(till.open());
        const QString serial = QStringLiteral("5pak03");
        const QString km = till.code(serial);
        QVERIFY(
            till.chz.post(QStringLiteral("/_ctl/code"), {{QStringLiteral("identity"), till.identity(serial)},
                                                         {QStringLiteral("fixture"), QStringLiteral("pack")},
                                                         {QStringLiteral("fields"), counts(2, 0)}}));
        QVERIFY(scanPart(till, km, 1));
        QCOMPARE(till.desk->cart()->rowCount(), 1);
        QVERIFY(till.pay() > 0);
        QCOMPARE(lmSells(till), 0);
        QVERIFY(scanPart(till, km, 1));
        QCOMPARE(till.desk->cart()->rowCount(), 1);
        QVERIFY(till.pay() > 0);
        QCOMPARE(lmSells(till), 1);
    }
};

QTEST_GUILESS_MAIN(TestMarkingPack)
#include "tst_marking_pack.moc"
