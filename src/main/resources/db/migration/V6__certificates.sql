-- Installed certificates (SPEC §6). One row per installation: pem holds the certificate followed by any CA
-- certificates uploaded with it; the description columns are those of the first certificate.
-- certificate_use is the whitepaper name (CentralSystemRootCertificate, ManufacturerRootCertificate,
-- ChargePointCertificate). sealed_key is the station certificate's PKCS#8 private key sealed with AES-256-GCM
-- under the station master key (<data dir>/master.key); roots have none.
CREATE TABLE certificate (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    certificate_use TEXT NOT NULL,
    pem TEXT NOT NULL,
    subject TEXT NOT NULL,
    issuer TEXT NOT NULL,
    serial_number TEXT NOT NULL,
    not_before INTEGER NOT NULL,
    not_after INTEGER NOT NULL,
    fingerprint TEXT NOT NULL UNIQUE,
    key_algorithm TEXT NOT NULL,
    key_size INTEGER NOT NULL,
    sealed_key BLOB,
    installed_at INTEGER NOT NULL,
    source TEXT NOT NULL,
    installed_by TEXT NOT NULL
);

-- Key pairs the station generated for a certificate signing request, waiting for their certificate
-- (from the app's upload or CertificateSigned). The private key is sealed like above; the subject the CSR carried
-- is what the signed certificate must carry.
CREATE TABLE pending_key (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    public_key_hash TEXT NOT NULL UNIQUE,
    sealed_key BLOB NOT NULL,
    key_type TEXT NOT NULL,
    subject_serial TEXT NOT NULL,
    subject_cpo TEXT NOT NULL,
    source TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
