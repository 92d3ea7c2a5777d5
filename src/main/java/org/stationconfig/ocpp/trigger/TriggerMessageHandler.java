package org.stationconfig.ocpp.trigger;

import jakarta.inject.Singleton;
import org.stationconfig.ocpp.OcppHandler;
import org.stationconfig.ocpp.rpc.HandlerTable;
import org.stationconfig.ocpp.v16.remotetrigger.TriggerMessage;

/** TriggerMessage (S16 §5.17, RemoteTrigger profile). */
@Singleton
public class TriggerMessageHandler implements OcppHandler {

    private final TriggerableMessages messages;

    public TriggerMessageHandler(TriggerableMessages messages) {
        this.messages = messages;
    }

    @Override
    public HandlerTable.Registration<?, ?> registration() {
        return new HandlerTable.Registration<>(TriggerMessage.ACTION, request -> messages
                .trigger(request.requestedMessage().name(), request.connectorId(), false)
                .thenApply(TriggerMessage.Response::new));
    }
}
