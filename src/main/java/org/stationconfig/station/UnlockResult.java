package org.stationconfig.station;

/** What unlocking a connector achieved; NotSupported: the connector has no lock. */
public enum UnlockResult { Unlocked, UnlockFailed, NotSupported }
