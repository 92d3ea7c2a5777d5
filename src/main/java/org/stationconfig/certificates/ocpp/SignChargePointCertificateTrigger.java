package org.stationconfig.certificates.ocpp;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.auth.Actor;
import org.stationconfig.certificates.renewal.StationCertificateRenewal;
import org.stationconfig.ocpp.trigger.TriggerableMessage;

/**
 * ExtendedTriggerMessage(SignChargePointCertificate): a fresh key pair and its SignCertificate.req (whitepaper A02).
 * Rejected when CpoName or the serial number is not set, as no CSR can be made then (A02.FR.13). The connectorId
 * does not apply and is ignored.
 */
@Singleton
class SignChargePointCertificateTrigger implements TriggerableMessage {

    private static final Logger LOG = LoggerFactory.getLogger(SignChargePointCertificateTrigger.class);

    private final StationCertificateRenewal renewal;
    private final ExecutorService blocking;

    SignChargePointCertificateTrigger(StationCertificateRenewal renewal,
                                      @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.renewal = renewal;
        this.blocking = blocking;
    }

    @Override
    public String requestedMessage() {
        return "SignChargePointCertificate";
    }

    @Override
    public boolean accepts(@Nullable Integer connectorId) {
        if (!renewal.possible()) {
            LOG.info("SignChargePointCertificate not triggered: CpoName or the serial number is not set");
            return false;
        }
        return true;
    }

    @Override
    public void send(@Nullable Integer connectorId, boolean extended) {
        // the key pair is made on a worker, not on the OCPP thread
        blocking.execute(() -> renewal.requestTriggered(Actor.csms(), "triggered by the central system")
                .exceptionally(failed -> {
                    LOG.warn("SignCertificate after ExtendedTriggerMessage failed: {}", failed.toString());
                    return null;
                }));
    }
}
