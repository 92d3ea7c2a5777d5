package org.stationconfig.firmware.ocpp;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.clock.StationClock;
import org.stationconfig.firmware.FirmwareRequest;
import org.stationconfig.firmware.FirmwareUpdates;
import org.stationconfig.firmware.SigningCertificateCheck;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.securitylog.SecurityEvent;
import org.stationconfig.securitylog.SecurityEvents;
import org.stationconfig.ocpp.v16.security.SignedUpdateFirmware;
import org.stationconfig.ocpp.v16.security.SignedUpdateFirmware.UpdateFirmwareStatus;

/**
 * SignedUpdateFirmware (whitepaper L01): a signing certificate that does not chain to an installed
 * ManufacturerRootCertificate or is not valid is answered InvalidCertificate and raises
 * InvalidFirmwareSigningCertificate; a location the station cannot download from, or negative retries, Rejected.
 * Otherwise Accepted, or AcceptedCanceled when it replaces a running update (L01.FR.26); Rejected while an update
 * is already installing. Nothing changes when the answer is not Accepted or AcceptedCanceled.
 */
@Singleton
public class SignedUpdateFirmwareHandler implements OcppHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SignedUpdateFirmwareHandler.class);

    private final SigningCertificateCheck certificates;
    private final SecurityEvents securityEvents;
    private final StationClock clock;
    private final ExecutorService blocking;
    private final FirmwareUpdates updates;

    public SignedUpdateFirmwareHandler(SigningCertificateCheck certificates, SecurityEvents securityEvents,
                                       StationClock clock, @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
                                       FirmwareUpdates updates) {
        this.certificates = certificates;
        this.securityEvents = securityEvents;
        this.clock = clock;
        this.blocking = blocking;
        this.updates = updates;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(SignedUpdateFirmware.ACTION, this::answer);
    }

    CompletableFuture<SignedUpdateFirmware.Response> answer(SignedUpdateFirmware.Request request) {
        // certificate parsing, path validation and the security event's SQLite write stay off the OCPP thread
        return CompletableFuture.supplyAsync(() -> refusal(request), blocking).thenCompose(refused -> refused
                .map(status -> CompletableFuture.completedFuture(new SignedUpdateFirmware.Response(status)))
                .orElseGet(() -> updates.start(OcppFirmwareRequest.of(request))
                        .thenApply(started -> new SignedUpdateFirmware.Response(switch (started) {
                            case STARTED -> UpdateFirmwareStatus.Accepted;
                            case REPLACED -> UpdateFirmwareStatus.AcceptedCanceled;
                            case REFUSED_INSTALLING -> UpdateFirmwareStatus.Rejected;
                        }))));
    }

    private Optional<UpdateFirmwareStatus> refusal(SignedUpdateFirmware.Request request) {
        FirmwareRequest update = OcppFirmwareRequest.of(request);
        String problem = update.problem(updates.protocols());
        if (problem != null) {
            LOG.warn("SignedUpdateFirmware {} rejected: {}", request.requestId(), problem);
            return Optional.of(UpdateFirmwareStatus.Rejected);
        }
        Optional<String> invalid = certificates.refusal(request.firmware().signingCertificate(), clock.now());
        invalid.ifPresent(why -> {
            LOG.warn("SignedUpdateFirmware {}: invalid signing certificate: {}", request.requestId(), why);
            securityEvents.raise(SecurityEvent.InvalidFirmwareSigningCertificate, why, clock.now());
        });
        return invalid.map(why -> UpdateFirmwareStatus.InvalidCertificate);
    }
}
