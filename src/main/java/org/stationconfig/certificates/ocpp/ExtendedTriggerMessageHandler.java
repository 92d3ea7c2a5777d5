package org.stationconfig.certificates.ocpp;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stationconfig.auth.Actor;
import org.stationconfig.certificates.renewal.StationCertificateRenewal;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.CallHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.security.ExtendedTriggerMessage;
import org.stationconfig.ocpp.v16.security.ExtendedTriggerMessage.MessageTrigger;
import org.stationconfig.ocpp.v16.types.TriggerMessageStatus;

/**
 * ExtendedTriggerMessage (whitepaper F06). Only SignChargePointCertificate is implemented so far: Accepted, then a
 * fresh key pair and SignCertificate.req (A02); Rejected when CpoName is not set (A02.FR.13). Every other trigger
 * answers NotImplemented until its feature takes this action over.
 */
@Singleton
public class ExtendedTriggerMessageHandler implements OcppHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ExtendedTriggerMessageHandler.class);

    private final StationCertificateRenewal renewal;
    private final ExecutorService blocking;

    public ExtendedTriggerMessageHandler(StationCertificateRenewal renewal,
                                         @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.renewal = renewal;
        this.blocking = blocking;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(ExtendedTriggerMessage.ACTION, CallHandler.sync(this::answer));
    }

    ExtendedTriggerMessage.Response answer(ExtendedTriggerMessage.Request request) {
        if (request.requestedMessage() != MessageTrigger.SignChargePointCertificate) {
            return new ExtendedTriggerMessage.Response(TriggerMessageStatus.NotImplemented);
        }
        if (!renewal.possible()) {
            LOG.info("ExtendedTriggerMessage(SignChargePointCertificate) rejected: CpoName or the serial number is not set");
            return new ExtendedTriggerMessage.Response(TriggerMessageStatus.Rejected);
        }
        // the answer goes out first; the key pair is made on a worker and SignCertificate queues behind the answer
        blocking.execute(() -> renewal.request(Actor.csms(), "triggered by the central system")
                .exceptionally(failed -> {
                    LOG.warn("SignCertificate after ExtendedTriggerMessage failed: {}", failed.toString());
                    return null;
                }));
        return new ExtendedTriggerMessage.Response(TriggerMessageStatus.Accepted);
    }
}
