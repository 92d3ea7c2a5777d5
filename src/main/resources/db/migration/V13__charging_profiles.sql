-- Charging profiles the central system installed (S16 §3.13, §5.16, issue 6). They outlive a restart; a TxProfile
-- ends with its connector's transaction. The profile is kept as its OCPP JSON; the station reads them all at start
-- and picks profiles out in memory.
CREATE TABLE charging_profile (
    charging_profile_id INTEGER PRIMARY KEY,
    connector_id INTEGER NOT NULL,
    profile TEXT NOT NULL
);
