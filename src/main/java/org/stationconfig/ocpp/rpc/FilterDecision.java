package org.stationconfig.ocpp.rpc;

/** What the session wants done with an incoming CALL before it reaches its handler. */
public sealed interface FilterDecision {

    /** Dispatch to the handler as usual. */
    FilterDecision PROCEED = new Proceed();

    /** Answer nothing at all (S16 §4.2: while Rejected the CP SHALL NOT answer CS-initiated messages). */
    FilterDecision DROP = new Drop();

    /** Answer with this response record without calling the handler (e.g. RemoteStart Rejected while Pending). */
    static FilterDecision reply(Object response) {
        return new Reply(response);
    }

    /** Answer with this CALLERROR. */
    static FilterDecision fail(ErrorCode code, String description) {
        return new Fail(code, description);
    }

    record Proceed() implements FilterDecision {
    }

    record Drop() implements FilterDecision {
    }

    record Reply(Object response) implements FilterDecision {
    }

    record Fail(ErrorCode code, String description) implements FilterDecision {
    }
}
