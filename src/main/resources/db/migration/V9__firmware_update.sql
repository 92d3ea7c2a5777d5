-- The firmware update the station runs, or ran last (S16 §5.19, whitepaper L01). One row: a new update replaces it.
-- After a restart the station reads it to resume a scheduled or interrupted download, to finish an installation
-- that was rebooting (Installed), and to report a status the central system has not had yet.
CREATE TABLE firmware_update (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    signed INTEGER NOT NULL,
    request_id INTEGER,
    location TEXT NOT NULL,
    retrieve_at INTEGER NOT NULL,
    install_at INTEGER,
    retries INTEGER NOT NULL,
    retry_interval_seconds INTEGER NOT NULL,
    signing_certificate TEXT,
    signature TEXT,
    status TEXT NOT NULL,
    reported INTEGER NOT NULL,
    attempts INTEGER NOT NULL,
    closed_connectors TEXT NOT NULL,
    installed_version TEXT,
    received_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
