package org.stationconfig.certificates.ocpp;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.auth.Actor;
import org.stationconfig.certificates.manage.CertificateInstallation;
import org.stationconfig.certificates.manage.InstallOutcome;
import org.stationconfig.certificates.store.CertificateChanges;
import org.stationconfig.certificates.store.CertificatesInUse;
import org.stationconfig.ocpp.CentralSystem;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.security.CertificateSigned.CertificateSignedStatus;
import org.stationconfig.ocpp.v16.security.CertificateSigned;
import org.stationconfig.securitylog.SecurityEvent;
import org.stationconfig.securitylog.SecurityEvents;

/**
 * CertificateSigned (whitepaper A02/A03): the chain must be for the key of one of the station's own requests and pass
 * the station certificate policy (A02.FR.06); otherwise Rejected and InvalidChargePointCertificate (A02.FR.07).
 * Accepted certificates are stored; one valid now becomes the certificate in use at once (StationCertificateChanged
 * tells the connection), a later one at its notBefore with the current one kept as fallback (A02.FR.08–10).
 */
@Singleton
public class CertificateSignedHandler implements OcppHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateSignedHandler.class);

    private final CertificateInstallation installation;
    private final SecurityEvents securityEvents;
    private final CertificatesInUse inUse;
    private final CertificateChanges changes;
    private final CentralSystem centralSystem;
    private final ExecutorService blocking;

    public CertificateSignedHandler(CertificateInstallation installation, SecurityEvents securityEvents,
                                    CertificatesInUse inUse, CertificateChanges changes,
                                    CentralSystem centralSystem,
                                    @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.installation = installation;
        this.securityEvents = securityEvents;
        this.inUse = inUse;
        this.changes = changes;
        this.centralSystem = centralSystem;
        this.blocking = blocking;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(CertificateSigned.ACTION, this::answer);
    }

    CompletionStage<CertificateSigned.Response> answer(CertificateSigned.Request request) {
        CompletableFuture<CertificateSigned.Response> answer = new CompletableFuture<>();
        blocking.execute(() -> {
            try {
                answer.complete(new CertificateSigned.Response(accept(request.certificateChain())));
            } catch (RuntimeException failed) {
                answer.completeExceptionally(failed);
            }
            // after the answer: a reconnect with the new certificate (queued on the OCPP thread) must not overtake it
            changes.check();
        });
        return answer;
    }

    private CertificateSignedStatus accept(String chain) {
        InstallOutcome outcome = installation.signed(chain, Actor.csms());
        if (outcome.accepted()) {
            return CertificateSignedStatus.Accepted;
        }
        LOG.info("CertificateSigned rejected: {}", outcome.reasons());
        securityEvents.raise(SecurityEvent.InvalidChargePointCertificate,
                "CertificateSigned rejected: " + outcome.reasons(), inUse.now());
        centralSystem.outboxChanged();
        return CertificateSignedStatus.Rejected;
    }
}
