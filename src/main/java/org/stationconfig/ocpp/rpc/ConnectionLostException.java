package org.stationconfig.ocpp.rpc;

/** The connection ended before the call was answered (or before it could be sent). */
public final class ConnectionLostException extends RpcException {
    public ConnectionLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
