package org.stationconfig.ocpp.rpc;

import io.micronaut.json.tree.JsonNode;
import java.util.Map;

/**
 * A payload broke a declared constraint. The description names the field (a path like
 * {@code csChargingProfiles.chargingSchedule.chargingSchedulePeriod[0].limit}) but never echoes the value.
 */
public final class InvalidPayloadException extends CallErrorException {

    private final Violation violation;
    private final String field;

    public InvalidPayloadException(Violation violation, String field, String problem) {
        super(violation.code(), field.isEmpty() ? problem : field + ": " + problem, details(field));
        this.violation = violation;
        this.field = field;
    }

    public Violation violation() {
        return violation;
    }

    /** Path of the offending field; "" for the payload itself. */
    public String field() {
        return field;
    }

    private static JsonNode details(String field) {
        return field.isEmpty()
                ? JsonNode.createObjectNode(Map.of())
                : JsonNode.createObjectNode(Map.of("field", JsonNode.createStringNode(field)));
    }
}
