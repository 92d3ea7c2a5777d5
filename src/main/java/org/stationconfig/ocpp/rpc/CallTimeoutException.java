package org.stationconfig.ocpp.rpc;

import java.time.Duration;

/** No CALLRESULT or CALLERROR arrived within the call timeout (the MessageTimeout key, errata 3.82). */
public final class CallTimeoutException extends RpcException {
    public CallTimeoutException(String action, String messageId, Duration timeout) {
        super(action + " (" + messageId + ") got no answer within " + timeout, null);
    }
}
