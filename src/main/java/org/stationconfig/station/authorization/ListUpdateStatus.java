package org.stationconfig.station.authorization;

/** The outcome of an update of the Local Authorization List. */
public enum ListUpdateStatus { Accepted, Failed, NotSupported, VersionMismatch }
