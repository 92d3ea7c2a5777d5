package org.stationconfig.ocpp.rpc;

import io.micronaut.json.tree.JsonNode;
import java.util.List;

/** One OCPP-J message: a CALL, its CALLRESULT or its CALLERROR (OCPP-J 1.6 §4.1). */
public sealed interface Frame permits Call, CallResult, CallError {

    /** OCPP-J §4.1.3: 2 = CALL, 3 = CALLRESULT, 4 = CALLERROR. */
    int CALL = 2;
    int CALL_RESULT = 3;
    int CALL_ERROR = 4;

    /** OCPP-J §4.1.4: a message id is a string of at most 36 characters (room for a UUID). */
    int MAX_MESSAGE_ID_LENGTH = 36;

    String messageId();

    /** The elements of the frame's JSON array, in wire order. */
    List<JsonNode> elements();
}
