// Marked goods from the scan to the FN archive (issue 18): a till (real SQLite file, the Shtrih-M
// emulator over loopback TCP, the fiscal service on its thread) sells through SaleDesk while the
// fake ТС ПИоТ runs as its own process. One row per ban reason and per fault mode: a refused code
// never reaches the registrar (no FF61h for it, no line in the FN); an allowed one is in the FN
// archive, read back with FF3Ah/FF3Bh, with the tag 1260 that carries the check's UUID and time;
// a code sold without a check has no 1260 and wears the badge.

#include <QRegularExpression>

#include "tests/marking/markingtill.h"

namespace {

QJsonObject fault(const char *mode, int ms = 0, int status = 0, int count = -1)
{
    return {{QStringLiteral("mode"), QString::fromLatin1(mode)},
            {QStringLiteral("ms"), ms},
            {QStringLiteral("status"), status},
            {QStringLiteral("count"), count}};
}

} // namespace

Q_DECLARE_METATYPE(app::Sale)

class TestMarkingSale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<app::Sale>(); }

    void banReasonsNeverReachTheRegistrar_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QJsonObject>("fields");
        QTest::addColumn<QString>("text");
        QTest::newRow("not found") << "not_found" << QJsonObject{} << "not found in Chestny Znak";
        QTest::newRow("invalid") << "invalid" << QJsonObject{} << "damaged or fake";
        QTest::newRow("not verified") << "not_verified" << QJsonObject{} << "damaged or fake";
        QTest::newRow("not utilised") << "not_utilised" << QJsonObject{} << "not in circulation";
        QTest::newRow("not realizable") << "not_realizable" << QJsonObject{} << "not in circulation";
        QTest::newRow("sold") << "sold" << QJsonObject{} << "already sold";
        QTest::newRow("blocked") << "blocked" << QJsonObject{} << "blocked (RPN)";
        QTest::newRow("expired") << "expired" << QJsonObject{} << "expired on";
        QTest::newRow("variable expiry") << "variable_expired" << QJsonObject{} << "expired on";
        QTest::newRow("above МРЦ") << "tobacco_mrp" << QJsonObject{{QStringLiteral("mrp"), 5000}}
                                   << "above the maximum (50,00";
        QTest::newRow("below ЕМЦ") << "smp" << QJsonObject{} << "below the minimum (200,00";
        QTest::newRow("nicotine below minimum")
            << "nicotine_min" << QJsonObject{} << "below the minimum (500,00";
        QTest::newRow("errorCode") << "error_code" << QJsonObject{} << "refused the marking code";
        QTest::newRow("sold, local module") << "offline_sold" << QJsonObject{} << "already sold";
    }

    void banReasonsNeverReachTheRegistrar()
    {
        QFETCH(QString, fixture);
        QFETCH(QJsonObject, fields);
        QFETCH(QString, text);
        MarkingTill till;
        QVERIFY(till.open());
        QVERIFY(till.piot.code(till.identity(QStringLiteral("5bad01")), fixture, fields));
        QVERIFY(till.scan(till.code(QStringLiteral("5bad01"))));
        QVERIFY2(till.desk->lastProblem().contains(text), qPrintable(till.desk->lastProblem()));
        QCOMPARE(till.desk->cart()->rowCount(), 0);
        QCOMPARE(till.fnChecks, 0); // no FF61h for a refused code

        // A clean code sells; the FN holds that one line and nothing of the refused code.
        const QString good = till.code(QStringLiteral("5oka01"));
        QVERIFY(till.scan(good));
        QCOMPARE(till.desk->cart()->rowCount(), 1);
        const QString expected1265 = till.lastAnswer1265();
        const std::uint32_t fd = till.pay();
        QVERIFY(fd > 0);
        const auto lines = till.fnLines(fd);
        QVERIFY(lines);
        QCOMPARE(lines->size(), 1);
        QCOMPARE(lines->first().code, good);
        QVERIFY(lines->first().tag1260);
        QCOMPARE(child(*lines->first().tag1260, 1265), expected1265);
    }

    void allowedCodeCarriesTag1260()
    {
        MarkingTill till;
        QVERIFY(till.open());
        const QString km = till.code(QStringLiteral("5oka02"));
        QVERIFY(till.scan(km));
        QCOMPARE(till.desk->cart()->rowCount(), 1);
        // What ТС ПИоТ got: the code exactly as scanned (GS included) in base64, and our client_info.
        const QJsonArray requests = till.piot.requests();
        QCOMPARE(requests.size(), 1);
        const QJsonObject request = requests.first().toObject();
        QCOMPARE(request.value(QStringLiteral("target")).toString(), QStringLiteral("/api/v2/codes/check"));
        QCOMPARE(request.value(QStringLiteral("codes")).toArray().first().toString(), km);
        const QJsonObject body =
            QJsonDocument::fromJson(request.value(QStringLiteral("body")).toString().toUtf8()).object();
        QCOMPARE(body.value(QStringLiteral("client_info")).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("prilavok-test"));
        const QString expected1265 = till.lastAnswer1265();
        QVERIFY(QRegularExpression(QStringLiteral("^UUID=[0-9a-f-]{36}&Time=\\d{13}$"))
                    .match(expected1265)
                    .hasMatch());

        const std::uint32_t fd = till.pay();
        QVERIFY(fd > 0);
        const auto lines = till.fnLines(fd);
        QVERIFY(lines);
        QCOMPARE(lines->size(), 1);
        QCOMPARE(lines->first().code, km);
        QVERIFY(lines->first().tag1260);
        const auto &t = *lines->first().tag1260;
        QCOMPARE(child(t, 1262), QStringLiteral("030"));
        QCOMPARE(child(t, 1263), QStringLiteral("21.11.2023"));
        QCOMPARE(child(t, 1264), QStringLiteral("1944"));
        QCOMPARE(child(t, 1265), expected1265);
    }

    void localModuleAnswerAddsInstAndVer()
    {
        MarkingTill till;
        QVERIFY(till.open());
        QVERIFY(till.piot.code(till.identity(QStringLiteral("5lmo01")), QStringLiteral("offline_ok")));
        QVERIFY(till.scan(till.code(QStringLiteral("5lmo01"))));
        QCOMPARE(till.desk->cart()->rowCount(), 1);
        const std::uint32_t fd = till.pay();
        const auto lines = till.fnLines(fd);
        QVERIFY(lines && lines->size() == 1 && lines->first().tag1260);
        QVERIFY2(child(*lines->first().tag1260, 1265).contains(QStringLiteral("&Inst=")),
                 qPrintable(child(*lines->first().tag1260, 1265)));
    }

    void faultModes_data()
    {
        QTest::addColumn<QJsonObject>("faultSwitch");
        QTest::addColumn<bool>("checked"); // true: allowed with 1260; false: unchecked, no 1260
        QTest::addColumn<int>("requests");
        QTest::addColumn<QString>("badge");
        const QString noLink = QStringLiteral("no connection with Chestny Znak");
        QTest::newRow("answer at 1.0 s") << fault("delay", 1000) << true << 1 << QString();
        QTest::newRow("answer at 1.6 s") << fault("delay", 1600) << false << 1 << noLink;
        QTest::newRow("answer at 5 s") << fault("delay", 5000) << false << 1 << noLink;
        QTest::newRow("401") << fault("status", 0, 401) << false << 1 << noLink;
        QTest::newRow("429 once") << fault("status", 0, 429, 1) << true << 2 << QString();
        QTest::newRow("429 always") << fault("status", 0, 429) << false << 2 << noLink;
        QTest::newRow("500 once") << fault("status", 0, 500, 1) << true << 2 << QString();
        QTest::newRow("503 always") << fault("status", 0, 503) << false << 2 << noLink;
        QTest::newRow("malformed JSON") << fault("malformed") << false << 1 << noLink;
        QTest::newRow("emergency") << fault("emergency") << false << 1 << QStringLiteral("emergency mode");
        QTest::newRow("request code != 0")
            << fault("request_error") << false << 1 << QStringLiteral("emergency mode");
        // Qt's HTTP layer re-sends a request whose connection closed before any answer: at least one.
        QTest::newRow("connection dropped") << fault("close") << false << -1 << noLink;
    }

    void faultModes()
    {
        QFETCH(QJsonObject, faultSwitch);
        QFETCH(bool, checked);
        QFETCH(int, requests);
        QFETCH(QString, badge);
        MarkingTill till;
        QVERIFY(till.open());
        QVERIFY(till.piot.fault(faultSwitch));
        const QString km = till.code(QStringLiteral("5flt01"));
        QVERIFY(till.scan(km));
        QCOMPARE(till.desk->cart()->rowCount(), 1);
        if (requests > 0)
            QCOMPARE(till.piot.requests().size(), requests);
        else
            QVERIFY(!till.piot.requests().isEmpty());
        const SaleLine line = till.desk->sale().lines.first();
        QCOMPARE(line.markingCheck.outcome,
                 checked ? int(MarkingLineCheck::Checked) : int(MarkingLineCheck::Unchecked));
        if (!checked) {
            QVERIFY2(line.markingCheck.note.contains(badge), qPrintable(line.markingCheck.note));
            QVERIFY(till.notices.contains(line.markingCheck.note));
            // The badge is on the row the cashier sees.
            const QString row = till.desk->cart()->index(0, CartModel::Name).data().toString();
            QVERIFY2(row.contains(badge), qPrintable(row));
        }
        if (faultSwitch.value(QStringLiteral("status")).toInt() == 401)
            QVERIFY(till.notices.join(u'\n').contains(QStringLiteral("token is not valid")));
        const std::uint32_t fd = till.pay();
        QVERIFY(fd > 0);
        const auto lines = till.fnLines(fd);
        QVERIFY(lines);
        QCOMPARE(lines->size(), 1);
        QCOMPARE(lines->first().code, km);
        QCOMPARE(bool(lines->first().tag1260), checked); // no answer, no tag
    }

    void strictGroupRefusesWithoutAnAnswer()
    {
        MarkingTill till;
        QVERIFY(till.open());
        // The first check teaches the till the GTIN's group (8, dairy); the owner makes it strict.
        QVERIFY(till.scan(till.code(QStringLiteral("5grp01"))));
        QCOMPARE(till.desk->cart()->rowCount(), 1);
        QVERIFY(till.session->permit().setStrictOffline(8, true));
        QVERIFY(till.piot.fault(fault("delay", 1600)));
        const int fnBefore = till.fnChecks;
        QVERIFY(till.scan(till.code(QStringLiteral("5grp02"))));
        QCOMPARE(till.desk->cart()->rowCount(), 1);
        QVERIFY2(till.desk->lastProblem().contains(QStringLiteral("may not be sold without a check")),
                 qPrintable(till.desk->lastProblem()));
        QCOMPARE(till.fnChecks, fnBefore);
    }

    void fiscalDriveRefusalOverridesAnAllow()
    {
        // Честный знак says yes, the FN's own check says no (crypto tail): not sold, not in the cart.
        MarkingTill till;
        QVERIFY(till.open());
        till.registrar.control("marking-reject");
        QVERIFY(till.scan(till.code(QStringLiteral("5fnr01"))));
        QCOMPARE(till.piot.requests().size(), 1);
        QCOMPARE(till.fnChecks, 1);
        QCOMPARE(till.desk->cart()->rowCount(), 0);
        QVERIFY(!till.desk->lastProblem().isEmpty());
    }

    void checkSurvivesARestartBetweenPaymentAndReceipt()
    {
        // The check's answer is kept with the line, not in memory: the till dies after the payment
        // committed and before the fiscal thread sent anything; the next start prints the receipt
        // with the same 1260, and the code stays sold.
        MarkingTill till;
        QVERIFY(till.open());
        const QString km = till.code(QStringLiteral("5rst01"));
        QVERIFY(till.scan(km));
        const QString expected1265 = till.lastAnswer1265();
        const std::int64_t saleId = till.desk->saleId();
        const Actor actor = till.session->actor();
        till.stopTill();
        {
            Database db;
            QVERIFY(db.open(till.dbPath).ok());
            QVERIFY(ShiftService(db).open(actor));
            SalesService sales(db);
            const Kopecks total = sales.sale(saleId)->total;
            QVERIFY(sales.complete(actor, saleId, {{PaymentType::Cash, total, 0, {}}}));
        }
        QVERIFY(till.startTill());
        QSignalSpy jobs(till.session->fiscal(), &FiscalService::jobFinished);
        till.session->fiscal()->process();
        const QString uuid = till.session->sales().sale(saleId)->uuid;
        std::optional<std::uint32_t> fd;
        QElapsedTimer t;
        t.start();
        while (!fd && t.elapsed() < 60000) {
            QTest::qWait(50);
            for (const QList<QVariant> &args : std::as_const(jobs)) {
                const auto o = args.first().value<FiscalJobOutcome>();
                if (o.documentUuid == uuid && o.state == FiscalJobState::Done && o.fd)
                    fd = std::uint32_t(*o.fd);
            }
        }
        QVERIFY(fd);
        till.desk->scan(km);
        QVERIFY2(till.desk->lastProblem().contains(QStringLiteral("already sold in receipt No.")),
                 qPrintable(till.desk->lastProblem()));
        const auto lines = till.fnLines(*fd);
        QVERIFY(lines);
        QCOMPARE(lines->size(), 1);
        QCOMPARE(lines->first().code, km);
        QVERIFY(lines->first().tag1260);
        QCOMPARE(child(*lines->first().tag1260, 1265), expected1265);
    }

    void demoModeSellsThroughTheFakeTsPiot()
    {
        // `prilavok --demo` starts the fake ТС ПИоТ found beside it (here: named by the variable).
        qputenv("PRILAVOK_TSPIOT_EMULATOR", PRILAVOK_TSPIOT_EMULATOR);
        QTemporaryDir dir;
        auto opened = TillSession::open({true, dir.filePath(QStringLiteral("demo.sqlite")), {}, {}});
        qunsetenv("PRILAVOK_TSPIOT_EMULATOR");
        QVERIFY(opened);
        TillSession &session = **opened;
        QVERIFY(session.permit().tsPiot());
        for (const Employee &e : session.staff().list())
            if (e.role == Role::Cashier)
                session.signIn(e, {e.id, e.role});
        SaleDesk desk(session);
        QSqlQuery q(session.database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id "
                                      "WHERE p.name LIKE 'Кефир%'")) &&
                q.next());
        desk.scan(QStringLiteral("010") + q.value(0).toString() + QStringLiteral("215dem01") + QChar(0x1D) +
                  QStringLiteral("93Ab1+"));
        QTRY_VERIFY_WITH_TIMEOUT(!desk.waitsForMarking(), 20000);
        QCOMPARE(desk.cart()->rowCount(), 1);
        const MarkingLineCheck check = desk.sale().lines.first().markingCheck;
        QCOMPARE(check.outcome, int(MarkingLineCheck::Checked));
        QVERIFY2(check.tag1265.startsWith(QStringLiteral("UUID=")), qPrintable(check.tag1265));
    }

    void soldHereIsRefusedBeforeTheNetwork()
    {
        // Честный знак still says "not sold" (the ОФД has not passed the receipt on yet): the
        // till's own register refuses the code at once, without asking ТС ПИоТ.
        MarkingTill till;
        QVERIFY(till.open());
        const QString km = till.code(QStringLiteral("5lag01"));
        QVERIFY(till.scan(km));
        QVERIFY(till.pay() > 0);
        const int asked = int(till.piot.requests().size());
        const int fnBefore = till.fnChecks;
        till.desk->scan(km); // answered synchronously: nothing pending
        QVERIFY(!till.desk->waitsForMarking());
        QVERIFY2(till.desk->lastProblem().contains(QStringLiteral("already sold in receipt No.")),
                 qPrintable(till.desk->lastProblem()));
        QCOMPARE(till.desk->cart()->rowCount(), 0);
        QCOMPARE(int(till.piot.requests().size()), asked);
        QCOMPARE(till.fnChecks, fnBefore);
    }

    void aCodeAlreadyInTheReceiptIsRefusedBeforeTheNetwork()
    {
        // Scanned twice into one receipt: the second scan is refused at once, with no question to
        // ТС ПИоТ and no FF61h (before, only the cart refused it, after both).
        MarkingTill till;
        QVERIFY(till.open());
        const QString km = till.code(QStringLiteral("5dup01"));
        QVERIFY(till.scan(km));
        QCOMPARE(till.desk->cart()->rowCount(), 1);
        const int asked = int(till.piot.requests().size());
        const int fnBefore = till.fnChecks;
        till.desk->scan(km);
        QVERIFY(!till.desk->waitsForMarking());
        QCOMPARE(till.desk->lastProblem(), QStringLiteral("This marking code is already in the receipt."));
        QCOMPARE(till.desk->cart()->rowCount(), 1);
        QCOMPARE(int(till.piot.requests().size()), asked);
        QCOMPARE(till.fnChecks, fnBefore);
        QVERIFY(till.pay() > 0); // the one line sells
    }
};

QTEST_GUILESS_MAIN(TestMarkingSale)
#include "tst_marking_sale.moc"
