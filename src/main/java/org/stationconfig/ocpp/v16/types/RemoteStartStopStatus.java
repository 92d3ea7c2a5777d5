package org.stationconfig.ocpp.v16.types;

/** S16 ch.7: the answer to RemoteStartTransaction and RemoteStopTransaction. */
public enum RemoteStartStopStatus { Accepted, Rejected }
