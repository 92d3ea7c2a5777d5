package org.stationconfig.ocpp.trigger;

import jakarta.inject.Singleton;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.security.ExtendedTriggerMessage;

/**
 * ExtendedTriggerMessage (whitepaper F06): the same messages as TriggerMessage, with LogStatusNotification,
 * SignChargePointCertificate (a SignCertificate.req) and FirmwareStatusNotification meaning the signed one.
 */
@Singleton
public class ExtendedTriggerMessageHandler implements OcppHandler {

    private final TriggerableMessages messages;

    public ExtendedTriggerMessageHandler(TriggerableMessages messages) {
        this.messages = messages;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(ExtendedTriggerMessage.ACTION, request -> messages
                .trigger(request.requestedMessage().name(), request.connectorId(), true)
                .thenApply(ExtendedTriggerMessage.Response::new));
    }
}
