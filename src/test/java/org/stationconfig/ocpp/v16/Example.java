package org.stationconfig.ocpp.v16;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.stationconfig.ocpp.rpc.OcppRequest;

/** A request and its response as records, to compare with the hand-written golden JSON of their action. */
record Example(OcppRequest<?> request, Object response) {

    static <R> void put(Map<String, Example> examples, ActionDefinition<?, R> action, OcppRequest<R> request, R response) {
        if (examples.put(action.name(), new Example(request, response)) != null) {
            throw new IllegalStateException("two examples for " + action.name());
        }
    }

    static Instant t(String iso) {
        return Instant.parse(iso);
    }

    static BigDecimal d(String decimal) {
        return new BigDecimal(decimal);
    }
}
