package org.stationconfig.ocpp.v16.types;

/** S16 ch.7: A = amperes (current), W = watts (power). */
public enum ChargingRateUnit { A, W }
