#include "app/organisation/organisation.h"

#include <QSqlError>

#include "app/core/tr.h"
#include "app/core/validation.h"
#include "app/staff/auditlog.h"
#include "app/storage/database.h"

namespace app {
namespace {

app::Unexpected<Error> storage(const QSqlQuery &q)
{
    return {Database::storageError(q)};
}

bool setSetting(Database &db, const QString &key, const QString &value)
{
    QSqlQuery q = db.prepare(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

std::optional<QString> setting(Database &db, const QString &key)
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return std::nullopt;
}

} // namespace

OrganisationService::OrganisationService(Database &db, Clock clock)
    : m_db(db)
    , m_clock(std::move(clock))
{}

QString OrganisationService::validate(const LegalEntity &e)
{
    if (e.name.trimmed().isEmpty() || e.name.size() > 256)
        return Tr::tr("The organisation name must be 1 to 256 characters long.");
    if (!isValidInn(e.inn))
        return Tr::tr("The INN is not valid: 10 or 12 digits with correct check digits are expected.");
    switch (e.taxSystem) {
    case TaxSystem::Osn:
    case TaxSystem::UsnIncome:
    case TaxSystem::UsnIncomeExpense:
    case TaxSystem::Eshn:
    case TaxSystem::Psn:
        return {};
    }
    return Tr::tr("Unknown tax system.");
}

QString OrganisationService::validate(const PointOfSale &p)
{
    if (p.name.trimmed().isEmpty())
        return Tr::tr("The point of sale needs a name.");
    if (p.address.trimmed().isEmpty() || p.place.trimmed().isEmpty())
        return Tr::tr("The address and the place of settlement are required.");
    if (p.storeName.size() > StoreNameLimit)
        return Tr::tr("The store name on the receipt is limited to %1 characters.").arg(StoreNameLimit);
    if (p.receiptAddress.size() > AddressLimit)
        return Tr::tr("The address on the receipt is limited to %1 characters.").arg(AddressLimit);
    if (p.phone.size() > PhoneLimit)
        return Tr::tr("The phone on the receipt is limited to %1 characters.").arg(PhoneLimit);
    if (p.footer.size() > FooterLimit)
        return Tr::tr("The receipt footer is limited to %1 characters.").arg(FooterLimit);
    return {};
}

QString OrganisationService::validate(const Workplace &w)
{
    if (w.name.trimmed().isEmpty())
        return Tr::tr("The workplace needs a name.");
    if (w.number < 1 || w.number > 99)
        return Tr::tr("The workplace number must be between 1 and 99.");
    if (w.pointOfSaleId <= 0)
        return Tr::tr("The workplace must belong to a point of sale.");
    return {};
}

Result<void> OrganisationService::setLegalEntity(const Actor &actor, const LegalEntity &entity)
{
    if (auto ok = AccessControl::check(actor, Permission::ManageSettings); !ok)
        return ok;
    if (const QString why = validate(entity); !why.isEmpty())
        return fail(Error::Code::Validation, why);
    Transaction tx(m_db);
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO legal_entity(id, name, inn, tax_system, updated_at) VALUES (1, ?, ?, ?, ?)"));
    q.addBindValue(entity.name.trimmed());
    q.addBindValue(entity.inn);
    q.addBindValue(int(entity.taxSystem));
    q.addBindValue(toStorage(m_clock()));
    if (!q.exec())
        return storage(q);
    AuditLog::record(m_db, actor.employeeId, QStringLiteral("settings.legal_entity"), entity.inn, m_clock());
    return tx.commit();
}

std::optional<LegalEntity> OrganisationService::legalEntity()
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT name, inn, tax_system FROM legal_entity WHERE id = 1"));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return LegalEntity{q.value(0).toString(), q.value(1).toString(), TaxSystem(q.value(2).toInt())};
}

Result<std::int64_t> OrganisationService::savePointOfSale(const Actor &actor, const PointOfSale &p)
{
    if (auto ok = AccessControl::check(actor, Permission::ManageSettings); !ok)
        return app::Unexpected<Error>{ok.error()};
    if (const QString why = validate(p); !why.isEmpty())
        return fail(Error::Code::Validation, why);
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO points_of_sale(id, name, address, place, receipt_store_name, receipt_address, "
        "receipt_phone, "
        "receipt_footer) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
        "address = excluded.address, place = excluded.place, receipt_store_name = "
        "excluded.receipt_store_name, "
        "receipt_address = excluded.receipt_address, receipt_phone = excluded.receipt_phone, "
        "receipt_footer = excluded.receipt_footer"));
    q.addBindValue(p.id > 0 ? QVariant::fromValue<qint64>(p.id) : QVariant());
    q.addBindValue(p.name.trimmed());
    q.addBindValue(p.address.trimmed());
    q.addBindValue(p.place.trimmed());
    q.addBindValue(sqlText(p.storeName));
    q.addBindValue(sqlText(p.receiptAddress));
    q.addBindValue(sqlText(p.phone));
    q.addBindValue(sqlText(p.footer));
    if (!q.exec())
        return storage(q);
    return std::int64_t(p.id > 0 ? p.id : q.lastInsertId().toLongLong());
}

