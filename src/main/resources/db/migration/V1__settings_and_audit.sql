-- Settings: one row per setting that differs from its registry default. Values are canonical strings.
CREATE TABLE setting (
    setting_key TEXT PRIMARY KEY,
    setting_value TEXT NOT NULL,
    source TEXT NOT NULL,
    principal TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

-- The role/CSMS -> setting write matrix; a row overrides the registry's shipped default for one setting.
CREATE TABLE setting_permission (
    setting_key TEXT PRIMARY KEY,
    writers TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);

-- One row: a counter bumped by every settings write, the source of the ETag.
CREATE TABLE settings_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO settings_version (id, version) VALUES (1, 0);

-- Audit and security log, newest = highest id.
CREATE TABLE audit_entry (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    source TEXT NOT NULL,
    principal TEXT NOT NULL,
    category TEXT NOT NULL,
    event TEXT NOT NULL,
    setting_key TEXT,
    old_value TEXT,
    new_value TEXT,
    message TEXT
);
CREATE INDEX audit_entry_category ON audit_entry (category, id);
