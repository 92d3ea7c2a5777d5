-- Issue 12: the last-known-good connection settings as one row per setting (and one for the station certificate),
-- so a connection setting declared later needs no migration (SPEC §3). A stored last-known-good moves over unchanged,
-- each value in its setting's canonical text.
CREATE TABLE connection_good_value (
    setting_key TEXT PRIMARY KEY,
    setting_value TEXT
);
INSERT INTO connection_good_value (setting_key, setting_value)
    SELECT 'centralSystemUrl', good_url FROM connection_memory WHERE good_url IS NOT NULL
    UNION ALL
    SELECT 'chargePointId', good_charge_point_id FROM connection_memory WHERE good_url IS NOT NULL
    UNION ALL
    SELECT 'securityProfile', CAST(good_security_profile AS TEXT) FROM connection_memory WHERE good_url IS NOT NULL
    UNION ALL
    SELECT 'accessKey', good_access_key FROM connection_memory WHERE good_url IS NOT NULL
    UNION ALL
    SELECT 'authorizationKeyHexAsText', CASE WHEN good_hex_as_text IN (1, '1', 'true') THEN 'true' ELSE 'false' END
        FROM connection_memory WHERE good_url IS NOT NULL
    UNION ALL
    SELECT 'stationCertificate', good_station_certificate FROM connection_memory
        WHERE good_url IS NOT NULL AND good_station_certificate IS NOT NULL;
ALTER TABLE connection_memory DROP COLUMN good_url;
ALTER TABLE connection_memory DROP COLUMN good_charge_point_id;
ALTER TABLE connection_memory DROP COLUMN good_security_profile;
ALTER TABLE connection_memory DROP COLUMN good_access_key;
ALTER TABLE connection_memory DROP COLUMN good_hex_as_text;
ALTER TABLE connection_memory DROP COLUMN good_station_certificate;
