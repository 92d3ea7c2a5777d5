package org.stationconfig.station;

/** The station's answer to a request it either takes on or refuses (a remote start or stop, clearing the cache). */
public enum Acceptance { Accepted, Rejected }
