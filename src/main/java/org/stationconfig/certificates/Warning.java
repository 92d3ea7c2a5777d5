package org.stationconfig.certificates;

/** Something the installer should know about an accepted certificate. */
public record Warning(Kind kind, String message) {

    public enum Kind {
        /** Fewer than the warning period (30 days) left before notAfter. */
        EXPIRES_SOON,
        /** A root whose notBefore is still ahead: kept for root rotation, trusted once valid. */
        NOT_YET_VALID,
        /** A station certificate whose notBefore is ahead: stored, switched to when valid (A02.FR.08–10). */
        SWITCH_WHEN_VALID,
        /** A station certificate profile 3 could not connect with: kept, no longer presented (SPEC §6 rollback). */
        WITHDRAWN
    }
}
