package org.stationconfig.station;

/** Whether a connector (0: every connector) may be used; Inoperative connectors are Unavailable. */
public enum Availability { Operative, Inoperative }
