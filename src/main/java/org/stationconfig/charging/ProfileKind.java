package org.stationconfig.charging;

/** When a profile's schedule starts: at a fixed time, every day or week, or with the transaction. */
public enum ProfileKind { Absolute, Recurring, Relative }
