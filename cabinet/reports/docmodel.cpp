#include "cabinet/reports/docmodel.h"

#include <chrono>
#include <cstdio>

namespace cabinet::reports {

namespace {

std::int64_t intAt(const json::Value &o, const char *key, std::int64_t fallback = 0)
{
    const json::Value *v = o.find(key);
    return v && v->isNumber() && v->asInt64() ? *v->asInt64() : fallback;
}

std::string textAt(const json::Value &o, const char *key)
{
    const json::Value *v = o.find(key);
    if (!v)
        return {};
    if (v->isString())
        return v->asString();
    if (v->isNumber())
        return v->numberText(); // v1 wrote local integer ids
    return {};
}

std::optional<std::string> optText(const json::Value &o, const char *key)
{
    std::string s = textAt(o, key);
    return s.empty() ? std::nullopt : std::optional<std::string>(std::move(s));
}

std::string firstOf(const std::string &a, const std::string &b)
{
    return a.empty() ? b : a;
}

LocalTime timeOf(const json::Value &payload, const Origin &origin, std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
        if (auto t = parseTime(textAt(payload, key)))
            return *t;
    if (auto t = parseTime(origin.createdAtDevice))
        return *t;
    return parseTime("1970-01-01T00:00:00Z").value_or(LocalTime{});
}

// calc_sign (tag 1054): 1 income, 2 return of income, 3 expense, 4 return of expense.
int directionOf(int calcSign)
{
    return calcSign == 2 || calcSign == 3 ? -1 : 1;
}

} // namespace

std::optional<LocalTime> parseTime(const std::string &iso, int defaultOffsetMinutes)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, n = 0;
    if (iso.size() < 19 ||
        std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &s, &n) != 6 || n != 19)
        return std::nullopt;
    std::size_t i = 19;
    std::int64_t ms = 0;
    if (i < iso.size() && iso[i] == '.') {
        int digits = 0;
        for (++i; i < iso.size() && iso[i] >= '0' && iso[i] <= '9'; ++i, ++digits)
            if (digits < 3)
                ms = ms * 10 + (iso[i] - '0');
        for (; digits < 3; ++digits)
            ms *= 10;
    }
    int offset = 0; // minutes east of UTC of the written wall clock
    bool utc = false;
    if (i < iso.size() && (iso[i] == 'Z' || iso[i] == 'z')) {
        utc = true;
    } else if (i + 6 <= iso.size() && (iso[i] == '+' || iso[i] == '-')) {
        int oh = 0, om = 0;
        if (std::sscanf(iso.c_str() + i + 1, "%2d:%2d", &oh, &om) != 2)
            return std::nullopt;
        offset = (iso[i] == '-' ? -1 : 1) * (oh * 60 + om);
    } else {
        utc = true; // no zone: the till's toStorage() writes UTC
    }
    using namespace std::chrono;
    const year_month_day date{year{y}, month{unsigned(mo)}, day{unsigned(d)}};
    if (!date.ok() || h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    const std::int64_t wallMs = std::int64_t(sys_days{date}.time_since_epoch().count()) * 86400000 +
                                (std::int64_t(h) * 3600 + mi * 60 + s) * 1000 + ms;
    LocalTime t;
    t.utcMs = wallMs - std::int64_t(offset) * 60000;
    const int localOffset = utc ? defaultOffsetMinutes : offset;
    const std::int64_t localMs = t.utcMs + std::int64_t(localOffset) * 60000;
    const auto localDays =
        sys_days{days{localMs >= 0 ? localMs / 86400000 : (localMs - 86399999) / 86400000}};
    const year_month_day local{localDays};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(local.year()), unsigned(local.month()),
                  unsigned(local.day()));
    t.day = buf;
    t.hour = int((localMs - std::int64_t(localDays.time_since_epoch().count()) * 86400000) / 3600000);
    return t;
}

std::string vatName(const json::Value &v)
{
    if (v.isString())
        return v.asString();
    static const char *const codes[] = {"",     "vat20", "vat10",  "vat120", "vat110", "vat0",  "none",
                                        "vat5", "vat7",  "vat105", "vat107", "vat22",  "vat122"};
    const auto n = v.asInt64();
    return n && *n >= 1 && *n <= 12 ? codes[*n] : "unknown";
}

std::string paymentMethodName(const json::Value &payment)
{
    if (auto method = payment.stringAt("method"))
        return *method;
    static const char *const types[] = {"cash", "card", "sbp", "prepaid", "credit", "other"};
    const json::Value *type = payment.find("type");
    if (type && type->isString())
        return type->asString();
    const auto n = type ? type->asInt64() : std::nullopt;
    return n && *n >= 0 && *n <= 5 ? types[*n] : "other";
}

Fiscal fiscalFrom(const json::Value *fiscal)
{
    Fiscal f;
    if (!fiscal || !fiscal->isObject())
        return f;
    f.fn = optText(*fiscal, "fn");
    if (const json::Value *fd = fiscal->find("fd"); fd && fd->asInt64())
        f.fd = fd->asInt64();
    f.fp = optText(*fiscal, "fp");
    f.at = optText(*fiscal, "at");
    if (const json::Value *shift = fiscal->find("shift"); shift && shift->asInt64())
        f.shift = shift->asInt64();
    return f;
}

