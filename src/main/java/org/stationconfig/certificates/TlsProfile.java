package org.stationconfig.certificates;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** TLS versions and cipher suites the station offers for security profiles 2 and 3 (whitepaper §2.4–2.6). */
public final class TlsProfile {

    /** A00.FR.312/416: TLS 1.2 or higher; the 1.0/1.1 exception is not used. */
    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    /** TLS 1.3 suites (all AEAD), then A00.FR.318's GCM suites with ECDHE-RSA added; no CBC, RC4, 3DES, NULL, anon. */
    public static final List<String> CIPHER_SUITES = List.of(
            "TLS_AES_256_GCM_SHA384",
            "TLS_AES_128_GCM_SHA256",
            "TLS_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_RSA_WITH_AES_256_GCM_SHA384",
            "TLS_RSA_WITH_AES_128_GCM_SHA256");

    private TlsProfile() {
    }

    /** The profile's suites this JVM supports, in preference order (unknown names would make the JDK throw). */
    static String[] supportedSuites(String[] supportedByJvm) {
        Set<String> available = Set.of(supportedByJvm);
        return CIPHER_SUITES.stream().filter(available::contains).toArray(String[]::new);
    }

    static String[] supportedProtocols(String[] supportedByJvm) {
        List<String> available = Arrays.asList(supportedByJvm);
        return PROTOCOLS.stream().filter(available::contains).toArray(String[]::new);
    }
}
