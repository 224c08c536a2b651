#include "cabinet/reports/ingest.h"

#include "cabinet/reports/bulk.h"
#include "cabinet/util/crypto.h"

namespace cabinet::reports {

namespace {

db::Param opt(const std::optional<std::string> &s)
{
    return s ? db::Param(*s) : db::Param(nullptr);
}

db::Param opt(const std::optional<std::int64_t> &n)
{
    return n ? db::Param(*n) : db::Param(nullptr);
}

db::Param textOrNull(const std::string &s)
{
    return s.empty() ? db::Param(nullptr) : db::Param(s);
}

char hourKey[24][3] = {};

const char *hourName(int h)
{
    if (!hourKey[0][0])
        for (int i = 0; i < 24; ++i) {
            hourKey[i][0] = char('0' + i / 10);
            hourKey[i][1] = char('0' + i % 10);
        }
    return hourKey[h < 0 || h > 23 ? 0 : h];
}

RollupDelta money(int direction, std::int64_t amount, std::int64_t count, std::int64_t vat = 0,
                  std::int64_t qty = 0)
{
    RollupDelta d;
    (direction > 0 ? d.amountIn : d.amountOut) = amount;
    (direction > 0 ? d.countIn : d.countOut) = count;
    (direction > 0 ? d.vatIn : d.vatOut) = vat;
    (direction > 0 ? d.qtyIn : d.qtyOut) = qty;
    return d;
}

void operator+=(RollupDelta &a, const RollupDelta &b)
{
    a.amountIn += b.amountIn;
    a.amountOut += b.amountOut;
    a.countIn += b.countIn;
    a.countOut += b.countOut;
    a.vatIn += b.vatIn;
    a.vatOut += b.vatOut;
    a.qtyIn += b.qtyIn;
    a.qtyOut += b.qtyOut;
}

const std::vector<Column> kReceiptColumns = {{"organization_id", "uuid"},
                                             {"uuid", "uuid"},
                                             {"server_seq", "bigint"},
                                             {"kind", "text"},
                                             {"schema", "integer"},
                                             {"calc_sign", "integer"},
                                             {"direction", "integer"},
                                             {"number", "bigint"},
                                             {"point_of_sale_id", "uuid"},
                                             {"workplace_id", "uuid"},
                                             {"device_id", "uuid"},
                                             {"shift_uuid", "text"},
                                             {"employee_id", "text"},
                                             {"refers_to", "text"},
                                             {"buyer_contact", "text"},
                                             {"total", "bigint"},
                                             {"at", "bigint"},
                                             {"day", "text"},
                                             {"hour", "integer"},
                                             {"payment_methods", "text"},
                                             {"fn", "text"},
                                             {"fd", "bigint"},
                                             {"fp", "text"},
                                             {"fiscal_at", "text"}};

const std::vector<Column> kLineColumns = {
    {"organization_id", "uuid"},  {"receipt_uuid", "uuid"}, {"position", "integer"},
    {"product_id", "text"},       {"name", "text"},         {"price", "bigint"},
    {"quantity_milli", "bigint"}, {"total", "bigint"},      {"vat", "text"},
    {"vat_amount", "bigint"},     {"unit", "text"},         {"marking_code", "text"}};

const std::vector<Column> kPaymentColumns = {{"organization_id", "uuid"}, {"receipt_uuid", "uuid"},
                                             {"idx", "integer"},          {"method", "text"},
                                             {"amount", "bigint"},        {"reference", "text"}};

const std::vector<Column> kCashColumns = {
    {"organization_id", "uuid"},  {"uuid", "uuid"},         {"server_seq", "bigint"}, {"type", "text"},
    {"point_of_sale_id", "uuid"}, {"workplace_id", "uuid"}, {"device_id", "uuid"},    {"shift_uuid", "text"},
    {"employee_id", "text"},      {"amount", "bigint"},     {"at", "bigint"},         {"day", "text"},
    {"comment", "text"}};

const std::vector<Column> kRollupColumns = {
    {"organization_id", "uuid"},  {"dimension", "text"},    {"day", "text"},
    {"point_of_sale_id", "uuid"}, {"workplace_id", "uuid"}, {"key", "text"},
    {"amount_in", "bigint"},      {"amount_out", "bigint"}, {"count_in", "bigint"},
    {"count_out", "bigint"},      {"vat_in", "bigint"},     {"vat_out", "bigint"},
    {"qty_in", "bigint"},         {"qty_out", "bigint"}};

const std::vector<Column> kShiftColumns = {
    {"organization_id", "uuid"}, {"shift_uuid", "text"}, {"point_of_sale_id", "uuid"},
    {"workplace_id", "uuid"},    {"device_id", "uuid"},  {"amount_in", "bigint"},
    {"amount_out", "bigint"},    {"count_in", "bigint"}, {"count_out", "bigint"},
    {"cash_in", "bigint"},       {"cash_out", "bigint"}};

std::string addUp(const char *table, std::initializer_list<const char *> columns)
{
    std::string s;
    for (const char *col : columns)
        s += std::string(s.empty() ? "" : ", ") + col + " = " + table + "." + col + " + excluded." + col;
    return s;
}

} // namespace

void Ingest::add(const Origin &origin, const std::string &uuid, const std::string &type,
                 const std::string &payloadJson, const std::optional<std::string> &shiftUuid)
{
    m_org = origin.organizationId;
    auto payload = json::tryParse(payloadJson);
    if (!payload || !payload->isObject())
        return;
    if (type == "sale" || type == "return" || type == "correction") {
        if (auto r = readReceipt(uuid, *payload, origin)) {
            if (r->kind.empty())
                r->kind = type;
            if (r->shiftUuid.empty() && shiftUuid)
                r->shiftUuid = *shiftUuid;
            addReceipt(*r, origin);
        }
    } else if (type == "shift_open" || type == "shift_close" || type == "x_report" || type == "z_report") {
        if (auto e = readShiftEvent(type, *payload, origin, shiftUuid))
            addShiftEvent(*e, origin);
    } else if (type == "cash_in" || type == "cash_out") {
        if (auto m = readCashMove(uuid, type, *payload, origin, shiftUuid))
            addCash(*m, origin);
    } else if (type == "fiscal_attributes") {
        if (auto a = readFiscalAttributes(*payload); a && crypto::isUuid(a->documentUuid))
            m_fiscal.push_back(std::move(*a));
    }
}

void Ingest::roll(const std::string &day, const Origin &o, const std::string &dimension,
                  const std::string &key, const RollupDelta &d)
{
    m_rollups[{dimension, day, o.pointOfSaleId, o.workplaceId, key}] += d;
}

void Ingest::addReceipt(const Receipt &r, const Origin &o)
{
    const std::string &org = o.organizationId;
    std::string methods = ",";
    for (std::size_t i = 0; i < r.payments.size(); ++i) {
        const Payment &p = r.payments[i];
        m_payments.push_back({org, r.uuid, std::int64_t(i), p.method, p.amount, p.reference});
        if (methods.find("," + p.method + ",") == std::string::npos)
            methods += p.method + ",";
        roll(r.at.day, o, "payment", p.method, money(r.direction, p.amount, 1));
    }
    std::int64_t vat = 0;
    for (const Line &l : r.lines) {
        m_lines.push_back({org, r.uuid, std::int64_t(l.position), l.productId, l.name, l.price,
                           l.quantityMilli, l.total, l.vat, l.vatAmount, l.unit, l.markingCode});
        vat += l.vatAmount;
        roll(r.at.day, o, "vat", l.vat, money(r.direction, l.total, 1, l.vatAmount));
        roll(r.at.day, o, "product", l.productId,
             money(r.direction, l.total, 1, l.vatAmount, l.quantityMilli));
    }
    m_receipts.push_back({org,
                          r.uuid,
                          o.serverSeq,
                          r.kind,
                          std::int64_t(r.schema),
                          std::int64_t(r.calcSign),
                          std::int64_t(r.direction),
                          r.number,
                          o.pointOfSaleId,
                          o.workplaceId,
                          o.deviceId,
                          textOrNull(r.shiftUuid),
                          textOrNull(r.employeeId),
                          textOrNull(r.refersTo),
                          textOrNull(r.buyerContact),
                          r.total,
                          r.at.utcMs,
                          r.at.day,
                          std::int64_t(r.at.hour),
                          methods,
                          opt(r.fiscal.fn),
                          opt(r.fiscal.fd),
                          opt(r.fiscal.fp),
                          opt(r.fiscal.at)});
    m_insertedReceipts = true;
    const RollupDelta whole = money(r.direction, r.total, 1, vat);
    roll(r.at.day, o, "total", "", whole);
    roll(r.at.day, o, "kind", r.kind, whole);
    roll(r.at.day, o, "hour", hourName(r.at.hour), whole);
    roll(r.at.day, o, "employee", r.employeeId, whole);
    if (!r.shiftUuid.empty()) {
        ShiftDelta &s = m_shifts[r.shiftUuid];
        s.pointOfSaleId = o.pointOfSaleId;
        s.workplaceId = o.workplaceId;
        s.deviceId = o.deviceId;
        (r.direction > 0 ? s.amountIn : s.amountOut) += r.total;
        (r.direction > 0 ? s.countIn : s.countOut) += 1;
    }
}

void Ingest::addCash(const CashMove &m, const Origin &o)
{
    m_cash.push_back({o.organizationId, m.uuid, o.serverSeq, m.type, o.pointOfSaleId, o.workplaceId,
                      o.deviceId, textOrNull(m.shiftUuid), textOrNull(m.employeeId), m.amount, m.at.utcMs,
                      m.at.day, m.comment});
    roll(m.at.day, o, "cash", m.type, money(m.type == "cash_in" ? 1 : -1, m.amount, 1));
    if (!m.shiftUuid.empty()) {
        ShiftDelta &s = m_shifts[m.shiftUuid];
        s.pointOfSaleId = o.pointOfSaleId;
        s.workplaceId = o.workplaceId;
        s.deviceId = o.deviceId;
        (m.type == "cash_in" ? s.cashIn : s.cashOut) += m.amount;
    }
}

void Ingest::addShiftEvent(const ShiftEvent &e, const Origin &o)
{
    // Shift events are a few per day per till: written at once, row by row, after the totals
    // collected so far, so the upsert below always meets a settled row.
    flushShiftDeltas();
    const std::string insert =
        "INSERT INTO shifts (organization_id, shift_uuid, point_of_sale_id, workplace_id, "
        "device_id, fn, fn_shift, ";
    const std::string update = " ON CONFLICT (organization_id, shift_uuid) DO UPDATE SET "
                               "fn = COALESCE(excluded.fn, shifts.fn), "
                               "fn_shift = COALESCE(excluded.fn_shift, shifts.fn_shift), ";
    // $8 and $9 differ by event: when and who, or (X report) the totals.
    const bool x = e.type == "x_report";
    const db::Params p = {o.organizationId,
                          e.shiftUuid,
                          o.pointOfSaleId,
                          o.workplaceId,
                          o.deviceId,
                          opt(e.fn),
                          opt(e.fnShift),
                          x ? textOrNull(e.totalsJson) : db::Param(e.at.utcMs),
                          textOrNull(x ? std::string() : e.employeeId),
                          textOrNull(e.totalsJson)};
    if (e.type == "shift_open")
        m_c.query(insert + "opened_at, opened_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)" + update +
                      "opened_at = excluded.opened_at, opened_by = excluded.opened_by",
                  {p.begin(), p.begin() + 9});
    else if (x)
        m_c.query(
            insert + "x_totals, x_reports) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1)" + update +
                "x_reports = shifts.x_reports + 1, x_totals = COALESCE(excluded.x_totals, shifts.x_totals)",
            {p.begin(), p.begin() + 8});
    else // shift_close, z_report
        m_c.query(
            insert + "closed_at, closed_by, z_totals) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)" +
                update +
                "closed_at = excluded.closed_at, closed_by = COALESCE(excluded.closed_by, shifts.closed_by), "
                "z_totals = COALESCE(excluded.z_totals, shifts.z_totals)",
            p);
}

void Ingest::flushShiftDeltas()
{
    std::vector<db::Params> rows;
    for (const auto &[uuid, s] : m_shifts)
        rows.push_back({m_org, uuid, s.pointOfSaleId, s.workplaceId, s.deviceId, s.amountIn, s.amountOut,
                        s.countIn, s.countOut, s.cashIn, s.cashOut});
    insertRows(
        m_c, "shifts", kShiftColumns, rows,
        "ON CONFLICT (organization_id, shift_uuid) DO UPDATE SET " +
            addUp("shifts", {"amount_in", "amount_out", "count_in", "count_out", "cash_in", "cash_out"}));
    m_shifts.clear();
}

void Ingest::flush()
{
    insertRows(m_c, "receipts", kReceiptColumns, m_receipts,
               "ON CONFLICT (organization_id, uuid) DO NOTHING");
    insertRows(m_c, "receipt_lines", kLineColumns, m_lines, "ON CONFLICT DO NOTHING");
    insertRows(m_c, "receipt_payments", kPaymentColumns, m_payments, "ON CONFLICT DO NOTHING");
    insertRows(m_c, "cash_documents", kCashColumns, m_cash, "ON CONFLICT (organization_id, uuid) DO NOTHING");
    m_receipts.clear();
    m_lines.clear();
    m_payments.clear();
    m_cash.clear();
    flushShiftDeltas();
    std::vector<db::Params> rows;
    for (const auto &[k, d] : m_rollups) {
        const auto &[dimension, day, pos, workplace, key] = k;
        rows.push_back({m_org, dimension, day, pos, workplace, key, d.amountIn, d.amountOut, d.countIn,
                        d.countOut, d.vatIn, d.vatOut, d.qtyIn, d.qtyOut});
    }
    insertRows(
        m_c, "daily_rollups", kRollupColumns, rows,
        "ON CONFLICT (organization_id, dimension, day, point_of_sale_id, workplace_id, key) DO UPDATE SET " +
            addUp("daily_rollups", {"amount_in", "amount_out", "count_in", "count_out", "vat_in", "vat_out",
                                    "qty_in", "qty_out"}));
    m_rollups.clear();
    // A receipt pushed before it printed gets its FN, FD and FP from a later fiscal_attributes
    // document. Attributes whose receipt is not here yet wait in late_fiscal_attributes.
    for (const FiscalAttributes &a : m_fiscal) {
        const db::Params p = {
            m_org, a.documentUuid, opt(a.fiscal.fn), opt(a.fiscal.fd), opt(a.fiscal.fp), opt(a.fiscal.at)};
        auto merged = m_c.query("UPDATE receipts SET fn = $3, fd = $4, fp = $5, fiscal_at = $6 "
                                "WHERE organization_id = $1 AND uuid = $2 RETURNING uuid",
                                p);
        if (merged.empty())
            m_c.query(
                "INSERT INTO late_fiscal_attributes (organization_id, document_uuid, fn, fd, fp, fiscal_at) "
                "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (organization_id, document_uuid) DO UPDATE SET "
                "fn = excluded.fn, fd = excluded.fd, fp = excluded.fp, fiscal_at = excluded.fiscal_at",
                p);
    }
    m_fiscal.clear();
    if (m_insertedReceipts &&
        !m_c.query("SELECT 1 FROM late_fiscal_attributes WHERE organization_id = $1 LIMIT 1", {m_org})
             .empty()) {
        m_c.query(
            "UPDATE receipts SET fn = l.fn, fd = l.fd, fp = l.fp, fiscal_at = l.fiscal_at "
            "FROM late_fiscal_attributes l WHERE receipts.organization_id = $1 AND l.organization_id = $1 "
            "AND receipts.uuid = l.document_uuid",
            {m_org});
        m_c.query("DELETE FROM late_fiscal_attributes WHERE organization_id = $1 AND document_uuid IN "
                  "(SELECT uuid FROM receipts WHERE organization_id = $1 AND fn IS NOT NULL AND uuid = "
                  "late_fiscal_attributes.document_uuid)",
                  {m_org});
    }
    m_insertedReceipts = false;
}

} // namespace cabinet::reports
