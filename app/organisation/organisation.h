#pragma once

// The legal entity, its point of sale with the receipt texts, workplaces, payment methods per role
// and discount settings. Changing any of it needs ManageSettings.

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/organisation/discountsettings.h"
#include "app/staff/permissions.h"

namespace app {

class Database;

// Tag 1055 bit values; an entity works under exactly one of them here.
enum class TaxSystem : int { Osn = 1, UsnIncome = 2, UsnIncomeExpense = 4, Eshn = 16, Psn = 32 };

enum class PaymentType : int { Cash = 0, Card = 1, Sbp = 2 };
inline constexpr int PaymentTypeCount = 3;

enum class WorkplaceType : int { Stationary = 0, Mobile = 1, Automat = 2 };

struct LegalEntity
{
    QString name;
    QString inn;
    TaxSystem taxSystem = TaxSystem::Osn;
};

struct PointOfSale
{
    std::int64_t id = 0;
    QString name;
    QString address; // tag 1009
    QString place;   // tag 1187
    // Receipt header and footer, limits from the registrar's print width.
    QString storeName;      // <= 102
    QString receiptAddress; // <= 68
    QString phone;          // <= 34
    QString footer;         // <= 340
};

struct Workplace
{
    std::int64_t id = 0;
    std::int64_t pointOfSaleId = 0;
    QString name;
    int number = 1; // 1..99
    WorkplaceType type = WorkplaceType::Stationary;
};

class OrganisationService final
{
    Q_DISABLE_COPY_MOVE(OrganisationService)

public:
    static constexpr int StoreNameLimit = 102;
    static constexpr int AddressLimit = 68;
    static constexpr int PhoneLimit = 34;
    static constexpr int FooterLimit = 340;

    explicit OrganisationService(Database &db, Clock clock = systemClock());

    Result<void> setLegalEntity(const Actor &actor, const LegalEntity &entity);
    std::optional<LegalEntity> legalEntity();

    Result<std::int64_t> savePointOfSale(const Actor &actor, const PointOfSale &pos); // id 0: insert
    std::optional<PointOfSale> pointOfSale(std::int64_t id);
    Result<std::int64_t> saveWorkplace(const Actor &actor, const Workplace &workplace);
    QList<Workplace> workplaces();

    Result<void> setPaymentMethods(const Actor &actor, Role role, const QSet<PaymentType> &methods);
    bool paymentAllowed(Role role, PaymentType type);

    Result<void> setDiscountSettings(const Actor &actor, const DiscountSettings &settings);
    DiscountSettings discountSettings();

    // "Печатать чек": off, a receipt whose buyer left a phone or e-mail (tag 1008) goes only there
    // and the registrar prints nothing; a receipt without one is printed all the same. On by default.
    Result<void> setPrintReceipts(const Actor &actor, bool print);
    bool printReceipts();

    static QString validate(const LegalEntity &entity);
    static QString validate(const PointOfSale &pos);
    static QString validate(const Workplace &workplace);

private:
    Database &m_db;
    Clock m_clock;
};

} // namespace app
