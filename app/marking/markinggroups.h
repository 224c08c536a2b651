#pragma once

// The Честный знак product groups (their `groupIds`, reference §4.3) a shop may set a policy for,
// with names in the user's language. Medicines (group 7) go through МДЛП, outside this check.

#include <QList>
#include <QString>

namespace app {

struct MarkingGroup
{
    int id = 0;
    QString name; // translated
};

QList<MarkingGroup> markingGroups();
// The group's name, or "Group N" for an id the list does not know.
QString markingGroupName(int id);

} // namespace app
