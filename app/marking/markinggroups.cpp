#include "app/marking/markinggroups.h"

#include "app/core/tr.h"

namespace app {

QList<MarkingGroup> markingGroups()
{
    return {
        {1, Tr::tr("Clothing and linen")},
        {2, Tr::tr("Shoes")},
        {3, Tr::tr("Tobacco")},
        {4, Tr::tr("Perfume and eau de toilette")},
        {5, Tr::tr("Tyres")},
        {6, Tr::tr("Cameras and flashes")},
        {8, Tr::tr("Dairy products")},
        {9, Tr::tr("Bicycles")},
        {10, Tr::tr("Medical devices")},
        {12, Tr::tr("Alternative tobacco products")},
        {13, Tr::tr("Packaged water")},
        {14, Tr::tr("Furs")},
        {15, Tr::tr("Beer and low-alcohol drinks")},
        {16, Tr::tr("Nicotine products")},
        {17, Tr::tr("Dietary supplements")},
        {19, Tr::tr("Antiseptics")},
        {20, Tr::tr("Pet food")},
        {21, Tr::tr("Seafood (caviar)")},
        {22, Tr::tr("Non-alcoholic beer")},
        {23, Tr::tr("Juices and soft drinks")},
        {26, Tr::tr("Veterinary medicines")},
        {32, Tr::tr("Canned food")},
        {33, Tr::tr("Vegetable oils")},
    };
}

QString markingGroupName(int id)
{
    const QList<MarkingGroup> groups = markingGroups();
    for (const MarkingGroup &g : groups)
        if (g.id == id)
            return g.name;
    return Tr::tr("Group %1").arg(id);
}

} // namespace app
