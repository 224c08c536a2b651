#include "cabinet/store/store.h"

namespace cabinet {

Store::Store(db::Pool &pool, StoreOptions options)
    : m_pool(pool)
    , m_options(std::move(options))
{}

bool Store::isCatalogEntity(const std::string &entity)
{
    static const char *const entities[] = {
        "product",      "category",           "unit",     "vat_rate", "payment_method",
        "receipt_text", "workplace_settings", "employee", "role",     "point_of_sale",
        "discount",     "discount_settings",  "price"};
    for (const char *e : entities)
        if (entity == e)
            return true;
    return false;
}

} // namespace cabinet
