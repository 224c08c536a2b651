// Migration 2: the tables reports read (issue 14 §2), filled at ingest in the push transaction
// (cabinet/reports/ingest.cpp) and rebuilt from the documents by `admin rebuild-reports`. Documents
// stored before this step are ingested here, so v1 history is counted at once.

#include "cabinet/db/migration.h"
#include "cabinet/reports/ingest.h"

namespace cabinet::db {

namespace {

const char *const kTables = R"SQL(
CREATE TABLE IF NOT EXISTS receipts (
    organization_id {uuid} NOT NULL,
    uuid {uuid} NOT NULL,
    server_seq bigint NOT NULL,
    kind text NOT NULL,
    schema integer NOT NULL,
    calc_sign integer NOT NULL,
    direction integer NOT NULL,
    number bigint NOT NULL,
    point_of_sale_id {uuid} NOT NULL,
    workplace_id {uuid} NOT NULL,
    device_id {uuid} NOT NULL,
    shift_uuid text,
    employee_id text,
    refers_to text,
    buyer_contact text,
    total bigint NOT NULL,
    at bigint NOT NULL,
    day text NOT NULL,
    hour integer NOT NULL,
    payment_methods text NOT NULL,
    fn text,
    fd bigint,
    fp text,
    fiscal_at text,
    PRIMARY KEY (organization_id, uuid));
CREATE INDEX IF NOT EXISTS receipts_at ON receipts (organization_id, at);
CREATE INDEX IF NOT EXISTS receipts_pos_at ON receipts (organization_id, point_of_sale_id, at);
CREATE INDEX IF NOT EXISTS receipts_fn_fd ON receipts (organization_id, fn, fd);
CREATE INDEX IF NOT EXISTS receipts_shift ON receipts (organization_id, shift_uuid);

CREATE TABLE IF NOT EXISTS receipt_lines (
    organization_id {uuid} NOT NULL,
    receipt_uuid {uuid} NOT NULL,
    position integer NOT NULL,
    product_id text NOT NULL,
    name text NOT NULL,
    price bigint NOT NULL,
    quantity_milli bigint NOT NULL,
    total bigint NOT NULL,
    vat text NOT NULL,
    vat_amount bigint NOT NULL,
    unit text NOT NULL,
    marking_code text NOT NULL,
    PRIMARY KEY (organization_id, receipt_uuid, position));

CREATE TABLE IF NOT EXISTS receipt_payments (
    organization_id {uuid} NOT NULL,
    receipt_uuid {uuid} NOT NULL,
    idx integer NOT NULL,
    method text NOT NULL,
    amount bigint NOT NULL,
    reference text NOT NULL,
    PRIMARY KEY (organization_id, receipt_uuid, idx));

CREATE TABLE IF NOT EXISTS shifts (
    organization_id {uuid} NOT NULL,
    shift_uuid text NOT NULL,
    point_of_sale_id {uuid} NOT NULL,
    workplace_id {uuid} NOT NULL,
    device_id {uuid} NOT NULL,
    fn text,
    fn_shift bigint,
    opened_at bigint,
    closed_at bigint,
    opened_by text,
    closed_by text,
    z_totals {json},
    x_totals {json},
    x_reports integer NOT NULL DEFAULT 0,
    amount_in bigint NOT NULL DEFAULT 0,
    amount_out bigint NOT NULL DEFAULT 0,
    count_in bigint NOT NULL DEFAULT 0,
    count_out bigint NOT NULL DEFAULT 0,
    cash_in bigint NOT NULL DEFAULT 0,
    cash_out bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (organization_id, shift_uuid));
CREATE INDEX IF NOT EXISTS shifts_opened ON shifts (organization_id, opened_at);

CREATE TABLE IF NOT EXISTS cash_documents (
    organization_id {uuid} NOT NULL,
    uuid {uuid} NOT NULL,
    server_seq bigint NOT NULL,
    type text NOT NULL,
    point_of_sale_id {uuid} NOT NULL,
    workplace_id {uuid} NOT NULL,
    device_id {uuid} NOT NULL,
    shift_uuid text,
    employee_id text,
    amount bigint NOT NULL,
    at bigint NOT NULL,
    day text NOT NULL,
    comment text NOT NULL,
    PRIMARY KEY (organization_id, uuid));
CREATE INDEX IF NOT EXISTS cash_documents_at ON cash_documents (organization_id, at);

CREATE TABLE IF NOT EXISTS late_fiscal_attributes (
    organization_id {uuid} NOT NULL,
    document_uuid {uuid} NOT NULL,
    fn text,
    fd bigint,
    fp text,
    fiscal_at text,
    PRIMARY KEY (organization_id, document_uuid));

CREATE TABLE IF NOT EXISTS daily_rollups (
    organization_id {uuid} NOT NULL,
    day text NOT NULL,
    point_of_sale_id {uuid} NOT NULL,
    workplace_id {uuid} NOT NULL,
    dimension text NOT NULL,
    key text NOT NULL,
    amount_in bigint NOT NULL DEFAULT 0,
    amount_out bigint NOT NULL DEFAULT 0,
    count_in bigint NOT NULL DEFAULT 0,
    count_out bigint NOT NULL DEFAULT 0,
    vat_in bigint NOT NULL DEFAULT 0,
    vat_out bigint NOT NULL DEFAULT 0,
    qty_in bigint NOT NULL DEFAULT 0,
    qty_out bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (organization_id, dimension, day, point_of_sale_id, workplace_id, key));

)SQL";

void apply(Connection &c)
{
    ddl(c, kTables);
    reports::rebuildAll(c);
}

} // namespace

Migration migration002Reports()
{
    return {2, 1, "reports: receipts, lines, payments, shifts, cash documents, daily rollups", apply};
}

} // namespace cabinet::db
