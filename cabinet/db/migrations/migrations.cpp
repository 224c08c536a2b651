// The list of the cabinet's schema steps, ascending. Add a step here and in migration.h, with its
// DDL in its own file (cabinet/db/README.md).

#include "cabinet/db/migration.h"

namespace cabinet::db {

const std::vector<Migration> &knownMigrations()
{
    static const std::vector<Migration> all = {
        migration001Initial(),       migration002Reports(),       migration003JournalOrder(),
        migration004ReceiptsFd(),    migration005Accounts(),      migration006WorkplaceCard(),
        migration007Quarantine(),    migration008CatalogSearch(), migration010LegalEntities(),
        migration011Notifications(), migration012PosTimeZone(),   migration013MarkingSecrets(),
    };
    return all;
}

} // namespace cabinet::db
