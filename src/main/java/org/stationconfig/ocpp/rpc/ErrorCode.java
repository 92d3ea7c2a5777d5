package org.stationconfig.ocpp.rpc;

import java.util.Optional;

/**
 * CALLERROR codes of OCPP-J 1.6 §4.2.3, spelled as the spec spells them on the wire.
 * [EJ §5]: "FormationViolation" and "OccurenceConstraintViolation" are misspellings that stay in 1.6.
 */
public enum ErrorCode {
    /** Requested Action is not known by the receiver. */
    NotImplemented,
    /** Requested Action is recognized but not supported by the receiver. */
    NotSupported,
    /** The receiver could not process the Action because of an internal error. */
    InternalError,
    /** Payload for Action is incomplete. */
    ProtocolError,
    /** A security issue prevented the receiver from completing the Action. */
    SecurityError,
    /** Payload is syntactically incorrect or does not conform to the PDU structure. */
    FormationViolation,
    /** A field holds an invalid value. */
    PropertyConstraintViolation,
    /** A field violates its occurrence (cardinality) constraint. Sic: one "r". */
    OccurenceConstraintViolation,
    /** A field violates its data type constraint, e.g. "somestring": 12. */
    TypeConstraintViolation,
    /** Any other error. */
    GenericError;

    /**
     * The code for a wire spelling; empty for a code 1.6 does not define. Peers that "fixed" the two misspellings
     * (the 2.0.1 names OccurrenceConstraintViolation and FormatViolation) are understood too; we never send those.
     */
    public static Optional<ErrorCode> fromWire(String text) {
        if ("OccurrenceConstraintViolation".equals(text)) {
            return Optional.of(OccurenceConstraintViolation);
        }
        if ("FormatViolation".equals(text)) {
            return Optional.of(FormationViolation);
        }
        for (ErrorCode code : values()) {
            if (code.name().equals(text)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
