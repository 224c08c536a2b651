-- Card and SBP operations (issue 20), each journaled under our own operation id BEFORE the terminal
-- or the acquirer is asked, like a fiscal job: after a crash the row says what was under way.
-- state: started -> approved | declined | cancelled | unknown (-> approved | declined after
-- recovery) | attention (the cashier must decide with the facts shown).
-- min-compatible: 1
CREATE TABLE IF NOT EXISTS payment_operations (
    id INTEGER PRIMARY KEY,
    operation_id TEXT NOT NULL UNIQUE,         -- ours; also the terminal's folder, the SBP order/refundId
    method TEXT NOT NULL,                      -- card | sbp
    kind TEXT NOT NULL,                        -- payment | cancel | refund | reconciliation | revoke
    state TEXT NOT NULL DEFAULT 'started',
    amount INTEGER NOT NULL DEFAULT 0,         -- kopecks
    original_operation_id TEXT NOT NULL DEFAULT '', -- cancel, refund, revoke: of which payment
    sale_uuid TEXT NOT NULL DEFAULT '',        -- the sale or return document it belongs to
    purpose TEXT NOT NULL DEFAULT '',          -- sale | return | abandoned receipt | service
    driver TEXT NOT NULL DEFAULT '',
    rrn TEXT NOT NULL DEFAULT '',
    auth_code TEXT NOT NULL DEFAULT '',
    card_mask TEXT NOT NULL DEFAULT '',
    response_code TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    slip TEXT NOT NULL DEFAULT '',
    qr_id TEXT NOT NULL DEFAULT '',            -- SBP: the acquirer's QR id
    qr_payload TEXT NOT NULL DEFAULT '',
    transaction_id TEXT NOT NULL DEFAULT '',   -- SBP: the acquirer's payment id
    batch_settled INTEGER NOT NULL DEFAULT 0,  -- card payment: a reconciliation closed its batch
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS payment_operations_state ON payment_operations(state);
CREATE INDEX IF NOT EXISTS payment_operations_sale ON payment_operations(sale_uuid);
CREATE INDEX IF NOT EXISTS payment_operations_created ON payment_operations(created_at);
