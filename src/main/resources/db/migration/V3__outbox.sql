-- Transaction-related messages waiting for the central system, in send order (id = queue position).
-- A delivered message is deleted; a parked one stays until re-queued.
CREATE TABLE outbox_message (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    action TEXT NOT NULL,
    payload TEXT NOT NULL,
    local_transaction_id TEXT,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    enqueued_at INTEGER NOT NULL,
    last_attempt_at INTEGER,
    last_failed_at INTEGER,
    last_error TEXT,
    parked_with INTEGER
);
-- The head of the queue (first QUEUED by id) and the in-flight check are index seeks, not scans.
CREATE INDEX outbox_message_state ON outbox_message (state, id);
-- Parking a transaction with its StartTransaction, and forgetting its id mapping.
CREATE INDEX outbox_message_transaction ON outbox_message (local_transaction_id, id)
    WHERE local_transaction_id IS NOT NULL;
CREATE INDEX outbox_message_parked_with ON outbox_message (parked_with) WHERE parked_with IS NOT NULL;

-- Offline-started transactions: the id the central system gave in its StartTransaction answer.
CREATE TABLE outbox_transaction_id (
    local_transaction_id TEXT PRIMARY KEY,
    server_transaction_id INTEGER NOT NULL,
    learned_at INTEGER NOT NULL
);
