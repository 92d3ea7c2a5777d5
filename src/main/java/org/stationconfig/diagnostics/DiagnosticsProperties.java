package org.stationconfig.diagnostics;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Diagnostics and log uploads ({@code station.diagnostics.*}).
 *
 * @param logFile              whether the service writes its log to {@code <data dir>/logs/station.log}, the
 *                             diagnostics log that GetDiagnostics and GetLog upload
 * @param logFileBytes         size at which that file rolls over
 * @param logFileArchives      rolled files kept ({@code station.1.log} newest); older ones are deleted
 * @param defaultRetries       retries after a failed upload when the request names none (S16 §5.9: "left to the
 *                             Charge Point")
 * @param defaultRetryInterval wait between attempts when the request names none
 */
@ConfigurationProperties("station.diagnostics")
public record DiagnosticsProperties(
        @Bindable(defaultValue = "true") boolean logFile,
        @Bindable(defaultValue = "5242880") long logFileBytes,
        @Bindable(defaultValue = "3") int logFileArchives,
        @Bindable(defaultValue = "2") int defaultRetries,
        @Bindable(defaultValue = "30s") Duration defaultRetryInterval) {
}
