-- Charging profiles the central system installed (S16 §3.13, §5.16, issue 6). They outlive a restart; a TxProfile
-- ends with its connector's transaction. The profile itself is kept as its OCPP JSON, the columns are for the rules
-- that pick a profile out (replace by id, or by connector, purpose and stack level; clear by any of them).
CREATE TABLE charging_profile (
    charging_profile_id INTEGER PRIMARY KEY,
    connector_id INTEGER NOT NULL,
    purpose TEXT NOT NULL,
    stack_level INTEGER NOT NULL,
    profile TEXT NOT NULL
);
