package org.stationconfig.ocpp.trigger;

import jakarta.inject.Provider;
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

    /** Looked up on use: the messages reach the central system, whose connection collects this handler. */
    private final Provider<TriggerableMessages> messages;

    public ExtendedTriggerMessageHandler(Provider<TriggerableMessages> messages) {
        this.messages = messages;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(ExtendedTriggerMessage.ACTION, request -> messages.get()
                .trigger(request.requestedMessage().name(), request.connectorId(), true)
                .thenApply(ExtendedTriggerMessage.Response::new));
    }
}
