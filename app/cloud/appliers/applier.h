#pragma once

// One applier per pulled entity (cabinet/PROTOCOL.md "Entities"): how an upsert or a delete from
// the cabinet lands in the till's own tables. Each is a pair of functions in its own file; the pull
// store (pullstore.h) keeps the mirror, the savepoint and the quarantine around every call.

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

#include "app/core/clock.h"
#include "app/core/result.h"

namespace app {
class Database;
}

namespace app::cloud {

class Mirror;

struct ApplyContext
{
    Database &db;
    Mirror &mirror;
    const Clock &clock;
    QString ownPointOfSale;        // the cabinet's id of this till's point of sale; empty: not known
    QJsonObject oldData;           // the mirror's previous version of the item (empty: new)
    std::optional<qint64> localId; // in/out: the till's integer id, kept in the mirror (categories)
    QJsonObject secrets;           // what the pull took out of the item before storing it (marking)
};

struct EntityApplier
{
    const char *entity;
    Result<void> (*upsert)(ApplyContext &ctx, const QString &id, const QJsonObject &data);
    // nullptr: nothing on the till to undo (units, VAT rates and texts stay for past receipts).
    Result<void> (*remove)(ApplyContext &ctx, const QString &id);
};

// Every entity with a table on the till, in dependency order: what others refer to comes first
// (the snapshot swap applies in this order). An entity not listed lives in the mirror only.
const QList<EntityApplier> &entityAppliers();
const EntityApplier *applierFor(const QString &entity);

// One per file in this folder.
EntityApplier unitApplier();
EntityApplier vatRateApplier();
EntityApplier categoryApplier();
EntityApplier roleApplier();
EntityApplier employeeApplier();
EntityApplier paymentMethodApplier();
EntityApplier discountSettingsApplier();
EntityApplier markingSettingsApplier();
EntityApplier pointOfSaleApplier();
EntityApplier receiptTextApplier();
EntityApplier workplaceSettingsApplier();
EntityApplier productApplier();
EntityApplier priceApplier();

} // namespace app::cloud
