package org.stationconfig.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * One versioned migration script as Flyway records it in {@code flyway_schema_history}: its version, file name and
 * checksum.
 */
record MigrationScript(String version, String script, int checksum) {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__.+\\.sql");
    private static final char BOM = '\uFEFF';

    /** The script's entry, or null when the file name is not a versioned migration's ({@code V<version>__<name>.sql}). */
    static MigrationScript of(String script, InputStream content) throws IOException {
        Matcher name = VERSIONED.matcher(script);
        if (!name.matches()) {
            return null;
        }
        return new MigrationScript(name.group(1).replace('_', '.'), script, checksum(content));
    }

    /** Flyway's checksum of a script (its {@code ChecksumCalculator}): CRC-32 of each line's UTF-8 bytes, without line ends or BOM. */
    static int checksum(InputStream content) throws IOException {
        CRC32 crc = new CRC32();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            if (line != null && !line.isEmpty() && line.charAt(0) == BOM) {
                line = line.substring(1);
            }
            for (; line != null; line = reader.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return (int) crc.getValue();
    }

    /** Orders versions as Flyway does: part by part, numerically. */
    static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            java.math.BigInteger l = new java.math.BigInteger(i < left.length ? left[i] : "0");
            java.math.BigInteger r = new java.math.BigInteger(i < right.length ? right[i] : "0");
            int order = l.compareTo(r);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
