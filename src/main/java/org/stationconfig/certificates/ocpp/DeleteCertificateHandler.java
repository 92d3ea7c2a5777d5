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
import org.stationconfig.certificates.manage.CertificateRemoval;
import org.stationconfig.certificates.manage.RemovalOutcome;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.security.DeleteCertificate;
import org.stationconfig.ocpp.v16.security.DeleteCertificate.DeleteCertificateStatus;

/**
 * DeleteCertificate (whitepaper M04): NotFound when no installed certificate has the hash data; Failed for the
 * ChargePointCertificate (M04.FR.05) and the root in use (M04.FR.06). Deciding about one of several roots may take a
 * TLS handshake with the central system, so this runs off the OCPP thread.
 */
@Singleton
public class DeleteCertificateHandler implements OcppHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeleteCertificateHandler.class);

    private final InstalledHashes hashes;
    private final CertificateRemoval removal;
    private final ExecutorService blocking;

    public DeleteCertificateHandler(InstalledHashes hashes, CertificateRemoval removal,
                                    @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.hashes = hashes;
        this.removal = removal;
        this.blocking = blocking;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(DeleteCertificate.ACTION, this::answer);
    }

    CompletionStage<DeleteCertificate.Response> answer(DeleteCertificate.Request request) {
        return CompletableFuture.supplyAsync(() -> new DeleteCertificate.Response(delete(request)), blocking);
    }

    private DeleteCertificateStatus delete(DeleteCertificate.Request request) {
        RemovalOutcome outcome = hashes.find(OcppHashData.fromOcpp(request.certificateHashData()))
                .map(certificate -> removal.remove(certificate, Actor.csms()))
                .orElse(RemovalOutcome.NOT_FOUND);
        if (outcome != RemovalOutcome.DELETED && outcome != RemovalOutcome.NOT_FOUND) {
            LOG.info("DeleteCertificate refused: {}", outcome.message());
        }
        return switch (outcome) {
            case DELETED -> DeleteCertificateStatus.Accepted;
            case NOT_FOUND -> DeleteCertificateStatus.NotFound;
            case ROOT_IN_USE, STATION_CERTIFICATE_IN_USE, STATION_CERTIFICATE_OVER_OCPP, NOT_PERMITTED ->
                    DeleteCertificateStatus.Failed;
        };
    }
}
