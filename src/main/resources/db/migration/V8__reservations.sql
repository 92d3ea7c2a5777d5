-- Reservations (S16 §5.13, issue 6): they outlive a restart until they expire, are cancelled or used.
-- connector_id 0 = any connector (ReserveConnectorZeroSupported); expiry_date stored like the times in V5.
CREATE TABLE station_reservation (
    reservation_id INTEGER PRIMARY KEY,
    connector_id INTEGER NOT NULL,
    id_tag TEXT NOT NULL,
    parent_id_tag TEXT,
    expiry_date INTEGER NOT NULL
);

-- The reservation a transaction ended, sent in its StartTransaction.req (also when it is queued again after a crash).
ALTER TABLE station_transaction ADD COLUMN reservation_id INTEGER;
