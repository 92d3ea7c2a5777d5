package org.stationconfig.station.authorization;

/** The verdict on an id tag; stored by these names. */
public enum TagStatus { Accepted, Blocked, Expired, Invalid, ConcurrentTx }
