-- The charge point's own state (issue 5): connectors, transactions, the local authorisation list and cache.

-- What a connector must remember across restarts: availability (ChangeAvailability persists, S16 §5.2) and the
-- last id tag presented there.
CREATE TABLE station_connector (
    connector_id INTEGER PRIMARY KEY,
    inoperative INTEGER NOT NULL,
    last_id_tag TEXT,
    last_id_tag_at INTEGER
);

-- Every transaction, open and finished. The *_queued flags say whether its StartTransaction / StopTransaction is
-- in the outbox, so a restart between the two commits queues the missing message (and only that one).
CREATE TABLE station_transaction (
    local_id TEXT PRIMARY KEY,
    connector_id INTEGER NOT NULL,
    id_tag TEXT NOT NULL,
    parent_id_tag TEXT,
    meter_start_wh INTEGER NOT NULL,
    started_at INTEGER NOT NULL,
    start_queued INTEGER NOT NULL,
    server_id INTEGER,
    id_tag_status TEXT,
    last_meter_wh INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    stopped_at INTEGER,
    meter_stop_wh INTEGER,
    stop_reason TEXT,
    stop_id_tag TEXT,
    stop_queued INTEGER NOT NULL
);
CREATE INDEX station_transaction_connector ON station_transaction (connector_id, started_at);
CREATE INDEX station_transaction_open ON station_transaction (stopped_at) WHERE stopped_at IS NULL;
CREATE INDEX station_transaction_server_id ON station_transaction (server_id) WHERE server_id IS NOT NULL;

-- Meter values kept for StopTransaction.transactionData (StopTxnSampledData / StopTxnAlignedData), as JSON.
CREATE TABLE station_transaction_sample (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    local_transaction_id TEXT NOT NULL,
    meter_value TEXT NOT NULL
);
CREATE INDEX station_transaction_sample_transaction ON station_transaction_sample (local_transaction_id, id);

-- The Local Authorization List (S16 §3.5.3); tag_key is the id tag upper-cased (idToken is a CiString).
CREATE TABLE local_auth_entry (
    tag_key TEXT PRIMARY KEY,
    id_tag TEXT NOT NULL,
    status TEXT NOT NULL,
    expiry_date INTEGER,
    parent_id_tag TEXT
);
CREATE TABLE local_auth_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    list_version INTEGER NOT NULL
);
INSERT INTO local_auth_version (id, list_version) VALUES (1, 0);

-- The authorisation cache (S16 §3.5.2): the latest idTagInfo the central system gave for a tag.
CREATE TABLE auth_cache_entry (
    tag_key TEXT PRIMARY KEY,
    id_tag TEXT NOT NULL,
    status TEXT NOT NULL,
    expiry_date INTEGER,
    parent_id_tag TEXT,
    updated_at INTEGER NOT NULL
);
CREATE INDEX auth_cache_entry_updated ON auth_cache_entry (updated_at);
