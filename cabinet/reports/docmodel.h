#pragma once

// What reports need from a pushed document, read from payload v2 (PROTOCOL.md "Payload v2") or,
// for documents stored before it, from v1 (local integer ids, numeric VAT and payment codes).

#include "cabinet/json/json.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cabinet::reports {

// A wall-clock moment of the till: UTC milliseconds and the local business day and hour.
struct LocalTime
{
    std::int64_t utcMs = 0;
    std::string day; // YYYY-MM-DD in the till's local time
    int hour = 0;
};

// ISO 8601 with an optional fraction and a Z or ±HH:MM offset; without an offset (v1 wrote UTC
// with Z), the local day is taken at `defaultOffsetMinutes` (Moscow).
std::optional<LocalTime> parseTime(const std::string &iso, int defaultOffsetMinutes = 180);

// Where a document comes from: the device row the token resolved to.
struct Origin
{
    std::string organizationId;
    std::string pointOfSaleId;
    std::string workplaceId;
    std::string deviceId;
    std::int64_t serverSeq = 0;
    std::int64_t receivedAt = 0;
    std::string createdAtDevice;
};

struct Fiscal
{
    std::optional<std::string> fn;
    std::optional<std::int64_t> fd;
    std::optional<std::string> fp;
    std::optional<std::string> at;
    std::optional<std::int64_t> shift;
    bool empty() const { return !fn && !fd && !fp; }
};

struct Line
{
    int position = 0;
    std::string productId, name, vat, unit, markingCode;
    std::int64_t price = 0, quantityMilli = 0, total = 0, vatAmount = 0;
};

struct Payment
{
    std::string method; // cash, card, sbp, prepaid, credit, ...
    std::int64_t amount = 0;
    std::string reference;
};

struct Receipt
{
    std::string uuid, kind; // sale, return, correction
    int schema = 1;
    int calcSign = 1;
    int direction = 1; // +1 money in (sale), -1 money out (return)
    std::int64_t number = 0, total = 0;
    std::string pointOfSaleId, workplaceId, shiftUuid, employeeId, refersTo, buyerContact;
    LocalTime at;
    std::vector<Line> lines;
    std::vector<Payment> payments;
    Fiscal fiscal;
};

struct ShiftEvent
{
    std::string shiftUuid, type; // shift_open, shift_close, x_report, z_report
    int schema = 1;
    std::string pointOfSaleId, workplaceId, employeeId;
    std::optional<std::int64_t> fnShift;
    std::optional<std::string> fn;
    LocalTime at;
    std::string totalsJson; // the till's Z/X totals as sent (v2), empty otherwise
};

struct CashMove
{
    std::string uuid, type; // cash_in, cash_out
    std::string pointOfSaleId, workplaceId, shiftUuid, employeeId, comment;
    std::int64_t amount = 0;
    LocalTime at;
};

struct FiscalAttributes
{
    std::string documentUuid;
    Fiscal fiscal;
};

std::string vatName(const json::Value &v);
std::string paymentMethodName(const json::Value &payment);
Fiscal fiscalFrom(const json::Value *fiscal);

// nullopt when the payload lacks what the type needs; the document is still stored, not reported.
std::optional<Receipt> readReceipt(const std::string &uuid, const json::Value &payload, const Origin &origin);
std::optional<ShiftEvent> readShiftEvent(const std::string &type, const json::Value &payload,
                                         const Origin &origin, const std::optional<std::string> &shiftUuid);
std::optional<CashMove> readCashMove(const std::string &uuid, const std::string &type,
                                     const json::Value &payload, const Origin &origin,
                                     const std::optional<std::string> &shiftUuid);
std::optional<FiscalAttributes> readFiscalAttributes(const json::Value &payload);

} // namespace cabinet::reports
