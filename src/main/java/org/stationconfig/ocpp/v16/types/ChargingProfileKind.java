package org.stationconfig.ocpp.v16.types;

/** S16 ch.7. */
public enum ChargingProfileKind { Absolute, Recurring, Relative }
