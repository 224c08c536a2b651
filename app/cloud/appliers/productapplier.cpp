// `product`: the till's products by uuid = the cabinet's id, their barcodes, and the mark in
// cloud_products (migration 014) that makes sold lines name the cabinet's product in payload v2.

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <array>

#include "app/catalog/product.h"
#include "app/catalog/productstore.h"
#include "app/cloud/appliers/applier.h"
#include "app/cloud/appliers/pulledvalues.h"
#include "app/cloud/mirror.h"
#include "app/cloud/sqlresult.h"
#include "app/core/tr.h"

Q_LOGGING_CATEGORY(lcCloudProduct, "pos.cloud.store")

namespace app::cloud {

namespace {

// A `vat_rate` id the till has in its mirror, a name such as vat22, or the tag 1199 code itself.
int vatCodeOf(ApplyContext &ctx, const QJsonValue &v, int fallback)
{
    if (v.isDouble())
        return int(v.toInteger());
    const QString s = v.toString();
    if (s.isEmpty())
        return fallback;
    if (const auto code =
            integer(ctx.mirror.data(QStringLiteral("vat_rate"), s).value(QLatin1String("code"))))
        return int(*code);
    const int code = vatCodeFromName(s);
    return code ? code : fallback;
}

// A tag 2108 code, a Russian short name (шт, кг), the owner API's codes (pcs, kg: openapi.yaml), or
// a unit's name on the till.
int unitCodeOf(ApplyContext &ctx, const QJsonValue &v, int fallback)
{
    if (auto n = integer(v))
        return int(*n);
    const QString s = v.toString().trimmed().toLower();
    if (s.isEmpty())
        return fallback;
    static const std::array<std::pair<const char *, int>, 12> known{{{"шт", 0},
                                                                     {"г", 10},
                                                                     {"кг", 11},
                                                                     {"м", 22},
                                                                     {"мл", 40},
                                                                     {"л", 41},
                                                                     {"pcs", 0},
                                                                     {"g", 10},
                                                                     {"kg", 11},
                                                                     {"m", 22},
                                                                     {"ml", 40},
                                                                     {"l", 41}}};
    for (const auto &[name, code] : known)
        if (s == QString::fromUtf8(name) || s == QString::fromUtf8(name) + QLatin1Char('.'))
            return code;
    QSqlQuery &q = ctx.db.cached(QStringLiteral(
        "SELECT code FROM units WHERE lower(short_name) = ? OR lower(name) = ? ORDER BY code LIMIT 1"));
    q.bindValue(0, s);
    q.bindValue(1, s);
    int code = fallback;
    if (q.exec() && q.next())
        code = q.value(0).toInt();
    q.finish();
    return code;
}

QStringList barcodesOf(const QJsonValue &codes)
{
    QStringList out;
    if (codes.isArray()) {
        for (const QJsonValue &c : codes.toArray())
            if (!c.toString().trimmed().isEmpty())
                out.append(c.toString().trimmed());
    } else if (codes.isString() && !codes.toString().isEmpty()) {
        out = codes.toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
    }
    return out;
}

// A bad barcode (wrong check digit) costs the product that code, not its place in the catalog.
void dropInvalidBarcodes(Product &p)
{
    if (p.barcodes.isEmpty())
        return;
    Product probe = p;
    probe.barcodes.clear();
    if (!validateProduct(probe).isEmpty())
        return; // the product itself is wrong: validateProduct says so for all of it
    QStringList kept;
    for (const QString &code : std::as_const(p.barcodes)) {
        probe.barcodes = {code};
        if (const QString why = validateProduct(probe); why.isEmpty())
            kept.append(code);
        else
            qCWarning(lcCloudProduct) << "barcode dropped:" << p.uuid << why;
    }
    p.barcodes = kept;
}

// Tag 1212: a code, or the name the cabinet's owner API stores (openapi.yaml: commodity, excise,
// job, service). Anything else is goods, as the till's own catalog defaults.
int subjectOf(const QJsonValue &v)
{
    if (auto n = integer(v))
        return int(*n);
    static const std::array<std::pair<QLatin1String, int>, 4> named{
        {{QLatin1String("commodity"), Subject::Goods},
         {QLatin1String("excise"), Subject::Excise},
         {QLatin1String("job"), Subject::Work},
         {QLatin1String("service"), Subject::Service}}};
    const QString s = v.toString().trimmed().toLower();
    for (const auto &[name, code] : named)
        if (s == name)
            return code;
    return Subject::Goods;
}

Result<Product> productOf(ApplyContext &ctx, const QString &id, const QJsonObject &data)
{
    Product p;
    p.uuid = id;
    p.name = text(data, "name").trimmed();
    const auto price = priceOf(data);
    if (!price)
        return invalid(Tr::tr("The price of %1 is not a number of roubles.").arg(p.name));
    p.price = *price;
    p.description = text(data, "description");
    p.unitCode = unitCodeOf(ctx, data.value(QLatin1String("unit")), 0);
    p.vatCode = vatCodeOf(ctx, data.value(QLatin1String("vat")), 6);
    p.subject = subjectOf(data.value(QLatin1String("subject")));
    p.country = text(data, "country");
    p.article = text(data, "article");
    // `marking_type` is what the cabinet writes; products its owner API stored before it did carry
    // only `marking` (the same codes), and are still read.
    const QLatin1String markingKey(data.contains(QLatin1String("marking_type")) ? "marking_type" : "marking");
    p.markingType = MarkingType(markingTypeOf(data.value(markingKey)));
    p.marked = flag(data, "marked", p.markingType != MarkingType::None);
    p.weighted = flag(data, "weighted", false);
    p.active = !flag(data, "archived", false) && flag(data, "active", true);
    const QString category =
        data.contains(QLatin1String("category_id")) ? text(data, "category_id") : text(data, "group_id");
    if (!category.isEmpty())
        p.categoryId = ctx.mirror.localIdOf(QStringLiteral("category"), category).value_or(0);
    p.barcodes = barcodesOf(data.value(QLatin1String("barcodes")));
    dropInvalidBarcodes(p);
    if (const QString why = validateProduct(p); !why.isEmpty())
        return invalid(why);
    return p;
}

// Its uuid is the cabinet's id: sold lines name it in payload v2 (migration 014).
Result<void> markCloudProduct(ApplyContext &ctx, const QString &uuid)
{
    QSqlQuery &mark = ctx.db.cached(QStringLiteral(
        "INSERT OR IGNORE INTO cloud_products(product_id) SELECT id FROM products WHERE uuid = ?"));
    mark.bindValue(0, uuid);
    if (!mark.exec())
        return storage(mark);
    return {};
}

// The cabinet is the authority: with `barcodes` in the item the product's codes are replaced, and a
// code it moved to this product leaves the other one; an edit without them leaves them as they are.
Result<void> upsertProduct(ApplyContext &ctx, const QString &id, const QJsonObject &data)
{
    const auto p = productOf(ctx, id, data);
    if (!p)
        return forward(p);
    const auto codes = data.contains(QLatin1String("barcodes")) ? ProductStore::Barcodes::Take
                                                                : ProductStore::Barcodes::Keep;
    if (auto ok = ProductStore(ctx.db).upsertByUuid(*p, ctx.clock(), codes); !ok)
        return ok;
    return markCloudProduct(ctx, p->uuid);
}

// Sold lines refer to the product: it is deactivated, as the catalog editor does.
Result<void> removeProduct(ApplyContext &ctx, const QString &id)
{
    return ProductStore(ctx.db).deactivateByUuid(id, ctx.clock());
}

} // namespace

EntityApplier productApplier()
{
    return {"product", &upsertProduct, &removeProduct};
}

} // namespace app::cloud
