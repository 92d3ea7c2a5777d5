package org.stationconfig.ocpp.rpc;

/** Told about every malformed or invalid frame received, so the session can raise the InvalidMessages security event. */
@FunctionalInterface
public interface InvalidMessageListener {

    InvalidMessageListener NONE = message -> {
    };

    void onInvalidMessage(InvalidMessage message);
}
