package org.stationconfig.ocpp.rpc;

/**
 * Lets the session gate incoming traffic by registration state without this package knowing station logic,
 * e.g. drop everything while Rejected, or refuse RemoteStart/StopTransaction while Pending (S16 §4.2).
 */
public interface IncomingCallFilter {

    IncomingCallFilter ALLOW_ALL = action -> FilterDecision.PROCEED;

    /** Asked for every well-formed CALL, before its action is looked up or its payload read. */
    FilterDecision check(String action);

    /** While false, malformed CALLs get no CALLERROR either (they are still logged and reported). */
    default boolean answerMalformed() {
        return true;
    }
}
