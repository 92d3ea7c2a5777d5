package org.stationconfig.ocpp.transport;

import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.time.Duration;

/**
 * Where and how to dial.
 *
 * @param password the Basic-auth password bytes (profiles 1 and 2), or null for none
 * @param tls      trust anchors and client certificate for wss, or null to use none (ws)
 */
public record DialRequest(URI uri, String username, @Nullable byte[] password, @Nullable ClientTls tls,
                          Duration connectTimeout) {
}
