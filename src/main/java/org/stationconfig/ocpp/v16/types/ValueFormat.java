package org.stationconfig.ocpp.v16.types;

/** S16 ch.7; Raw is the default when absent. */
public enum ValueFormat { Raw, SignedData }
