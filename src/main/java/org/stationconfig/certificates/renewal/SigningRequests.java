package org.stationconfig.certificates.renewal;

import java.util.concurrent.CompletableFuture;

/**
 * Where the station's certificate signing requests go: to the central system, which has them signed (whitepaper
 * A02/A03). The {@code ocpp} adapter sends SignCertificate.
 */
public interface SigningRequests {

    /**
     * Sends the PEM CSR; completes with the answer, or fails when it could not be sent.
     *
     * @param triggered asked for by an ExtendedTriggerMessage: it goes out while Pending too (S16 §4.2.1)
     */
    CompletableFuture<SigningAnswer> send(String csrPem, boolean triggered);
}
