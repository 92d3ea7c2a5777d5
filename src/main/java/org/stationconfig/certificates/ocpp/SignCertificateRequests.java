package org.stationconfig.certificates.ocpp;

import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import org.stationconfig.certificates.renewal.SigningAnswer;
import org.stationconfig.certificates.renewal.SigningRequests;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.v16.security.SignCertificate;

/** The station's signing requests as SignCertificate (whitepaper A02/A03). */
@Singleton
class SignCertificateRequests implements SigningRequests {

    private final CentralSystem centralSystem;

    SignCertificateRequests(CentralSystem centralSystem) {
        this.centralSystem = centralSystem;
    }

    @Override
    public CompletableFuture<SigningAnswer> send(String csrPem, boolean triggered) {
        SignCertificate.Request request = new SignCertificate.Request(csrPem);
        return (triggered ? centralSystem.callTriggered(request) : centralSystem.call(request))
                .thenApply(response -> answer(response.status()));
    }

    static SigningAnswer answer(SignCertificate.GenericStatus status) {
        return switch (status) {
            case Accepted -> SigningAnswer.Accepted;
            case Rejected -> SigningAnswer.Rejected;
        };
    }
}
