package org.stationconfig.ocpp.rpc;

import io.micronaut.json.tree.JsonNode;
import java.util.Map;

/**
 * A CALLERROR as an exception. Two uses: the peer answered our CALL with a CALLERROR (the future fails with
 * this), and a handler throws it (or fails its future with it) to answer a CALL with this CALLERROR.
 * The description goes on the wire as is, so it must not carry secrets or raw input.
 */
public class CallErrorException extends RpcException {

    private final ErrorCode errorCode;
    private final String errorDescription;
    private final JsonNode errorDetails;

    public CallErrorException(ErrorCode errorCode, String errorDescription, JsonNode errorDetails) {
        super(errorCode + (errorDescription == null || errorDescription.isEmpty() ? "" : ": " + errorDescription), null);
        this.errorCode = errorCode;
        this.errorDescription = errorDescription == null ? "" : errorDescription;
        this.errorDetails = errorDetails == null ? JsonNode.createObjectNode(Map.of()) : errorDetails;
    }

    public CallErrorException(ErrorCode errorCode, String errorDescription) {
        this(errorCode, errorDescription, null);
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public String errorDescription() {
        return errorDescription;
    }

    public JsonNode errorDetails() {
        return errorDetails;
    }

    /** The CALLERROR frame answering the CALL with this id. */
    public CallError toFrame(String messageId) {
        return new CallError(messageId, errorCode, errorDescription, errorDetails);
    }
}
