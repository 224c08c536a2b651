// The ban rules of the permissive mode (reference §4.1) as a pure function: one row per reason,
// the local module's reduced answer, the tag 1265 forms.

#include <QTest>

#include "app/marking/permitrules.h"

using namespace app;

namespace {

ChzAnswer clean()
{
    ChzAnswer a;
    a.reqId = QStringLiteral("3f1c2a9e-1111-4222-8333-444455556666");
    a.reqTimestamp = QStringLiteral("1764835200123");
    ChzCodeFacts f;
    f.groupIds = {8};
    f.valid = f.found = f.verified = f.utilised = f.realizable = true;
    f.sold = f.isBlocked = false;
    f.expireDate = QDateTime::currentDateTimeUtc().addDays(10);
    a.codes = {f};
    return a;
}

} // namespace

class TestPermitRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusals_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<qint64>("price");
        QTest::addColumn<QString>("text");
        QTest::newRow("not found") << "found" << qint64(8990) << "not found";
        QTest::newRow("errorCode 10") << "error10" << qint64(8990) << "not found";
        QTest::newRow("invalid") << "valid" << qint64(8990) << "damaged or fake";
        QTest::newRow("not verified") << "verified" << qint64(8990) << "damaged or fake";
        QTest::newRow("not utilised") << "utilised" << qint64(8990) << "not in circulation";
        QTest::newRow("not realizable") << "realizable" << qint64(8990) << "not in circulation";
        QTest::newRow("sold") << "sold" << qint64(8990) << "already sold";
        QTest::newRow("blocked") << "blocked" << qint64(8990) << "blocked (RPN, FTS)";
        QTest::newRow("expired") << "expired" << qint64(8990) << "expired on";
        QTest::newRow("variable expiry") << "variable" << qint64(8990) << "expired on";
        QTest::newRow("above МРЦ") << "mrp" << qint64(16000) << "above the maximum (150,00";
        QTest::newRow("below ЕМЦ") << "smp" << qint64(8990) << "below the minimum (200,00";
        QTest::newRow("nicotine below min") << "nicotine" << qint64(8990) << "below the minimum (500,00";
        QTest::newRow("other errorCode") << "error4" << qint64(8990) << "refused the marking code: boom";
    }

    void refusals()
    {
        QFETCH(QString, reason);
        QFETCH(qint64, price);
        QFETCH(QString, text);
        ChzAnswer a = clean();
        ChzCodeFacts &f = a.codes.first();
        const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-1);
        if (reason == QLatin1String("found"))
            f.found = false;
        else if (reason == QLatin1String("error10"))
            f.errorCode = 10;
        else if (reason == QLatin1String("valid"))
            f.valid = false;
        else if (reason == QLatin1String("verified"))
            f.verified = false;
        else if (reason == QLatin1String("utilised"))
            f.utilised = false;
        else if (reason == QLatin1String("realizable"))
            f.realizable = false;
        else if (reason == QLatin1String("sold"))
            f.sold = true;
        else if (reason == QLatin1String("blocked")) {
            f.isBlocked = true;
            f.ogvs = {QStringLiteral("RPN"), QStringLiteral("FTS")};
        } else if (reason == QLatin1String("expired"))
            f.expireDate = past;
        else if (reason == QLatin1String("variable"))
            f.latestVariableExpiry = past;
        else if (reason == QLatin1String("mrp")) {
            f.groupIds = {3};
            f.mrp = 15000;
        } else if (reason == QLatin1String("smp"))
            f.smp = 20000;
        else if (reason == QLatin1String("nicotine")) {
            f.groupIds = {NicotineGroup};
            f.mrp = 50000;
        } else if (reason == QLatin1String("error4")) {
            f.errorCode = 4;
            f.message = QStringLiteral("boom");
        }
        const PermitVerdict v = judgeSale(a, price, QDateTime::currentDateTimeUtc());
        QCOMPARE(v.kind, PermitVerdict::Kind::Refuse);
        QVERIFY2(v.text.contains(text), qPrintable(v.text));
        QVERIFY(v.tag1265.isEmpty());
    }

    void cleanCodeCarriesTheCheckIntoTag1265()
    {
        const PermitVerdict v = judgeSale(clean(), 8990, QDateTime::currentDateTimeUtc());
        QCOMPARE(v.kind, PermitVerdict::Kind::Allow);
        QCOMPARE(v.tag1265, QStringLiteral("UUID=3f1c2a9e-1111-4222-8333-444455556666&Time=1764835200123"));
        // A price within the limits passes: under МРЦ, over ЕМЦ.
        ChzAnswer a = clean();
        a.codes.first().groupIds = {3};
        a.codes.first().mrp = 15000;
        a.codes.first().smp = 8000;
        QCOMPARE(judgeSale(a, 15000, QDateTime::currentDateTimeUtc()).kind, PermitVerdict::Kind::Allow);
    }

    void localModuleAnswerIsJudgedOnItsOwnFields()
    {
        // The local module leaves found/valid/verified/utilised/realizable false by design.
        ChzAnswer a = clean();
        a.checkedOffline = true;
        a.inst = QStringLiteral("inst-1");
        a.version = QStringLiteral("ver-2");
        ChzCodeFacts &f = a.codes.first();
        f.found = f.valid = f.verified = f.utilised = f.realizable = false;
        f.expireDate.reset();
        PermitVerdict v = judgeSale(a, 8990, QDateTime::currentDateTimeUtc());
        QCOMPARE(v.kind, PermitVerdict::Kind::Allow);
        QCOMPARE(v.tag1265, QStringLiteral("UUID=3f1c2a9e-1111-4222-8333-444455556666&Time=1764835200123"
                                           "&Inst=inst-1&Ver=ver-2"));
        f.sold = true;
        QCOMPARE(judgeSale(a, 8990, QDateTime::currentDateTimeUtc()).kind, PermitVerdict::Kind::Refuse);
    }

    void returnRule()
    {
        // §4.1 "For a return": refused only for a code never sold, and only when we did not sell it.
        ChzAnswer a = clean(); // realizable, not sold
        PermitVerdict v = judgeReturn(a, false);
        QCOMPARE(v.kind, PermitVerdict::Kind::Refuse);
        QCOMPARE(v.text, neverSoldText());
        v = judgeReturn(a, true); // sold here; Честный знак has not heard of it yet
        QCOMPARE(v.kind, PermitVerdict::Kind::Allow);
        QCOMPARE(v.tag1265, QStringLiteral("UUID=3f1c2a9e-1111-4222-8333-444455556666&Time=1764835200123"));
        a.codes.first().sold = true;
        a.codes.first().realizable = false;
        QCOMPARE(judgeReturn(a, false).kind, PermitVerdict::Kind::Allow);
        ChzAnswer lm = clean(); // the local module never says realizable: never a refusal
        lm.checkedOffline = true;
        lm.codes.first().realizable = false;
        QCOMPARE(judgeReturn(lm, false).kind, PermitVerdict::Kind::Allow);
    }

    void packParts()
    {
        PermitVerdict v = judgeSale(clean(), 8990, QDateTime::currentDateTimeUtc());
        judgePart(v, 20, 5, 3, 2); // Честный знак's 5 sold stands over our 2
        QCOMPARE(v.kind, PermitVerdict::Kind::Allow);
        QCOMPARE(v.packUnits, 20);
        QCOMPARE(v.packSoldBefore, 5);
        v = judgeSale(clean(), 8990, QDateTime::currentDateTimeUtc());
        judgePart(v, 4, 1, 2, 3); // ours (3) stands: 1 left, 2 asked
        QCOMPARE(v.kind, PermitVerdict::Kind::Refuse);
        QVERIFY2(v.text.contains(QStringLiteral("Only 1 of the 4")), qPrintable(v.text));
        v = judgeSale(clean(), 8990, QDateTime::currentDateTimeUtc());
        judgePart(v, 4, 4, 1, 0);
        QVERIFY2(v.text.contains(QStringLiteral("All 4 pieces")), qPrintable(v.text));
        v = judgeSale(clean(), 8990, QDateTime::currentDateTimeUtc());
        judgePart(v, std::nullopt, std::nullopt, 1, 0); // not a pack, or no answer and no count
        QCOMPARE(v.kind, PermitVerdict::Kind::Refuse);
        QVERIFY2(v.text.contains(QStringLiteral("how many pieces")), qPrintable(v.text));
        // The whole of a started pack: refused by either count.
        for (const auto &[chz, here] : {std::pair{std::optional<int>(1), 0}, {std::optional<int>(), 2}}) {
            v = judgeSale(clean(), 8990, QDateTime::currentDateTimeUtc());
            judgeWhole(v, chz, here);
            QVERIFY2(v.text.contains(QStringLiteral("by the piece")), qPrintable(v.text));
        }
        v = judgeSale(clean(), 8990, QDateTime::currentDateTimeUtc());
        judgeWhole(v, 0, 0);
        QCOMPARE(v.kind, PermitVerdict::Kind::Allow);
    }
};

QTEST_GUILESS_MAIN(TestPermitRules)
#include "tst_permitrules.moc"
