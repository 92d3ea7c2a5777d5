package org.stationconfig.filetransfer;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How long a transfer waits ({@code station.file-transfer.*}).
 *
 * @param connect  for the TCP connection (and, for TLS, the handshake) to the server
 * @param idle     for any single answer or block of data once connected (FTP control and data connections)
 * @param response for an HTTP server's answer from the start of the request, an upload's body included (the JDK
 *                 client has no idle timeout), so it is generous
 */
@ConfigurationProperties("station.file-transfer")
public record TransferTimeouts(
        @Bindable(defaultValue = "15s") Duration connect,
        @Bindable(defaultValue = "60s") Duration idle,
        @Bindable(defaultValue = "10m") Duration response) {
}
