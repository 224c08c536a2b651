#include "app/demo/seeddata.h"

#include "app/catalog/catalogservice.h"
#include "app/core/tr.h"
#include "app/core/validation.h"
#include "app/organisation/organisation.h"
#include "app/staff/staffservice.h"
#include "app/storage/database.h"

namespace app {
namespace {

struct DemoItem
{
    const char16_t *name;
    const char16_t *category;
    Kopecks price;
    int unit;
    int vat;
    MarkingType marking;
};

constexpr int Pcs = 0;
constexpr int Kg = 11;
constexpr int Food = 2;     // 10 %: staple foods and children's goods
constexpr int General = 11; // 22 % since 05.01.2026

// Prices in kopecks; weighted goods are priced per kilogram.
const DemoItem items[] = {
    {u"Молоко «Домик в деревне» 3,2% 930 мл", u"Молочные продукты", 10990, Pcs, Food, MarkingType::Milk},
    {u"Молоко «Простоквашино» 2,5% 930 мл", u"Молочные продукты", 9490, Pcs, Food, MarkingType::Milk},
    {u"Кефир 1% 900 г", u"Молочные продукты", 8990, Pcs, Food, MarkingType::Milk},
    {u"Сметана 20% 300 г", u"Молочные продукты", 12990, Pcs, Food, MarkingType::Milk},
    {u"Творог 5% 200 г", u"Молочные продукты", 11990, Pcs, Food, MarkingType::Milk},
    {u"Масло сливочное 82,5% 180 г", u"Молочные продукты", 24990, Pcs, Food, MarkingType::Milk},
    {u"Сыр «Российский» весовой", u"Молочные продукты", 89900, Kg, Food, MarkingType::None},
    {u"Йогурт клубничный 2,5% 290 г", u"Молочные продукты", 7990, Pcs, Food, MarkingType::Milk},
    {u"Хлеб «Бородинский» 400 г", u"Хлеб", 6990, Pcs, Food, MarkingType::None},
    {u"Батон нарезной 400 г", u"Хлеб", 5990, Pcs, Food, MarkingType::None},
    {u"Лаваш армянский 200 г", u"Хлеб", 4990, Pcs, Food, MarkingType::None},
    {u"Сушки с маком 300 г", u"Хлеб", 8990, Pcs, Food, MarkingType::None},
    {u"Яблоки «Гренни Смит»", u"Овощи и фрукты", 16990, Kg, Food, MarkingType::None},
    {u"Бананы", u"Овощи и фрукты", 13990, Kg, Food, MarkingType::None},
    {u"Картофель молодой", u"Овощи и фрукты", 5990, Kg, Food, MarkingType::None},
    {u"Морковь мытая", u"Овощи и фрукты", 4990, Kg, Food, MarkingType::None},
    {u"Лук репчатый", u"Овощи и фрукты", 3990, Kg, Food, MarkingType::None},
    {u"Огурцы среднеплодные", u"Овощи и фрукты", 19990, Kg, Food, MarkingType::None},
    {u"Помидоры розовые", u"Овощи и фрукты", 29990, Kg, Food, MarkingType::None},
    {u"Апельсины", u"Овощи и фрукты", 14990, Kg, Food, MarkingType::None},
    {u"Колбаса «Докторская» весовая", u"Мясо и колбасы", 69900, Kg, Food, MarkingType::None},
    {u"Сосиски молочные 470 г", u"Мясо и колбасы", 27990, Pcs, Food, MarkingType::None},
    {u"Филе куриное охлаждённое", u"Мясо и колбасы", 45990, Kg, Food, MarkingType::None},
    {u"Фарш говяжий 400 г", u"Мясо и колбасы", 32990, Pcs, Food, MarkingType::None},
    {u"Пельмени «Сибирские» 800 г", u"Мясо и колбасы", 42990, Pcs, Food, MarkingType::None},
    {u"Яйца куриные С1, 10 шт.", u"Мясо и колбасы", 12990, Pcs, Food, MarkingType::None},
    {u"Вода питьевая «Шишкин лес» 5 л", u"Напитки", 15990, Pcs, General, MarkingType::Water},
    {u"Вода минеральная «Ессентуки №17» 0,5 л", u"Напитки", 8990, Pcs, General, MarkingType::Water},
    {u"Сок яблочный 1 л", u"Напитки", 13990, Pcs, General, MarkingType::None},
    {u"Квас «Очаковский» 1,5 л", u"Напитки", 11990, Pcs, General, MarkingType::None},
    {u"Чай чёрный «Майский» 100 пак.", u"Напитки", 27990, Pcs, General, MarkingType::None},
    {u"Кофе молотый 250 г", u"Напитки", 49990, Pcs, General, MarkingType::None},
    {u"Лимонад «Тархун» 0,5 л", u"Напитки", 7990, Pcs, General, MarkingType::None},
    {u"Гречка ядрица 900 г", u"Бакалея", 10990, Pcs, Food, MarkingType::None},
    {u"Рис круглозёрный 900 г", u"Бакалея", 11990, Pcs, Food, MarkingType::None},
    {u"Макароны «Макфа» рожки 450 г", u"Бакалея", 8990, Pcs, Food, MarkingType::None},
    {u"Мука пшеничная 2 кг", u"Бакалея", 12990, Pcs, Food, MarkingType::None},
    {u"Сахар-песок 1 кг", u"Бакалея", 8990, Pcs, Food, MarkingType::None},
    {u"Соль поваренная 1 кг", u"Бакалея", 2990, Pcs, Food, MarkingType::None},
    {u"Масло подсолнечное 1 л", u"Бакалея", 15990, Pcs, Food, MarkingType::None},
    {u"Овсяные хлопья «Геркулес» 500 г", u"Бакалея", 7990, Pcs, Food, MarkingType::None},
    {u"Горошек зелёный 400 г", u"Бакалея", 9990, Pcs, Food, MarkingType::None},
    {u"Шоколад молочный «Алёнка» 90 г", u"Сладости", 10990, Pcs, General, MarkingType::None},
    {u"Конфеты «Мишка косолапый» весовые", u"Сладости", 129900, Kg, General, MarkingType::None},
    {u"Пряники тульские 350 г", u"Сладости", 14990, Pcs, General, MarkingType::None},
    {u"Печенье «Юбилейное» 112 г", u"Сладости", 5990, Pcs, General, MarkingType::None},
    {u"Зефир бело-розовый 250 г", u"Сладости", 13990, Pcs, General, MarkingType::None},
    {u"Мороженое пломбир 80 г", u"Сладости", 7990, Pcs, General, MarkingType::None},
    {u"Пиво «Жигулёвское» 0,5 л", u"Алкоголь", 8990, Pcs, General, MarkingType::Beer},
    {u"Пиво «Балтика №7» 0,45 л", u"Алкоголь", 9990, Pcs, General, MarkingType::Beer},
    {u"Сигареты «Ява Золотая»", u"Табак", 21500, Pcs, General, MarkingType::Tobacco},
    {u"Сигареты «Петр I»", u"Табак", 19900, Pcs, General, MarkingType::Tobacco},
    {u"Средство для посуды 500 мл", u"Бытовая химия", 12990, Pcs, General, MarkingType::None},
    {u"Стиральный порошок 2,4 кг", u"Бытовая химия", 59990, Pcs, General, MarkingType::None},
    {u"Туалетная бумага 4 рулона", u"Бытовая химия", 17990, Pcs, General, MarkingType::None},
    {u"Мыло хозяйственное 200 г", u"Бытовая химия", 4990, Pcs, General, MarkingType::None},
    {u"Кеды текстильные, р. 42", u"Обувь", 249900, Pcs, General, MarkingType::Shoes},
    {u"Тапочки домашние, р. 38", u"Обувь", 59900, Pcs, General, MarkingType::Shoes},
    {u"Пакет-майка", u"Прочее", 900, Pcs, General, MarkingType::None},
    {u"Спички, 10 коробков", u"Прочее", 3990, Pcs, General, MarkingType::None},
    {u"Батарейки AA, 4 шт.", u"Прочее", 29990, Pcs, General, MarkingType::None},
    {u"Вода питьевая 1,5 л", u"Напитки", 4990, Pcs, General, MarkingType::Water},
};

QString withCheckDigit(const QString &digits)
{
    return digits + QString::number(eanCheckDigit(digits));
}

// A valid 10-digit INN from nine digits.
QString innFrom(const QString &nine)
{
    static constexpr int weights[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += weights[i] * (nine.at(i).unicode() - '0');
    return nine + QString::number(sum % 11 % 10);
}

template<class T>
app::Unexpected<Error> forward(const Result<T> &r)
{
    return {r.error()};
}

} // namespace

Result<DemoSeed> seedDemoData(Database &db, PinHasher::Cost cost)
{
    DemoSeed seed;
    StaffService staff(db, systemClock(), cost);
    auto owner = staff.createFirstOwner(
        {QStringLiteral(u"Демо Владелец"), QStringLiteral("+79000000001"), {}, {}, Role::Owner},
        QLatin1String(DemoOwnerPin));
    if (!owner)
        return forward(owner);
    seed.ownerId = owner->id;
    const Actor actor{owner->id, Role::Owner};
    auto cashier = staff.add(
        actor, {QStringLiteral(u"Демо Кассир"), QStringLiteral("+79000000002"), {}, {}, Role::Cashier},
        QLatin1String(DemoCashierPin));
    if (!cashier)
        return forward(cashier);
    seed.cashierId = cashier->id;

    OrganisationService organisation(db);
    if (auto ok = organisation.setLegalEntity(actor, {QStringLiteral(u"ООО «Прилавок-Демо»"),
                                                      innFrom(QStringLiteral("770123456")), TaxSystem::Osn});
        !ok)
        return forward(ok);
    PointOfSale pos;
    pos.name = QStringLiteral(u"Магазин у дома");
    pos.address = QStringLiteral(u"г. Москва, ул. Примерная, д. 1");
    pos.place = QStringLiteral(u"Торговый зал");
    pos.storeName = QStringLiteral(u"ПРИЛАВОК-ДЕМО");
    pos.receiptAddress = QStringLiteral(u"Москва, ул. Примерная, 1");
    pos.phone = QStringLiteral("+7 (495) 000-00-00");
    pos.footer = QStringLiteral(u"Спасибо за покупку! Демо-режим: чеки не фискальные.");
    auto posId = organisation.savePointOfSale(actor, pos);
    if (!posId)
        return forward(posId);
    if (auto ok = organisation.saveWorkplace(
            actor, {0, *posId, QStringLiteral(u"Касса 1"), 1, WorkplaceType::Stationary});
        !ok)
        return forward(ok);

    CatalogService catalog(db);
    QHash<QString, std::int64_t> categories;
    int n = 0;
    for (const DemoItem &item : items) {
        const QString category = QString::fromUtf16(item.category);
        if (!categories.contains(category)) {
            auto id = catalog.addCategory(actor, category);
            if (!id)
                return forward(id);
            categories.insert(category, *id);
        }
        ++n;
        Product p;
        p.name = QString::fromUtf16(item.name);
        p.price = item.price;
        p.unitCode = item.unit;
        p.vatCode = item.vat;
        p.categoryId = categories.value(category);
        p.country = QStringLiteral("643");
        p.article = QStringLiteral("D%1").arg(n, 3, 10, QLatin1Char('0'));
        p.weighted = item.unit == Kg;
        p.marked = item.marking != MarkingType::None;
        p.markingType = item.marking;
        p.subject = item.marking == MarkingType::Beer || item.marking == MarkingType::Tobacco
                        ? Subject::MarkedExcise
                    : p.marked ? Subject::MarkedGoods
                               : Subject::Goods;
        // 460 = GS1 Russia; weighted goods get an in-store code instead (scales print 2x prefixes).
        if (!p.weighted)
            p.barcodes << withCheckDigit(QStringLiteral("4607001%1").arg(n, 5, 10, QLatin1Char('0')));
        else
            p.barcodes << withCheckDigit(QStringLiteral("2000000%1").arg(n, 5, 10, QLatin1Char('0')));
        if (auto ok = catalog.addProduct(actor, p); !ok)
            return forward(ok);
        ++seed.products;
    }
    return seed;
}

} // namespace app
