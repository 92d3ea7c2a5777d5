package org.stationconfig.auth;

import java.security.SecureRandom;

/** Random passwords and name suffixes from a {@link SecureRandom}. */
final class RandomSecrets {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String LOWER_ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz";
    // 24 base62 characters = 142 bits, above the 128 bits the spec asks for (§7)
    static final int PASSWORD_LENGTH = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomSecrets() {
    }

    static String password() {
        return pick(BASE62, PASSWORD_LENGTH);
    }

    /** Short and easy to read out on site; uniqueness is checked by the caller. */
    static String nameSuffix(int length) {
        return pick(LOWER_ALNUM, length);
    }

    private static String pick(String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
