package org.stationconfig.ocpp.rpc;

/** Base of every failure a call's future can complete with. */
public abstract class RpcException extends RuntimeException {
    protected RpcException(String message, Throwable cause) {
        super(message, cause);
    }
}
