package org.stationconfig.diagnostics;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/**
 * One upload the central system asked for.
 *
 * @param requestId GetLog's requestId, carried by every LogStatusNotification (N01.FR.07); null for GetDiagnostics
 * @param fileName  the name the station chose and returned in its answer
 * @param location  the directory to upload into, as given (it may hold credentials: never log it)
 * @param retries   attempts after the first failed one
 */
public record UploadRequest(UploadChannel channel, @Nullable Integer requestId, LogKind kind, String fileName,
                            String location, int retries, Duration retryInterval, TimeWindow window) {

    /** The request's retries and retryInterval, or the station's defaults where it names none. */
    public static UploadRequest of(UploadChannel channel, @Nullable Integer requestId, LogKind kind, String fileName,
                                   String location, @Nullable Integer retries, @Nullable Integer retryInterval,
                                   TimeWindow window, DiagnosticsProperties defaults) {
        return new UploadRequest(channel, requestId, kind, fileName, location,
                retries == null ? defaults.defaultRetries() : Math.max(0, retries),
                retryInterval == null ? defaults.defaultRetryInterval() : Duration.ofSeconds(Math.max(0, retryInterval)),
                window);
    }

    /** For logs: what and which request, never the location. */
    String label() {
        return channel == UploadChannel.LOG ? "GetLog " + requestId + " (" + kind.label() + ")" : "GetDiagnostics";
    }
}
