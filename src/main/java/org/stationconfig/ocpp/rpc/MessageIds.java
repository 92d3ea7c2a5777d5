package org.stationconfig.ocpp.rpc;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The ids of our CALLs. An id need only be unique among the CALLs sent on one connection (OCPP-J), not unguessable:
 * 122 random bits from a fast generator, where {@code UUID.randomUUID()} read the operating system's secure random
 * for every CALL.
 */
final class MessageIds {

    private MessageIds() {
    }

    /** A version-4 UUID in its 36-character text form, the OCPP-J maximum. */
    static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xf000L | 0x4000L; // version 4
        long low = random.nextLong() & ~(0xc0L << 56) | (0x80L << 56); // IETF variant
        return new UUID(high, low).toString();
    }
}