std::optional<Receipt> readReceipt(const std::string &uuid, const json::Value &payload, const Origin &origin)
{
    Receipt r;
    r.uuid = uuid;
    r.schema = int(intAt(payload, "schema", intAt(payload, "v", 1)));
    r.kind = textAt(payload, "kind");
    r.calcSign = int(intAt(payload, "calc_sign", r.kind == "return" ? 2 : 1));
    r.direction = directionOf(r.calcSign);
    r.number = intAt(payload, "number");
    r.total = intAt(payload, "total");
    r.pointOfSaleId = firstOf(textAt(payload, "point_of_sale_id"), origin.pointOfSaleId);
    r.workplaceId = firstOf(textAt(payload, "workplace_id"), origin.workplaceId);
    r.shiftUuid = textAt(payload, "shift_uuid");
    r.employeeId = r.schema >= 2 ? textAt(payload, "employee_id") : "local:" + textAt(payload, "cashier_id");
    r.refersTo = textAt(payload, "refers_to");
    r.buyerContact = textAt(payload, "buyer_contact");
    r.at = timeOf(payload, origin, {"completed_at", "created_at"});
    r.fiscal = fiscalFrom(payload.find("fiscal"));
    if (const json::Value *lines = payload.find("lines"); lines && lines->isArray()) {
        for (const json::Value &l : lines->asArray()) {
            Line line;
            line.position = int(intAt(l, "position"));
            line.productId = r.schema >= 2 ? textAt(l, "product_id") : "local:" + textAt(l, "product_id");
            line.name = textAt(l, "name");
            line.vat = l.find("vat") ? vatName(*l.find("vat")) : "unknown";
            line.unit = textAt(l, "unit");
            line.markingCode = textAt(l, "marking_code");
            line.price = intAt(l, "price");
            line.quantityMilli = intAt(l, "quantity_milli");
            line.total = intAt(l, "total");
            line.vatAmount = intAt(l, "vat_amount");
            r.lines.push_back(std::move(line));
        }
    }
    if (const json::Value *payments = payload.find("payments"); payments && payments->isArray()) {
        for (const json::Value &p : payments->asArray())
            r.payments.push_back({paymentMethodName(p), intAt(p, "amount"), textAt(p, "reference")});
    }
    return r;
}

std::optional<ShiftEvent> readShiftEvent(const std::string &type, const json::Value &payload,
                                         const Origin &origin, const std::optional<std::string> &shiftUuid)
{
    ShiftEvent e;
    e.type = type;
    e.schema = int(intAt(payload, "schema", intAt(payload, "v", 1)));
    e.shiftUuid =
        firstOf(textAt(payload, "shift_uuid"), firstOf(shiftUuid.value_or(""), textAt(payload, "uuid")));
    if (e.shiftUuid.empty())
        return std::nullopt;
    e.pointOfSaleId = firstOf(textAt(payload, "point_of_sale_id"), origin.pointOfSaleId);
    e.workplaceId = firstOf(textAt(payload, "workplace_id"), origin.workplaceId);
    e.employeeId = textAt(payload, "employee_id");
    if (const json::Value *n = payload.find("fn_shift"); n && n->asInt64())
        e.fnShift = n->asInt64();
    else if (const json::Value *num = payload.find("number"); num && num->asInt64())
        e.fnShift = num->asInt64();
    e.fn = optText(payload, "fn");
    e.at = timeOf(payload, origin,
                  type == "shift_open" ? std::initializer_list<const char *>{"opened_at", "at"}
                                       : std::initializer_list<const char *>{"closed_at", "at"});
    if (const json::Value *totals = payload.find("totals"); totals && totals->isObject())
        e.totalsJson = json::serialize(*totals);
    return e;
}

std::optional<CashMove> readCashMove(const std::string &uuid, const std::string &type,
                                     const json::Value &payload, const Origin &origin,
                                     const std::optional<std::string> &shiftUuid)
{
    CashMove m;
    m.uuid = uuid;
    m.type = type;
    m.pointOfSaleId = firstOf(textAt(payload, "point_of_sale_id"), origin.pointOfSaleId);
    m.workplaceId = firstOf(textAt(payload, "workplace_id"), origin.workplaceId);
    m.shiftUuid = firstOf(textAt(payload, "shift_uuid"), shiftUuid.value_or(""));
    m.employeeId = textAt(payload, "employee_id");
    m.comment = textAt(payload, "comment");
    m.amount = intAt(payload, "amount");
    m.at = timeOf(payload, origin, {"at", "created_at"});
    return m;
}

std::optional<FiscalAttributes> readFiscalAttributes(const json::Value &payload)
{
    FiscalAttributes a;
    a.documentUuid = textAt(payload, "document_uuid");
    a.fiscal = fiscalFrom(payload.find("fiscal"));
    if (a.documentUuid.empty() || a.fiscal.empty())
        return std::nullopt;
    return a;
}

} // namespace cabinet::reports
