-- What the OCPP client must remember across restarts (SPEC §3): the last connection settings that worked and the
-- trial of new ones. One row.
CREATE TABLE connection_memory (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    good_url TEXT,
    good_charge_point_id TEXT,
    good_security_profile INTEGER,
    good_access_key TEXT,
    good_hex_as_text INTEGER,
    trial_active INTEGER NOT NULL,
    trial_keys TEXT NOT NULL,
    trial_attempts INTEGER NOT NULL,
    last_rollback_at INTEGER,
    last_rollback_reason TEXT
);
INSERT INTO connection_memory (id, trial_active, trial_keys, trial_attempts) VALUES (1, 0, '', 0);
