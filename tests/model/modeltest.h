#pragma once

// Shared fixture of the model tests: a fresh database file in a temporary directory, an owner
// and a cashier (cheap PIN hashes), an open shift on request and a few products.

#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "app/catalog/catalogservice.h"
#include "app/sales/salesservice.h"
#include "app/sales/shiftservice.h"
#include "app/staff/staffservice.h"
#include "app/storage/database.h"

#define QVERIFY_RESULT(expr)                                                                                 \
    do {                                                                                                     \
        const auto &r_ = (expr);                                                                             \
        QVERIFY2(bool(r_), qPrintable(bool(r_) ? QString() : r_.error().message));                           \
    } while (false)

struct ModelFixture
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<app::Database> db;
    app::Actor owner;
    app::Actor cashier;

    ModelFixture()
    {
        path = dir.filePath(QStringLiteral("till.sqlite"));
        reopen();
    }

    bool reopen()
    {
        db.reset();
        db = std::make_unique<app::Database>();
        return db->open(path).ok();
    }

    app::StaffService staff()
    {
        return app::StaffService(*db, app::systemClock(), app::PinHasher::FastForTests);
    }

    void addPeople()
    {
        app::StaffService s(*db, app::systemClock(), app::PinHasher::FastForTests);
        auto o = s.createFirstOwner({QStringLiteral("Owner"), {}, {}, {}, app::Role::Owner},
                                    QStringLiteral("111111"));
        QVERIFY(o);
        owner = {o->id, app::Role::Owner};
        auto c = s.add(owner, {QStringLiteral("Cashier"), {}, {}, {}, app::Role::Cashier},
                       QStringLiteral("222222"));
        QVERIFY(c);
        cashier = {c->id, app::Role::Cashier};
    }

    app::Product addProduct(const QString &name, app::Kopecks price, const QString &barcode, int vat = 2,
                            bool weighted = false)
    {
        app::CatalogService catalog(*db);
        app::Product p;
        p.name = name;
        p.price = price;
        p.vatCode = vat;
        p.unitCode = weighted ? 11 : 0;
        p.weighted = weighted;
        p.article = QStringLiteral("A-") + barcode.right(5);
        p.barcodes << barcode;
        auto r = catalog.addProduct(owner, p);
        if (!r)
            qWarning() << r.error().message;
        return r ? *r : app::Product{};
    }
};
