package org.stationconfig.audit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How much of the audit log the station keeps ({@code station.audit.*}); the oldest entries go first.
 *
 * @param maxEntries         entries kept besides the security log (settings, access, connection, ...)
 * @param maxSecurityEntries entries kept in the security log (what GetLog SecurityLog uploads)
 * @param pruneInterval      how often the caps are applied (and once at start)
 */
@ConfigurationProperties("station.audit")
public record AuditRetentionProperties(
        @Bindable(defaultValue = "100000") int maxEntries,
        @Bindable(defaultValue = "20000") int maxSecurityEntries,
        @Bindable(defaultValue = "10m") Duration pruneInterval) {
}
