package org.stationconfig.certificates;

import java.util.HexFormat;

/** Uppercase hex without separators, the one spelling used for hashes and fingerprints here. */
final class Hex {

    private static final HexFormat UPPER = HexFormat.of().withUpperCase();

    private Hex() {
    }

    static String of(byte[] bytes) {
        return UPPER.formatHex(bytes);
    }
}
