package org.stationconfig.ocpp.rpc;

/**
 * A frame we could not accept.
 *
 * @param reason  what was wrong, fixed text from this package plus the field path
 * @param code    the CALLERROR code it deserved (also when none was sent)
 * @param excerpt the start of the offending text, escaped and truncated ({@link LogText#excerpt})
 */
public record InvalidMessage(String reason, ErrorCode code, String excerpt) {
}
