#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include "app/sync/fiscaljobs.h"
#include "app/sync/outbox.h"
#include "modeltest.h"

using app::PaymentType;
using app::SalesService;
using app::SaleStatus;

class TstSales : public QObject
{
    Q_OBJECT

    static qint64 count(app::Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void saleFromScanToCompletion()
    {
        ModelFixture f;
        f.addPeople();
        const auto milk = f.addProduct(QStringLiteral("Milk"), 8990, QStringLiteral("4607001000013"), 2);
        const auto cheese =
            f.addProduct(QStringLiteral("Cheese"), 89900, QStringLiteral("2000000000107"), 11, true);
        app::ShiftService shifts(*f.db);
        QVERIFY_RESULT(shifts.open(f.cashier));
        SalesService sales(*f.db);
        auto s = sales.create(f.cashier);
        QVERIFY_RESULT(s);
        QCOMPARE(s->status, SaleStatus::Created);
        QVERIFY(!s->uuid.isEmpty());
        QVERIFY_RESULT(sales.addLine(f.cashier, s->id, {milk.id, 2000, {}, {}, 0}));
        auto line = sales.addLine(f.cashier, s->id, {cheese.id, 1250, {}, {}, 0});
        QVERIFY_RESULT(line);
        QCOMPARE(line->total, app::Kopecks(112375)); // 899.00 × 1.250
        QCOMPARE(line->vat, app::Kopecks(20264));    // 1123.75 × 22/122
        QCOMPARE(sales.sale(s->id)->status, SaleStatus::InProgress);
        QCOMPARE(sales.sale(s->id)->total, app::Kopecks(17980 + 112375));
        QVERIFY_RESULT(
            sales.setDetails(f.cashier, s->id, QStringLiteral("no bag"), QStringLiteral("8 900 111-22-33")));

        // A piece good cannot be sold by the gram; the cashier cannot discount or set a price.
        QCOMPARE(sales.addLine(f.cashier, s->id, {milk.id, 1500, {}, {}, 0}).error().code,
                 app::Error::Code::Validation);
        QCOMPARE(sales.setReceiptDiscount(f.cashier, s->id, 100).error().code,
                 app::Error::Code::PermissionDenied);
        QCOMPARE(sales.addLine(f.cashier, s->id, {milk.id, 1000, app::Kopecks(1), {}, 0}).error().code,
                 app::Error::Code::PermissionDenied);

        const app::Kopecks total = sales.sale(s->id)->total;
        // Split tender: card part and cash with change.
        QCOMPARE(sales
                     .complete(f.cashier, s->id,
                               {{PaymentType::Card, total, 0, {}}, {PaymentType::Cash, 1, 0, {}}})
                     .error()
                     .code,
                 app::Error::Code::Validation);
        auto done = sales.complete(f.cashier, s->id,
                                   {{PaymentType::Card, 100000, 0, QStringLiteral("RRN1")},
                                    {PaymentType::Cash, total - 100000, 50000, {}}});
        QVERIFY_RESULT(done);
        QCOMPARE(done->status, SaleStatus::Completed);
        QCOMPARE(done->number, 1);
        QCOMPARE(done->buyerContact, QStringLiteral("+79001112233"));
        QCOMPARE(done->payments.size(), 2);
        QCOMPARE(done->payments[1].change, 50000 - (total - 100000));
        QVERIFY(done->shiftId > 0);
        // Completed is final.
        QCOMPARE(sales.addLine(f.cashier, s->id, {milk.id, 1000, {}, {}, 0}).error().code,
                 app::Error::Code::Conflict);
        QCOMPARE(sales.complete(f.cashier, s->id, {}).error().code, app::Error::Code::Conflict);

        // The outbox and the fiscal journal got the document in the same transaction.
        const auto row = app::Outbox::find(*f.db, done->uuid);
        QVERIFY(row);
        QCOMPARE(row->type, QStringLiteral("sale"));
        QCOMPARE(row->state, QStringLiteral("pending"));
        QCOMPARE(row->payloadSha256.size(), 64);
        const QJsonObject payload = QJsonDocument::fromJson(row->payload).object();
        QCOMPARE(payload.value(QStringLiteral("total")).toInteger(), total);
        QCOMPARE(payload.value(QStringLiteral("lines")).toArray().size(), 2);
        // Payload v2: uuids, not local ids; a product made on the till has no cabinet id (null);
        // payments by method with their reference; VAT by name.
        QCOMPARE(payload.value(QStringLiteral("schema")).toInt(), 2);
        QVERIFY(!payload.contains(QStringLiteral("v")));
        QCOMPARE(payload.value(QStringLiteral("employee_id")).toString(), done->cashierUuid);
        QCOMPARE(payload.value(QStringLiteral("employee_id")).toString().size(), 36);
        QCOMPARE(payload.value(QStringLiteral("shift_uuid")).toString(), shifts.current()->uuid);
        const QJsonObject first = payload.value(QStringLiteral("lines")).toArray().at(0).toObject();
        QVERIFY(first.value(QStringLiteral("product_id")).isNull());
        QCOMPARE(first.value(QStringLiteral("vat")).toString(), QStringLiteral("vat10"));
        const QJsonObject card = payload.value(QStringLiteral("payments")).toArray().at(0).toObject();
        QCOMPARE(card.value(QStringLiteral("method")).toString(), QStringLiteral("card"));
        QCOMPARE(card.value(QStringLiteral("reference")).toString(), QStringLiteral("RRN1"));
        // The till's UTC offset goes with the time: the cabinet's business day comes from it.
        QVERIFY(QRegularExpression(QStringLiteral("T\\d\\d:\\d\\d:\\d\\d\\.\\d{3}([+-]\\d\\d:\\d\\d|Z)$"))
                    .match(payload.value(QStringLiteral("completed_at")).toString())
                    .hasMatch());
        app::FiscalJobRepository jobs(*f.db);
        QVERIFY(jobs.jobForDocument(QStringLiteral("sale"), done->uuid));
    }

    void discountsSpreadAndPermissions()
    {
        ModelFixture f;
        f.addPeople();
        const auto a = f.addProduct(QStringLiteral("A"), 10000, QStringLiteral("4607001000013"));
        const auto b = f.addProduct(QStringLiteral("B"), 3333, QStringLiteral("4607001000020"));
        SalesService sales(*f.db);
        auto s = sales.create(f.owner);
        QVERIFY_RESULT(s);
        auto la = sales.addLine(f.owner, s->id, {a.id, 1000, {}, {}, 500});
        QVERIFY_RESULT(la);
        QVERIFY_RESULT(sales.addLine(f.owner, s->id, {b.id, 3000, {}, {}, 0}));
        QVERIFY_RESULT(sales.setReceiptDiscount(f.owner, s->id, 1001));
        auto sale = *sales.sale(s->id);
        QCOMPARE(sale.total, app::Kopecks(10000 - 500 + 9999 - 1001));
        app::Kopecks shares = 0;
        for (const auto &l : sale.lines)
            shares += l.receiptDiscountShare;
        QCOMPARE(shares, app::Kopecks(1001));
        QCOMPARE(sales.setReceiptDiscount(f.owner, s->id, 1'000'000).error().code,
                 app::Error::Code::Validation);
        QCOMPARE(sales.sale(s->id)->receiptDiscount, app::Kopecks(1001)); // rolled back
        QVERIFY_RESULT(sales.setItemDiscount(f.owner, s->id, la->id, 0));
        QCOMPARE(sales.setItemDiscount(f.owner, s->id, la->id, 10001).error().code,
                 app::Error::Code::Validation);
        // Removing a line needs the void permission; the cashier lacks it.
        QCOMPARE(sales.removeLine(f.cashier, s->id, la->id).error().code, app::Error::Code::PermissionDenied);
        QVERIFY_RESULT(sales.removeLine(f.owner, s->id, la->id));
        QCOMPARE(sales.sale(s->id)->lines.size(), 1);
        QCOMPARE(sales.cancel(f.cashier, s->id).error().code, app::Error::Code::PermissionDenied);
        QVERIFY_RESULT(sales.cancel(f.owner, s->id));
        QCOMPARE(sales.sale(s->id)->status, SaleStatus::Cancelled);
    }

    void discountSettingsAreEnforced()
    {
        ModelFixture f;
        f.addPeople();
        const auto a = f.addProduct(QStringLiteral("A"), 10000, QStringLiteral("4607001000013"));
        app::OrganisationService org(*f.db);
        app::DiscountSettings rules;
        rules.itemDiscounts = false;
        rules.capEveryRole(10);
        QVERIFY_RESULT(org.setDiscountSettings(f.owner, rules));
        SalesService sales(*f.db);
        auto s = sales.create(f.owner);
        QVERIFY_RESULT(s);
        QCOMPARE(sales.addLine(f.owner, s->id, {a.id, 1000, {}, {}, 100}).error().code,
                 app::Error::Code::Validation);
        auto line = sales.addLine(f.owner, s->id, {a.id, 1000, {}, {}, 0});
        QVERIFY_RESULT(line);
        QCOMPARE(sales.setItemDiscount(f.owner, s->id, line->id, 100).error().code,
                 app::Error::Code::Validation);
        QVERIFY_RESULT(sales.setReceiptDiscount(f.owner, s->id, 1000)); // exactly 10 %
        QCOMPARE(sales.setReceiptDiscount(f.owner, s->id, 1001).error().code, app::Error::Code::Validation);
        QCOMPARE(sales.sale(s->id)->total, app::Kopecks(9000));
    }

    void discountCapIsTheActingRoles()
    {
        ModelFixture f;
        f.addPeople();
        const auto a = f.addProduct(QStringLiteral("A"), 10000, QStringLiteral("4607001000013"));
        app::OrganisationService org(*f.db);
        app::DiscountSettings rules;
        rules.setCap(app::Role::Manager, 5);
        rules.setCap(app::Role::Owner, 20);
        QVERIFY_RESULT(org.setDiscountSettings(f.owner, rules));
        const app::Actor manager{f.owner.employeeId, app::Role::Manager};
        SalesService sales(*f.db);
        auto s = sales.create(f.owner);
        QVERIFY_RESULT(s);
        auto line = sales.addLine(f.owner, s->id, {a.id, 1000, {}, {}, 0});
        QVERIFY_RESULT(line);
        const auto refused = sales.setItemDiscount(manager, s->id, line->id, 501);
        QCOMPARE(refused.error().code, app::Error::Code::Validation);
        QVERIFY(refused.error().message.contains(QStringLiteral("5 %")));
        QVERIFY_RESULT(sales.setItemDiscount(manager, s->id, line->id, 500));
        QVERIFY_RESULT(sales.setItemDiscount(f.owner, s->id, line->id, 2000)); // the owner's own cap
        QCOMPARE(sales.setItemDiscount(f.owner, s->id, line->id, 2001).error().code,
                 app::Error::Code::Validation);
    }

    void freePriceItemNeedsPermissionAndAName()
    {
        ModelFixture f;
        f.addPeople();
        SalesService sales(*f.db);
        auto s = sales.create(f.owner);
        QVERIFY_RESULT(s);
        const app::FreeItem repair{QStringLiteral("  Repair   of a zip "), 5, 0, 4};
        QCOMPARE(sales.addFreeItem(f.cashier, s->id, repair, 15050, 2000).error().code,
                 app::Error::Code::PermissionDenied);
        auto line = sales.addFreeItem(f.owner, s->id, repair, 15050, 2000);
        QVERIFY_RESULT(line);
        QCOMPARE(line->productId, 0);
        QCOMPARE(line->name, QStringLiteral("Repair of a zip"));
        QCOMPARE(line->vatCode, 5);
        QCOMPARE(line->subject, 4);
        QCOMPARE(line->total, app::Kopecks(30100));
        QCOMPARE(sales.addFreeItem(f.owner, s->id, {QStringLiteral(" "), 6, 0, 1}, 100).error().code,
                 app::Error::Code::Validation);
        QCOMPARE(sales.addFreeItem(f.owner, s->id, {QStringLiteral("Fee"), 6, 0, 1}, -1).error().code,
                 app::Error::Code::Validation);
        QCOMPARE(sales.sale(s->id)->lines.size(), 1);
    }

    void guestCannotSell()
    {
        ModelFixture f;
        f.addPeople();
        SalesService sales(*f.db);
        QCOMPARE(sales.create({f.owner.employeeId, app::Role::Guest}).error().code,
                 app::Error::Code::PermissionDenied);
    }

    void completionNeedsAnOpenShift()
    {
        ModelFixture f;
        f.addPeople();
        const auto a = f.addProduct(QStringLiteral("A"), 10000, QStringLiteral("4607001000013"));
        SalesService sales(*f.db);
        auto s = sales.create(f.cashier);
        QVERIFY_RESULT(sales.addLine(f.cashier, s->id, {a.id, 1000, {}, {}, 0}));
        const auto r = sales.complete(f.cashier, s->id, {{PaymentType::Cash, 10000, 0, {}}});
        QCOMPARE(r.error().code, app::Error::Code::Conflict);
        QCOMPARE(count(*f.db, QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
    }

    void outboxFailureLeavesNeither()
    {
        ModelFixture f;
        f.addPeople();
        const auto a = f.addProduct(QStringLiteral("A"), 10000, QStringLiteral("4607001000013"));
        app::ShiftService shifts(*f.db);
        QVERIFY_RESULT(shifts.open(f.cashier));
        SalesService sales(*f.db);
        auto s = sales.create(f.cashier);
        QVERIFY_RESULT(sales.addLine(f.cashier, s->id, {a.id, 1000, {}, {}, 0}));
        // Make the outbox insert fail half-way through completion.
        QSqlQuery q(f.db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON outbox "
                                      "BEGIN SELECT RAISE(ABORT, 'injected'); END")));
        const auto r = sales.complete(f.cashier, s->id, {{PaymentType::Cash, 10000, 0, {}}});
        QVERIFY(!r);
        QCOMPARE(r.error().code, app::Error::Code::Storage);
        QCOMPARE(sales.sale(s->id)->status, SaleStatus::InProgress);
        QCOMPARE(count(*f.db, QStringLiteral("SELECT COUNT(*) FROM payments")), 0);
        QCOMPARE(count(*f.db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE type <> 'shift_open'")), 0);
        QCOMPARE(count(*f.db, QStringLiteral("SELECT COUNT(*) FROM fiscal_jobs WHERE kind = 'sale'")), 0);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER fail_outbox")));
        QVERIFY_RESULT(sales.complete(f.cashier, s->id, {{PaymentType::Cash, 10000, 0, {}}}));
        QCOMPARE(count(*f.db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE type = 'sale'")), 1);
    }

    void parkedSaleSurvivesReopening()
    {
        ModelFixture f;
        f.addPeople();
        const auto a = f.addProduct(QStringLiteral("A"), 10000, QStringLiteral("4607001000013"));
        std::int64_t id = 0;
        QString uuid;
        {
            SalesService sales(*f.db);
            auto s = sales.create(f.cashier);
            QVERIFY_RESULT(s);
            id = s->id;
            uuid = s->uuid;
            QVERIFY_RESULT(sales.addLine(f.cashier, id, {a.id, 3000, {}, {}, 0}));
            QVERIFY_RESULT(sales.park(f.cashier, id));
            auto other = sales.create(f.cashier); // an unparked basket next to it
            QVERIFY_RESULT(other);
        }
        QVERIFY(f.reopen());
        SalesService sales(*f.db);
        const auto parked = sales.parkedSales();
        QCOMPARE(parked.size(), 1);
        QCOMPARE(parked.first().uuid, uuid);
        QCOMPARE(parked.first().total, app::Kopecks(30000));
        QCOMPARE(parked.first().lines.first().quantity, app::Milli(3000));
        QCOMPARE(sales.openSales().size(), 2);
        QVERIFY_RESULT(sales.resume(f.cashier, id));
        QVERIFY(sales.parkedSales().isEmpty());
    }

    void markedGoodsNeedAUniqueCode()
    {
        ModelFixture f;
        f.addPeople();
        app::CatalogService catalog(*f.db);
        app::Product beer;
        beer.name = QStringLiteral("Beer");
        beer.price = 8990;
        beer.vatCode = 11;
        beer.marked = true;
        beer.markingType = app::MarkingType::Beer;
        auto b = catalog.addProduct(f.owner, beer);
        QVERIFY_RESULT(b);
        SalesService sales(*f.db);
        auto s = sales.create(f.cashier);
        QCOMPARE(sales.addLine(f.cashier, s->id, {b->id, 1000, {}, {}, 0}).error().code,
                 app::Error::Code::Validation);
        const QString km = QStringLiteral("0104600000000001215abcdefghijk\x1d"
                                          "93ABCD");
        auto line = sales.addLine(f.cashier, s->id, {b->id, 1000, {}, km, 0});
        QVERIFY_RESULT(line);
        QCOMPARE(line->subject, app::Subject::MarkedGoods);
        QCOMPARE(line->markingCode, km);
        QCOMPARE(sales.addLine(f.cashier, s->id, {b->id, 1000, {}, km, 0}).error().code,
                 app::Error::Code::Conflict);
    }

    void vatRateMustBeValidOnTheDayOfSale()
    {
        ModelFixture f;
        f.addPeople();
        const auto old = f.addProduct(QStringLiteral("Old rate"), 12000, QStringLiteral("4607001000013"), 1);
        SalesService in2025(*f.db, [] { return QDateTime(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC); });
        SalesService in2026(*f.db, [] { return QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC); });
        auto s = in2025.create(f.cashier);
        QVERIFY_RESULT(in2025.addLine(f.cashier, s->id, {old.id, 1000, {}, {}, 0}));
        auto t = in2026.create(f.cashier);
        QCOMPARE(in2026.addLine(f.cashier, t->id, {old.id, 1000, {}, {}, 0}).error().code,
                 app::Error::Code::Validation);
    }

    void cashRefundNeedsCashInTheDrawer()
    {
        ModelFixture f;
        f.addPeople();
        const auto a = f.addProduct(QStringLiteral("A"), 50000, QStringLiteral("4607001000013"));
        app::ShiftService shifts(*f.db);
        QVERIFY_RESULT(shifts.open(f.owner));
        SalesService sales(*f.db);
        auto s = sales.create(f.owner);
        QVERIFY_RESULT(sales.addLine(f.owner, s->id, {a.id, 1000, {}, {}, 0}));
        auto done = sales.complete(f.owner, s->id, {{PaymentType::Card, 50000, 0, QStringLiteral("RRN7")}});
        QVERIFY_RESULT(done);
        // Paid by card, so the drawer is empty: a cash refund is refused with the way out.
        const auto refused = sales.createReturn(f.owner, done->id, {{done->lines[0].id, 1000}},
                                                {{PaymentType::Cash, 50000, 0, {}}});
        QCOMPARE(refused.error().code, app::Error::Code::Validation);
        QVERIFY2(refused.error().message.contains(QStringLiteral("500,00")),
                 qPrintable(refused.error().message));
        QCOMPARE(count(*f.db, QStringLiteral("SELECT COUNT(*) FROM sales WHERE kind = 1")), 0);
        // Back to the card it came from works, and so does cash once the drawer holds it.
        QVERIFY_RESULT(sales.createReturn(f.owner, done->id, {{done->lines[0].id, 500}},
                                          {{PaymentType::Card, 25000, 0, QStringLiteral("RRN7")}}));
        QVERIFY_RESULT(shifts.cashIn(f.owner, 30000, QStringLiteral("change fund")));
        QVERIFY_RESULT(sales.createReturn(f.owner, done->id, {{done->lines[0].id, 500}}));
    }

    void returnsNeverExceedTheSale()
    {
        ModelFixture f;
        f.addPeople();
        const auto a = f.addProduct(QStringLiteral("A"), 3333, QStringLiteral("4607001000013"));
        const auto w = f.addProduct(QStringLiteral("W"), 19990, QStringLiteral("2000000000107"), 2, true);
        app::ShiftService shifts(*f.db);
        QVERIFY_RESULT(shifts.open(f.owner));
        SalesService sales(*f.db);
        auto s = sales.create(f.owner);
        QVERIFY_RESULT(sales.addLine(f.owner, s->id, {a.id, 3000, {}, {}, 0}));
        QVERIFY_RESULT(sales.addLine(f.owner, s->id, {w.id, 1234, {}, {}, 0}));
        QVERIFY_RESULT(sales.setReceiptDiscount(f.owner, s->id, 777));
        const app::Kopecks total = sales.sale(s->id)->total;
        auto done = sales.complete(f.owner, s->id, {{PaymentType::Cash, total, 0, {}}});
        QVERIFY_RESULT(done);
        const auto la = done->lines[0];
        const auto lw = done->lines[1];

        QCOMPARE(sales.createReturn(f.cashier, done->id, {{la.id, 1000}}).error().code,
                 app::Error::Code::PermissionDenied);
        auto r1 = sales.createReturn(f.owner, done->id, {{la.id, 1000}, {lw.id, 500}});
        QVERIFY_RESULT(r1);
        QCOMPARE(r1->calcSign, app::CalcSign::IncomeReturn);
        QCOMPARE(r1->originalSaleId, done->id);
        QCOMPARE(r1->lines[0].originalLineId, la.id);
        // More than is left: refused, nothing written.
        QCOMPARE(sales.createReturn(f.owner, done->id, {{la.id, 2001}}).error().code,
                 app::Error::Code::Validation);
        QCOMPARE(sales.createReturn(f.owner, done->id, {{la.id, 1000}, {la.id, 1001}}).error().code,
                 app::Error::Code::Validation);
        auto r2 = sales.createReturn(f.owner, done->id, {{la.id, 2000}, {lw.id, 734}});
        QVERIFY_RESULT(r2);
        QCOMPARE(r1->total + r2->total, total); // everything back, to the kopeck
        QCOMPARE(sales.createReturn(f.owner, done->id, {{lw.id, 1}}).error().code,
                 app::Error::Code::Validation);
        const auto left = sales.returnable(done->id);
        QVERIFY(left);
        QCOMPARE(left->value(la.id), app::Milli(0));
        // A return cannot itself be returned.
        QCOMPARE(sales.createReturn(f.owner, r1->id, {{r1->lines[0].id, 1000}}).error().code,
                 app::Error::Code::NotFound);
        QVERIFY(app::Outbox::find(*f.db, r2->uuid));
    }

    void correctionDocuments()
    {
        ModelFixture f;
        f.addPeople();
        app::ShiftService shifts(*f.db);
        QVERIFY_RESULT(shifts.open(f.owner));
        SalesService sales(*f.db);
        app::CorrectionInput c;
        c.calcSign = app::CalcSign::Income;
        c.type = 1;
        c.basisDate = QDate::currentDate().addDays(-3);
        c.lines = {{QStringLiteral("Unrecorded sale"), 15000, 2000, 0, 11, 1}};
        c.payments = {{PaymentType::Cash, 30000, 0, {}}};
        QCOMPARE(sales.createCorrection(f.owner, c).error().code,
                 app::Error::Code::Validation); // no order number
        c.orderNumber = QStringLiteral("12-34/567");
        QCOMPARE(sales.createCorrection(f.cashier, c).error().code, app::Error::Code::PermissionDenied);
        auto done = sales.createCorrection(f.owner, c);
        QVERIFY_RESULT(done);
        QCOMPARE(done->kind, app::SaleKind::Correction);
        QCOMPARE(done->correctionType.value_or(-1), 1);
        QCOMPARE(done->correctionDate, c.basisDate);
        QCOMPARE(done->correctionOrder, QStringLiteral("12-34/567"));
        QCOMPARE(done->total, app::Kopecks(30000));
        QCOMPARE(done->lines.first().vat, app::Kopecks(5410)); // 300.00 × 22/122 = 54.098
        c.basisDate = QDate::currentDate().addDays(1);
        QCOMPARE(sales.createCorrection(f.owner, c).error().code, app::Error::Code::Validation);
    }

    void fiscalAttributesOnceKnown()
    {
        ModelFixture f;
        f.addPeople();
        const auto a = f.addProduct(QStringLiteral("A"), 10000, QStringLiteral("4607001000013"));
        app::ShiftService shifts(*f.db);
        QVERIFY_RESULT(shifts.open(f.owner));
        SalesService sales(*f.db);
        auto s = sales.create(f.owner);
        QVERIFY_RESULT(sales.addLine(f.owner, s->id, {a.id, 1000, {}, {}, 0}));
        QCOMPARE(sales.setFiscalAttributes(s->id, {}).error().code, app::Error::Code::Conflict);
        auto done = sales.complete(f.owner, s->id, {{PaymentType::Sbp, 10000, 0, QStringLiteral("SBP-1")}});
        QVERIFY_RESULT(done);
        const app::FiscalAttributes fa{QStringLiteral("7380440700000001"),
                                       15,
                                       3456789012,
                                       4,
                                       7,
                                       QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)};
        QVERIFY_RESULT(sales.setFiscalAttributes(s->id, fa));
        const auto stored = sales.sale(s->id);
        QVERIFY(stored->fiscal);
        QCOMPARE(stored->fiscal->fd, qint64(15));
        QCOMPARE(stored->fiscal->fiscalSign, qint64(3456789012));
        const auto row = app::Outbox::find(*f.db, done->uuid);
        QVERIFY(row->payload.contains("7380440700000001"));
        // Delivered meanwhile: a follow-up row carries the attributes.
        QSqlQuery q(f.db->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM outbox")));
        QVERIFY_RESULT(sales.setFiscalAttributes(s->id, fa));
        QCOMPARE(count(*f.db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE type = 'fiscal_attributes'")),
                 1);
    }

    void paymentMethodsPerRoleAreEnforced()
    {
        ModelFixture f;
        f.addPeople();
        const auto a = f.addProduct(QStringLiteral("A"), 10000, QStringLiteral("4607001000013"));
        app::OrganisationService org(*f.db);
        QVERIFY_RESULT(org.setPaymentMethods(f.owner, app::Role::Cashier, {PaymentType::Cash}));
        app::ShiftService shifts(*f.db);
        QVERIFY_RESULT(shifts.open(f.cashier));
        SalesService sales(*f.db);
        auto s = sales.create(f.cashier);
        QVERIFY_RESULT(sales.addLine(f.cashier, s->id, {a.id, 1000, {}, {}, 0}));
        QCOMPARE(sales.complete(f.cashier, s->id, {{PaymentType::Card, 10000, 0, {}}}).error().code,
                 app::Error::Code::PermissionDenied);
        QCOMPARE(sales.complete(f.cashier, s->id, {{PaymentType::Cash, 10000, 9999, {}}}).error().code,
                 app::Error::Code::Validation); // tendered less than the amount
        QVERIFY_RESULT(sales.complete(f.cashier, s->id, {{PaymentType::Cash, 10000, 20000, {}}}));
    }
};

QTEST_GUILESS_MAIN(TstSales)
#include "tst_sales.moc"
