#pragma once

// The till's decision on one scanned marking code under the permissive mode (issue 18), before the
// fiscal drive's own check (FF61h/FF69h) runs.

#include <QList>
#include <QMetaType>
#include <QString>

namespace app {

struct PermitVerdict
{
    enum class Kind {
        Allow,          // Честный знак (or its local module) said yes: tag 1260 goes with the line
        AllowUnchecked, // no usable answer in time and the group's policy lets it go: a badge
        Refuse,         // one plain Russian sentence for the cashier
    };
    enum class Source { LocalRegister, TsPiot, TrueApi, LocalModule, NotConfigured };

    Kind kind = Kind::Refuse;
    Source source = Source::TsPiot;
    QString text;    // Refuse: the sentence; AllowUnchecked: the badge
    QString detail;  // for the log and a "details" button: HTTP status, ids, the module's message
    QString tag1265; // Allow: the 1265 value
    QList<int> groupIds;
    int elapsedMs = 0;
    bool adminAlert = false; // the ТС ПИоТ refused our credentials: tell the administrator
    int packUnits = 0;       // a part of a pack allowed: the units in the pack (1294)
    int packSoldBefore = 0;  // and how many of them were sold before, the most we know of

    bool allowed() const { return kind != Kind::Refuse; }
};

} // namespace app

Q_DECLARE_METATYPE(app::PermitVerdict)
