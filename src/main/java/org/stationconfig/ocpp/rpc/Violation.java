package org.stationconfig.ocpp.rpc;

/**
 * The kinds of payload violation and the CALLERROR code each gets. This is the one place the mapping is decided.
 * Reading of OCPP-J 1.6 §4.2.3 (facts §6):
 * <ul>
 * <li>A missing required field gets {@code OccurenceConstraintViolation}: the field occurs 0 times where 1 is
 *     required, a cardinality violation. {@code ProtocolError} ("payload incomplete") was the alternative; we keep
 *     it for nothing, because the field-level code tells the peer more and is what JSON-schema based stacks send.</li>
 * <li>null for a required field is a wrong type ({@code TypeConstraintViolation}); null for an optional field is
 *     read as absent (lenient, like an omitted field).</li>
 * </ul>
 */
public enum Violation {
    /** The payload (or the frame) is not shaped like the PDU, e.g. payload is not an object. */
    NOT_AN_OBJECT(ErrorCode.FormationViolation),
    /** A required field is absent. */
    MISSING_REQUIRED(ErrorCode.OccurenceConstraintViolation),
    /** Too few or too many items in an array (minItems/maxItems). */
    ITEM_COUNT(ErrorCode.OccurenceConstraintViolation),
    /** JSON type differs from the declared one (string for integer, null for a required field, bad dateTime). */
    WRONG_TYPE(ErrorCode.TypeConstraintViolation),
    /** Type is right but the value is not allowed: enum, maxLength, range, decimals. */
    BAD_VALUE(ErrorCode.PropertyConstraintViolation);

    private final ErrorCode code;

    Violation(ErrorCode code) {
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
