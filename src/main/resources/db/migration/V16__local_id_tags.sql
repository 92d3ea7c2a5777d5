-- Issue 14: the station owner's own id tags, managed from the app beside the central system's Local Authorization
-- List, and transactions that stay on the station because no central system was configured when they started.

-- tag_key is the id tag upper-cased (idToken is a CiString, S16 §2.2): one tag, whatever its case.
CREATE TABLE local_id_tag (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    tag_key TEXT NOT NULL UNIQUE,
    id_tag TEXT NOT NULL,
    name TEXT NOT NULL,
    note TEXT,
    expiry_date INTEGER,
    enabled INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

-- 1: started while no central system was configured; its StartTransaction, MeterValues and StopTransaction are
-- never queued, also not after a central system is configured later or the station restarts.
ALTER TABLE station_transaction ADD COLUMN local_only INTEGER NOT NULL DEFAULT 0;
