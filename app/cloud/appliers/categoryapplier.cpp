// `category`: the till's categories. They have integer ids of their own; the mirror keeps which
// local id each cabinet id became.

#include <QSqlQuery>

#include "app/cloud/appliers/applier.h"
#include "app/cloud/appliers/pulledvalues.h"
#include "app/cloud/mirror.h"
#include "app/cloud/sqlresult.h"
#include "app/core/tr.h"

namespace app::cloud {

namespace {

Result<void> upsertCategory(ApplyContext &ctx, const QString &id, const QJsonObject &data)
{
    Q_UNUSED(id)
    const QString name = text(data, "name").trimmed();
    if (name.isEmpty())
        return invalid(Tr::tr("A category without a name."));
    const QString parent = text(data, "parent_id");
    std::optional<qint64> parentLocal;
    if (!parent.isEmpty())
        parentLocal = ctx.mirror.localIdOf(QStringLiteral("category"), parent);
    const QVariant parentValue =
        parentLocal ? QVariant(*parentLocal) : QVariant(QMetaType(QMetaType::LongLong));
    if (ctx.localId) {
        QSqlQuery u =
            ctx.db.prepare(QStringLiteral("UPDATE categories SET name = ?, parent_id = ? WHERE id = ?"));
        u.addBindValue(name);
        u.addBindValue(parentValue);
        u.addBindValue(*ctx.localId);
        if (!u.exec())
            return storage(u);
        if (u.numRowsAffected() == 1)
            return {};
    }
    // A local category of the same name and parent is the same category: adopt it.
    QSqlQuery f =
        ctx.db.prepare(QStringLiteral("SELECT id FROM categories WHERE name = ? AND parent_id IS ?"));
    f.addBindValue(name);
    f.addBindValue(parentValue);
    if (!f.exec())
        return storage(f);
    if (f.next()) {
        ctx.localId = f.value(0).toLongLong();
        return {};
    }
    QSqlQuery i = ctx.db.prepare(QStringLiteral("INSERT INTO categories(parent_id, name) VALUES (?, ?)"));
    i.addBindValue(parentValue);
    i.addBindValue(name);
    if (!i.exec())
        return storage(i);
    ctx.localId = i.lastInsertId().toLongLong();
    return {};
}

Result<void> removeCategory(ApplyContext &ctx, const QString &id)
{
    Q_UNUSED(id)
    if (!ctx.localId)
        return {};
    QSqlQuery q = ctx.db.prepare(QStringLiteral("DELETE FROM categories WHERE id = ?"));
    q.addBindValue(*ctx.localId);
    return q.exec() ? Result<void>{} : storage(q);
}

} // namespace

EntityApplier categoryApplier()
{
    return {"category", &upsertCategory, &removeCategory};
}

} // namespace app::cloud
