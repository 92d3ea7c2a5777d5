package org.stationconfig.certificates;

/** Why an upload, a certificate or a signing request is refused; each with the sentence an installer reads. */
public enum RefusalReason {
    // reading the file
    EMPTY_FILE("The file is empty"),
    FILE_TOO_LARGE("The file is too large for a certificate or key"),
    NOT_A_CERTIFICATE("The file is not a certificate: expected PEM (-----BEGIN CERTIFICATE-----) or DER"),
    PEM_DAMAGED("The file looks like PEM but is damaged or cut off: copy the whole text, from -----BEGIN to -----END"),
    WRONG_CONTENT("The file holds something other than a certificate"),
    CERTIFICATE_DAMAGED("The certificate inside the file is damaged and cannot be read"),
    PKCS12_PASSWORD_MISSING("This PKCS#12 file is protected: enter its password"),
    PKCS12_PASSWORD_WRONG("The password does not open this PKCS#12 file"),
    PKCS12_DAMAGED("The PKCS#12 file is damaged or uses an unsupported format"),
    PKCS12_WITHOUT_KEY("The PKCS#12 file holds no private key"),
    NOT_A_PRIVATE_KEY("The key file is not a private key: expected PEM (-----BEGIN PRIVATE KEY-----) or DER PKCS#8"),
    KEY_PASSWORD_MISSING("The private key is encrypted: enter its password"),
    KEY_PASSWORD_WRONG("The password does not open this private key"),
    WORK_FACTOR_TOO_HIGH("The password protection of the file asks for more key-derivation work than the station allows: "
            + "export it again with standard settings"),
    UNKNOWN_PASSWORD_SCHEME("The file is protected with a password scheme the station does not know, so it cannot "
            + "check its cost: export it again with standard settings (PBES2 with PBKDF2 and AES)"),
    KEY_GIVEN_TWICE("Two private keys were given: upload the key either inside the file or as a separate key file"),
    // the certificate itself
    NOT_VERSION_3("The certificate is an old X.509 version 1 or 2 certificate; version 3 is required"),
    EXPIRED("The certificate has expired"),
    NOT_A_CA("The certificate is not a CA certificate (no CA flag), so it cannot be a root"),
    NO_KEY_CERT_SIGN("The CA certificate may not sign certificates (key usage lacks keyCertSign)"),
    ROOT_NOT_SELF_SIGNED("The certificate is an intermediate CA: upload the root certificate, or the intermediate followed by its root"),
    UNSUPPORTED_KEY_ALGORITHM("The key type is not supported: RSA or EC keys on a standard curve are required"),
    WEAK_KEY("The certificate key is too weak: RSA needs at least 2048 bits, EC at least 224 bits"),
    WEAK_SIGNATURE("The certificate is signed with a broken hash algorithm (MD5 or SHA-1)"),
    CHAIN_BROKEN("The certificate chain does not build: a certificate is missing, or one was not signed by the next"),
    CHAIN_ORDER("The certificates are in the wrong order: each must come before the CA that issued it (station certificate first, root last)"),
    LEAF_IS_CA("This is a CA certificate, not a station certificate"),
    NOT_FOR_TLS_CLIENT("The certificate may not be used for TLS client authentication"),
    KEY_MISSING("The station certificate needs its private key: add the key file or upload a PKCS#12 file"),
    KEY_MISMATCH("The private key does not belong to the certificate"),
    SUBJECT_SERIAL_MISMATCH("The certificate common name (CN) is not this station's serial number"),
    SUBJECT_CPO_MISMATCH("The certificate organisation (O) is not the configured CPO name"),
    // the permission data (SPEC §6)
    NOT_PERMITTED("You may not install or delete certificates of this use"),
    // the station's store
    ALREADY_INSTALLED("This certificate is already installed"),
    INSTALLED_FOR_ANOTHER_USE("This certificate is already installed for another use, and a certificate serves one use "
            + "only: delete it there first"),
    STORE_FULL("The certificate store is full (CertificateStoreMaxLength): delete a root certificate first"),
    NO_MATCHING_REQUEST("No certificate request of this station waits for this certificate: add its private key, "
            + "or create a new request (CSR) and have it signed"),
    CHAIN_TOO_LONG("The certificate chain is longer than CertificateSignedMaxChainSize allows"),
    TOO_MANY_CERTIFICATES("The file holds more certificates than a chain of this station may have"),
    // signing requests
    CPO_NAME_MISSING("Set the CPO name (CpoName) before the station can request a certificate"),
    SERIAL_NUMBER_MISSING("Set the charge point serial number before the station can request a certificate");

    private final String message;

    RefusalReason(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
