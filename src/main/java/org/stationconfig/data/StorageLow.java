package org.stationconfig.data;

/**
 * Published when the data directory's free space falls below the reserve kept for the database (once per episode);
 * the security log turns it into the whitepaper's {@code MemoryExhaustion}.
 */
public record StorageLow(long usableBytes, long reserveBytes) {
}
