-- A new station certificate is tried like any connection change (SPEC §3, §6): when profile 3 cannot connect with
-- it, it is withdrawn (kept, but no longer presented, with the reason) and the previous one is used again.
ALTER TABLE certificate ADD COLUMN withdrawn_reason TEXT;
-- The SHA-256 fingerprint of the station certificate the last-known-good profile 3 connection presented.
ALTER TABLE connection_memory ADD COLUMN good_station_certificate TEXT;
