package org.stationconfig.ocpp.v16.types;

/** S16 ch.7. Connector 0 may only be Available, Unavailable or Faulted. */
public enum ChargePointStatus {
    Available, Preparing, Charging, SuspendedEVSE, SuspendedEV, Finishing, Reserved, Unavailable, Faulted
}
