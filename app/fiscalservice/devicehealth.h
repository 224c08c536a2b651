#pragma once

// What the UI shows about the registrar (badge, service menu, warnings), published by the fiscal
// worker after every poll and every job. Plain data, copied across threads.

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

#include "app/fiscalservice/fiscalmessage.h"

namespace app {

enum class PaperStatus : std::uint8_t { Ok, Out, OutWhilePrinting, WaitingContinue };
enum class ShiftStatus : std::uint8_t { Unknown, Closed, Open, Expired };

// Shift rules (fiscal-rules §1.4): warn from an hour before the 24-hour limit, refuse sales after it.
enum class ShiftAlert : std::uint8_t {
    None,
    NearLimit, // less than an hour left: close the shift soon
    Expired,   // over 24 h: only the Z report is possible
    Stale,     // open on the registrar but not in this till's database: close it first
};

enum class FnAlert : std::uint8_t { None, ExpiresSoon, Expired };

struct DeviceHealth
{
    bool connected = false;
    QString device;        // "tcp:127.0.0.1:7778"
    FiscalMessage problem; // the last link or device problem (empty text when fine)

    int mode = 0; // 10h mode (low nibble) and submode
    int submode = 0;
    PaperStatus paper = PaperStatus::Ok;
    bool documentOpen = false;

    ShiftStatus shift = ShiftStatus::Unknown;
    QDateTime shiftOpenedAt; // UTC, from this till's shift record; invalid when unknown
    qint64 shiftAgeSeconds = -1;
    ShiftAlert shiftAlert = ShiftAlert::None;
    QString shiftMessage; // translated; empty when nothing to say

    QString fnNumber;
    QDate fnExpiry;
    int fnDaysLeft = -1;
    FnAlert fnAlert = FnAlert::None;
    QString fnMessage;
    std::uint32_t lastFd = 0;

    int ofdBacklog = -1; // documents not yet confirmed by the OFD; -1 unknown
    QDateTime ofdOldest; // local time of the oldest unsent one

    int pendingJobs = 0;   // queued or sending in the journal
    int attentionJobs = 0; // need a person
    int failedJobs = 0;
    bool printIncomplete = false; // a fiscalised document waits for "Continue printing"
    QDateTime polledAt;           // UTC
};

// The shift rules as a pure function: `openedAt` is UTC; `deviceExpired` is mode 3.
struct ShiftVerdict
{
    ShiftAlert alert = ShiftAlert::None;
    qint64 ageSeconds = -1;
    QString message;
};
ShiftVerdict checkShift(ShiftStatus status, const QDateTime &openedAt, bool knownToTill,
                        const QDateTime &now);

struct FnVerdict
{
    FnAlert alert = FnAlert::None;
    int daysLeft = -1;
    QString message;
};
FnVerdict checkFnExpiry(const QDate &expiry, const QDate &today);

// A new sale may start: shift open and within 24 h, no stale shift. Empty text when allowed.
QString saleBlockedReason(const DeviceHealth &health);

} // namespace app

Q_DECLARE_METATYPE(app::DeviceHealth)
