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
import org.stationconfig.certificates.CertificateUse;
import org.stationconfig.certificates.RefusalReason;
import org.stationconfig.certificates.manage.CertificateInstallation;
import org.stationconfig.certificates.manage.InstallOutcome;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.security.InstallCertificate;
import org.stationconfig.ocpp.v16.security.InstallCertificate.InstallCertificateStatus;

/**
 * InstallCertificate (whitepaper M05): a root is checked like an upload and stored. Rejected when invalid, when the
 * store is full (M05.FR.03), when the permission data does not let the central system install the use, or when the
 * certificate is installed for another use (a certificate serves one use; the service log and the audit log say so);
 * Accepted for a root already installed for this use (nothing to do); Failed when storing itself fails.
 * Installing a root does not reconnect. Runs off the OCPP thread.
 */
@Singleton
public class InstallCertificateHandler implements OcppHandler {

    private static final Logger LOG = LoggerFactory.getLogger(InstallCertificateHandler.class);

    private final CertificateInstallation installation;
    private final ExecutorService blocking;

    public InstallCertificateHandler(CertificateInstallation installation,
                                     @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.installation = installation;
        this.blocking = blocking;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(InstallCertificate.ACTION, this::answer);
    }

    CompletionStage<InstallCertificate.Response> answer(InstallCertificate.Request request) {
        CertificateUse use = CertificateUse.fromOcppName(request.certificateType().name()).orElseThrow();
        return CompletableFuture.supplyAsync(() -> new InstallCertificate.Response(install(use, request.certificate())), blocking);
    }

    private InstallCertificateStatus install(CertificateUse use, String pem) {
        try {
            InstallOutcome outcome = installation.installRoot(use, pem, Actor.csms());
            if (outcome.accepted() || outcome.reasons().equals(java.util.List.of(RefusalReason.ALREADY_INSTALLED))) {
                return InstallCertificateStatus.Accepted;
            }
            LOG.info("InstallCertificate {} rejected: {}", use.ocppName(),
                    outcome.refusals().stream().map(r -> r.reason() + " (" + r.message() + ")").toList());
            return InstallCertificateStatus.Rejected;
        } catch (RuntimeException failed) {
            LOG.error("InstallCertificate {} could not be stored", use.ocppName(), failed);
            return InstallCertificateStatus.Failed;
        }
    }
}
