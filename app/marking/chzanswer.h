#pragma once

// What Честный знак (through ТС ПИоТ, or its local module) said about one marking code: the
// per-code fields of the reference's §1.4 that the ban rules read, and the check's identity that
// goes into tag 1265. Parsed leniently: a field that is absent stays unset.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "app/core/money.h"

namespace app {

struct ChzCodeFacts
{
    QString cis;
    QString gtin;
    QList<int> groupIds;
    std::optional<bool> valid, found, verified, utilised, realizable, sold, isBlocked;
    QStringList ogvs;
    std::optional<QDateTime> expireDate;
    std::optional<QDateTime> latestVariableExpiry;
    std::optional<Kopecks> mrp, smp;
    bool grayZone = false;
    // A pack sold piece by piece (§4.2): units in it, and how many Честный знак knows are sold.
    std::optional<int> innerUnitCount, soldUnitCount;
    int errorCode = 0;
    QString message;
};

struct ChzAnswer
{
    int code = 0; // request level: 0 processed
    QString description;
    QList<ChzCodeFacts> codes;
    QString reqId;
    QString reqTimestamp;        // integer milliseconds, kept verbatim for 1265
    bool checkedOffline = false; // answered by the local module
    QString inst, version;       // the local module's instance and database version

    // "UUID=…&Time=…", plus "&Inst=…&Ver=…" when the local module answered; empty without an id.
    QString tag1265() const;
};

ChzCodeFacts parseChzCode(const QJsonObject &o);
// One element of ТС ПИоТ's codesResponse[] (the True API answer shape plus isCheckedOffline).
ChzAnswer parseChzAnswer(const QJsonObject &o);

} // namespace app
