package org.stationconfig.ocpp.v16;

import org.stationconfig.ocpp.rpc.Action;
import org.stationconfig.ocpp.rpc.OcppRequest;

/** An OCPP 1.6 action: name ↔ request/response records, who sends the CALL, and its feature profile. */
public record ActionDefinition<Q extends OcppRequest<R>, R>(
        String name, Class<Q> requestType, Class<R> responseType, Direction direction, FeatureProfile profile)
        implements Action<Q, R> {

    public static <Q extends OcppRequest<R>, R> ActionDefinition<Q, R> fromChargePoint(
            String name, Class<Q> request, Class<R> response, FeatureProfile profile) {
        return new ActionDefinition<>(name, request, response, Direction.CHARGE_POINT_TO_CENTRAL_SYSTEM, profile);
    }

    public static <Q extends OcppRequest<R>, R> ActionDefinition<Q, R> fromCentralSystem(
            String name, Class<Q> request, Class<R> response, FeatureProfile profile) {
        return new ActionDefinition<>(name, request, response, Direction.CENTRAL_SYSTEM_TO_CHARGE_POINT, profile);
    }

    public static <Q extends OcppRequest<R>, R> ActionDefinition<Q, R> bothWays(
            String name, Class<Q> request, Class<R> response, FeatureProfile profile) {
        return new ActionDefinition<>(name, request, response, Direction.BOTH, profile);
    }
}
