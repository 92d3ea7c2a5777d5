package org.stationconfig.ocpp.v16;

/** Who sends the CALL of an action (facts §4). */
public enum Direction {
    CHARGE_POINT_TO_CENTRAL_SYSTEM,
    CENTRAL_SYSTEM_TO_CHARGE_POINT,
    /** Only DataTransfer. */
    BOTH;

    public boolean chargePointSends() {
        return this != CENTRAL_SYSTEM_TO_CHARGE_POINT;
    }

    public boolean centralSystemSends() {
        return this != CHARGE_POINT_TO_CENTRAL_SYSTEM;
    }
}