std::optional<PointOfSale> OrganisationService::pointOfSale(std::int64_t id)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, name, address, place, receipt_store_name, receipt_address, receipt_phone, receipt_footer "
        "FROM points_of_sale WHERE id = ?"));
    q.addBindValue(qint64(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return PointOfSale{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toString(),   q.value(7).toString()};
}

Result<std::int64_t> OrganisationService::saveWorkplace(const Actor &actor, const Workplace &w)
{
    if (auto ok = AccessControl::check(actor, Permission::ManageSettings); !ok)
        return app::Unexpected<Error>{ok.error()};
    if (const QString why = validate(w); !why.isEmpty())
        return fail(Error::Code::Validation, why);
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO workplaces(id, point_of_sale_id, name, number, type) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET point_of_sale_id = excluded.point_of_sale_id, name = excluded.name, "
        "number = excluded.number, type = excluded.type"));
    q.addBindValue(w.id > 0 ? QVariant::fromValue<qint64>(w.id) : QVariant());
    q.addBindValue(qint64(w.pointOfSaleId));
    q.addBindValue(w.name.trimmed());
    q.addBindValue(w.number);
    q.addBindValue(int(w.type));
    if (!q.exec()) {
        if (q.lastError().text().contains(QLatin1String("UNIQUE")))
            return fail(Error::Code::Conflict, Tr::tr("Workplace number %1 is already taken.").arg(w.number));
        return storage(q);
    }
    return std::int64_t(w.id > 0 ? w.id : q.lastInsertId().toLongLong());
}

QList<Workplace> OrganisationService::workplaces()
{
    QList<Workplace> out;
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, point_of_sale_id, name, number, type FROM workplaces ORDER BY number"));
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                        q.value(3).toInt(), WorkplaceType(q.value(4).toInt())});
    }
    return out;
}

Result<void> OrganisationService::setPaymentMethods(const Actor &actor, Role role,
                                                    const QSet<PaymentType> &methods)
{
    if (auto ok = AccessControl::check(actor, Permission::ManageSettings); !ok)
        return ok;
    Transaction tx(m_db);
    QSqlQuery del = m_db.prepare(QStringLiteral("DELETE FROM role_payment_methods WHERE role = ?"));
    del.addBindValue(int(role));
    if (!del.exec())
        return storage(del);
    QSqlQuery ins =
        m_db.prepare(QStringLiteral("INSERT INTO role_payment_methods(role, method) VALUES (?, ?)"));
    for (const PaymentType type : methods) {
        ins.bindValue(0, int(role));
        ins.bindValue(1, int(type));
        if (!ins.exec())
            return storage(ins);
    }
    AuditLog::record(m_db, actor.employeeId, QStringLiteral("settings.payment_methods"),
                     QString::number(int(role)), m_clock());
    return tx.commit();
}

bool OrganisationService::paymentAllowed(Role role, PaymentType type)
{
    QSqlQuery &q =
        m_db.cached(QStringLiteral("SELECT 1 FROM role_payment_methods WHERE role = ? AND method = ?"));
    q.bindValue(0, int(role));
    q.bindValue(1, int(type));
    const bool ok = q.exec() && q.next();
    q.finish();
    return ok;
}

Result<void> OrganisationService::setDiscountSettings(const Actor &actor, const DiscountSettings &s)
{
    if (auto ok = AccessControl::check(actor, Permission::ManageSettings); !ok)
        return ok;
    if (const QString why = DiscountSettingsStore::validate(s); !why.isEmpty())
        return fail(Error::Code::Validation, why);
    Transaction tx(m_db);
    if (!DiscountSettingsStore::save(m_db, s))
        return app::Unexpected<Error>{Database::storageError(m_db.connection())};
    AuditLog::record(m_db, actor.employeeId, QStringLiteral("settings.discounts"), {}, m_clock());
    return tx.commit();
}

DiscountSettings OrganisationService::discountSettings()
{
    return DiscountSettingsStore::load(m_db);
}

Result<void> OrganisationService::setPrintReceipts(const Actor &actor, bool print)
{
    if (auto ok = AccessControl::check(actor, Permission::ManageSettings); !ok)
        return ok;
    Transaction tx(m_db);
    if (!setSetting(m_db, QStringLiteral("receipt.print"), print ? QStringLiteral("1") : QStringLiteral("0")))
        return app::Unexpected<Error>{Database::storageError(m_db.connection())};
    AuditLog::record(m_db, actor.employeeId, QStringLiteral("settings.receipt_print"), {}, m_clock());
    return tx.commit();
}

bool OrganisationService::printReceipts()
{
    const auto v = setting(m_db, QStringLiteral("receipt.print"));
    return !v || *v != QLatin1String("0");
}

} // namespace app
